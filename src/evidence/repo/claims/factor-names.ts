import { FACTORS, type FactorId } from '../../../model/factors';

/**
 * Names people give each factor in claim documents, normalised (lower case,
 * words only). The full title and the short names seen in READMEs; bare words
 * that mean other things in a README ("port", "admin", "repository") are left
 * out on purpose.
 */
const ALIASES: Record<FactorId, string[]> = {
  I: ['codebase', 'code base', 'codebases', 'one codebase', 'single codebase'],
  II: ['dependencies', 'dependency', 'dependency management', 'dependency isolation', 'explicit dependencies'],
  III: ['config', 'configuration', 'configs', 'configurations', 'config management', 'configuration management', 'environment configuration', 'environment config'],
  IV: ['backing services', 'backing service', 'backing resources', 'attached resources'],
  V: ['build release run', 'build release and run', 'build and release and run', 'build release run stages', 'build release deploy run', 'build release deploy', 'build and run'],
  VI: ['processes', 'stateless processes', 'stateless process', 'stateless', 'process'],
  VII: ['port binding', 'port bindings', 'port bind', 'portbinding'],
  VIII: ['concurrency', 'scale out', 'scaling'],
  IX: ['disposability', 'disposable', 'disposable processes'],
  X: [
    'dev prod parity',
    'dev production parity',
    'development production parity',
    'dev staging prod parity',
    'dev stage prod parity',
    'development staging production parity',
    'environment parity',
    'devprod parity',
    'dev prod',
    'parity',
  ],
  XI: ['logs', 'logging', 'log streams', 'logs as event streams'],
  XII: ['admin processes', 'admin process', 'admin tasks', 'administrative processes', 'admin management processes', 'management processes', 'one off processes', 'admin'],
};

/** The methodology's one-line summary of each factor: repeating it promises nothing specific. */
export const TAGLINES: Record<FactorId, string> = {
  I: 'One codebase tracked in revision control, many deploys',
  II: 'Explicitly declare and isolate dependencies',
  III: 'Store config in the environment',
  IV: 'Treat backing services as attached resources',
  V: 'Strictly separate build and run stages',
  VI: 'Execute the app as one or more stateless processes',
  VII: 'Export services via port binding',
  VIII: 'Scale out via the process model',
  IX: 'Maximize robustness with fast startup and graceful shutdown',
  X: 'Keep development, staging, and production as similar as possible',
  XI: 'Treat logs as event streams',
  XII: 'Run admin/management tasks as one-off processes',
};

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12 };

interface Alias {
  factor: FactorId;
  words: string[];
}
/** Longest first, so "admin processes" wins over "admin" and "stateless processes" over "stateless". */
const ALIAS_LIST: Alias[] = (Object.entries(ALIASES) as [FactorId, string[]][])
  .flatMap(([factor, names]) => names.map((n) => ({ factor, words: n.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

export interface FactorRef {
  factor: FactorId;
  /** A numeral that agrees with the factor's number, or the word "Factor": this names one of the twelve. */
  strong: boolean;
  /** Set off as a label: bold, or followed by a separator (":", "—", "-", "(") or nothing. */
  labelled: boolean;
  /** A numeral was written before the name (agreeing or not). */
  numbered: boolean;
  /** Text after the name, formatting and separator removed. */
  rest: string;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

function words(text: string, limit: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}\p{N}]+/gu;
  let m: RegExpExecArray | null = re.exec(text);
  while (m && out.length < limit) {
    out.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
    m = re.exec(text);
  }
  return out;
}

function numeralValue(w: string): number | undefined {
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return ROMAN[w];
}

const CHECKBOX = /^\s*(?:[-*+]\s+)?\[[ xX✓✔~-]?\]\s*/;
/** Only markup, space and symbols may come before the name (emoji, "**", "[", "#"). */
const ONLY_MARKUP = /^[^\p{L}\p{N}]*$/u;
/** Between the words of one name: spaces, "/", ",", "&", "-" and markup, a few characters at most. */
const NAME_GAP = /^[\s/,&+\-–*_`]{1,4}$/;

/**
 * Reads "III. Config", "**Factor 7 — Port binding**", "✅ Codebase:", "[IV. Backing services](…)"
 * at the start of a line's text. Undefined when the text does not start with a factor's name.
 */
export function parseFactorRef(input: string): FactorRef | undefined {
  const text = input.length > 400 ? input.slice(0, 400) : input;
  const box = CHECKBOX.exec(text);
  const offset = box ? box[0].length : 0;
  const ws = words(text.slice(offset), 12).map((w) => ({ ...w, start: w.start + offset, end: w.end + offset }));
  if (ws.length === 0) return undefined;
  if (!ONLY_MARKUP.test(text.slice(offset, ws[0]!.start))) return undefined;
  let i = 0;
  let factorWord = false;
  let numeral: number | undefined;
  if (ws[i]?.w === 'factor' || ws[i]?.w === 'faktor') {
    factorWord = true;
    i++;
  }
  const n = ws[i] ? numeralValue(ws[i]!.w) : undefined;
  // A numeral counts only when set off by punctuation ("III.", "3)", "7 -", "#3"), so "I use" is not factor I.
  if (n !== undefined && n >= 1 && n <= 12 && ws[i + 1] && /[.):\-–—#|]|\s[-–—]\s/.test(text.slice(ws[i]!.end, ws[i + 1]!.start) + (text[ws[i]!.start - 1] === '#' ? '#' : ''))) {
    numeral = n;
    i++;
  } else if (n !== undefined && factorWord && ws[i + 1]) {
    numeral = n;
    i++;
  }
  if (!factorWord && (ws[i]?.w === 'factor' || ws[i]?.w === 'faktor')) {
    factorWord = true;
    i++;
  }
  for (const alias of ALIAS_LIST) {
    if (!matches(alias.words, ws, i, text)) continue;
    const last = ws[i + alias.words.length - 1]!;
    const factor = FACTORS.find((f) => f.id === alias.factor)!;
    const tail = text.slice(last.end);
    const boldName = /^\s*(?:\*\*|__)/.test(tail) || /(?:\*\*|__)\s*$/.test(text.slice(0, ws[i]!.start));
    const rest = cleanRest(tail);
    const separated = rest.length === 0 || /^[\s*_`\]]{0,8}(?:\([^)]{0,300}\))?[\s*_`]{0,8}[:：\-–—|(/.,[&+]/.test(tail);
    return {
      factor: alias.factor,
      strong: factorWord || numeral === factor.number,
      labelled: boldName || separated,
      numbered: numeral !== undefined,
      rest,
    };
  }
  return undefined;
}

function matches(alias: string[], ws: Word[], at: number, text: string): boolean {
  if (at + alias.length > ws.length) return false;
  for (let k = 0; k < alias.length; k++) {
    if (ws[at + k]!.w !== alias[k]) return false;
    if (k > 0 && !NAME_GAP.test(text.slice(ws[at + k - 1]!.end, ws[at + k]!.start))) return false;
  }
  return true;
}

/** Drops the closing markup, a link target and the separator after a factor's name. */
function cleanRest(tail: string): string {
  return tail
    .replace(/^[\s*_`~]*\]?(?:\([^)\s]{0,300}\))?[\s*_`~]*/, '')
    .replace(/^[:：\-–—|.,\s]+/, '')
    .replace(/^[\s*_`~]+/, '')
    .trim();
}

const STOP = new Set(
  'a an the and or of to in on for with by via as is are be its it each all from into per should must can any more one'.split(' '),
);
const GENERIC = new Set<string>();
for (const f of FACTORS) {
  for (const w of `${TAGLINES[f.id]} ${f.title}`.toLowerCase().split(/[^a-z0-9]+/)) if (w) GENERIC.add(stem(w));
}
for (const w of ['app', 'application', 'apps', 'factor', 'principle', 'variable', 'env', 'store', 'separation', 'strict', 'declared', 'declaration', 'isolated', 'isolation', 'explicit', 'service', 'resource', 'treat', 'stream', 'environment', 'process', 'stage', 'deploy', 'version', 'repo', 'vcs', 'tracked', 'control', 'management', 'task', 'off']) {
  GENERIC.add(stem(w));
}

function stem(w: string): string {
  return w.replace(/(?:ing|ed|es|s)$/, '') || w;
}

/** True when the text only restates the methodology (its words are the taglines' words). */
export function isGenericText(text: string): boolean {
  const ws = text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !STOP.has(w));
  if (ws.length === 0) return true;
  const hits = ws.filter((w) => GENERIC.has(stem(w))).length;
  return hits / ws.length >= 0.75;
}
