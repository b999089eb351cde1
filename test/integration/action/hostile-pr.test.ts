import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../../support/adversarial-figures';
import { MockGitHub } from '../../support/github-api/server';
import { type ActionRun, runAction } from '../../support/run-action';
import { logLines, runnerCommands } from '../../support/runner-log';

// `node dist/action.js` as the runner runs it, on a pull request that tries
// every route across the trust boundary at once (test/fixtures/apps/hostile-pr).

const root = path.resolve(import.meta.dirname, '../../..');
const FIXTURE = path.join(root, 'test/fixtures/apps/hostile-pr');
const MARKER = '<!-- twelve-factor-audit:default -->';
/** A source file whose name tries to end an annotation and start a command. */
const HOSTILE_NAME = 'lib/::error::pwned-file\n::warning::x.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/** Every file under dir (relative path → content), for before/after comparisons. */
function snapshotTree(dir: string, skip = new Set(['.git'])): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (skip.has(e.name)) continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  walk(dir);
  return out;
}

describe('a hostile pull request through node dist/action.js', () => {
  const gh = new MockGitHub();
  let base: string;
  let ws: string;
  let runnerTemp: string;
  let outside: Record<string, string>;
  let workspaceBefore: Record<string, string>;
  let run: ActionRun;
  let runMs = 0;
  let quoting: number;
  let ours: number;

  beforeAll(async () => {
    await gh.start();
    base = mkdtempSync(path.join(os.tmpdir(), 'tfa-hostile-'));
    ws = path.join(base, 'ws');
    runnerTemp = path.join(base, 'runner-temp');
    mkdirSync(runnerTemp);
    mkdirSync(path.join(base, 'victim'));
    writeFileSync(path.join(base, 'victim', 'report.json'), 'VICTIM\n');
    // The base branch: the app with the trusted config.
    cpSync(FIXTURE, ws, { recursive: true, filter: (src) => path.basename(src) !== 'README.md' });
    renameSync(path.join(ws, 'base.twelve-factor.yml'), path.join(ws, '.twelve-factor.yml'));
    rmSync(path.join(ws, 'pr.twelve-factor.yml'));
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'base');
    const baseSha = git(ws, 'rev-parse', 'HEAD');
    // The pull request: its own config, and a file whose name tries to start workflow commands.
    cpSync(path.join(FIXTURE, 'pr.twelve-factor.yml'), path.join(ws, '.twelve-factor.yml'));
    mkdirSync(path.join(ws, 'lib'));
    writeFileSync(path.join(ws, HOSTILE_NAME), 'require("http").createServer().listen(3000);\n');
    git(ws, 'add', '-A');
    git(ws, 'commit', '-q', '-m', 'pr');
    const headSha = git(ws, 'rev-parse', 'HEAD');
    workspaceBefore = snapshotTree(ws);
    outside = snapshotTree(path.join(base, 'victim'));

    quoting = gh.seedComment(7, 'github-actions[bot]', `Coverage report\n\n> quoted from the audit: ${MARKER}\n`).id;
    ours = gh.seedComment(7, 'github-actions[bot]', `${MARKER}\nthe previous report`).id;
    const started = Date.now();
    run = await runAction({
      inputs: { command: 'all', comment: 'true', token: 'gha-token' },
      workspace: ws,
      event: {
        name: 'pull_request',
        payload: {
          action: 'synchronize',
          number: 7,
          pull_request: {
            number: 7,
            head: { sha: headSha, ref: 'feature', repo: { full_name: 'acme/shop', fork: false } },
            base: { sha: baseSha, ref: 'main', repo: { full_name: 'acme/shop' } },
          },
          repository: { full_name: 'acme/shop', owner: { login: 'acme' }, name: 'shop' },
        },
      },
      env: { GITHUB_API_URL: gh.url, GITHUB_SHA: headSha, RUNNER_TEMP: runnerTemp },
      timeoutMs: 420_000,
    });
    runMs = Date.now() - started;
  }, 480_000);
  afterAll(async () => {
    await gh.stop();
    rmSync(base, { recursive: true, force: true });
  });

  it('no workflow command reaches the runner but the auditor\'s own', () => {
    const commands = runnerCommands(logLines(run.stdout + run.stderr));
    // What the auditor itself emits: annotations (title and file properties, escaped by the toolkit), setFailed, notices, debug.
    const own = (c: (typeof commands)[number]) =>
      (['error', 'warning', 'notice'].includes(c.name) && /(^|,)title=/.test(c.props)) ||
      (c.props === '' && ['error', 'notice', 'warning', 'debug'].includes(c.name) && !/pwned/.test(c.data)) ||
      // The stage groups that fold the log: the stage's name only, never PR text.
      (c.props === '' && c.name === 'group' && /^twelve-factor-audit: (static audit|build|release|run|report)$/.test(c.data)) ||
      (c.props === '' && c.name === 'endgroup' && c.data === '');
    const foreign = commands.filter((c) => !own(c));
    const routes = ['::error::pwned-build', '::add-mask::pwned-mask', '##[error]pwned-build-v1', '::stop-commands::pwnedtok'];
    const ownAnnotationReached = commands.some((c) => c.name === 'error' && /file=settings\.js/.test(c.props));
    recordFigure({ klass: 'trust-commands', case: 'hostile pull request through node dist/action.js (build output, container output, admin command, file name)', inputs: routes.length + 2, crashes: 0, hangs: 0, leaks: 0, violations: foreign.length + (ownAnnotationReached ? 0 : 1), maxMs: runMs, note: `${commands.length} commands reached the runner, all the auditor's own` });
    expect(foreign, JSON.stringify(foreign)).toEqual([]);
    // The build printed these, and they reached the log, as text (container output reaches it only in exit messages).
    for (const printed of routes) {
      expect(run.stdout).toContain(printed);
    }
    // The auditor's own annotations come after all of that output and still reach the runner (no stop-commands left open).
    expect(ownAnnotationReached).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it('the sticky comment is ours by login and leading marker; a quoting comment and another key\'s marker change nothing', () => {
    const comments = gh.commentsOn(7);
    const quoted = comments.find((c) => c.id === quoting)?.body === `Coverage report\n\n> quoted from the audit: ${MARKER}\n`;
    const updated = comments.find((c) => c.id === ours)?.body ?? '';
    recordFigure({ klass: 'trust-comment', case: 'a bot comment quoting the marker, and another key\'s marker in PR content', inputs: 2, crashes: 0, hangs: 0, leaks: 0, violations: (quoted ? 0 : 1) + (updated.startsWith(MARKER) && !updated.includes('<!-- twelve-factor-audit:other -->') ? 0 : 1) + Math.abs(comments.length - 2) });
    expect(comments.map((c) => c.id).sort()).toEqual([quoting, ours].sort());
    expect(comments.find((c) => c.id === quoting)!.body).toBe(`Coverage report\n\n> quoted from the audit: ${MARKER}\n`);
    const body = comments.find((c) => c.id === ours)!.body;
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain('12-Factor audit');
    expect(body).not.toContain('<!-- twelve-factor-audit:other -->');
  });

  it('the base branch\'s policy is applied and the pull request\'s changes are shown in the headline', () => {
    const artifacts = path.join(runnerTemp, 'twelve-factor-audit', 'default');
    const report = JSON.parse(readFileSync(path.join(artifacts, 'report.json'), 'utf8'));
    const asked = ['ignore', 'fail-on', 'run.web', 'run.network', 'run.memory', 'run.pids', 'admin', 'services'];
    const shown = report.policy.changes.map((c: { key: string }) => c.key);
    // A PR key that took effect: each is visible in what the run did.
    const tookEffect = [
      run.code !== 1 && 'fail-on',
      report.ignored.length > 0 && 'ignore',
      report.runtime.web !== true && 'run.web',
      report.runtime.network.internal !== true && 'run.network',
      report.runtime.admin.map((a: { command: string[] }) => a.command[0]).join() !== 'node' && 'admin',
    ].filter(Boolean);
    recordFigure({ klass: 'trust-policy', case: 'PR config: ignore with reason ".", fail-on never, run.web false, bridge network, memory 0, pids 65536, admin, services', inputs: asked.length, crashes: 0, hangs: 0, leaks: 0, violations: tookEffect.length + asked.filter((k) => !shown.includes(k)).length, note: tookEffect.length ? `took effect: ${tookEffect.join(', ')}` : `none took effect; ${shown.length} changes shown in the headline` });
    // fail-on comes from the action (default fail), not the PR's "never"; the committed secret is not ignored.
    expect(run.code).toBe(1);
    expect(runnerCommands(logLines(run.stdout)).some((c) => c.name === 'error' && c.data.startsWith('twelve-factor-audit: verdict fail'))).toBe(true);
    expect(report.ignored).toEqual([]);
    expect(report.factors.flatMap((f: { findings: { check: string; outcome: string }[] }) => f.findings).some((f: { check: string; outcome: string }) => f.check === 'config/committed-secrets' && f.outcome === 'fail')).toBe(true);
    // The sandbox is the base's: the app ran as a web app on the internal network, with the base's admin command and services.
    expect(report.runtime.web).toBe(true);
    expect(report.runtime.network.internal).toBe(true);
    expect(report.runtime.boot.outcome).toBe('ready');
    expect(report.runtime.admin.map((a: { command: string[] }) => a.command[0])).toEqual(['node']);
    expect(report.runtime.services.map((s: { name: string }) => s.name).sort()).toEqual(['broken', 'cache']);
    const changed = report.policy.changes.map((c: { key: string }) => c.key);
    for (const key of ['ignore', 'fail-on', 'run.web', 'run.network', 'run.memory', 'run.pids', 'admin', 'services']) expect(changed).toContain(key);
    expect(report.policy.source).toMatch(/^the base branch main's \.twelve-factor\.yml \([0-9a-f]{12}\)$/);
    // The headline of the comment and of the job summary says so, and lists the changes before any detail.
    for (const md of [run.summary, gh.commentsOn(7).find((c) => c.id === ours)!.body]) {
      const head = md.slice(0, md.indexOf('| | Factor |'));
      expect(head).toContain('This pull request changes the audit policy');
      expect(head).toMatch(/`ignore`: `\(none\)` \(applied\) → `config\/committed-secrets \("\."\)` \(asked by this pull request\)/);
      expect(head).toMatch(/`fail-on`: `fail` \(applied\) → `never`/);
      expect(head).toMatch(/`run\.network`: `internal` \(applied\) → `bridge`/);
    }
  });

  it('no planted value (run.env, build.args, service env, the image\'s ENV) appears in any output or stage file', () => {
    const artifacts = path.join(runnerTemp, 'twelve-factor-audit', 'default');
    // image.tar is the image itself: its config holds the ENV the Dockerfile set, by definition.
    const stageFiles = readdirSync(artifacts).filter((f) => f !== 'image.tar');
    const outputs: Record<string, string> = {
      stdout: run.stdout,
      stderr: run.stderr,
      'job summary': run.summary,
      'step outputs': JSON.stringify(run.outputs),
      'PR comments': JSON.stringify(gh.commentsOn(7)),
      ...Object.fromEntries(stageFiles.map((f) => [f, readFileSync(path.join(artifacts, f), 'utf8')])),
    };
    const leaks = Object.entries(outputs).flatMap(([where, text]) => [...text.matchAll(/[\w:/@.-]{0,40}-PLANTED/g)].map((m) => `${where}: ${m[0]}`));
    recordFigure({ klass: 'trust-values', case: 'values planted in run.env, build.args, service env (URL password) and the image\'s ENV', inputs: Object.keys(outputs).length, crashes: 0, hangs: 0, leaks: 0, violations: leaks.length, note: `outputs and stage files searched: ${Object.keys(outputs).join(', ')}`.slice(0, 160) });
    expect(leaks).toEqual([]);
    // The values were there to leak: each source reached an output, redacted by name.
    const runtime = outputs['runtime.json']!;
    for (const name of ['RUN_SECRET', 'CACHE_URL', 'IMAGE_API_KEY', 'BROKEN_PASSWORD']) expect(runtime).toContain(`[REDACTED:${name}]`);
    expect(run.stdout).toContain('build arg is [REDACTED:BUILD_SECRET]');
  });

  it('nothing is written into the workspace or outside it; stage files live under RUNNER_TEMP', () => {
    const touched = JSON.stringify(snapshotTree(ws)) !== JSON.stringify(workspaceBefore) || JSON.stringify(snapshotTree(path.join(base, 'victim'))) !== JSON.stringify(outside);
    recordFigure({ klass: 'trust-paths', case: 'hostile pull request through node dist/action.js: workspace and a neighbouring folder', inputs: 2, crashes: 0, hangs: 0, leaks: 0, violations: touched ? 1 : 0 });
    expect(snapshotTree(ws)).toEqual(workspaceBefore);
    expect(git(ws, 'status', '--porcelain')).toBe('');
    expect(snapshotTree(path.join(base, 'victim'))).toEqual(outside);
    const artifacts = path.join(runnerTemp, 'twelve-factor-audit', 'default');
    expect(run.outputs['report-path']).toBe(path.join(artifacts, 'report.json'));
    for (const f of ['static.json', 'build.json', 'release.json', 'runtime.json', 'report.json', 'report.md', 'report.sarif']) {
      expect(existsSync(path.join(artifacts, f)) && statSync(path.join(artifacts, f)).isFile(), f).toBe(true);
    }
  });
});
