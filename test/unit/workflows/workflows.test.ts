import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadParser } from './parser';

let parser: Awaited<ReturnType<typeof loadParser>>;
beforeAll(async () => {
  parser = await loadParser();
});

const ROOT = path.resolve(import.meta.dirname, '../../..');
const WORKFLOW_DIRS = ['.github/workflows', 'workflows'];
const REUSABLE = '.github/workflows/twelve-factor.yml';

const workflowFiles = WORKFLOW_DIRS.flatMap((dir) =>
  readdirSync(path.join(ROOT, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => `${dir}/${f}`),
).sort();

const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

async function parserErrors(name: string, content: string): Promise<string[]> {
  const parsed = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await parser.convertWorkflowTemplate(parsed.context, parsed.value);
    errors.push(...(template.errors ?? []).map((e) => e.Message));
  }
  return [...new Set([...errors, ...parsed.context.errors.getErrors().map((e) => e.message)])];
}

// Loose shapes for policy checks over the YAML itself.
interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  name?: string;
  if?: string;
  env?: Record<string, string>;
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  name?: string;
  if?: string;
  needs?: string | string[];
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  concurrency?: unknown;
  jobs: Record<string, Job>;
}

const load = (rel: string) => parseYaml(read(rel)) as Workflow;

function triggers(wf: Workflow): string[] {
  if (typeof wf.on === 'string') return [wf.on];
  if (Array.isArray(wf.on)) return wf.on as string[];
  return Object.keys(wf.on as object);
}

/** The reusable workflow's report job declares no permissions: it holds what the caller grants (see its header). */
const INHERITS = new Set([`${REUSABLE}#report`]);

function writes(job: Job, where = ''): boolean {
  // A job without a permissions key inherits; in the reusable workflow that can be anything the caller grants.
  if (job.permissions === undefined) return INHERITS.has(where);
  if (typeof job.permissions === 'string') return job.permissions.includes('write');
  return Object.values(job.permissions ?? {}).some((v) => v === 'write');
}

const isCheckout = (s: Step) => /^actions\/checkout@/.test(s.uses ?? '');
// GitHub expressions, not JS templates: built with a `$` so no linter mistakes them for a forgotten backtick.
const expr = (inner: string) => `$` + `{{ ${inner} }}`;
const OWN_REPO = expr('job.workflow_repository');
const OWN_SHA = expr('job.workflow_sha');
const checksOutOwnAction = (s: Step) => s.with?.repository === OWN_REPO && s.with?.ref === OWN_SHA;
/** Where the reusable workflow runs the action from: the runner's temp directory, seen from the workspace. */
const OWN_ACTION = './../../_temp/twelve-factor-action';

describe('workflow files', () => {
  it('finds the workflows this test is meant to cover', () => {
    expect(workflowFiles).toEqual(
      expect.arrayContaining([
        REUSABLE,
        '.github/workflows/ci.yml',
        '.github/workflows/dist.yml',
        '.github/workflows/release.yml',
        '.github/workflows/self-test.yml',
        'workflows/twelve-factor-pr.yml',
        'workflows/twelve-factor-fork-audit.yml',
        'workflows/twelve-factor-fork-comment.yml',
        'workflows/twelve-factor-scheduled.yml',
        'workflows/twelve-factor-push.yml',
      ]),
    );
  });

  it.each(workflowFiles)('%s parses with @actions/workflow-parser with zero errors', async (rel) => {
    expect(await parserErrors(rel, read(rel))).toEqual([]);
  });

  it('the parser does report errors (so zero errors above means something)', async () => {
    const broken = `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${expr('nope.x')}\n    permisions: {}\n`;
    expect((await parserErrors('broken.yml', broken)).length).toBeGreaterThan(0);
  });

  it('action.yml parses as an action manifest with zero errors and declares the inputs workflows use', () => {
    const parsed = parser.parseAction({ name: 'action.yml', content: read('action.yml') }, new parser.NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const action = parser.convertActionTemplate(parsed.context, parsed.value!);
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/action.js', post: 'dist/post.js' });
    const inputs = new Set((action.inputs ?? []).map((i) => i.id));
    const outputs = new Set((action.outputs ?? []).map((o) => o.id));
    for (const name of ['command', 'path', 'config', 'artifacts', 'fail-on', 'comment', 'comment-key', 'check-run', 'tracking-issue', 'baseline', 'token', 'annotations']) {
      expect(inputs, `input ${name}`).toContain(name);
    }
    for (const name of ['verdict', 'passed', 'warned', 'failed', 'errored', 'not-verified', 'report-path', 'markdown-path', 'sarif-path', 'image-id', 'release-id', 'apps']) {
      expect(outputs, `output ${name}`).toContain(name);
    }
    // Every `with:` given to our action in any workflow is an input it declares.
    for (const rel of workflowFiles) {
      for (const job of Object.values(load(rel).jobs)) {
        for (const step of job.steps ?? []) {
          if (!isOurAction(step.uses)) continue;
          for (const key of Object.keys(step.with ?? {})) expect(inputs, `${rel}: input "${key}"`).toContain(key);
        }
      }
    }
  });

  it('callers pass only inputs the reusable workflow declares', () => {
    const declared = new Set(Object.keys((load(REUSABLE).on as { workflow_call: { inputs: object } }).workflow_call.inputs));
    let calls = 0;
    for (const rel of workflowFiles) {
      for (const job of Object.values(load(rel).jobs)) {
        if (!job.uses?.includes('.github/workflows/twelve-factor.yml')) continue;
        calls++;
        for (const key of Object.keys(job.with ?? {})) expect(declared, `${rel}: input "${key}"`).toContain(key);
      }
    }
    expect(calls).toBeGreaterThanOrEqual(4);
  });
});

function isOurAction(uses: string | undefined): boolean {
  return uses === './' || uses === OWN_ACTION || /^twelve-factor-audit\/twelve-factor-audit@/.test(uses ?? '');
}

/** The step at `index` runs this workflow's own action: checked out at job.workflow_sha and moved to the runner's temp directory before it. */
function ownActionBefore(job: Job, index: number): boolean {
  const before = (job.steps ?? []).slice(0, index);
  const checkout = before.findIndex((s) => isCheckout(s) && checksOutOwnAction(s));
  if (checkout < 0) return false;
  const dir = String(before[checkout]!.with?.path ?? '');
  return before.slice(checkout + 1).some((s) => new RegExp(`mv ${dir.replace(/[.]/g, '\\.')} "\\$RUNNER_TEMP/twelve-factor-action"`).test(s.run ?? ''));
}

describe('workflow security policy', () => {
  it.each(workflowFiles)('%s: top-level permissions are {}', (rel) => {
    expect(load(rel).permissions).toEqual({});
  });

  it.each(workflowFiles)('%s: every job states its own permissions (the reusable report job inherits the caller\'s, on purpose)', (rel) => {
    for (const [id, job] of Object.entries(load(rel).jobs)) {
      if (INHERITS.has(`${rel}#${id}`)) expect(job.permissions, `${rel} job ${id} must inherit`).toBeUndefined();
      else expect(job.permissions, `${rel} job ${id}`).toBeDefined();
    }
  });

  it.each(workflowFiles)('%s: no job holding a write permission checks out or runs pull request code', (rel) => {
    const wf = load(rel);
    const on = triggers(wf);
    expect(on, 'pull_request_target with code is never needed here').not.toContain('pull_request_target');
    // A reusable workflow can be called from a pull_request, so it is held to the same rule.
    const untrustedCode = on.some((t) => ['pull_request', 'workflow_run', 'workflow_call'].includes(t));
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (!writes(job, `${rel}#${id}`)) continue;
      const where = `${rel} job ${id}`;
      if (untrustedCode) {
        for (const step of job.steps ?? []) {
          if (isCheckout(step)) expect(checksOutOwnAction(step), `${where} checks out ${JSON.stringify(step.with)}`).toBe(true);
        }
        // A local reusable workflow or action resolves to the pull request's own copy.
        expect(job.uses?.startsWith('./') ?? false, `${where} calls a local workflow with a write token`).toBe(false);
      }
      for (const [i, step] of (job.steps ?? []).entries()) {
        if (step.uses?.startsWith('./')) expect(ownActionBefore(job, i), `${where}: ${step.uses} must be this workflow's own checkout`).toBe(true);
      }
    }
  });

  it.each(workflowFiles)('%s: no run: interpolates an event payload', (rel) => {
    for (const [id, job] of Object.entries(load(rel).jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.run) continue;
        expect(step.run, `${rel} job ${id} step ${step.name ?? ''}`).not.toMatch(/\$\{\{[^}]*github\.(event|head_ref)/);
      }
    }
  });

  it.each(workflowFiles)('%s: third-party actions are pinned to a full commit SHA', (rel) => {
    for (const job of Object.values(load(rel).jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('./') || isOurAction(step.uses)) continue;
        expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });

  it('the reusable workflow runs the action only from its own repository and commit, moved out of the workspace', () => {
    const wf = load(REUSABLE);
    let uses = 0;
    for (const [id, job] of Object.entries(wf.jobs)) {
      for (const [i, step] of (job.steps ?? []).entries()) {
        if (!step.uses || step.uses.startsWith('actions/')) continue;
        expect(step.uses, `job ${id}`).toBe(OWN_ACTION);
        expect(ownActionBefore(job, i), `job ${id} step ${step.name}`).toBe(true);
        uses++;
      }
    }
    expect(uses).toBeGreaterThanOrEqual(5);
  });

  it('every job of the reusable workflow that uses job.workflow_sha first refuses an empty one', () => {
    const wf = load(REUSABLE);
    for (const [id, job] of Object.entries(wf.jobs)) {
      const steps = job.steps ?? [];
      const first = steps.findIndex((s) => JSON.stringify(s.with ?? {}).includes('job.workflow_sha'));
      if (first < 0) continue;
      const guard = steps.slice(0, first).find((s) => s.env?.WORKFLOW_SHA === OWN_SHA && /-z "\$WORKFLOW_SHA"/.test(s.run ?? '') && /exit 1/.test(s.run ?? ''));
      expect(guard, `job ${id}`).toBeDefined();
      // A guard skipped by a condition the checkout does not share would guard nothing.
      expect(guard!.if ?? '', `job ${id}`).toBe(steps[first]!.if ?? '');
    }
  });

  it('in the reusable workflow only the report job can write, and it checks out nothing but the action', () => {
    const wf = load(REUSABLE);
    const writers = Object.entries(wf.jobs).filter(([id, j]) => writes(j, `${REUSABLE}#${id}`)).map(([id]) => id);
    expect(writers).toEqual(['report']);
    for (const [id, job] of Object.entries(wf.jobs)) if (id !== 'report') expect(job.permissions, id).toEqual({ contents: 'read' });
    const checkouts = (wf.jobs.report!.steps ?? []).filter(isCheckout);
    expect(checkouts).toHaveLength(1);
    expect(checksOutOwnAction(checkouts[0]!)).toBe(true);
  });

  it('the policy checks catch violations', () => {
    const bad: Job = {
      permissions: { 'pull-requests': 'write' },
      steps: [{ uses: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683' }, { run: `echo ${expr('github.event.pull_request.title')}` }],
    };
    expect(writes(bad)).toBe(true);
    expect(checksOutOwnAction(bad.steps![0]!)).toBe(false);
    expect(bad.steps![1]!.run).toMatch(/\$\{\{[^}]*github\.(event|head_ref)/);
  });
});

/** The current major of each action we use, pinned by SHA with a `# vX.Y.Z` comment. */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/upload-artifact': 'v7',
  'actions/download-artifact': 'v8',
  'actions/setup-node': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
};

describe('workflows as they run on GitHub', () => {
  it.each(workflowFiles)('%s: actions are on their current majors, pinned by SHA with the version beside it', (rel) => {
    const text = read(rel);
    for (const m of text.matchAll(/uses: ([\w./-]+)@([0-9a-f]{40}) # (v\d+)\.\d+\.\d+/g)) {
      const major = CURRENT_MAJORS[m[1]!];
      if (major) expect(m[3], `${rel}: ${m[1]}`).toBe(major);
    }
    for (const name of Object.keys(CURRENT_MAJORS)) {
      for (const m of text.matchAll(new RegExp(`uses: ${name.replace(/\//g, '\\/')}@(\\S+)`, 'g'))) expect(m[1], `${rel}: ${name} must be pinned by SHA`).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it('the README pins current majors too, with upload-sarif on v4', () => {
    const text = read('README.md');
    expect(text).not.toMatch(/uses: actions\/checkout@v\d/);
    expect(text).toMatch(/codeql-action\/upload-sarif@[0-9a-f]{40} # v4\./);
  });

  it.each(workflowFiles)('%s: every artifact upload overwrites its own name (a re-run rewrites it instead of failing with 409)', (rel) => {
    for (const job of Object.values(load(rel).jobs)) {
      for (const step of job.steps ?? []) {
        if (/^actions\/upload-artifact@/.test(step.uses ?? '')) expect(step.with?.overwrite, `${rel} ${step.name}`).toBe(true);
      }
    }
  });

  it.each(workflowFiles)('%s: nothing runs on always(); a cancelled run stays cancelled', (rel) => {
    expect(read(rel)).not.toMatch(/always\(\)/);
  });

  it('the reusable workflow names every artifact and download by call and app, so two calls never mix', () => {
    const wf = load(REUSABLE);
    const CALL = expr('needs.discover.outputs.call');
    for (const [id, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (/^actions\/upload-artifact@/.test(step.uses ?? '')) expect(String(step.with?.name), `${id}: ${step.name}`).toContain(CALL);
        if (/^actions\/download-artifact@/.test(step.uses ?? '')) {
          expect(step.with?.name, `${id}: ${step.name} uses a pattern (a missing artifact is report's to tell)`).toBeUndefined();
          expect(String(step.with?.pattern), `${id}: ${step.name}`).toMatch(new RegExp(`^tfa(-image)?__${CALL.replace(/[$.{}]/g, '\\$&')}__`));
        }
      }
    }
    expect(wf.jobs.report!.if).toBe(`${expr('!cancelled() && needs.discover.result == \'success\'').replace(/^\$\{\{ | \}\}$/g, (m) => m)}`);
  });

  it('the reusable workflow keeps the auditor out of the workspace: stage files under runner.temp', () => {
    const text = read(REUSABLE);
    expect(text).not.toMatch(/\.twelve-factor\/(stages|action)/);
    for (const job of Object.values(load(REUSABLE).jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses === OWN_ACTION && step.with?.artifacts !== undefined) expect(String(step.with.artifacts)).toMatch(/^\$\{\{ runner\.temp \}\}\/twelve-factor\/stages/);
      }
    }
  });

  it('every action input that makes sense in the workflow is a reusable workflow input, and the token a secret', () => {
    const call = (load(REUSABLE).on as { workflow_call: { inputs: object; secrets: object } }).workflow_call;
    for (const name of ['hide-when-passing', 'recreate-comment', 'baseline', 'check-run', 'tracking-issue', 'comment', 'comment-key', 'fail-on', 'annotations', 'config', 'path', 'dockerfile', 'context']) {
      expect(Object.keys(call.inputs), name).toContain(name);
    }
    expect(Object.keys(call.secrets)).toContain('token');
  });

  it('a pull request caller grants only contents: read and pull-requests: write', () => {
    for (const rel of ['workflows/twelve-factor-pr.yml', 'workflows/twelve-factor-monorepo.yml']) {
      expect(load(rel).jobs['twelve-factor']!.permissions, rel).toEqual({ 'contents': 'read', 'pull-requests': 'write' });
    }
  });

  it.each(workflowFiles.filter((f) => f.startsWith('workflows/')))('%s: a caller example sets concurrency', (rel) => {
    expect(load(rel).concurrency, rel).toBeDefined();
  });
});
