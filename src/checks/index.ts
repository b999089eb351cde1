import { factorBySlug } from '../model/factors';
import { RUNTIME_CHECKS } from './runtime/index';
import { STATIC_CHECKS } from './static/index';
import type { CatalogueEntry, Check } from './types';

export const ALL_CHECKS: Check[] = [...STATIC_CHECKS, ...RUNTIME_CHECKS];

/** The catalogue: metadata only, ordered by factor then id. Source of docs, SARIF rules and links. */
export const CATALOGUE: CatalogueEntry[] = ALL_CHECKS.map(({ id, factor, kind, title, rationale, remediation }) => ({
  id,
  factor,
  kind,
  title,
  rationale,
  remediation,
})).sort((a, b) => (factorBySlug(a.factor)?.number ?? 0) - (factorBySlug(b.factor)?.number ?? 0) || a.id.localeCompare(b.id));

const byId = new Map(CATALOGUE.map((e) => [e.id, e]));
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}
