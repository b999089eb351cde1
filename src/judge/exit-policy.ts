import type { Report } from '../model/report';
import type { FailOn } from '../model/verdict';

/**
 * The job's exit code under `fail-on`, which is what a required status check
 * sees. `regression` without a baseline falls back to `fail`: with nothing
 * to compare against, every failure is as good as new.
 */
export function exitCodeFor(report: Report, failOn: FailOn): 0 | 1 {
  const verdicts = report.factors.map((f) => f.verdict);
  const failing = verdicts.some((v) => v === 'fail' || v === 'error');
  switch (failOn) {
    case 'never':
      return 0;
    case 'fail':
      return failing ? 1 : 0;
    case 'warn':
      return failing || verdicts.includes('warn') ? 1 : 0;
    case 'regression':
      if (!report.baseline) return failing ? 1 : 0;
      return report.baseline.regressions.length > 0 ? 1 : 0;
  }
}

/**
 * "Everything passes" for hiding the sticky comment and closing the tracking
 * issue: no factor warns, fails or errors and no README claim is contradicted.
 * Factors nobody could verify do not hold the issue open (a static-only audit
 * never verifies runtime factors), but the report still lists them.
 */
export function isAllClear(report: Report): boolean {
  const bad = report.factors.some((f) => f.verdict === 'fail' || f.verdict === 'warn' || f.verdict === 'error');
  return !bad && contradictedClaims(report).length === 0;
}

export function contradictedClaims(report: Report): Report['claims'] {
  return report.claims.filter(
    (c) => c.judgement?.result === 'contradicted' || c.subClaims.some((s) => s.judgement?.result === 'contradicted'),
  );
}
