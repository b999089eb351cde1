import type { Report } from '../model/report';
import type { FailOn } from '../model/verdict';
import { contradictions } from './contradictions';
import { decideGate } from './exit-policy';

/**
 * The decisions made over the whole report once the factors and the claims
 * are judged: the contradicted claims every output leads with, and the
 * gate. Called again whenever claims or the baseline change.
 */
export function finalise(report: Report, failOn: FailOn): Report {
  const listed = contradictions(report.claims).map((c) => ({
    factor: c.factor,
    file: c.source.file,
    line: c.source.line,
    text: c.text,
    checks: c.checks,
    measured: c.checks.some((id) => report.factors.some((f) => f.findings.some((x) => x.check === id && x.evidence.some((e) => e.kind === 'measurement')))),
  }));
  const next = { ...report, contradictions: listed };
  return { ...next, gate: decideGate(next, failOn) };
}
