import type { NamedPath } from '../../../model/report';

/**
 * Files and folders a promise names ("graceful shutdown in `src/shutdown.ts`",
 * "copy [the template](.env.example)"), read from the claim's own line. Only
 * names that must already be in the repository count: a file the app writes,
 * the build produces or a person creates is not, and neither is a sentence
 * that says the file is absent. Checking them against the repository is
 * {@link resolvePaths}'s job, with the snapshot.
 */

const MAX_PATHS_PER_LINE = 5;
const MAX_PATH = 200;

/** Extensions of files people commit: code, config, manifests, docs. Not logs, databases, keys or build output. */
const COMMITTED_EXT = new Set(
  'js mjs cjs ts mts cts tsx jsx py rb go rs java kt kts scala groovy php cs fs vb ex exs erl clj swift c h cc cpp hpp m sh bash zsh ps1 bat cmd yml yaml json jsonc json5 toml ini cfg conf xml properties md markdown rst txt adoc sql gradle lock mod sum tf tfvars hcl proto graphql gql html htm css scss vue svelte dockerfile nix cue jsonnet env-example example sample template dist tpl'.split(' '),
);
/** Names without an extension (or dotfiles) that people commit. */
const COMMITTED_NAMES = /^(?:dockerfile|containerfile|procfile|makefile|gnumakefile|gemfile|rakefile|vagrantfile|justfile|taskfile|brewfile|pipfile|jenkinsfile|tiltfile|caddyfile|license|licence|readme|changelog|\.dockerignore|\.gitignore|\.gitattributes|\.editorconfig|\.nvmrc|\.node-version|\.python-version|\.ruby-version|\.tool-versions|\.env\.(?:example|sample|template|dist|defaults)|\.(?:eslintrc|prettierrc|babelrc)(?:\.\w+)?)$/i;
/** Product and library names that look like file names. */
const PRODUCT = /^(?:node|next|nuxt|vue|react|angular|ember|backbone|express|socket|d3|chart|three|moment|day|p5|hapi|koa|nest|deno|bun|asp|ado|vb|solid|alpine|svelte|ember|meteor|electron|mocha|jest|vite|web3|ethers|pixi|phaser|leaflet|handlebars|require|underscore|lodash)\.(?:js|ts|io|net|sh|land)$/i;
/** Folders whose contents are written at build or run time, never committed. */
const NOT_COMMITTED_DIR = /^(?:dist|build|out|target|coverage|node_modules|\.next|\.nuxt|\.cache|cache|tmp|temp|logs?|data|uploads?|storage|var|run|sessions?|\.venv|venv|__pycache__|bin|obj)$/i;
/**
 * A line that speaks of writing, generating or leaving out a file names files the repository
 * need not hold ("logs are written to `logs/app.log`", "no `config.local.yml`", "gitignored"),
 * and one that points at another repository names files of that one ("charts in the infra repo").
 */
const NOT_AN_EXISTENCE_CLAIM =
  /\b(?:no|not|never|without|instead|rather|avoid\w*|nothing|none|don'?t|doesn'?t|isn'?t|aren'?t|won'?t|remov\w*|delet\w*|deprecat\w*|ignor\w*|gitignor\w*|exclud\w*|untracked|creat\w*|generat\w*|produc\w*|writ\w*|written|output\w*|cop(?:y|ies|ied|ying)|renam\w*|download\w*|mount\w*|compil\w*|emit\w*|sav(?:e|es|ed|ing)|stor(?:e|es|ed|ing)|upload\w*|cach(?:e|es|ed|ing)|if|optional(?:ly)?|e\.g|example|such as|like|repo|repos|repository|repositories|submodules?|external(?:ly)?|separate(?:ly)?|elsewhere)\b/i;

const CODE_SPAN = /`([^`\n]{1,200})`/g;
const LINK = /\[[^\]\n]{0,200}\]\(\s*<?([^)\s>]{1,300})>?(?:\s+"[^"\n]{0,100}")?\s*\)/g;
/** A bare path in prose: at least one slash, or a name with a committed extension. */
const BARE = /(?<![\w./@:$~-])((?:\.{0,2}\/)?[A-Za-z0-9_.-]{1,80}(?:\/[A-Za-z0-9_.-]{1,80}){0,8}\/?)(?![\w/@:-])/g;

function extOf(name: string): string | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : undefined;
}

/** The path a token names, normalised (no "./", folders without the trailing slash), or undefined when it is not one. */
export function asNamedPath(token: string, opts: { quoted: boolean }): Pick<NamedPath, 'path' | 'kind'> | undefined {
  let t = token.trim().replace(/[#?].*$/, '');
  if (t.length < 2 || t.length > MAX_PATH) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(t) || t.startsWith('www.') || /[\s@<>{}$*?|=:,;'"()[\]\\!%^&]/.test(t)) return undefined;
  if (t.startsWith('/') || t.startsWith('~')) return undefined;
  t = t.replace(/^(?:\.\/)+/, '');
  const folder = t.endsWith('/');
  t = t.replace(/\/+$/, '');
  const segments = t.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return undefined;
  if (NOT_COMMITTED_DIR.test(segments[0]!) && segments.length > (folder ? 0 : 1)) return undefined;
  // A Go or npm module path (`github.com/lib/pq`), not a file of this repository.
  if (segments.length > 1 && /\.(?:com|org|io|net|dev|in|co|sh|land|app)$/i.test(segments[0]!)) return undefined;
  const name = segments[segments.length - 1]!;
  if (/^\.env(?:\.(?!(?:example|sample|template|dist|defaults)$)[\w-]+)?$/i.test(name)) return undefined;
  if (folder) return segments.length >= 1 && /[a-z]/i.test(t) && !NOT_COMMITTED_DIR.test(name) ? { path: t, kind: 'folder' } : undefined;
  if (COMMITTED_NAMES.test(name)) return opts.quoted || segments.length > 1 ? { path: t, kind: 'file' } : undefined;
  const ext = extOf(name);
  if (!ext || !COMMITTED_EXT.has(ext) || PRODUCT.test(name)) return undefined;
  // A bare word with an extension in prose ("Node.js", "config.yml") is a file only when quoted or lower-case.
  if (segments.length === 1 && !opts.quoted && !/^[a-z0-9_.-]+$/.test(name)) return undefined;
  // Dotted identifiers (`app.config`, `os.environ`, `settings.DEBUG`) end in no committed extension; versions neither.
  if (/^\d+(?:\.\d+)+$/.test(name)) return undefined;
  return { path: t, kind: 'file' };
}

/** The files and folders a line of a claim names and asserts to be there. */
export function namedPaths(raw: string): NamedPath[] {
  const text = raw.length > 2000 ? raw.slice(0, 2000) : raw;
  const prose = text.replace(CODE_SPAN, ' ').replace(LINK, ' ');
  if (NOT_AN_EXISTENCE_CLAIM.test(prose)) return [];
  const out: NamedPath[] = [];
  const add = (p: Pick<NamedPath, 'path' | 'kind'> | undefined) => {
    if (p && out.length < MAX_PATHS_PER_LINE && !out.some((x) => x.path === p.path)) out.push({ ...p, checked: false });
  };
  for (const m of text.matchAll(LINK)) add(asNamedPath(decodeLink(m[1]!), { quoted: true }));
  for (const m of text.matchAll(CODE_SPAN)) add(asNamedPath(m[1]!, { quoted: true }));
  for (const m of prose.matchAll(BARE)) {
    const token = m[1]!.replace(/\.$/, '');
    if (token.includes('/') || extOf(token)) add(asNamedPath(token, { quoted: false }));
  }
  return out;
}

function decodeLink(target: string): string {
  try {
    return decodeURIComponent(target);
  } catch {
    return target;
  }
}
