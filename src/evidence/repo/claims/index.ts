import type { Claim, NamedPath } from '../../../model/report';
import { baseName, dirOf, joinPath, type Snapshot } from '../snapshot';
import { appMentions } from './app-mentions';
import { claimDocuments, isNamedForMethodology } from './documents';
import { parseClaimDocument } from './parse';

export { claimDocuments } from './documents';
export { repairMojibake } from './mojibake';
export { parseClaimDocument } from './parse';
export { PROPERTIES, type Property, propertyById, propertiesOf } from './properties';

/** Total text read across claim documents; a repository of huge docs still gets a bounded read. */
const MAX_TOTAL_CHARS = 8 * 1024 * 1024;
/** Paths looked up per audit: a document naming thousands of files gets the first ones checked. */
const MAX_PATH_LOOKUPS = 500;

export interface FindOptions {
  /** The app was found in a folder of a repository whose root is no app: the root's README and docs speak for it too. */
  withRepositoryRoot?: boolean;
}

/**
 * Finds README/docs claims about the twelve factors: one claim per factor per
 * document, the audited path's README first, each document's claims in factor
 * order, and the files and folders they name looked up in the repository.
 * Never throws: a document that cannot be read or parsed is skipped.
 */
export function findClaims(snapshot: Snapshot, options: FindOptions = {}): Claim[] {
  const claims: Claim[] = [];
  let budget = MAX_TOTAL_CHARS;
  const mentionsApp = appMentions(snapshot);
  for (const doc of claimDocuments(snapshot.files, snapshot.appPath, options.withRepositoryRoot ?? false)) {
    if (budget <= 0) break;
    try {
      const text = snapshot.read(doc.path);
      if (text === undefined) continue;
      budget -= text.length;
      claims.push(...sortByFactor(parseClaimDocument(doc.path, text, { markdown: doc.markdown, named: isNamedForMethodology(doc.path), mentionsApp })));
    } catch {
      // An unreadable document is one fewer source of claims, never a failed audit.
    }
  }
  return resolvePaths(claims, snapshot);
}

const ORDER = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
function sortByFactor(claims: Claim[]): Claim[] {
  return claims.sort((a, b) => ORDER.indexOf(a.factor) - ORDER.indexOf(b.factor));
}

/** Dockerfile and compose files go by many names; a claim naming one is kept by any of them. */
const SAME_KIND: Array<[RegExp, RegExp]> = [
  [/^(?:dockerfile|containerfile)$/i, /^(?:(?:dockerfile|containerfile)(?:[.-][\w.-]+)?|[\w.-]+\.(?:dockerfile|containerfile))$/i],
  [/^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i, /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/i],
];

/**
 * Sets where the repository holds each named file or folder. A path is
 * looked for beside the document, at the audited app and at the repository
 * root, then anywhere by its tail (`src/server.js` is kept by
 * `services/api/src/server.js`), case-insensitively and with `.yml` and
 * `.yaml` as one: a claim is called wrong only when nothing in the
 * repository could be what it names.
 */
export function resolvePaths(claims: Claim[], snapshot: Snapshot): Claim[] {
  let lookups = 0;
  let index: RepositoryIndex | undefined;
  return claims.map((claim) => {
    if (!claim.subClaims.some((s) => s.paths && s.paths.length > 0)) return claim;
    const subClaims = claim.subClaims.map((sub) => {
      if (!sub.paths || sub.paths.length === 0) return sub;
      const paths = sub.paths.map((p): NamedPath => {
        if (lookups >= MAX_PATH_LOOKUPS) return p;
        lookups++;
        index ??= indexOf(snapshot);
        const at = locate(p, claim.source.file, snapshot, index);
        return { path: p.path, kind: p.kind, ...(at ? { at } : {}), checked: true };
      });
      return { ...sub, paths };
    });
    return { ...claim, subClaims };
  });
}

interface RepositoryIndex {
  /** Lower-cased paths of files, with `.yaml` read as `.yml`. */
  files: string[];
  original: string[];
  /** Lower-cased folder paths, each to its own spelling. */
  folders: Map<string, string>;
}

const fold = (p: string) => p.toLowerCase().replace(/\.yaml$/, '.yml');

function indexOf(snapshot: Snapshot): RepositoryIndex {
  const original = snapshot.files.map((f) => f.path);
  const folders = new Map<string, string>();
  for (const f of original) {
    for (let d = dirOf(f); d !== '.' && !folders.has(d.toLowerCase()); d = dirOf(d)) folders.set(d.toLowerCase(), d);
  }
  return { files: original.map(fold), original, folders };
}

function locate(p: NamedPath, document: string, snapshot: Snapshot, index: RepositoryIndex): string | undefined {
  const near = [joinPath(dirOf(document), p.path), joinPath(snapshot.appPath, p.path), p.path];
  if (p.kind === 'folder') {
    const want = p.path.toLowerCase();
    const hit = near.find((c) => index.folders.has(c.toLowerCase()));
    if (hit) return index.folders.get(hit.toLowerCase());
    for (const [d, spelt] of index.folders) if (d === want || d.endsWith(`/${want}`)) return spelt;
    return undefined;
  }
  for (const c of near) if (snapshot.has(c)) return c;
  const want = fold(p.path);
  const sameKind = SAME_KIND.find(([named]) => named.test(baseName(p.path)))?.[1];
  for (let i = 0; i < index.files.length; i++) {
    const f = index.files[i]!;
    if (f === want || f.endsWith(`/${want}`)) return index.original[i];
    if (sameKind && !p.path.includes('/') && sameKind.test(baseName(index.original[i]!))) return index.original[i];
  }
  return undefined;
}
