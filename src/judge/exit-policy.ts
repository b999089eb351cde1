import type { Gate, Report } from '../model/report';
import type { FailOn } from '../model/verdict';

/**
 * The gate: what a required status check and the exit code show under
 * `fail-on`. `regression` without a baseline falls back to `fail`: with
 * nothing to compare against, every failure is as good as new. An `error`
 * blocks like a failure under `fail`: an unverifiable result is not a pass.
 * `n/a` and `not-verified` never fail the gate.
 */
export function decideGate(report: Pick<Report, 'factors' | 'baseline' | 'contradictions' | 'claims'>, failOn: FailOn): Gate {
  const verdicts = report.factors.map((f) => f.verdict);
  const failing = report.factors.filter((f) => f.verdict === 'fail' || f.verdict === 'error');
  const warning = report.factors.filter((f) => f.verdict === 'warn');
  const names = (list: typeof failing) => list.map((f) => f.id).join(', ');
  let exitCode: 0 | 1;
  let reason: string;
  if (failOn === 'never') {
    exitCode = 0;
    reason = 'fail-on: never';
  } else if (failOn === 'warn') {
    exitCode = failing.length > 0 || warning.length > 0 ? 1 : 0;
    reason = exitCode ? `factors below warn: ${names([...failing, ...warning])}` : 'no factor warns, fails or errors';
  } else if (failOn === 'regression' && report.baseline) {
    exitCode = report.baseline.regressions.length > 0 ? 1 : 0;
    reason = exitCode ? `${report.baseline.regressions.length} regression(s) against ${report.baseline.source}` : `no regression against ${report.baseline.source}`;
  } else {
    // `fail`, and `regression` with no baseline to compare against.
    exitCode = failing.length > 0 ? 1 : 0;
    reason = exitCode ? `failing or errored factors: ${names(failing)}` : 'no factor fails or errors';
  }
  const contradicted = contradictedCount(report);
  const allClear = !verdicts.some((v) => v === 'fail' || v === 'warn' || v === 'error') && contradicted === 0;
  const conclusion = exitCode !== 0 ? 'failure' : allClear ? 'success' : 'neutral';
  return { failOn, exitCode, conclusion, reason, allClear };
}

function contradictedCount(report: Pick<Report, 'contradictions' | 'claims'>): number {
  if (report.contradictions && report.contradictions.length > 0) return report.contradictions.length;
  return report.claims.filter((c) => c.judgement?.result === 'contradicted' || c.subClaims.some((s) => s.judgement?.result === 'contradicted')).length;
}

/** The report's gate under `failOn`: the judge's own when it was decided for the same threshold. */
export function gateOf(report: Report, failOn?: FailOn): Gate {
  if (report.gate && (failOn === undefined || report.gate.failOn === failOn)) return report.gate;
  return decideGate(report, failOn ?? report.gate?.failOn ?? 'fail');
}

export function exitCodeFor(report: Report, failOn?: FailOn): 0 | 1 {
  return gateOf(report, failOn).exitCode;
}

export function isAllClear(report: Report): boolean {
  return gateOf(report).allClear;
}

/** Claims the evidence contradicts, as the judge listed them. */
export function contradictedClaims(report: Report): Report['claims'] {
  return report.claims.filter((c) => c.judgement?.result === 'contradicted' || c.subClaims.some((s) => s.judgement?.result === 'contradicted'));
}
