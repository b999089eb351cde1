import { SECRET_RULES, type SecretRule } from './rules';

/** One secret found: rule, place and an already-redacted excerpt. The value itself never leaves this module. */
export interface SecretHit {
  rule: string;
  title: string;
  severity: SecretRule['severity'];
  file: string;
  line: number;
  column: number;
  /** The line around the hit with every secret on it replaced by [REDACTED]. */
  snippet: string;
}

const SNIPPET_RADIUS = 60;
/**
 * Matches kept per file. Overlap and snippet work compares hits pairwise, so a
 * crafted file with thousands of matches would cost seconds; a file with this
 * many secrets is reported by its first ones (provider rules run first).
 */
const MAX_RAW_HITS = 200;
/** Characters either side of a match that a rule's accept filter sees of its line. */
const ACCEPT_RADIUS = 256;
/** Every rule keyword (lower case), and one global case-insensitive search for all of them. */
const KEYWORDS = new Set(SECRET_RULES.flatMap((r) => r.keywords));
const ALL_KEYWORDS = new RegExp([...KEYWORDS].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');

/**
 * The keywords a text holds, found in one pass (each search resumes one
 * character after the last hit, so keywords inside others are found too; no
 * keyword is a prefix of another). Undefined when it holds none.
 */
export function keywordsIn(text: string): Set<string> | undefined {
  let found: Set<string> | undefined;
  ALL_KEYWORDS.lastIndex = 0;
  for (let m = ALL_KEYWORDS.exec(text); m; m = ALL_KEYWORDS.exec(text)) {
    found ??= new Set();
    found.add(m[0].toLowerCase());
    if (found.size === KEYWORDS.size) break;
    ALL_KEYWORDS.lastIndex = m.index + 1;
  }
  return found;
}

/** Each rule's pattern compiled once with the global flag (scanning is synchronous, so sharing lastIndex is safe). */
const GLOBAL = new WeakMap<SecretRule, RegExp>();
function globalPattern(rule: SecretRule): RegExp {
  let re = GLOBAL.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern.source, rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`);
    GLOBAL.set(rule, re);
  }
  return re;
}

interface RawHit {
  rule: SecretRule;
  start: number;
  end: number;
}

/** Offsets where each line of `text` starts (lines split at \n). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line holding `index`, given lineStarts(text). */
export function lineAt(starts: number[], index: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Replaces each [start, end) span of `text` with [REDACTED]. */
export function redactSpans(text: string, spans: Array<[number, number]>): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (e <= pos) continue;
    out += `${text.slice(pos, Math.max(s, pos))}[REDACTED]`;
    pos = e;
  }
  return out + text.slice(pos);
}

/** Scans one file's text with every rule (or the given ones). */
export function scanSecrets(text: string, file: string, rules: SecretRule[] = SECRET_RULES): SecretHit[] {
  const found = keywordsIn(text);
  if (!found) return [];
  let lower: string | undefined;
  // A keyword of a rule outside SECRET_RULES is looked up in the lower-cased text.
  const holds = (k: string) => {
    if (found.has(k)) return true;
    if (KEYWORDS.has(k)) return false;
    lower ??= text.toLowerCase();
    return lower.includes(k);
  };
  const raw: RawHit[] = [];
  let starts: number[] | undefined;
  for (const rule of rules) {
    // Most files hold none of a rule's literals: skip its regex entirely.
    if (!rule.keywords.some(holds)) continue;
    const re = globalPattern(rule);
    re.lastIndex = 0;
    for (let m = re.exec(text); m && raw.length < MAX_RAW_HITS; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m.groups?.value ?? m.groups?.auth ?? m[0];
      const offset = m.index + m[0].indexOf(value);
      if (rule.accept) {
        starts ??= lineStarts(text);
        const ln = lineAt(starts, m.index);
        // The line around the match, not all of it: on a 100 KB one-line file with thousands of matches,
        // handing each the whole line makes the accept filters quadratic.
        const lineText = text.slice(Math.max(starts[ln]!, m.index - ACCEPT_RADIUS), Math.min((starts[ln + 1] ?? text.length + 1) - 1, m.index + m[0].length + ACCEPT_RADIUS));
        if (!rule.accept(value, lineText)) continue;
      }
      raw.push({ rule, start: offset, end: offset + value.length });
    }
  }
  if (raw.length === 0) return [];
  starts ??= lineStarts(text);
  // One hit per place: when two rules match the same span, the provider rule (earlier in the list) wins.
  const kept: RawHit[] = [];
  for (const h of raw) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept
    .map((h) => {
      const ln = lineAt(starts!, h.start);
      const lineStart = starts![ln]!;
      const lineEnd = (starts![ln + 1] ?? text.length + 1) - 1;
      const from = Math.max(lineStart, h.start - SNIPPET_RADIUS);
      const to = Math.min(lineEnd, h.end + SNIPPET_RADIUS);
      const spans = raw.filter((o) => o.end > from && o.start < to).map((o): [number, number] => [Math.max(o.start, from) - from, Math.min(o.end, to) - from]);
      const snippet = redactSpans(text.slice(from, to), spans).trim();
      return {
        rule: h.rule.id,
        title: h.rule.title,
        severity: h.rule.severity,
        file,
        line: ln + 1,
        column: h.start - lineStart + 1,
        snippet: `${from > lineStart ? '…' : ''}${snippet}${to < lineEnd ? '…' : ''}`.slice(0, 300),
      };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
