import type { Claim, FactorReport } from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import type { Snapshot } from '../scan/snapshot';

/** Finds README/docs claims about the twelve factors. (Claims work fills this in.) */
export function findClaims(_snapshot: Snapshot): Claim[] {
  return [];
}

/** Sets each claim against the evidence: confirmed, contradicted (with evidence) or unverified (with why). */
export function judgeClaims(claims: Claim[], _factors: FactorReport[], _runtime?: RuntimeFacts): Claim[] {
  return claims;
}
