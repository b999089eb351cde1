/** The twelve factors, in the methodology's order. Ids and slugs are part of the report contract. */
export const FACTORS = [
  { id: 'I', number: 1, slug: 'codebase', title: 'Codebase' },
  { id: 'II', number: 2, slug: 'dependencies', title: 'Dependencies' },
  { id: 'III', number: 3, slug: 'config', title: 'Config' },
  { id: 'IV', number: 4, slug: 'backing-services', title: 'Backing services' },
  { id: 'V', number: 5, slug: 'build-release-run', title: 'Build, release, run' },
  { id: 'VI', number: 6, slug: 'processes', title: 'Processes' },
  { id: 'VII', number: 7, slug: 'port-binding', title: 'Port binding' },
  { id: 'VIII', number: 8, slug: 'concurrency', title: 'Concurrency' },
  { id: 'IX', number: 9, slug: 'disposability', title: 'Disposability' },
  { id: 'X', number: 10, slug: 'dev-prod-parity', title: 'Dev/prod parity' },
  { id: 'XI', number: 11, slug: 'logs', title: 'Logs' },
  { id: 'XII', number: 12, slug: 'admin-processes', title: 'Admin processes' },
] as const;

export type Factor = (typeof FACTORS)[number];
export type FactorId = Factor['id'];
export type FactorSlug = Factor['slug'];

export const FACTOR_IDS = FACTORS.map((f) => f.id) as [FactorId, ...FactorId[]];
export const FACTOR_SLUGS = FACTORS.map((f) => f.slug) as [FactorSlug, ...FactorSlug[]];

export function factorBySlug(slug: string): Factor | undefined {
  return FACTORS.find((f) => f.slug === slug);
}

export function factorById(id: string): Factor | undefined {
  return FACTORS.find((f) => f.id === id);
}

/** The factor a check id `<factor-slug>/<name>` belongs to. */
export function factorOfCheck(checkId: string): Factor {
  const slug = checkId.split('/')[0] ?? '';
  const factor = factorBySlug(slug);
  if (!factor) throw new Error(`check id "${checkId}" does not start with a factor slug`);
  return factor;
}
