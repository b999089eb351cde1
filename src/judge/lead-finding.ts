import { catalogueEntry } from '../checks/index';
import type { Finding } from '../model/report';
import type { Outcome } from '../model/verdict';

const RANK: Record<Outcome, number> = { fail: 0, error: 1, warn: 2, pass: 3, skip: 4 };

/**
 * The finding a one-line summary of a factor shows: the worst outcome, and
 * among equals a runtime measurement before a static reading, because what
 * the container did is the stronger evidence and carries the numbers.
 */
export function leadFinding(findings: readonly Finding[]): Finding | undefined {
  const weight = (f: Finding) =>
    RANK[f.outcome] * 4 +
    (catalogueEntry(f.check)?.kind === 'runtime' ? 0 : 2) +
    (f.evidence.some((e) => e.kind === 'measurement') ? 0 : 1);
  let best: Finding | undefined;
  for (const f of findings) if (best === undefined || weight(f) < weight(best)) best = f;
  return best;
}
