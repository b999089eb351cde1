import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type DeliverOptions, deliver } from '../../src/deliver/github/deliver';
import { recordFigure } from '../support/adversarial-figures';
import { fuzzRuns } from '../support/adversarial-fuzz';
import { sampleReport } from '../support/sample-report';
import { type Fault, MockGitHub } from '../support/github-api/server';

// Random plans of GitHub API failures (5xx, rate limits, 404, dropped
// permissions) on every endpoint delivery touches. Whatever fails, deliver
// must return (never throw), stay within its retry budget, say what it could
// not do, and never leave two sticky comments. The GitHub engineer's suite
// covers each fault on its own (test/integration/github/deliver.test.ts);
// this one throws them together.

const dir = mkdtempSync(path.join(tmpdir(), 'tfa-rel-gh-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const eventPath = path.join(dir, 'pr.json');
writeFileSync(
  eventPath,
  JSON.stringify({
    action: 'synchronize',
    number: 42,
    pull_request: { number: 42, head: { sha: 'a'.repeat(40), ref: 'feature', repo: { full_name: 'acme/shop' } }, base: { sha: 'c'.repeat(40), ref: 'main', repo: { full_name: 'acme/shop' } } },
  }),
);

const fault: fc.Arbitrary<Fault> = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE'),
  path: fc.constantFrom(/\/comments/, /\/check-runs/, /\/issues/, /\/pulls/, /.*/),
  status: fc.constantFrom(500, 502, 503, 504, 429, 403, 404),
  headers: fc.constantFrom<Record<string, string>>({}, { 'retry-after': '1' }, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) }),
  message: fc.constantFrom('Server Error', 'API rate limit exceeded', 'You have exceeded a secondary rate limit', 'Resource not accessible by integration', 'Not Found'),
  times: fc.integer({ min: 1, max: 6 }),
});

describe('GitHub API faults, combined', () => {
  it('deliver never throws, always finishes, and keeps one sticky comment', async () => {
    let inputs = 0;
    let crashes = 0;
    let hangs = 0;
    let violations = 0;
    let maxMs = 0;
    let note: string | undefined;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(fault, { minLength: 1, maxLength: 5 }), fc.boolean(), async (faults, twice) => {
          inputs++;
          const gh = new MockGitHub();
          await gh.start();
          try {
            for (const f of faults) gh.inject(f);
            const waits: number[] = [];
            const opts: DeliverOptions = {
              token: 'gha-token',
              apiUrl: gh.url,
              serverUrl: 'https://github.com',
              repository: 'acme/shop',
              eventName: 'pull_request',
              eventPath,
              sha: 'b'.repeat(40),
              comment: true,
              commentKey: 'default',
              hideWhenPassing: false,
              checkRun: true,
              checkName: 'twelve-factor-audit',
              trackingIssue: false,
              annotations: true,
              failOn: 'fail',
              artifactHint: 'https://github.com/acme/shop/actions/runs/1',
              logger: { info: () => {}, warning: () => {}, debug: () => {} },
              annotator: { error: () => {}, warning: () => {}, notice: () => {} },
              retry: { baseDelayMs: 1, sleep: async (ms) => void waits.push(ms) },
            };
            const t0 = performance.now();
            let result: Awaited<ReturnType<typeof deliver>> | undefined;
            try {
              result = await deliver(sampleReport(), opts);
              // A re-run (the next push) must edit the same comment, not add one.
              if (twice) result = await deliver(sampleReport(), opts);
            } catch (e) {
              crashes++;
              note ??= `deliver threw: ${(e as Error).message}`;
              throw e;
            }
            const ms = performance.now() - t0;
            maxMs = Math.max(maxMs, ms);
            if (ms > 20_000) {
              hangs++;
              throw new Error(`deliver took ${ms} ms`);
            }
            // Every requested wait is bounded: a rate limit reset far away is given up on, not slept through.
            const waited = waits.reduce((a, b) => a + b, 0);
            const problems: string[] = [];
            if (waited > 10 * 60_000) problems.push(`would sleep ${waited} ms`);
            if (gh.commentsOn(42).length > 1) problems.push(`${gh.commentsOn(42).length} sticky comments`);
            if (!result.ok && result.notes.length === 0 && result.steps.every((s) => !s.message)) problems.push('failed without saying why');
            if (problems.length > 0) {
              violations++;
              note ??= problems.join('; ');
              throw new Error(problems.join('; '));
            }
          } finally {
            await gh.stop();
          }
        }),
        { numRuns: Math.max(20, Math.floor(fuzzRuns() / 4)), endOnFailure: true },
      );
    } finally {
      recordFigure({ klass: 'faults', case: 'GitHub API faults combined (deliver)', inputs, crashes, hangs, leaks: 0, violations, maxMs, ...(note ? { note } : {}) });
    }
    expect(inputs).toBeGreaterThan(0);
  }, 300_000);
});
