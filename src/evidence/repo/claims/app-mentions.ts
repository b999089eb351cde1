import { signals } from '../artifacts';
import { esc } from '../memory-state';
import { baseName, dirOf, joinPath, type Snapshot } from '../snapshot';
import { asNamedPath } from './paths';

/**
 * Whether a line of a document speaks of this app rather than of the methodology: it names the app
 * (its module, package or binary), a file or folder the repository holds, or a variable the app's
 * code reads, or it speaks in the first person. "Port binding: the `tiny` binary exports HTTP on
 * `PORT`" is a statement about an app; "export services via port binding" is the methodology's.
 */
export type AppMentions = (text: string, document: string) => boolean;

const FIRST_PERSON = /\b(?:we|our|us|this (?:app|application|project|service|repo|repository|codebase|api|server|binary|image))\b/i;
/** Names too common to say which app is meant. */
const GENERIC_NAME = /^(?:app|apps|api|web|www|site|server|service|services|main|backend|frontend|worker|demo|example|sample|src|cmd|bin|test|tests|project|application|core|lib|common)$/i;
/** A name in prose is the app's when marked as code or followed by what a name names. */
const NAME_NOUN = '(?:binary|service|app|application|image|server|api|process|processes|container|cli|command|module|package|daemon)';
const CODE_SPAN = /`([^`\n]{1,200})`/g;
const BARE_TOKEN = /(?<![\w./@:$~-])((?:\.{0,2}\/)?[A-Za-z0-9_.-]{1,80}(?:\/[A-Za-z0-9_.-]{1,80}){0,8}\/?)(?![\w/@:-])/g;
const VARIABLE = /\$?\{?\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)\b/g;
/** Reads of environment variables: the variables the app's code reads are named in them. */
const ENV_SIGNALS = ['env-read', 'port-from-env', 'service-url-from-env'] as const;
/** Path lookups per document set: a document naming thousands of things gets the first ones checked. */
const MAX_LOOKUPS = 300;
const MAX_MANIFEST_CHARS = 256 * 1024;

/** What identifies the audited app in prose, worked out once and only when a document needs it. */
export function appMentions(snapshot: Snapshot): AppMentions {
  let names: RegExp[] | undefined;
  let variables: Set<string> | undefined;
  let lookups = 0;
  const exists = (token: string, quoted: boolean, document: string): boolean => {
    const p = asNamedPath(token, { quoted });
    if (!p || lookups >= MAX_LOOKUPS) return false;
    lookups++;
    const near = [joinPath(dirOf(document), p.path), joinPath(snapshot.appPath, p.path), p.path];
    return near.some((c) => (p.kind === 'folder' ? snapshot.hasDir(c) : snapshot.has(c) || snapshot.hasDir(c)));
  };
  return (text, document) => {
    if (FIRST_PERSON.test(text)) return true;
    names ??= appNames(snapshot).map((n) => new RegExp(`\`${esc(n)}\`|\\b${esc(n)}\\s+${NAME_NOUN}\\b`));
    if (names.some((re) => re.test(text))) return true;
    for (const m of text.matchAll(CODE_SPAN)) if (exists(m[1]!, true, document)) return true;
    const prose = text.replace(CODE_SPAN, ' ');
    for (const m of prose.matchAll(BARE_TOKEN)) {
      const token = m[1]!.replace(/\.$/, '');
      if ((token.includes('/') || token.includes('.')) && exists(token, false, document)) return true;
    }
    variables ??= readVariables(snapshot);
    for (const m of text.matchAll(VARIABLE)) if (variables.has(m[1]!)) return true;
    return false;
  };
}

/** Variables the app's runtime code reads from the environment, from the source signals of the content pass. */
function readVariables(snapshot: Snapshot): Set<string> {
  const out = new Set<string>();
  const idx = signals(snapshot);
  for (const kind of ENV_SIGNALS) {
    for (const s of idx.of(kind)) {
      if (s.lang === 'shell' || s.lang === 'config') continue;
      if (s.variable) out.add(s.variable);
      for (const m of s.snippet.matchAll(/['"`:]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)(?:,[\w,]*)?['"`]/g)) out.add(m[1]!);
    }
  }
  return out;
}

/** The app's own names: its module or package name in the manifest at its root, the binaries its build writes, Go's cmd/<name>. */
function appNames(snapshot: Snapshot): string[] {
  const out = new Set<string>();
  const add = (raw: string | undefined) => {
    const name = raw?.trim().replace(/^@[^/]+\//, '');
    if (name && name.length >= 3 && name.length <= 60 && /^[\w.-]+$/.test(name) && !GENERIC_NAME.test(name)) out.add(name);
  };
  const read = (file: string) => {
    const text = snapshot.read(joinPath(snapshot.appPath, file));
    return text && text.length <= MAX_MANIFEST_CHARS ? text : undefined;
  };
  const goMod = read('go.mod');
  if (goMod) add(/^module\s+(\S+)/m.exec(goMod)?.[1]?.split('/').filter((s) => !/^v\d+$/.test(s)).pop());
  const pkg = read('package.json');
  if (pkg) add(/"name"\s*:\s*"([^"\n]{1,100})"/.exec(pkg)?.[1]);
  for (const file of ['pyproject.toml', 'Cargo.toml']) {
    const toml = read(file);
    if (toml) add(/^\[(?:project|package|tool\.poetry)\][^[]*?^name\s*=\s*["']([^"'\n]{1,100})["']/ms.exec(toml)?.[1]);
  }
  const pom = read('pom.xml');
  if (pom) add(/<artifactId>([^<]{1,100})<\/artifactId>/.exec(pom.replace(/<parent>[\s\S]*?<\/parent>/g, ''))?.[1]);
  for (const f of snapshot.appFiles) {
    const name = baseName(f.path);
    if (/^(?:Dockerfile|Containerfile)(?:[.-][\w.-]+)?$/i.test(name) || /\.(?:dockerfile|containerfile)$/i.test(name)) {
      const text = snapshot.read(f.path);
      // `go build -o /tiny`, `cargo build … && cp target/release/orders /orders`: the binary the image runs.
      for (const m of (text ?? '').slice(0, MAX_MANIFEST_CHARS).matchAll(/\s-o\s+["']?([\w./-]{1,200})/g)) add(baseName(m[1]!));
    }
    const cmd = /(?:^|\/)cmd\/([\w.-]+)\/[^/]+\.go$/.exec(f.path);
    if (cmd && dirOf(f.path).endsWith(`cmd/${cmd[1]}`)) add(cmd[1]);
  }
  return [...out];
}
