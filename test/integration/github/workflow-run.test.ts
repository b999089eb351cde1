import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeStageFile } from '../../../src/pipeline/stages/files';
import { staticFileOf } from '../../../src/pipeline/stages/static';
import { audit } from '../../../src/pipeline/audit';
import { ConfigSchema } from '../../../src/config/schema';
import { runAction } from '../../support/run-action';
import { MockGitHub } from '../../support/github-api/server';
import { parseStructure } from '../../unit/render-markdown/structure';

/**
 * The fork-safe pair's second half, run the way the runner runs it: `node
 * dist/action.js` with `command: report` on a real `workflow_run` payload, an
 * empty workspace (nothing checked out) and the stage files the audit run
 * uploaded, which the fork's author controls.
 */
const HEAD = 'd'.repeat(40);
const ROOT = path.resolve(import.meta.dirname, '../../..');
let dir: string;
let gh: MockGitHub;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tfa-wfrun-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  gh = new MockGitHub();
  await gh.start();
});
afterEach(async () => {
  await gh.stop();
  expect(gh.violations).toEqual([]);
});

/** What GitHub sends a `workflow_run` workflow after a fork PR's audit: `pull_requests` is empty for forks. */
function workflowRunPayload(pullRequests: unknown[] = []) {
  return {
    action: 'completed',
    workflow_run: {
      id: 99,
      event: 'pull_request',
      head_sha: HEAD,
      head_branch: 'feature',
      conclusion: 'failure',
      head_repository: { full_name: 'forker/shop', owner: { login: 'forker' } },
      pull_requests: pullRequests,
    },
    repository: { full_name: 'acme/shop' },
  };
}

/** The audit run's stage files for the example app, as the fork's job would have uploaded them; `tamper` edits static.json. */
function uploadedStages(tamper: (file: Record<string, unknown>) => void = () => {}): { workspace: string; stages: string } {
  const root = mkdtempSync(path.join(dir, 'run-'));
  const workspace = path.join(root, 'workspace');
  const stages = path.join(root, 'stages', 'app');
  mkdirSync(workspace, { recursive: true });
  const config = ConfigSchema.parse({ path: 'examples/node-app' });
  const result = audit({ repoRoot: ROOT, config });
  const file = staticFileOf(result.report, result.app, config) as unknown as Record<string, unknown>;
  tamper(file);
  writeStageFile(stages, 'static', file as never);
  return { workspace, stages: path.dirname(stages) };
}

async function comment(opts: { payload: unknown; stages: string; workspace: string; inputs?: Record<string, string> }) {
  return runAction({
    workspace: opts.workspace,
    event: { name: 'workflow_run', payload: opts.payload },
    env: { GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'acme/shop' },
    inputs: { command: 'report', artifacts: opts.stages, comment: 'true', 'fail-on': 'never', annotations: 'false', token: 'gha-token', ...opts.inputs },
    timeoutMs: 120_000,
  });
}

describe('command: report on workflow_run (the fork-safe comment)', () => {
  it('finds the fork PR from the event (head owner and branch) and posts the sticky comment with links rebuilt from the event', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: HEAD, headRef: 'feature', headOwner: 'forker' });
    gh.pulls.push({ number: 8, state: 'open', headSha: 'e'.repeat(40), headRef: 'feature', headOwner: 'forker' });
    const { workspace, stages } = uploadedStages((f) => {
      // The fork tries to steer where links point and what gets mentioned.
      f.repository = { ...(f.repository as object), slug: 'evil/elsewhere', serverUrl: 'https://evil.example', commit: 'f'.repeat(40) };
    });
    const run = await comment({ payload: workflowRunPayload(), stages, workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(gh.commentsOn(8)).toHaveLength(0);
    const [posted] = gh.commentsOn(7);
    expect(posted, run.stdout).toBeDefined();
    expect(posted!.body.startsWith('<!-- twelve-factor-audit:default -->')).toBe(true);
    const links = parseStructure(posted!.body).links;
    expect(links.some((l) => l.startsWith(`https://github.com/acme/shop/blob/${HEAD}/`))).toBe(true);
    expect(links.filter((l) => /evil/.test(l))).toEqual([]);
    expect(gh.requests.some((q) => q.operationId === 'pulls/list' && q.query.head === 'forker:feature')).toBe(true);
  });

  it('uses pull_requests from the event when GitHub lists them (a same-repository PR), and updates rather than duplicates', async () => {
    const { workspace, stages } = uploadedStages();
    const payload = workflowRunPayload([{ number: 12, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }, { number: 13, head: { sha: 'e'.repeat(40) } }]);
    for (let i = 0; i < 2; i++) {
      const run = await comment({ payload, stages, workspace });
      expect(run.code, run.stderr).toBe(0);
    }
    expect(gh.commentsOn(12)).toHaveLength(1);
    expect(gh.commentsOn(13)).toHaveLength(0);
    expect(gh.requests.some((q) => q.operationId === 'pulls/list')).toBe(false);
  });

  it('posts nothing when no open PR has the head commit any more (a newer push superseded it)', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: 'e'.repeat(40), headRef: 'feature', headOwner: 'forker' });
    const { workspace, stages } = uploadedStages();
    const run = await comment({ payload: workflowRunPayload(), stages, workspace });
    expect(run.code).toBe(0);
    expect(gh.writes()).toHaveLength(0);
    expect(run.stdout).toMatch(/no open pull request has head/);
  });

  it('rejects stage files that are not ours and says so in the comment', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: HEAD, headRef: 'feature', headOwner: 'forker' });
    const { workspace, stages } = uploadedStages();
    writeFileSync(path.join(stages, 'app', 'static.json'), JSON.stringify({ schemaVersion: 99, stage: 'static' }));
    const run = await comment({ payload: workflowRunPayload(), stages, workspace });
    // The report says the static half could not be read and why; nothing of the file is rendered as findings.
    expect(run.code).toBe(0);
    const [posted] = gh.commentsOn(7);
    expect(posted!.body).toMatch(/static failed/);
    expect(posted!.body).toMatch(/has schemaVersion 99; expected static\.json/);
  });
});
