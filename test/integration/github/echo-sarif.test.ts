import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { buildReport } from '../../../src/judge/verdicts';
import { echoUntrusted } from '../../../src/deliver/github/echo';
import { SARIF_LIMITS, sarifLimitViolations } from '../../../src/deliver/github/sarif-limits';
import type { Finding } from '../../../src/model/report';
import { renderSarif } from '../../../src/render/sarif';
import { runnerCommands as runnerCommandsOf } from '../../support/runner-log';

/** Names of the commands the runner would run. */
const runnerCommands = (lines: string[]) => runnerCommandsOf(lines).map((c) => c.name);

const CONTAINER_OUTPUT = [
  'listening on 31337',
  '::error file=app.js,line=1::fake failure',
  '   ::add-mask::hunter2',
  '::set-output name=verdict::pass',
  '::stop-commands::guess',
  '::guess::',
  '::warning::after a guessed resume\n::notice::smuggled on a second line',
  '\r::debug::carriage return',
];

describe('echoUntrusted', () => {
  it('the runner model sees the commands when the output is echoed raw', () => {
    expect(runnerCommands(CONTAINER_OUTPUT.flatMap((l) => l.split(/\r?\n|\r/)))).toEqual(['error', 'add-mask', 'set-output', 'warning', 'notice', 'debug']);
  });

  it('prints every line while the runner runs none of them', () => {
    const out: string[] = [];
    echoUntrusted(CONTAINER_OUTPUT, (l) => out.push(l));
    expect(runnerCommands(out)).toEqual([]);
    expect(out[0]).toMatch(/^::stop-commands::tfa-[0-9a-f]{32}$/);
    const token = out[0]!.slice('::stop-commands::'.length);
    expect(out.at(-1)).toBe(`::${token}::`);
    expect(out).toContain('::error file=app.js,line=1::fake failure');
    expect(out).toContain('::notice::smuggled on a second line');
    expect(out.filter((l) => l.includes(token))).toHaveLength(2);
  });

  it('uses a fresh token each time', () => {
    const a: string[] = [];
    const b: string[] = [];
    echoUntrusted(['x'], (l) => a.push(l));
    echoUntrusted(['x'], (l) => b.push(l));
    expect(a[0]).not.toBe(b[0]);
  });
});

describe('SARIF within code scanning limits', () => {
  function hugeReport(n: number) {
    const findings: Finding[] = [];
    for (let i = 0; i < n; i++) {
      findings.push({
        check: i % 2 ? 'config/secrets' : 'logs/no-log-files',
        outcome: i % 3 ? 'warn' : 'fail',
        message: `finding ${i} ${'m'.repeat(200)}`,
        evidence: Array.from({ length: 3 }, (_, k) => ({ kind: 'file' as const, file: `src/f${i}-${k}.js`, line: k + 1 })),
      });
    }
    return buildReport({ repository: { path: '.' }, config: defaultConfig(), findings });
  }

  it("the lead's SARIF renderer stays within every documented limit for a report with 30,000 findings", () => {
    const sarif = renderSarif(hugeReport(30_000));
    expect(sarifLimitViolations(sarif)).toEqual([]);
    const doc = JSON.parse(sarif) as { runs: { results: unknown[] }[] };
    expect(doc.runs[0]!.results.length).toBeLessThanOrEqual(SARIF_LIMITS.displayedResultsPerRun);
    expect(doc.runs[0]!.results.length).toBeGreaterThan(0);
  });

  it('the limit checker notices a document over the limits', () => {
    const results = Array.from({ length: SARIF_LIMITS.displayedResultsPerRun + 1 }, () => ({ locations: Array.from({ length: 101 }, () => ({})) }));
    const violations = sarifLimitViolations(JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { rules: [{ properties: { tags: Array(11).fill('t') } }] } }, results }] }));
    expect(violations[0]).toBe('run 0: 5001 results > 5000 shown');
    expect(violations).toContain('run 0 rule 0: 11 tags > 10 shown');
    expect(violations).toContain('run 0 result 0: 101 locations > 100 shown');
  });
});
