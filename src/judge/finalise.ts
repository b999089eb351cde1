import { CLAIM_STANDINGS, type Claim, type ClaimDocument, type ClaimStanding, type Report, type SubClaim } from '../model/report';
import type { FailOn } from '../model/verdict';
import { contradictions } from './contradictions';
import { decideGate } from './exit-policy';

/**
 * The decisions made over the whole report once the factors and the claims
 * are judged: the contradicted claims every output leads with, the documents
 * the claims came from, and the gate. Called again whenever claims or the
 * baseline change.
 */
export function finalise(report: Report, failOn: FailOn): Report {
  // A claim from a report the judge did not write (an older artifact) gets its standing here, so every output reads one word.
  const claims = report.claims.map((c) => ({ ...c, standing: standingOf(c), subClaims: c.subClaims.map((s) => ({ ...s, standing: s.standing ?? subStanding(c, s) })) }));
  const listed = contradictions(claims).map((c) => ({
    factor: c.factor,
    file: c.source.file,
    line: c.source.line,
    text: c.text,
    checks: c.checks,
    measured: c.checks.some((id) => report.factors.some((f) => f.findings.some((x) => x.check === id && x.evidence.some((e) => e.kind === 'measurement')))),
  }));
  const next = { ...report, claims, contradictions: listed, claimDocuments: claimDocuments(claims) };
  return { ...next, gate: decideGate(next, failOn) };
}

/** The standing of a claim the judge has not seen (a hand-made or older report): its status, or unverified when claimed. */
export function standingOf(claim: Pick<Claim, 'status' | 'standing' | 'judgement'>): ClaimStanding {
  if (claim.standing) return claim.standing;
  if (claim.status !== 'claimed') return claim.status;
  return claim.judgement?.result ?? 'unverified';
}

function subStanding(claim: Pick<Claim, 'status'>, sub: SubClaim): ClaimStanding {
  const status = sub.status ?? claim.status;
  if (status !== 'claimed') return status;
  return sub.judgement?.result ?? 'unverified';
}

/** Each document the claims came from, in the order claims were read, with how many claims stand which way. */
export function claimDocuments(claims: readonly Claim[]): ClaimDocument[] {
  const docs = new Map<string, ClaimDocument>();
  for (const claim of claims) {
    let doc = docs.get(claim.source.file);
    if (!doc) {
      doc = { file: claim.source.file, claims: 0, standings: Object.fromEntries(CLAIM_STANDINGS.map((s) => [s, 0])) as Record<ClaimStanding, number> };
      docs.set(claim.source.file, doc);
    }
    doc.claims++;
    doc.standings[standingOf(claim)]++;
  }
  return [...docs.values()];
}
