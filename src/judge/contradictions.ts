import { FACTORS, type FactorId } from '../model/factors';
import type { Claim, SubClaim } from '../model/report';

export interface Contradiction {
  factor: FactorId;
  /** Where the claim is made (the first document that makes it). */
  source: { file: string; line: number };
  /** One line for a reader: "IX Disposability: README.md:40 claims graceful shutdown; measured: SIGKILL after 10 s". */
  text: string;
  claim: Claim;
  /** The claim's promises the evidence refutes, in document order. */
  subClaims: SubClaim[];
  checks: string[];
  /** Every place the same factor is claimed and contradicted (README and docs may both claim it). */
  sources: { file: string; line: number }[];
}

function oneLine(s: string, max = 300): string {
  const t = s.replace(/[\r\n]+/g, ' ').replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/**
 * The contradicted claims, one per factor, in the order the claims come (the
 * audited README first, factors in order): what the Markdown report and the
 * terminal output lead with.
 */
export function contradictions(claims: readonly Claim[]): Contradiction[] {
  const out = new Map<FactorId, Contradiction>();
  for (const claim of claims) {
    if (claim.judgement?.result !== 'contradicted') continue;
    const existing = out.get(claim.factor);
    if (existing) {
      existing.sources.push(claim.source);
      continue;
    }
    const factor = FACTORS.find((f) => f.id === claim.factor)!;
    out.set(claim.factor, {
      factor: claim.factor,
      source: claim.source,
      text: oneLine(`${factor.id} ${factor.title}: ${claim.judgement.reason}`),
      claim,
      subClaims: claim.subClaims.filter((s) => s.judgement?.result === 'contradicted'),
      checks: claim.judgement.checks ?? [],
      sources: [claim.source],
    });
  }
  return [...out.values()];
}
