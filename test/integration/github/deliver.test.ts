import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnnotationProps } from '../../../src/deliver/github/annotations';
import { type DeliverOptions, deliver, FORK_NOTE } from '../../../src/deliver/github/deliver';
import { TRACKING_LABEL } from '../../../src/deliver/github/issue';
import type { Report } from '../../../src/model/report';
import { finalise } from '../../../src/judge/finalise';
import { factorVerdict } from '../../../src/judge/verdicts';
import { renderMarkdown } from '../../../src/render/markdown';
import { MockGitHub } from '../../support/github-api/server';
import { fullRuntimeReport, staticOnlyReport } from '../../unit/render-markdown/fixtures';

const HEAD_SHA = 'a'.repeat(40);
const MERGE_SHA = 'b'.repeat(40);
const MARKER = '<!-- twelve-factor-audit:default -->';

let dir: string;
let gh: MockGitHub;
let waits: number[];
let annotations: { level: string; message: string; props: AnnotationProps }[];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tfa-deliver-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(async () => {
  gh = new MockGitHub();
  await gh.start();
  waits = [];
  annotations = [];
});
afterEach(async () => {
  await gh.stop();
  // Every request the code made must be one GitHub's OpenAPI description accepts.
  expect(gh.violations).toEqual([]);
  expect(gh.requests.filter((r) => r.status === 422)).toEqual([]);
});

function event(name: string, payload: unknown): string {
  const file = path.join(dir, `${name}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(payload));
  return file;
}

function prEvent(number = 42, opts: { fork?: boolean } = {}): string {
  return event('pr', {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      head: { sha: HEAD_SHA, ref: 'feature', repo: { full_name: opts.fork ? 'forker/shop' : 'acme/shop' } },
      base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'acme/shop' } },
    },
  });
}

function options(overrides: Partial<DeliverOptions> = {}): DeliverOptions {
  return {
    token: 'gha-token',
    apiUrl: gh.url,
    serverUrl: 'https://github.com',
    repository: 'acme/shop',
    eventName: 'pull_request',
    eventPath: prEvent(),
    sha: MERGE_SHA,
    comment: true,
    commentKey: 'default',
    hideWhenPassing: false,
    checkRun: false,
    checkName: 'twelve-factor-audit',
    trackingIssue: false,
    annotations: true,
    failOn: 'fail',
    artifactHint: 'https://github.com/acme/shop/actions/runs/1',
    logger: { info: () => {}, warning: () => {}, debug: () => {} },
    annotator: {
      error: (message, props) => annotations.push({ level: 'error', message, props }),
      warning: (message, props) => annotations.push({ level: 'warning', message, props }),
      notice: (message, props) => annotations.push({ level: 'notice', message, props }),
    },
    retry: { baseDelayMs: 10, sleep: async (ms) => void waits.push(ms) },
    ...overrides,
  };
}

/** A report where every factor passes or is not verified. */
function passingReport(): Report {
  const r = staticOnlyReport();
  for (const f of r.factors) {
    f.findings = f.findings.map((x) => (x.outcome === 'skip' ? x : { ...x, outcome: 'pass' as const }));
    f.verdict = factorVerdict(f.findings).verdict;
  }
  r.verdict = 'pass';
  // Edited by hand: the judge decides the gate again.
  return finalise(r, 'fail');
}

describe('sticky PR comment', () => {
  it('creates the comment once, then edits it in place', async () => {
    const first = await deliver(staticOnlyReport(), options());
    expect(first.ok).toBe(true);
    expect(first.steps.find((s) => s.step === 'comment')?.action).toBe('created');
    expect(gh.commentsOn(42)).toHaveLength(1);
    const id = gh.commentsOn(42)[0]!.id;
    expect(gh.commentsOn(42)[0]!.body.startsWith(MARKER)).toBe(true);
    expect(gh.commentsOn(42)[0]!.login).toBe('github-actions[bot]');

    const second = await deliver(fullRuntimeReport(), options({ markdown: renderMarkdown(fullRuntimeReport()) }));
    expect(second.steps.find((s) => s.step === 'comment')?.action).toBe('updated');
    expect(gh.commentsOn(42)).toHaveLength(1);
    expect(gh.commentsOn(42)[0]!.id).toBe(id);
    expect(gh.commentsOn(42)[0]!.body).toContain('Container lifecycle');
    expect(second.commentUrl).toBe(`https://github.com/acme/shop/pull/42#issuecomment-${id}`);

    // Unchanged report: no write at all.
    const writes = gh.writes().length;
    const third = await deliver(fullRuntimeReport(), options({ markdown: renderMarkdown(fullRuntimeReport()) }));
    expect(third.steps.find((s) => s.step === 'comment')?.action).toBe('unchanged');
    expect(gh.writes()).toHaveLength(writes);
  });

  it('finds its comment among more than 100 by following Link pagination', async () => {
    for (let i = 0; i < 250; i++) {
      if (i === 180) gh.seedComment(42, 'github-actions[bot]', `${MARKER}\nold report`);
      else gh.seedComment(42, `user${i}`, `comment ${i}`);
    }
    const ours = gh.commentsOn(42).find((c) => c.body.includes('old report'))!;
    const r = await deliver(staticOnlyReport(), options());
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('updated');
    expect(gh.commentsOn(42)).toHaveLength(250);
    expect(gh.comments.find((c) => c.id === ours.id)!.body).toContain('12-Factor audit');
    const pages = gh.requests.filter((q) => q.operationId === 'issues/list-comments');
    expect(pages.map((q) => [q.query.per_page, q.query.page ?? '1'])).toEqual([
      ['100', '1'],
      ['100', '2'],
      ['100', '3'],
    ]);
  });

  it("leaves someone else's comment that carries our marker untouched", async () => {
    const theirs = gh.seedComment(42, 'mallory', `${MARKER}\nI copied your marker`);
    const r = await deliver(staticOnlyReport(), options());
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('created');
    expect(gh.comments.find((c) => c.id === theirs.id)!.body).toBe(`${MARKER}\nI copied your marker`);
    expect(gh.commentsOn(42).filter((c) => c.login === 'github-actions[bot]')).toHaveLength(1);
    expect(gh.requests.some((q) => q.method === 'PATCH' && q.path.endsWith(`/${theirs.id}`))).toBe(false);
  });

  it('another workflow\'s bot comment that quotes our marker is neither edited nor deleted as a duplicate', async () => {
    // Same login (every GITHUB_TOKEN comments as github-actions[bot]); the marker is quoted, not at the start.
    const quoting = gh.seedComment(42, 'github-actions[bot]', `Lint report\n\n> seen in the audit: ${MARKER}\n`);
    const ours = gh.seedComment(42, 'github-actions[bot]', `${MARKER}\nold report`);
    const r = await deliver(staticOnlyReport(), options());
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('updated');
    expect(gh.comments.find((c) => c.id === quoting.id)!.body).toBe(`Lint report\n\n> seen in the audit: ${MARKER}\n`);
    expect(gh.comments.find((c) => c.id === ours.id)!.body).toContain('12-Factor audit');
    expect(gh.requests.some((q) => (q.method === 'PATCH' || q.method === 'DELETE') && q.path.endsWith(`/${quoting.id}`))).toBe(false);
  });

  it('a marker for another key inside pull request content never lets that key\'s run take this comment', async () => {
    const report = fullRuntimeReport();
    const other = '<!-- twelve-factor-audit:other -->';
    // PR content rendered into the comment: a log line, a file snippet, a finding detail.
    report.runtime!.logs.tail.push({ stream: 'stdout', text: other });
    const f = report.factors.flatMap((x) => x.findings).find((x) => x.outcome !== 'skip')!;
    f.details = [...(f.details ?? []), other];
    f.evidence.push({ kind: 'file', file: 'Dockerfile', line: 1, snippet: `CMD ["echo", "${other}"]` });
    await deliver(report, options({ markdown: renderMarkdown(report) }));
    const [mine] = gh.commentsOn(42);
    expect(mine!.body).not.toContain(other);
    const r = await deliver(staticOnlyReport(), options({ commentKey: 'other' }));
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('created');
    expect(gh.comments.find((c) => c.id === mine!.id)!.body).toBe(mine!.body);
    expect(gh.commentsOn(42)).toHaveLength(2);
  });

  it('with a personal token, owns the comments of the GET /user login only', async () => {
    const bots = gh.seedComment(42, 'github-actions[bot]', `${MARKER}\nfrom the workflow token`);
    const mine = gh.seedComment(42, 'octocat', `${MARKER}\nmine`);
    const r = await deliver(staticOnlyReport(), options({ token: 'user-token' }));
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('updated');
    expect(gh.comments.find((c) => c.id === mine.id)!.body).toContain('12-Factor audit');
    expect(gh.comments.find((c) => c.id === bots.id)!.body).toContain('from the workflow token');
  });

  it('removes its own duplicates left by concurrent runs', async () => {
    gh.seedComment(42, 'github-actions[bot]', `${MARKER}\none`);
    gh.seedComment(42, 'github-actions[bot]', `${MARKER}\ntwo`);
    await deliver(staticOnlyReport(), options());
    expect(gh.commentsOn(42)).toHaveLength(1);
  });

  it('minimizes the comment while everything passes, restores it when a factor fails again, and opens none just to hide it', async () => {
    const before = gh.seedComment(42, 'github-actions[bot]', `${MARKER}\nfailing before`);
    const r = await deliver(passingReport(), options({ hideWhenPassing: true }));
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('minimized');
    expect(gh.commentsOn(42)).toHaveLength(1);
    expect(gh.comments.find((c) => c.id === before.id)).toMatchObject({ minimized: 'RESOLVED' });
    expect(gh.comments.find((c) => c.id === before.id)!.body).toContain('12-Factor audit');
    // Passing again: already minimized and unchanged, nothing written.
    const restWrites = () => gh.writes().filter((w) => w.path !== '/graphql').length;
    const writes = restWrites();
    const again = await deliver(passingReport(), options({ hideWhenPassing: true }));
    expect(again.steps.find((s) => s.step === 'comment')?.action).toBe('unchanged');
    expect(restWrites()).toBe(writes);
    // Failing again: edited and restored.
    const failing = await deliver(staticOnlyReport(), options({ hideWhenPassing: true }));
    expect(failing.steps.find((s) => s.step === 'comment')?.message).toMatch(/updated and restored from minimized/);
    expect(gh.comments.find((c) => c.id === before.id)!.minimized).toBeUndefined();
    expect(gh.requests.filter((q) => q.path === '/graphql').length).toBeGreaterThanOrEqual(3);

    // Nothing there and everything passes: no comment is opened only to be hidden.
    const other = await deliver(passingReport(), options({ hideWhenPassing: true, eventPath: prEvent(43) }));
    expect(other.steps.find((s) => s.step === 'comment')?.action).toBe('skipped');
    expect(gh.commentsOn(43)).toHaveLength(0);
  });

  it('recreates the comment instead of editing it when asked, so the update notifies', async () => {
    const old = gh.seedComment(42, 'github-actions[bot]', `${MARKER}\nold`);
    const r = await deliver(staticOnlyReport(), options({ recreateComment: true }));
    expect(r.steps.find((s) => s.step === 'comment')?.action).toBe('recreated');
    expect(gh.commentsOn(42)).toHaveLength(1);
    expect(gh.commentsOn(42)[0]!.id).not.toBe(old.id);
  });

  it('never posts a second comment after a POST that failed without an answer: it looks first', async () => {
    // The mock stores the comment and then answers 502, as a proxy timing out after GitHub did the work would.
    gh.inject({ method: 'POST', path: /\/issues\/42\/comments$/, status: 502, afterEffect: true });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.steps.find((s) => s.step === 'comment')?.status).toBe('done');
    expect(gh.commentsOn(42)).toHaveLength(1);
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/issues/42/comments'))).toHaveLength(1);
  });

  it('keeps an oversized body under the limit by re-rendering with a truncation notice', async () => {
    const huge = `${'x'.repeat(70_000)}`;
    await deliver(staticOnlyReport(), options({ markdown: huge }));
    const body = gh.commentsOn(42)[0]!.body;
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
  });

  it('does nothing on GitHub outside pull requests unless asked', async () => {
    const r = await deliver(staticOnlyReport(), options({ eventName: 'push', eventPath: event('push', { ref: 'refs/heads/main' }) }));
    expect(r.ok).toBe(true);
    expect(r.steps.find((s) => s.step === 'comment')?.status).toBe('skipped');
    expect(gh.requests).toHaveLength(0);
  });
});

describe('fork pull requests (read-only token)', () => {
  it('degrades with a clear note instead of crashing', async () => {
    const r = await deliver(staticOnlyReport(), options({ token: 'fork-token', eventPath: prEvent(42, { fork: true }), checkRun: true }));
    expect(r.ok).toBe(false);
    expect(r.notes).toEqual([FORK_NOTE]);
    expect(r.steps.find((s) => s.step === 'comment')).toMatchObject({ status: 'failed', httpStatus: 403, message: FORK_NOTE });
    expect(r.steps.find((s) => s.step === 'check-run')).toMatchObject({ status: 'failed', httpStatus: 403 });
    expect(gh.comments).toHaveLength(0);
    // annotations still went to the log
    expect(annotations.length).toBeGreaterThan(0);
    // a 403 for permissions is not retried
    expect(waits).toEqual([]);
  });

  it('names the missing permission for a same-repo read-only token', async () => {
    const r = await deliver(staticOnlyReport(), options({ token: 'fork-token' }));
    expect(r.notes[0]).toMatch(/pull-requests: write/);
  });
});

describe('retries', () => {
  it('retries 5xx of a read with exponential backoff', async () => {
    gh.inject({ method: 'GET', path: /\/comments$/, status: 502, times: 2 });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.ok).toBe(true);
    expect(waits).toEqual([10, 20]);
    expect(gh.commentsOn(42)).toHaveLength(1);
  });

  it('does not retry a POST that failed with a 5xx blindly: it lists first, then posts once more', async () => {
    gh.inject({ method: 'POST', path: /\/comments$/, status: 502, times: 1 });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.ok).toBe(true);
    expect(waits).toEqual([]);
    expect(gh.commentsOn(42)).toHaveLength(1);
    const kinds = gh.requests.map((q) => `${q.method} ${q.operationId}`);
    expect(kinds.filter((k) => k === 'POST issues/create-comment')).toHaveLength(2);
    expect(kinds.lastIndexOf('GET issues/list-comments')).toBeGreaterThan(kinds.indexOf('POST issues/create-comment'));
  });

  it('honours x-ratelimit-reset when the primary rate limit is exhausted', async () => {
    const reset = Math.floor(Date.now() / 1000) + 2;
    gh.inject({ method: 'GET', path: /\/comments$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.ok).toBe(true);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(1000);
    expect(waits[0]).toBeLessThanOrEqual(3000 + 1000);
  });

  it('honours retry-after on 429 and secondary rate limits', async () => {
    gh.inject({ method: 'GET', status: 429, headers: { 'retry-after': '3' } });
    gh.inject({ method: 'POST', status: 403, message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.ok).toBe(true);
    expect(waits).toEqual([3000, 60_000]);
  });

  it('gives up within its budget on a long reset and reports the failure', async () => {
    const reset = Math.floor(Date.now() / 1000) + 3600;
    gh.inject({ method: 'GET', path: /\/comments$/, status: 403, message: 'API rate limit exceeded', headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) } });
    const r = await deliver(staticOnlyReport(), options());
    expect(r.ok).toBe(false);
    expect(waits).toEqual([]);
    expect(r.notes[0]).toMatch(/cannot comment on #42: .*rate limit exceeded/i);
  });

  it('stops after the configured number of retries', async () => {
    gh.inject({ method: 'GET', path: /\/comments$/, status: 503, times: 10 });
    const r = await deliver(staticOnlyReport(), options({ retry: { retries: 2, baseDelayMs: 1, sleep: async (ms) => void waits.push(ms) } }));
    expect(r.ok).toBe(false);
    expect(waits).toEqual([1, 2]);
    expect(r.steps.find((s) => s.step === 'comment')?.httpStatus).toBe(503);
  });
});

describe('check run and annotations', () => {
  function manyFileFindings(n: number): Report {
    const r = staticOnlyReport();
    const config = r.factors.find((f) => f.slug === 'config')!;
    for (let i = 0; i < n; i++) {
      config.findings.push({ check: 'config/secrets', outcome: 'fail', message: `secret ${i}`, evidence: [{ kind: 'file', file: `src/f${i}.js`, line: i + 1 }] });
    }
    return r;
  }

  it('sends annotations in batches of 50 on the PR head commit', async () => {
    const r = await deliver(manyFileFindings(120), options({ checkRun: true, comment: false }));
    expect(r.ok).toBe(true);
    const creates = gh.requests.filter((q) => q.operationId === 'checks/create');
    const updates = gh.requests.filter((q) => q.operationId === 'checks/update');
    expect(creates).toHaveLength(1);
    expect(updates).toHaveLength(2);
    const run = gh.checkRuns[0]!;
    expect(run.head_sha).toBe(HEAD_SHA);
    expect(run.conclusion).toBe('failure');
    // 120 ours + the fixture's own failing/warning file findings
    expect(run.annotations.length).toBeGreaterThanOrEqual(120);
    expect(run.annotations.length).toBeLessThanOrEqual(150);
    expect(run.annotations[0]).toMatchObject({ annotation_level: 'failure' });
    expect(run.summary).toContain('| IX | Disposability |');
    expect(r.checkRunUrl).toBe(`https://github.com/acme/shop/runs/${run.id}`);
  });

  it('caps toolkit annotations and puts them on the exact lines', async () => {
    await deliver(manyFileFindings(30), options({ comment: false }));
    expect(annotations).toHaveLength(10);
    expect(annotations.every((a) => a.level === 'error')).toBe(true);
    expect(annotations.some((a) => a.props.file === 'src/config.js' && a.props.startLine === 12)).toBe(true);
  });

  it('is neutral when only warnings remain under fail-on fail', async () => {
    const r = passingReport();
    r.factors[1]!.findings[0]!.outcome = 'warn';
    r.factors[1]!.verdict = 'warn';
    await deliver(finalise(r, 'fail'), options({ checkRun: true, comment: false, eventName: 'push', eventPath: event('push', {}) }));
    expect(gh.checkRuns[0]!.conclusion).toBe('neutral');
    expect(gh.checkRuns[0]!.head_sha).toBe(MERGE_SHA);
  });
});

describe('scheduled audit tracking issue', () => {
  const schedule = () => options({ eventName: 'schedule', eventPath: event('schedule', { schedule: '0 6 * * 1' }), trackingIssue: true, comment: true });

  it('opens one issue, updates it, closes it when all passes, and reopens the same one', async () => {
    const decoy = gh.seedIssue({ title: 'not ours', body: `${MARKER} quoted`, login: 'mallory', labels: [TRACKING_LABEL] });

    const r1 = await deliver(staticOnlyReport(), schedule());
    expect(r1.steps.find((s) => s.step === 'tracking-issue')?.action).toBe('opened');
    const ours = gh.issues.filter((i) => i.login === 'github-actions[bot]');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.labels).toEqual([TRACKING_LABEL]);
    expect(ours[0]!.title).toMatch(/^12-Factor audit: 6 passing, 2 failing, 2 warnings/);

    const r2 = await deliver(fullRuntimeReport(), schedule());
    expect(r2.steps.find((s) => s.step === 'tracking-issue')?.action).toBe('updated');
    expect(gh.issues.filter((i) => i.login === 'github-actions[bot]')).toHaveLength(1);
    expect(ours[0]!.body).toContain('Container lifecycle');

    const r3 = await deliver(passingReport(), schedule());
    expect(r3.steps.find((s) => s.step === 'tracking-issue')?.action).toBe('closed');
    expect(ours[0]!.state).toBe('closed');

    const r4 = await deliver(passingReport(), schedule());
    expect(r4.steps.find((s) => s.step === 'tracking-issue')?.action).toBe('skipped');

    const r5 = await deliver(staticOnlyReport(), schedule());
    expect(r5.steps.find((s) => s.step === 'tracking-issue')?.action).toBe('reopened');
    expect(gh.issues.filter((i) => i.login === 'github-actions[bot]')).toHaveLength(1);
    expect(ours[0]!.state).toBe('open');
    expect(decoy.body).toBe(`${MARKER} quoted`);
    expect(decoy.state).toBe('open');
    // no PR on a schedule: no comment attempted
    expect(r5.steps.find((s) => s.step === 'comment')?.status).toBe('skipped');
  });
});
