/**
 * Which files may carry claims: READMEs, docs/**, and files named after the
 * methodology, in Markdown or plain text. Vendored code and test fixtures are
 * other people's claims, so they are left out.
 */

export const MAX_DOCUMENTS = 100;

const TEXT_EXT = /\.(?:md|markdown|mdown|mkd|mdx|txt|text|rst|adoc|asciidoc)$/i;
const README = /^readme(?:[._-][\w-]+)*$/i;
const NAMED = /(?:twelve|12)[\s._-]?factors?|12factor/i;
const SKIP_DIR =
  /(?:^|\/)(?:node_modules|vendor|third[_-]?party|bower_components|\.git|dist|build|target|coverage|site-packages|\.?venv|env|fixtures?|__fixtures__|testdata|test-data|\.twelve-factor|\.cache|out|tmp)\//i;

export type DocumentRole = 'readme' | 'named' | 'docs';

export interface ClaimDocument {
  path: string;
  role: DocumentRole;
  markdown: boolean;
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

function stem(name: string): string {
  return name.replace(TEXT_EXT, '');
}

export function isMarkdown(path: string): boolean {
  return /\.(?:md|markdown|mdown|mkd|mdx)$/i.test(path);
}

function classify(path: string): DocumentRole | undefined {
  if (SKIP_DIR.test(path)) return undefined;
  const name = basename(path);
  const textual = TEXT_EXT.test(name) || !name.includes('.');
  if (!textual) return undefined;
  if (README.test(stem(name))) return 'readme';
  if (NAMED.test(name)) return 'named';
  if (/(?:^|\/)docs?\//i.test(path) && TEXT_EXT.test(name)) return 'docs';
  return undefined;
}

/**
 * Claim documents in reading order: the audited path's README, named files, docs, then other READMEs.
 * `withRoot`: the app was found in a folder of a repository whose root is no app, so the root's
 * README, named files and docs/ speak for it too; they come after the app's own.
 */
export function claimDocuments(files: readonly { path: string }[], appPath = '.', withRoot = false): ClaimDocument[] {
  const base = appPath === '.' || appPath === '' ? '' : `${appPath.replace(/\/+$/, '')}/`;
  const ranked: { doc: ClaimDocument; rank: number; depth: number }[] = [];
  for (const f of files) {
    const own = !base || f.path.startsWith(base);
    const rootDoc = !own && withRoot && (!f.path.includes('/') || /^docs?\//i.test(f.path));
    if (!own && !rootDoc) continue;
    const rel = own ? f.path.slice(base.length) : f.path;
    const role = classify(rel);
    if (!role) continue;
    const depth = rel.split('/').length;
    const rank = (role === 'readme' ? (depth === 1 ? 0 : 3) : role === 'named' ? 1 : 2) + (own ? 0 : 4);
    ranked.push({ doc: { path: f.path, role, markdown: isMarkdown(f.path) }, rank, depth });
  }
  ranked.sort((a, b) => a.rank - b.rank || a.depth - b.depth || a.doc.path.localeCompare(b.doc.path));
  return ranked.slice(0, MAX_DOCUMENTS).map((r) => r.doc);
}

export function isNamedForMethodology(path: string): boolean {
  return NAMED.test(basename(path));
}
