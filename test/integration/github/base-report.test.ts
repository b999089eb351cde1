import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { catalogueEntry } from '../../../src/checks/index';
import { findBaseReport } from '../../../src/deliver/github/base-report';
import { withBaseline } from '../../../src/pipeline/baseline';
import { runCommand } from '../../../src/pipeline/commands';
import { renderJson } from '../../../src/render/json';
import type { Config } from '../../../src/config/schema';
import type { Report } from '../../../src/model/report';
import { checkoutCommit } from '../../../src/util/git';
import { MockGitHub } from '../../support/github-api/server';

/**
 * The automatic baseline's two sources, against the OpenAPI-checked mock and
 * real git: the base commit's own report from a trusted run's artifact, and
 * when there is none, the base commit fetched by git outside the workspace
 * and audited statically. The whole path through the reusable workflow is
 * in test/integration/workflows/job-graph-baseline.test.ts.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const LEAKED_KEY = 'AKIAZ7Q4XW2LM3NB5TRV';
let work: string;
let server: string;
let gh: MockGitHub;
let BASE: string;
let baseReport: Report;
let headReport: Report;

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();

async function staticReport(dir: string): Promise<Report> {
  const { report } = await runCommand({ command: 'audit', repoRoot: dir, writeArtifacts: false, repository: { slug: 'acme/shop', serverUrl: 'https://github.com' } });
  return report!;
}

/** The static audit of the base uses the config the report was judged with: here the defaults. */
const ctx = () => ({ apps: [{ path: '.', config: defaults }], failOn: 'regression' as const });
let defaults: Config;

beforeAll(async () => {
  vi.stubEnv('GITHUB_SHA', '');
  work = mkdtempSync(path.join(tmpdir(), 'tfa-base-report-'));
  server = path.join(work, 'server');
  cpSync(path.join(ROOT, 'examples/node-app'), server, { recursive: true, filter: (src) => !/[\\/]\.twelve-factor([\\/]|$)/.test(src) });
  git(server, 'init', '--quiet');
  git(server, 'add', '-A');
  git(server, 'commit', '--quiet', '-m', 'base');
  BASE = git(server, 'rev-parse', 'HEAD');
  const head = path.join(work, 'head');
  cpSync(server, head, { recursive: true, filter: (src) => !/[\\/]\.git([\\/]|$)/.test(src) });
  writeFileSync(path.join(head, 'src/aws.js'), `export const aws = { accessKeyId: '${LEAKED_KEY}' };\n`);
  const base = await runCommand({ command: 'audit', repoRoot: server, writeArtifacts: false });
  baseReport = base.report!;
  defaults = base.config;
  headReport = await staticReport(head);
  gh = new MockGitHub();
  await gh.start();
}, 120_000);

afterAll(async () => {
  vi.unstubAllEnvs();
  await gh.stop();
  expect(gh.violations).toEqual([]);
  rmSync(work, { recursive: true, force: true });
});

const query = () => ({ token: 'gha-token', apiUrl: gh.url, repository: 'acme/shop', commit: BASE, branch: 'main', artifact: 'tfa-report__default', retry: { retries: 0 } });

describe('the automatic baseline', () => {
  it('takes the report of the newest trusted run of the base commit, never one a pull request run uploaded', async () => {
    expect(baseReport.repository.commit).toBe(BASE);
    gh.seedWorkflowRun({ id: 11, event: 'push', head_sha: BASE, head_branch: 'main', artifacts: { 'tfa-report__default': { 'report.json': strToU8(renderJson(baseReport)), 'app/report.json': strToU8('{}') } } });
    // Newer, same commit and branch name, but a pull request run (a fork can name its branch main): its artifact is the PR author's.
    const forged = { ...baseReport, factors: [] };
    gh.seedWorkflowRun({ id: 12, event: 'pull_request', head_sha: BASE, head_branch: 'main', head_repository: 'forker/shop', artifacts: { 'tfa-report__default': { 'report.json': strToU8(renderJson(forged)) } } });

    const found = await findBaseReport(query());
    expect(found).toMatchObject({ found: true, origin: 'artifact tfa-report__default of run 11' });
    expect(found.found && JSON.parse(found.text)).toEqual(JSON.parse(renderJson(baseReport)));
    // The download went through GitHub's redirect to storage.
    expect(gh.requests.filter((r) => r.operationId === 'actions/download-artifact').map((r) => r.status)).toEqual([302]);
    expect(gh.requests.filter((r) => r.operationId === 'actions/list-workflow-run-artifacts').map((r) => r.path)).toEqual(['/repos/acme/shop/actions/runs/11/artifacts']);

    const compared = await withBaseline(headReport, found.found ? { kind: 'report', text: found.text, origin: found.origin, commit: BASE } : undefined, ctx());
    expect(compared.baseline?.source).toContain('run 11');
    expect(compared.baseline?.regressions.map((r) => r.check)).toEqual(['config/committed-secrets']);
    expect(compared.baseline?.fixes).toEqual([]);
    expect(compared.gate).toMatchObject({ exitCode: 1 });

    // A report of another commit in the base commit's artifact was put there by something else.
    const other = await withBaseline(headReport, { kind: 'report', text: renderJson({ ...baseReport, repository: { ...baseReport.repository, commit: 'e'.repeat(40) } }), origin: 'artifact x of run 11', commit: BASE }, ctx());
    expect(other.baseline).toBeUndefined();
    expect(other.diagnostics.map((d) => d.message).join('\n')).toMatch(/baseline not compared: artifact x of run 11: its report\.json is of commit eeeeeeeeeeee, not the base commit/);
  });

  it('says why when there is no report: expired, no run, no actions: read', async () => {
    for (const a of gh.workflowRuns.flatMap((r) => r.artifacts)) a.expired = true;
    expect(await findBaseReport(query())).toEqual({ found: false, why: `no unexpired artifact tfa-report__default in the runs of main at ${BASE.slice(0, 12)}` });
    expect(await findBaseReport({ ...query(), branch: 'release' })).toEqual({ found: false, why: `no push, schedule or workflow_dispatch run of release at ${BASE.slice(0, 12)}` });
    gh.inject({ path: /\/actions\/runs$/, status: 403, message: 'Resource not accessible by integration' });
    const denied = await findBaseReport(query());
    expect(denied.found).toBe(false);
    expect(!denied.found && denied.why).toMatch(/^HTTP 403: Resource not accessible by integration \(reading the base commit's artifacts needs actions: read\)$/);
  });

  it('else fetches the base commit outside the workspace and compares the static checks of a static audit of it', async () => {
    const temp = mkdtempSync(path.join(work, 'runner-temp-'));
    const progress: string[] = [];
    const source = { kind: 'commit' as const, commit: BASE, tempRoot: temp, notes: ['no report of the base commit'], checkout: (dest: string) => checkoutCommit({ source: `file://${server}`, commit: BASE, dest }) };
    const compared = await withBaseline(headReport, source, { ...ctx(), progress: (l) => progress.push(l) });
    expect(compared.baseline?.source).toBe(`a static audit of the base commit ${BASE.slice(0, 7)}`);
    expect(compared.baseline?.regressions.map((r) => r.check)).toEqual(['config/committed-secrets']);
    for (const r of [...compared.baseline!.regressions, ...compared.baseline!.fixes]) expect(catalogueEntry(r.check)?.kind).toBe('static');
    expect(compared.diagnostics).toContainEqual({ severity: 'info', message: 'no report of the base commit' });
    expect(progress.join('\n')).toContain(`checking out the base commit ${BASE.slice(0, 12)} outside the workspace`);
    // The checkout is gone afterwards.
    expect(readdirSync(temp)).toEqual([]);

    // A commit the server does not have: a warning, and fail-on regression falls back to fail.
    const missing = await withBaseline(headReport, { ...source, commit: 'f'.repeat(40), checkout: (dest) => checkoutCommit({ source: `file://${server}`, commit: 'f'.repeat(40), dest, timeoutMs: 30_000 }) }, ctx());
    expect(missing.baseline).toBeUndefined();
    expect(missing.diagnostics.find((d) => d.severity === 'warning')?.message).toMatch(/^baseline not compared: git fetch failed \(exit \d+\): /);
    expect(readdirSync(temp)).toEqual([]);
    await expect(checkoutCommit({ source: `file://${server}`, commit: 'main', dest: path.join(temp, 'x') })).rejects.toThrow('"main" is not a full commit id');
  });
});
