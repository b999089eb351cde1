import { describe, expect, it } from 'vitest';
import { compareWithBaseline, parseReport } from '../../../src/judge/baseline';
import { decideGate } from '../../../src/judge/exit-policy';
import type { Report } from '../../../src/model/report';
import { factorVerdict } from '../../../src/judge/verdicts';
import { fullRuntimeReport, staticOnlyReport } from './fixtures';

function withOutcome(r: Report, check: string, outcome: 'pass' | 'warn' | 'fail', count = 1): Report {
  const copy = structuredClone(r);
  for (const f of copy.factors) {
    f.findings = f.findings.filter((x) => x.check !== check);
    if (check.startsWith(`${f.slug}/`)) {
      for (let i = 0; i < count; i++) {
        f.findings.push({ check, outcome, message: `${check} ${outcome} #${i}`, evidence: [{ kind: 'file', file: `f${i}` }] });
      }
    }
    f.verdict = factorVerdict(f.findings).verdict;
  }
  return copy;
}

describe('compareWithBaseline', () => {
  it('lists regressions and fixes per check', () => {
    const base = staticOnlyReport();
    let current = withOutcome(base, 'config/committed-secrets', 'pass'); // was fail → fixed
    current = withOutcome(current, 'dependencies/lockfile', 'fail'); // was pass → regression
    const b = compareWithBaseline(current, base, 'main');
    expect(b.source).toBe('main');
    expect(b.regressions).toEqual([{ check: 'dependencies/lockfile', from: 'pass', to: 'fail', message: 'dependencies/lockfile fail #0' }]);
    expect(b.fixes).toEqual([{ check: 'config/committed-secrets', from: 'fail', to: 'pass', message: 'a secret-looking value (rule aws-access-key) is committed' }]);
  });

  it('counts a new failing check as a regression and more failures of the same check too', () => {
    const base = staticOnlyReport();
    const current = withOutcome(withOutcome(base, 'logs/no-log-files', 'fail', 3), 'disposability/sigterm-shutdown', 'fail');
    const b = compareWithBaseline(current, base);
    expect(b.regressions.map((r) => [r.check, r.from, r.to])).toEqual([
      ['disposability/sigterm-shutdown', 'skip', 'fail'],
      ['logs/no-log-files', 'fail', 'fail'],
    ]);
    expect(b.regressions[1]!.message).toMatch(/^3 fail findings \(base had 1\)/);
    expect(b.fixes).toEqual([]);
  });

  it('finds nothing between identical reports', () => {
    const r = fullRuntimeReport();
    expect(compareWithBaseline(r, structuredClone(r))).toEqual({ source: 'base branch report', regressions: [], fixes: [] });
  });

  it('parses a base report artifact and rejects anything else with the reason', () => {
    const r = staticOnlyReport();
    expect(parseReport(JSON.stringify(r), 'base.json').factors).toHaveLength(12);
    expect(() => parseReport('{', 'base.json')).toThrow(/base\.json: not JSON/);
    expect(() => parseReport(JSON.stringify({ ...r, factors: [] }), 'base.json')).toThrow(/base\.json: not a twelve-factor-audit report \(factors/);
  });
});

// The judge decides the gate once; these tests edit reports by hand, so they ask it again.
const exitCodeFor = (r: Report, failOn: 'fail' | 'warn' | 'regression' | 'never') => decideGate(r, failOn).exitCode;
const isAllClear = (r: Report) => decideGate(r, 'fail').allClear;

describe('the gate (exit code and all-clear)', () => {
  const clean = () => {
    let r = staticOnlyReport();
    for (const c of ['config/dotenv-committed', 'config/committed-secrets', 'logs/no-log-files', 'dependencies/base-image-pinned', 'processes/local-state']) r = withOutcome(r, c, 'pass');
    return r;
  };

  it('fail-on fail: 1 on fail or error, 0 on warnings', () => {
    expect(exitCodeFor(staticOnlyReport(), 'fail')).toBe(1);
    const warnOnly = withOutcome(clean(), 'processes/local-state', 'warn');
    expect(exitCodeFor(warnOnly, 'fail')).toBe(0);
    const errored = structuredClone(clean());
    errored.factors[0]!.verdict = 'error';
    expect(exitCodeFor(errored, 'fail')).toBe(1);
  });

  it('fail-on warn: 1 on warnings too', () => {
    expect(exitCodeFor(withOutcome(clean(), 'processes/local-state', 'warn'), 'warn')).toBe(1);
    expect(exitCodeFor(clean(), 'warn')).toBe(0);
  });

  it('fail-on regression: only regressions count; without a baseline it behaves as fail', () => {
    const r = staticOnlyReport();
    expect(exitCodeFor(r, 'regression')).toBe(1);
    r.baseline = { source: 'main', regressions: [], fixes: [] };
    expect(exitCodeFor(r, 'regression')).toBe(0);
    r.baseline.regressions.push({ check: 'config/committed-secrets', from: 'pass', to: 'fail', message: 'x' });
    expect(exitCodeFor(r, 'regression')).toBe(1);
  });

  it('fail-on never: always 0', () => {
    expect(exitCodeFor(staticOnlyReport(), 'never')).toBe(0);
  });

  it('isAllClear ignores not-verified factors but not contradicted claims', () => {
    expect(isAllClear(staticOnlyReport())).toBe(false);
    const c = clean();
    expect(c.factors.some((f) => f.verdict === 'not-verified')).toBe(true);
    expect(isAllClear(c)).toBe(true);
    c.claims.push({ factor: 'IX', status: 'claimed', source: { file: 'README.md', line: 1 }, text: 'IX', subClaims: [], judgement: { result: 'contradicted', reason: 'r', checks: [] } });
    expect(isAllClear(c)).toBe(false);
  });
});
