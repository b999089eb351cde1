import { execFileSync } from 'node:child_process';
import { createReadStream, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tarStream from 'tar-stream';
import { afterAll, beforeAll, expect } from 'vitest';
import { leftovers } from '../docker';
import { MockGitHub } from '../github-api/server';
import { ArtifactStore } from './artifacts';
import { type RunOptions, type RunResult, runWorkflow, type WorkflowRepo } from './runner';

/**
 * Shared by the job-graph scenario files: the reusable workflow and the caller examples run as a graph of jobs on
 * this machine (test/support/workflow-harness): each job in a fresh
 * directory, artifacts with the service's rules, the action as `node
 * dist/action.js`, GitHub as the OpenAPI- and GraphQL-schema-checked mock.
 * Each scenario asserts what was posted, which artifacts exist, and that the
 * audited image holds nothing of the auditor.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const ACTION: WorkflowRepo = { slug: 'twelve-factor-audit/twelve-factor-audit', dir: ROOT, sha: 'c0ffee'.padEnd(40, '0') };
export const PR_HEAD = 'a'.repeat(40);
/** The pull requests' base commit: the example app as committed on the harness's git server. */
export let BASE_SHA = '';
let work: string;
let repo: WorkflowRepo;
export let gh: MockGitHub;
let firstRun = 100;
let nextRun = 100;
export const workDir = () => work;

/** Registers the shared setup in the calling test file; `runIds` starts this file's run ids (files run side by side). */
export function setupScenarios(runIds: number): void {
  firstRun = runIds;
  nextRun = runIds;
  beforeAll(setup);
  afterAll(teardown);
}

async function setup(): Promise<void> {
  work = mkdtempSync(path.join(tmpdir(), 'tfa-graph-'));
  // The example app with `COPY . ./`: anything of the auditor left in the workspace would land in the image.
  const dir = path.join(work, 'repo');
  cpSync(path.join(ROOT, 'examples/node-app'), dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.twelve-factor${path.sep}`) && !src.endsWith(`${path.sep}.twelve-factor`) });
  const dockerfile = readFileSync(path.join(dir, 'Dockerfile'), 'utf8').replace('COPY src ./src\nCOPY scripts ./scripts\n', 'COPY . ./\n');
  expect(dockerfile).toContain('COPY . ./');
  writeFileSync(path.join(dir, 'Dockerfile'), dockerfile);
  // Shorter probes: the scenarios judge delivery, not the example app.
  writeFileSync(path.join(dir, '.twelve-factor.yml'), 'run:\n  env: { GREETING: hi }\n  http-path: /healthz\n  boot-timeout: 30\n  shutdown-timeout: 5\n  replicas: 1\n  requests: 2\n');
  repo = { slug: 'acme/shop', dir, sha: PR_HEAD };
  // The base branch as git serves it (the automatic baseline fetches the base commit when no report of it exists).
  const served = path.join(work, 'git/acme/shop');
  cpSync(dir, served, { recursive: true, verbatimSymlinks: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=base', '-c', 'user.email=base@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: served, stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim();
  git('init', '--quiet', '--initial-branch=main');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'base');
  BASE_SHA = git('rev-parse', 'HEAD');
  gh = new MockGitHub();
  await gh.start();
}

async function teardown(): Promise<void> {
  await gh.stop();
  expect(gh.violations).toEqual([]);
  // Every job's post step swept what its action made.
  for (let id = firstRun; id < nextRun; id++) expect(leftovers(`gha-${id}-`)).toEqual([]);
  rmSync(work, { recursive: true, force: true });
}

/**
 * Another state of the audited repository: a copy of the example app
 * changed by `edit`, at its own commit.
 */
/** The example app at the base commit, as a push to the base branch checks it out. */
export const baseRepo = (): WorkflowRepo => ({ ...repo, sha: BASE_SHA });

/** An artifact's files as GitHub would zip them, for a run the mock lists. */
export function artifactFiles(store: ArtifactStore, name: string): Record<string, Uint8Array> {
  return Object.fromEntries(store.files(name).map((f) => [f, new Uint8Array(readFileSync(store.path(name, f)))]));
}

export function variant(name: string, sha: string, edit: (dir: string) => void): WorkflowRepo {
  const dir = path.join(work, name);
  cpSync(repo.dir, dir, { recursive: true, verbatimSymlinks: true });
  edit(dir);
  return { slug: repo.slug, dir, sha };
}

export function prPayload(number: number, fork = false) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: PR_HEAD, ref: 'feature', repo: { full_name: fork ? 'forker/shop' : 'acme/shop' } },
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop' },
  };
}

export async function run(workflow: string, event: RunOptions['event'], extra: Partial<RunOptions> = {}): Promise<{ result: RunResult; store: ArtifactStore; runId: number }> {
  const runId = nextRun++;
  const store = extra.store ?? new ArtifactStore(path.join(work, `artifacts-${runId}`));
  const jobs = path.join(work, `jobs-${runId}-${extra.attempt ?? 1}`);
  mkdirSync(jobs, { recursive: true });
  const log: string[] = [];
  const result = await runWorkflow({ workflow, event, repo, action: ACTION, apiUrl: gh.url, token: 'gha-token', store, workDir: jobs, runId, log: (l) => log.push(l), gitServer: path.join(work, 'git'), ...extra });
  (result as RunResult & { log?: string[] }).log = log;
  return { result, store, runId: extra.runId ?? runId };
}

export const logOf = (r: RunResult) => ((r as RunResult & { log?: string[] }).log ?? []).join('\n');

/** Every path in every layer of a `docker save` tarball, read without an engine. */
export async function imagePaths(tarball: string): Promise<string[]> {
  const out: string[] = [];
  const readLayer = (stream: Readable) =>
    new Promise<void>((resolve, reject) => {
      const inner = tarStream.extract();
      inner.on('entry', (h, s, next) => {
        out.push(h.name);
        s.on('end', next);
        s.resume();
      });
      inner.on('finish', () => resolve());
      inner.on('error', reject);
      stream.pipe(inner);
    });
  await new Promise<void>((resolve, reject) => {
    const outer = tarStream.extract();
    outer.on('entry', (h, s, next) => {
      if (/layer\.tar$|^blobs\/sha256\/[0-9a-f]{64}$/.test(h.name) && (h.size ?? 0) > 1024) {
        readLayer(s as unknown as Readable).then(
          () => next(),
          () => {
            s.resume();
            next();
          },
        );
      } else {
        s.on('end', next);
        s.resume();
      }
    });
    outer.on('finish', () => resolve());
    outer.on('error', reject);
    // build writes image.tar.gz (docker load reads either): unzip on the way in.
    const raw = createReadStream(tarball);
    (tarball.endsWith('.gz') ? raw.pipe(createGunzip()) : raw).pipe(outer);
  });
  return out;
}

/** The image built for this call holds the app and nothing of the auditor. */
export async function expectCleanImage(store: ArtifactStore, call: string): Promise<void> {
  const name = `tfa-image__${call}__app`;
  expect(store.names()).toContain(name);
  const tar = store.path(name, 'app/image.tar.gz');
  expect(existsSync(tar)).toBe(true);
  const paths = await imagePaths(tar);
  expect(paths).toContain('app/src/server.js');
  expect(paths.filter((p) => /twelve-factor-action|twelve-factor\/stages|(^|\/)\.twelve-factor\/|static\.json|build\.json|image\.tar(?:\.gz)?|dist\/action\.js/.test(p))).toEqual([]);
}

export const jobResult = (r: RunResult, key: string) => r.jobs.get(key)?.result;


export function readdirNames(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}
