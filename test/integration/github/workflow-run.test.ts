import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type WorkflowRunPosterOptions, workflowRunPoster } from '../../../src/deliver/github/workflow-run';
import { MockGitHub } from '../../support/github-api/server';
import { hostileReport, staticOnlyReport } from '../../unit/render-markdown/fixtures';
import { parseStructure } from '../../unit/render-markdown/structure';

const HEAD = 'd'.repeat(40);
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

function file(name: string, content: string): string {
  const p = path.join(dir, `${name}-${Math.random().toString(36).slice(2)}`);
  writeFileSync(p, content);
  return p;
}

/** What GitHub sends a `workflow_run` workflow after a fork PR's audit: `pull_requests` is empty for forks. */
function workflowRunEvent(pullRequests: unknown[] = []): string {
  return file(
    'event.json',
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: 99,
        head_sha: HEAD,
        head_branch: 'feature',
        conclusion: 'failure',
        head_repository: { full_name: 'forker/shop', owner: { login: 'forker' } },
        pull_requests: pullRequests,
      },
    }),
  );
}

function options(overrides: Partial<WorkflowRunPosterOptions>): WorkflowRunPosterOptions {
  return {
    token: 'gha-token',
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    eventPath: workflowRunEvent(),
    commentKey: 'default',
    hideWhenPassing: false,
    retry: { sleep: async () => {} },
    ...overrides,
  };
}

describe('workflowRunPoster (fork PR relay)', () => {
  it('takes the PR from the event, not the artifact, and re-renders the untrusted report with trusted links', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: HEAD, headRef: 'feature', headOwner: 'forker' });
    gh.pulls.push({ number: 8, state: 'open', headSha: 'e'.repeat(40), headRef: 'feature', headOwner: 'forker' });
    const artifact = hostileReport() as Record<string, unknown> & ReturnType<typeof hostileReport>;
    artifact.repository = { ...artifact.repository, slug: 'evil/elsewhere', serverUrl: 'https://evil.example', commit: 'f'.repeat(40) };
    Object.assign(artifact, { pullRequest: 1, markdown: '@everyone <img src=x onerror=alert(1)>' });

    const r = await workflowRunPoster(options({ reportPath: file('report.json', JSON.stringify(artifact)) }));
    expect(r.ok).toBe(true);
    expect(gh.commentsOn(1)).toHaveLength(0);
    expect(gh.commentsOn(8)).toHaveLength(0);
    const [comment] = gh.commentsOn(7);
    expect(comment).toBeDefined();
    const s = parseStructure(comment!.body);
    expect(s.links.filter((l) => !l.startsWith(`https://github.com/acme/shop/blob/${HEAD}/`) && !l.startsWith('https://github.com/twelve-factor-audit/'))).toEqual([]);
    expect(s.links.some((l) => l.startsWith(`https://github.com/acme/shop/blob/${HEAD}/`))).toBe(true);
    expect(comment!.body).not.toContain('@everyone');
    expect(s.detailsOpen).toBe(12);
  });

  it('uses pull_requests from the event when GitHub lists them (same-repo PR)', async () => {
    const event = workflowRunEvent([{ number: 12, head: { sha: HEAD, ref: 'feature' }, base: { ref: 'main' } }, { number: 13, head: { sha: 'e'.repeat(40) } }]);
    const r = await workflowRunPoster(options({ eventPath: event, reportJson: JSON.stringify(staticOnlyReport()) }));
    expect(r.ok).toBe(true);
    expect(gh.commentsOn(12)).toHaveLength(1);
    expect(gh.commentsOn(13)).toHaveLength(0);
    expect(gh.requests.some((q) => q.operationId === 'pulls/list')).toBe(false);
  });

  it('posts a check run on the head commit when asked', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: HEAD, headRef: 'feature', headOwner: 'forker' });
    const r = await workflowRunPoster(options({ reportJson: JSON.stringify(staticOnlyReport()), checkRun: true }));
    expect(r.ok).toBe(true);
    expect(gh.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
  });

  it('rejects an artifact that is not a valid report and writes nothing', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: HEAD, headRef: 'feature', headOwner: 'forker' });
    for (const bad of ['not json', JSON.stringify({ schemaVersion: 1, factors: 'x' }), JSON.stringify({ ...staticOnlyReport(), schemaVersion: 99 })]) {
      const r = await workflowRunPoster(options({ reportJson: bad }));
      expect(r.ok).toBe(false);
      expect(r.notes[0]).toMatch(/^report artifact rejected: /);
    }
    expect(gh.requests).toHaveLength(0);
  });

  it('skips when no open PR has the head sha (a newer push superseded it)', async () => {
    gh.pulls.push({ number: 7, state: 'open', headSha: 'e'.repeat(40), headRef: 'feature', headOwner: 'forker' });
    const r = await workflowRunPoster(options({ reportJson: JSON.stringify(staticOnlyReport()) }));
    expect(r.steps).toEqual([expect.objectContaining({ step: 'comment', status: 'skipped' })]);
    expect(gh.writes()).toHaveLength(0);
  });

  it('refuses an event that is not a workflow_run', async () => {
    const r = await workflowRunPoster(options({ eventPath: file('e.json', JSON.stringify({ pull_request: { number: 1 } })), reportJson: JSON.stringify(staticOnlyReport()) }));
    expect(r.ok).toBe(false);
    expect(gh.requests).toHaveLength(0);
  });
});
