import { describe, expect, it } from 'vitest';
import { compareWithBaseline } from '../../../src/judge/baseline';
import type { Report } from '../../../src/model/report';
import { staticOnlyReport } from '../render-markdown/fixtures';

/** A copy of `r` where `check` has exactly one finding with `outcome`, in its factor. */
function withOnly(r: Report, check: string, outcome: 'pass' | 'fail'): Report {
  const copy = structuredClone(r);
  for (const f of copy.factors) {
    f.findings = f.findings.filter((x) => x.check !== check);
    if (check.startsWith(`${f.slug}/`)) f.findings.push({ check, outcome, message: `${check} ${outcome}`, evidence: [] });
  }
  return copy;
}

describe('comparing with a static audit of the base commit (the automatic baseline\'s fallback)', () => {
  it('counts static checks only: a runtime check the base never ran is no regression', () => {
    const base = staticOnlyReport();
    const current = withOnly(withOnly(base, 'disposability/sigterm-shutdown', 'fail'), 'dependencies/lockfile', 'fail');
    // Against a full report of the base both count; against the static audit made for the comparison only the static one.
    expect(compareWithBaseline(current, base).regressions.map((r) => r.check)).toEqual(['dependencies/lockfile', 'disposability/sigterm-shutdown']);
    expect(compareWithBaseline(current, base, 'static', { staticBase: true }).regressions.map((r) => r.check)).toEqual(['dependencies/lockfile']);
  });

  it('leaves out a static reading that now only supports a measurement: the measurement judges it, and the base had none', () => {
    const base = withOnly(staticOnlyReport(), 'dependencies/lockfile', 'fail');
    const current = structuredClone(base);
    for (const f of current.factors.flatMap((x) => x.findings)) if (f.check === 'dependencies/lockfile') Object.assign(f, { outcome: 'pass', supporting: true });
    expect(compareWithBaseline(current, base, 'static', { staticBase: true })).toEqual({ source: 'static', regressions: [], fixes: [] });
  });
});
