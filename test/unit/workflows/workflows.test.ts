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
}
interface Job {
  permissions?: Record<string, string> | string;
  steps?: Step[];
  uses?: string;
  with?: Record<string, unknown>;
  name?: string;
}
interface Workflow {
  on: unknown;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const load = (rel: string) => parseYaml(read(rel)) as Workflow;

function triggers(wf: Workflow): string[] {
  if (typeof wf.on === 'string') return [wf.on];
  if (Array.isArray(wf.on)) return wf.on as string[];
  return Object.keys(wf.on as object);
}

function writes(job: Job): boolean {
  if (typeof job.permissions === 'string') return job.permissions.includes('write');
  return Object.values(job.permissions ?? {}).some((v) => v === 'write');
}

const isCheckout = (s: Step) => /^actions\/checkout@/.test(s.uses ?? '');
// GitHub expressions, not JS templates: built with a `$` so no linter mistakes them for a forgotten backtick.
const expr = (inner: string) => `$` + `{{ ${inner} }}`;
const OWN_REPO = expr('job.workflow_repository');
const OWN_SHA = expr('job.workflow_sha');
const checksOutOwnAction = (s: Step) => s.with?.repository === OWN_REPO && s.with?.ref === OWN_SHA;

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
  return uses === './' || uses === './.twelve-factor/action' || /^twelve-factor-audit\/twelve-factor-audit@/.test(uses ?? '');
}

describe('workflow security policy', () => {
  it.each(workflowFiles)('%s: top-level permissions are {}', (rel) => {
    expect(load(rel).permissions).toEqual({});
  });

  it.each(workflowFiles)('%s: every job states its own permissions', (rel) => {
    for (const [id, job] of Object.entries(load(rel).jobs)) expect(job.permissions, `${rel} job ${id}`).toBeDefined();
  });

  it.each(workflowFiles)('%s: no job holding a write permission checks out or runs pull request code', (rel) => {
    const wf = load(rel);
    const on = triggers(wf);
    expect(on, 'pull_request_target with code is never needed here').not.toContain('pull_request_target');
    // A reusable workflow can be called from a pull_request, so it is held to the same rule.
    const untrustedCode = on.some((t) => ['pull_request', 'workflow_run', 'workflow_call'].includes(t));
    for (const [id, job] of Object.entries(wf.jobs)) {
      if (!writes(job)) continue;
      const where = `${rel} job ${id}`;
      if (untrustedCode) {
        for (const step of job.steps ?? []) {
          if (isCheckout(step)) expect(checksOutOwnAction(step), `${where} checks out ${JSON.stringify(step.with)}`).toBe(true);
        }
        // A local reusable workflow or action resolves to the pull request's own copy.
        expect(job.uses?.startsWith('./') ?? false, `${where} calls a local workflow with a write token`).toBe(false);
      }
      for (const [i, step] of (job.steps ?? []).entries()) {
        if (step.uses?.startsWith('./')) {
          const own = (job.steps ?? []).slice(0, i).find((s) => isCheckout(s) && checksOutOwnAction(s) && `./${s.with?.path}` === step.uses);
          expect(own, `${where}: ${step.uses} must be this workflow's own checkout`).toBeDefined();
        }
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

  it('the reusable workflow runs the action only from its own repository and commit', () => {
    const wf = load(REUSABLE);
    let uses = 0;
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('actions/')) continue;
        expect(step.uses).toBe('./.twelve-factor/action');
        uses++;
      }
    }
    expect(uses).toBeGreaterThanOrEqual(5);
  });

  it('in the reusable workflow only the report job writes, and it checks out nothing but the action', () => {
    const wf = load(REUSABLE);
    const writers = Object.entries(wf.jobs).filter(([, j]) => writes(j)).map(([id]) => id);
    expect(writers).toEqual(['report']);
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
