import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { parseFileCommands } from '../run-action';
import type { ArtifactStore } from './artifacts';
import { condition, interpolate, type Scope, toText, type Value } from './expressions';

/**
 * Runs a GitHub workflow job by job on this machine, as the runner and the
 * service would: `needs`, `if` (with the implicit `success() &&`), matrices,
 * job outputs, called workflows (`uses:` a workflow file, with `with:` and
 * `secrets:`), a fresh directory per job (`work/<repo>/<repo>` as the
 * workspace, `work/_temp` as RUNNER_TEMP, as on a hosted runner),
 * `run:` steps through bash, `actions/checkout` as a copy (of the audited
 * repository, or of this action when it names `job.workflow_repository` at
 * `job.workflow_sha`), upload/download-artifact with the service's rules
 * (ArtifactStore), and this action through `node dist/action.js` with
 * `INPUT_*` from `with:`, its post step at the end of the job. No GitHub, no
 * `act`: what the workflow file says is what runs.
 */

export interface WorkflowRepo {
  /** owner/name. */
  slug: string;
  /** The files a checkout of this repository brings. */
  dir: string;
  sha: string;
}

export interface RunOptions {
  /** The workflow file to run, relative to the action repository (or absolute). */
  workflow: string;
  event: { name: string; payload: Record<string, unknown> };
  /** The repository the workflow runs in (checked out by a plain actions/checkout). */
  repo: WorkflowRepo;
  /** This action's repository: where `job.workflow_*` point for a workflow of ours. */
  action: WorkflowRepo;
  apiUrl: string;
  token: string;
  store: ArtifactStore;
  /** Where jobs get their directories. */
  workDir: string;
  runId: number;
  attempt?: number;
  /** Other runs' stores, by run id (download-artifact with run-id). */
  otherRuns?: Map<number, ArtifactStore>;
  /** Extra environment for one job (a fault for the first attempt, say); the key is `<caller job>/<job>`. */
  jobEnv?: (jobKey: string) => Record<string, string> | undefined;
  /**
   * Re-run failed jobs: the previous attempt's results. A job that succeeded
   * and needs no re-run job keeps its result and outputs; failed jobs and
   * everything downstream of them run again, as GitHub does.
   */
  previous?: RunResult;
  log?: (line: string) => void;
  /**
   * A directory of git repositories (`<owner>/<name>`) that git on this
   * "runner" reaches for https://github.com/<owner>/<name>, as a hosted
   * runner's git reaches GitHub.
   */
  gitServer?: string;
}

export interface StepResult {
  name: string;
  outcome: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  log: string;
}

export interface JobResult {
  /** `<caller job>/<job>` for a called workflow's job, `<job>` otherwise; matrix rows add ` (n)`. */
  key: string;
  result: 'success' | 'failure' | 'skipped';
  outputs: Record<string, string>;
  steps: StepResult[];
  /** The job's directories, kept for the test to inspect. */
  workspace?: string;
  runnerTemp?: string;
}

export interface RunResult {
  jobs: Map<string, JobResult>;
}

interface JobDef {
  name?: string;
  needs?: string | string[];
  if?: unknown;
  permissions?: unknown;
  strategy?: { matrix?: Record<string, unknown> };
  env?: Record<string, unknown>;
  outputs?: Record<string, string>;
  steps?: StepDef[];
  uses?: string;
  with?: Record<string, unknown>;
  secrets?: Record<string, unknown> | 'inherit';
}

interface StepDef {
  id?: string;
  name?: string;
  if?: unknown;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

interface WorkflowDef {
  on: unknown;
  jobs: Record<string, JobDef>;
}

const OUR_WORKFLOW = /^twelve-factor-audit\/twelve-factor-audit\/(\.github\/workflows\/[^@]+)@/;
const OUR_ACTION = /^twelve-factor-audit\/twelve-factor-audit@/;

function loadWorkflow(file: string): WorkflowDef {
  return parseYaml(readFileSync(file, 'utf8')) as WorkflowDef;
}

const needsOf = (job: JobDef) => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs]);

/** Runs a workflow file (a caller, or one that stands alone) to the end. */
export async function runWorkflow(opts: RunOptions): Promise<RunResult> {
  const file = path.isAbsolute(opts.workflow) ? opts.workflow : path.join(opts.action.dir, opts.workflow);
  const result: RunResult = { jobs: new Map() };
  await runGraph(opts, loadWorkflow(file), { prefix: '', inputs: {}, secrets: {}, workflowRepo: opts.repo }, result);
  return result;
}

interface GraphCall {
  prefix: string;
  inputs: Record<string, Value>;
  secrets: Record<string, Value>;
  /** Whose workflow file these jobs come from: `job.workflow_repository` / `job.workflow_sha`. */
  workflowRepo: WorkflowRepo;
}

async function runGraph(opts: RunOptions, wf: WorkflowDef, call: GraphCall, result: RunResult): Promise<Map<string, JobResult>> {
  const done = new Map<string, JobResult>();
  const rerun = new Set<string>();
  const pending = new Set(Object.keys(wf.jobs));
  // Jobs whose needs are met run side by side, as on GitHub (two calls of a workflow, say).
  while (pending.size > 0) {
    const ready = [...pending].filter((id) => needsOf(wf.jobs[id]!).every((n) => done.has(n)));
    if (ready.length === 0) throw new Error(`needs cycle among ${[...pending].join(', ')}`);
    for (const id of ready) pending.delete(id);
    const finished = await Promise.all(
      ready.map(async (id): Promise<[string, JobResult]> => {
        const prev = opts.previous?.jobs.get(`${call.prefix}${id}`);
        const again = prev?.result !== 'success' || needsOf(wf.jobs[id]!).some((n) => rerun.has(n)) || !!wf.jobs[id]!.uses;
        if (again) {
          rerun.add(id);
          return [id, await runJob(opts, wf, id, call, done, result)];
        }
        result.jobs.set(prev.key, prev);
        for (const [k, row] of opts.previous!.jobs) if (k.startsWith(`${prev.key} (`)) result.jobs.set(k, row);
        return [id, prev];
      }),
    );
    for (const [id, r] of finished) done.set(id, r);
  }
  return done;
}

function needsContext(job: JobDef, done: Map<string, JobResult>): Record<string, Value> {
  return Object.fromEntries(needsOf(job).map((n) => [n, { result: done.get(n)!.result, outputs: done.get(n)!.outputs }]));
}

async function runJob(opts: RunOptions, wf: WorkflowDef, id: string, call: GraphCall, done: Map<string, JobResult>, result: RunResult): Promise<JobResult> {
  const job = wf.jobs[id]!;
  const key = `${call.prefix}${id}`;
  const needs = needsContext(job, done);
  const base = baseContexts(opts, call, needs);
  const jobScope: Scope = {
    contexts: base,
    status: {
      success: () => needsOf(job).every((n) => done.get(n)!.result === 'success'),
      failure: () => needsOf(job).some((n) => done.get(n)!.result === 'failure'),
      cancelled: () => false,
    },
  };
  if (!condition(job.if, jobScope)) {
    const skipped: JobResult = { key, result: 'skipped', outputs: {}, steps: [] };
    result.jobs.set(key, skipped);
    return skipped;
  }

  if (job.uses) {
    const m = OUR_WORKFLOW.exec(job.uses) ?? (job.uses.startsWith('./') ? [job.uses, job.uses.slice(2).replace(/@.*$/, '')] : null);
    if (!m) throw new Error(`${key}: the harness runs only this project's workflows, not ${job.uses}`);
    const called = loadWorkflow(path.join(opts.action.dir, m[1]!));
    const declared = (called.on as { workflow_call?: { inputs?: Record<string, { type?: string; default?: unknown }> } }).workflow_call?.inputs ?? {};
    const given = (interpolate(job.with ?? {}, jobScope) ?? {}) as Record<string, Value>;
    const inputs: Record<string, Value> = {};
    for (const [name, def] of Object.entries(declared)) {
      const raw = name in given ? given[name] : (def.default as Value);
      inputs[name] = def.type === 'boolean' ? raw === true || raw === 'true' : def.type === 'number' ? Number(raw) : raw;
    }
    for (const name of Object.keys(given)) if (!(name in declared)) throw new Error(`${key}: input "${name}" is not declared by ${m[1]}`);
    const secrets = job.secrets === 'inherit' ? call.secrets : ((interpolate(job.secrets ?? {}, jobScope) ?? {}) as Record<string, Value>);
    const inner = await runGraph(opts, called, { prefix: `${key}/`, inputs, secrets, workflowRepo: opts.action }, result);
    const failed = [...inner.values()].some((r) => r.result === 'failure');
    const outputsDecl = (called.on as { workflow_call?: { outputs?: Record<string, { value: string }> } }).workflow_call?.outputs ?? {};
    const jobsCtx = Object.fromEntries([...inner.entries()].map(([k, r]) => [k, { result: r.result, outputs: r.outputs }]));
    const outputs = Object.fromEntries(
      Object.entries(outputsDecl).map(([k, o]) => [k, toText(interpolate(o.value, { contexts: { ...base, jobs: jobsCtx }, status: jobScope.status }))]),
    );
    const r: JobResult = { key, result: failed ? 'failure' : 'success', outputs, steps: [] };
    result.jobs.set(key, r);
    return r;
  }

  // A matrix expands into one run per row; the job fails when a row fails, and outputs come from the last row.
  const matrix = job.strategy?.matrix ? (interpolate(job.strategy.matrix, jobScope) as Record<string, Value>) : undefined;
  const rows: Record<string, Value>[] = matrix ? expandMatrix(matrix) : [{}];
  // Matrix rows run side by side too.
  const ran = await Promise.all(
    rows.map(async (row, i) => {
      const rowKey = matrix ? `${key} (${i + 1})` : key;
      const r = await runSteps(opts, job, rowKey, { ...base, matrix: row, strategy: { 'fail-fast': false } }, call);
      if (matrix) result.jobs.set(rowKey, r);
      return r;
    }),
  );
  const anyFailed = ran.some((r) => r.result === 'failure');
  const r: JobResult = { ...ran.at(-1)!, key, result: anyFailed ? 'failure' : 'success' };
  result.jobs.set(key, r);
  return r;
}

function expandMatrix(matrix: Record<string, Value>): Record<string, Value>[] {
  let rows: Record<string, Value>[] = [{}];
  for (const [k, values] of Object.entries(matrix)) {
    if (k === 'include' || k === 'exclude') throw new Error('matrix include/exclude is not used by the workflows and not supported');
    if (!Array.isArray(values)) throw new Error(`matrix.${k} is not a list`);
    rows = rows.flatMap((r) => values.map((v) => ({ ...r, [k]: v })));
  }
  return rows;
}

function baseContexts(opts: RunOptions, call: GraphCall, needs: Record<string, Value>): Record<string, Value> {
  return {
    github: {
      token: opts.token,
      event_name: opts.event.name,
      event: opts.event.payload as Value,
      repository: opts.repo.slug,
      sha: opts.repo.sha,
      run_id: String(opts.runId),
      run_attempt: String(opts.attempt ?? 1),
      server_url: 'https://github.com',
      api_url: opts.apiUrl,
      ref: 'refs/heads/main',
    },
    inputs: call.inputs,
    secrets: { GITHUB_TOKEN: opts.token, ...call.secrets },
    needs,
    job: { workflow_repository: call.workflowRepo.slug, workflow_sha: call.workflowRepo.sha, status: 'success' },
    vars: {},
    env: {},
  };
}

async function runSteps(opts: RunOptions, job: JobDef, key: string, contexts: Record<string, Value>, call: GraphCall): Promise<JobResult> {
  const jobDir = mkdtempSync(path.join(opts.workDir, `${key.replace(/[^\w-]+/g, '_')}-`));
  const repoName = opts.repo.slug.split('/')[1]!;
  const workspace = path.join(jobDir, 'work', repoName, repoName);
  const runnerTemp = path.join(jobDir, 'work', '_temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const eventPath = path.join(runnerTemp, '_github_workflow', 'event.json');
  mkdirSync(path.dirname(eventPath), { recursive: true });
  writeFileSync(eventPath, JSON.stringify(opts.event.payload));

  const steps: StepResult[] = [];
  const stepsCtx: Record<string, Value> = {};
  const posts: (() => Promise<void>)[] = [];
  let failed = false;
  const scope = (): Scope => ({
    contexts: { ...contexts, steps: stepsCtx, runner: { temp: runnerTemp, os: 'Linux', arch: 'X64' }, env: jobEnvText },
    status: { success: () => !failed, failure: () => failed, cancelled: () => false },
  });
  const jobEnvText = Object.fromEntries(Object.entries(interpolate(job.env ?? {}, { contexts, status: { success: () => true, failure: () => false, cancelled: () => false } }) as Record<string, Value>).map(([k, v]) => [k, toText(v)]));
  const runnerEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    ...(process.env.DOCKER_HOST ? { DOCKER_HOST: process.env.DOCKER_HOST } : {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: opts.event.name,
    GITHUB_REPOSITORY: opts.repo.slug,
    GITHUB_SHA: opts.repo.sha,
    GITHUB_RUN_ID: String(opts.runId),
    GITHUB_RUN_ATTEMPT: String(opts.attempt ?? 1),
    GITHUB_API_URL: opts.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_JOB: key,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...(opts.gitServer ? { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: `url.file://${opts.gitServer}/.insteadOf`, GIT_CONFIG_VALUE_0: 'https://github.com/' } : {}),
    ...jobEnvText,
    ...opts.jobEnv?.(key.replace(/ \(\d+\)$/, '')),
    ...extra,
  });

  for (const [i, step] of (job.steps ?? []).entries()) {
    const name = step.name ?? step.uses ?? step.run?.split('\n')[0] ?? `step ${i + 1}`;
    if (!condition(step.if, scope())) {
      steps.push({ name, outcome: 'skipped', outputs: {}, log: '' });
      if (step.id) stepsCtx[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
      continue;
    }
    const files = fileCommands(runnerTemp, i);
    const env = runnerEnv({
      GITHUB_OUTPUT: files.output,
      GITHUB_STATE: files.state,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_ENV: files.env,
      ...Object.fromEntries(Object.entries((interpolate(step.env ?? {}, scope()) ?? {}) as Record<string, Value>).map(([k, v]) => [k, toText(v)])),
    });
    let outcome: StepResult['outcome'] = 'success';
    let log = '';
    const started = Date.now();
    try {
      if (step.run !== undefined) {
        const r = await exec('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', toText(interpolate(step.run, scope()))], workspace, env);
        log = r.output;
        if (r.code !== 0) outcome = 'failure';
      } else if (step.uses) {
        const inputs = (interpolate(step.with ?? {}, scope()) ?? {}) as Record<string, Value>;
        const r = await runUses(opts, step.uses, inputs, { workspace, runnerTemp, env, call, posts, key });
        log = r.log;
        if (!r.ok) outcome = 'failure';
      }
    } catch (e) {
      log += `\n${(e as Error).message}`;
      outcome = 'failure';
    }
    const outputs = parseFileCommands(readFileSync(files.output, 'utf8'));
    opts.log?.(`[${key}] ${name}: ${outcome} (${((Date.now() - started) / 1000).toFixed(1)} s)${outcome === 'failure' ? `\n${log.trim().split('\n').slice(-15).join('\n')}` : ''}`);
    steps.push({ name, outcome, outputs, log });
    if (step.id) stepsCtx[step.id] = { outcome, conclusion: outcome, outputs };
    if (outcome === 'failure') failed = true;
  }
  // Post steps run last, in reverse order, whatever happened.
  for (const post of posts.reverse()) await post();

  const outputs = Object.fromEntries(Object.entries(job.outputs ?? {}).map(([k, v]) => [k, toText(interpolate(v, scope()))]));
  return { key, result: failed ? 'failure' : 'success', outputs, steps, workspace, runnerTemp };
}

function fileCommands(runnerTemp: string, step: number) {
  const dir = path.join(runnerTemp, '_runner_file_commands');
  mkdirSync(dir, { recursive: true });
  const files = {
    output: path.join(dir, `set_output_${step}`),
    state: path.join(dir, `save_state_${step}`),
    summary: path.join(dir, `step_summary_${step}`),
    env: path.join(dir, `set_env_${step}`),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  return files;
}

interface UsesContext {
  workspace: string;
  runnerTemp: string;
  env: Record<string, string>;
  call: GraphCall;
  posts: (() => Promise<void>)[];
  key: string;
}

async function runUses(opts: RunOptions, uses: string, inputs: Record<string, Value>, ctx: UsesContext): Promise<{ ok: boolean; log: string }> {
  const text = (k: string) => toText(inputs[k]);
  if (/^actions\/checkout@[0-9a-f]{40}$/.test(uses)) {
    const repository = text('repository');
    const ref = text('ref');
    const dest = path.resolve(ctx.workspace, text('path') || '.');
    if (path.relative(ctx.workspace, dest).startsWith('..')) throw new Error(`Repository path '${dest}' is not under '${ctx.workspace}'`);
    if (repository && repository !== opts.repo.slug) {
      // This action's own repository: only at the commit the workflow came from.
      if (repository !== opts.action.slug) throw new Error(`checkout of ${repository} is not available to the harness`);
      if (ref !== opts.action.sha) throw new Error(`checkout of ${repository} at "${ref}", not at the workflow's own commit ${opts.action.sha}`);
      mkdirSync(dest, { recursive: true });
      for (const f of ['action.yml', 'package.json', 'dist']) cpSync(path.join(opts.action.dir, f), path.join(dest, f), { recursive: true });
      return { ok: true, log: `checked out ${repository}@${ref}` };
    }
    if (dest === ctx.workspace) rmSync(ctx.workspace, { recursive: true, force: true });
    cpSync(opts.repo.dir, dest, { recursive: true, verbatimSymlinks: true });
    return { ok: true, log: `checked out ${opts.repo.slug}@${opts.repo.sha}` };
  }
  if (/^actions\/upload-artifact@[0-9a-f]{40}$/.test(uses)) {
    const message = opts.store.upload({
      name: text('name') || 'artifact',
      paths: text('path').split('\n').map((l) => l.trim()).filter(Boolean),
      workspace: ctx.workspace,
      ifNoFilesFound: text('if-no-files-found') || 'warn',
      overwrite: text('overwrite') === 'true',
      includeHidden: text('include-hidden-files') === 'true',
    });
    return { ok: true, log: message };
  }
  if (/^actions\/download-artifact@[0-9a-f]{40}$/.test(uses)) {
    const runId = text('run-id');
    const store = runId && Number(runId) !== opts.runId ? opts.otherRuns?.get(Number(runId)) : opts.store;
    if (!store) throw new Error(`no artifacts for run ${runId}`);
    if (runId && !text('github-token')) throw new Error('download-artifact with run-id needs github-token');
    const names = store.download({
      ...(text('name') ? { name: text('name') } : {}),
      ...(text('pattern') ? { pattern: text('pattern') } : {}),
      mergeMultiple: text('merge-multiple') === 'true',
      dest: path.resolve(ctx.workspace, text('path') || '.'),
    });
    return { ok: true, log: `Total of ${names.length} artifact(s) downloaded: ${names.join(', ')}` };
  }
  const local = uses.startsWith('./') ? path.resolve(ctx.workspace, uses) : OUR_ACTION.test(uses) ? opts.action.dir : undefined;
  if (!local) throw new Error(`the harness does not run ${uses}`);
  const manifest = parseYaml(readFileSync(path.join(local, 'action.yml'), 'utf8')) as {
    inputs?: Record<string, { default?: string }>;
    runs: { using: string; main: string; post?: string };
  };
  if (manifest.runs.using !== 'node24') throw new Error(`${uses}: runs.using ${manifest.runs.using}`);
  const inputEnv: Record<string, string> = {};
  for (const [name, def] of Object.entries(manifest.inputs ?? {})) {
    const value = name in inputs ? text(name) : toText(interpolate(def.default ?? '', { contexts: { github: { token: opts.token } }, status: { success: () => true, failure: () => false, cancelled: () => false } }));
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(inputs)) if (!(name in (manifest.inputs ?? {}))) throw new Error(`${uses}: unexpected input "${name}"`);
  const main = await exec(process.execPath, [path.join(local, manifest.runs.main)], ctx.workspace, { ...ctx.env, ...inputEnv });
  if (manifest.runs.post) {
    const state = parseFileCommands(readFileSync(ctx.env.GITHUB_STATE!, 'utf8'));
    const postScript = path.join(local, manifest.runs.post);
    ctx.posts.push(async () => {
      if (!existsSync(postScript)) return;
      await exec(process.execPath, [postScript], ctx.workspace, { ...ctx.env, ...inputEnv, ...Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v])) });
    });
  }
  return { ok: main.code === 0, log: main.output };
}

function exec(cmd: string, args: string[], cwd: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (e) => resolve({ code: 127, output: `${output}\n${e.message}` }));
    child.on('close', (code) => resolve({ code, output }));
  });
}
