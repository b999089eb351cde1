import type { Claim } from '../../../model/report';
import type { Snapshot } from '../snapshot';
import { claimDocuments, isNamedForMethodology } from './documents';
import { parseClaimDocument } from './parse';

export { claimDocuments } from './documents';
export { repairMojibake } from './mojibake';
export { parseClaimDocument } from './parse';
export { TOPICS, type Topic } from './topics';

/** Total text read across claim documents; a repository of huge docs still gets a bounded read. */
const MAX_TOTAL_CHARS = 8 * 1024 * 1024;

/**
 * Finds README/docs claims about the twelve factors: one claim per factor per
 * document, the audited path's README first, each document's claims in factor order.
 * Never throws: a document that cannot be read or parsed is skipped.
 */
export function findClaims(snapshot: Snapshot): Claim[] {
  const claims: Claim[] = [];
  let budget = MAX_TOTAL_CHARS;
  for (const doc of claimDocuments(snapshot.files, snapshot.appPath)) {
    if (budget <= 0) break;
    try {
      const text = snapshot.read(doc.path);
      if (text === undefined) continue;
      budget -= text.length;
      claims.push(...sortByFactor(parseClaimDocument(doc.path, text, { markdown: doc.markdown, named: isNamedForMethodology(doc.path) })));
    } catch {
      // An unreadable document is one fewer source of claims, never a failed audit.
    }
  }
  return claims;
}

const ORDER = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
function sortByFactor(claims: Claim[]): Claim[] {
  return claims.sort((a, b) => ORDER.indexOf(a.factor) - ORDER.indexOf(b.factor));
}

