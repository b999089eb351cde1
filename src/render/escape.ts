/**
 * Neutralisers for untrusted text (container logs, file names, README text,
 * branch names, check messages that quote any of those). Every renderer that
 * writes Markdown, HTML or a workflow log goes through these, so a log line
 * can never close a `<details>`, mention a person, link an issue, inject HTML
 * or run a workflow command.
 */

const ZWJ = '\u200d';

// C0/C1 controls (except tab and newline) and the bidi overrides behind
// "Trojan Source" tricks: shown as U+FFFD so nothing invisible survives.
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Replaces lone UTF-16 surrogates (valid in JSON, fatal to encodeURI/encodeURIComponent) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Strips invisible control and bidi characters; keeps tabs and newlines. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_RE, '\ufffd');
}

/**
 * Breaks the start of an HTML comment (`<!--`) with a zero-width joiner, so
 * untrusted text can never carry a sticky-comment marker into any output:
 * inside a code span or block GitHub shows `<!--` as text, but the raw body
 * still holds it, and a marker in the body is how comments are owned.
 */
export function neutraliseMarkers(text: string): string {
  return text.replace(/<!--/g, `<${ZWJ}!--`);
}

/** Text as one log line: controls stripped, line breaks shown as `\n` rather than started. */
export function foldLine(text: string): string {
  return stripControls(text).replace(/\n/g, '\\n');
}

/** HTML entity escaping for text placed inside HTML or inline Markdown. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Breaks `@user`, `@org/team` mentions and `#123` / `GH-123` references with a
 * zero-width joiner: the text reads the same but GitHub links nobody.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/\b(GH)-(?=\d)/gi, `$1-${ZWJ}`);
}

/** Cuts text to at most `max` characters (code units), marking the cut. */
export function truncateText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return text.slice(0, Math.max(0, max));
  // Never split a surrogate pair: a lone surrogate renders as garbage.
  let cut = max - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return `${text.slice(0, cut)}…`;
}

// Markdown punctuation that means something in the middle of a line. Callers
// never start a line with inline text, so block markers (`#`, `-`, `1.`, `>`)
// cannot fire and stay unescaped for readable source.
const MD_PUNCT_RE = /[\\`*_[\]|~<>]/g;

/**
 * Untrusted text as inert inline Markdown on one line, for use after some
 * other text on the line (never at its start): controls stripped,
 * newlines folded, HTML escaped, Markdown punctuation backslash-escaped (so
 * no emphasis, link, autolink or table cell boundary can start), mentions
 * and references broken.
 */
export function inlineText(text: string, max = 300): string {
  const flat = truncateText(stripControls(text).replace(/[\n\t]+/g, ' '), max);
  const escaped = flat
    .replace(/&/g, '&amp;')
    .replace(MD_PUNCT_RE, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : `\\${c}`));
  // Autolinks without brackets (www., http://) stay literal text on GitHub only
  // if broken; a ZWJ after the scheme's colon does that without changing the read.
  return neutraliseMentions(escaped).replace(/\b(https?|ftp):(?=\/\/)/gi, `$1:${ZWJ}`).replace(/\bwww\./gi, `www${ZWJ}.`);
}

/** Text for an HTML context such as `<summary>`: escaped, one line, mentions broken. */
export function htmlText(text: string, max = 300): string {
  return neutraliseMentions(escapeHtml(truncateText(stripControls(text).replace(/[\n\t]+/g, ' '), max)));
}

/** Length of the longest run of `char` in text. */
export function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    if (c === char) {
      current++;
      if (current > longest) longest = current;
    } else current = 0;
  }
  return longest;
}

/**
 * Untrusted text as an inline code span: the fence is longer than any
 * backtick run inside, so nothing closes it early. Mentions and HTML inside
 * a code span are inert on GitHub. `inTable` escapes `|`, which GFM splits
 * cells on even inside code spans.
 */
export function inlineCode(text: string, opts: { max?: number; inTable?: boolean } = {}): string {
  let body = neutraliseMarkers(truncateText(stripControls(text).replace(/[\n\t]+/g, ' '), opts.max ?? 200));
  if (opts.inTable) body = body.replace(/\|/g, '\\|');
  if (body.length === 0) return '` `';
  const fence = '`'.repeat(longestRun(body, '`') + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || (body.startsWith(' ') && body.endsWith(' ')) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * Untrusted multi-line text as a fenced code block whose fence is longer
 * than any backtick run in it (at least three). `lang` is ours, never
 * untrusted. The block starts and ends on its own lines.
 */
export function codeBlock(text: string, lang = ''): string {
  const body = neutraliseMarkers(stripControls(text)).replace(/\n+$/, '');
  const fence = '`'.repeat(Math.max(3, longestRun(body, '`') + 1));
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** A URL we build from parts that may be untrusted: each path segment percent-encoded. */
export function encodePath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s))
    .join('/');
}
