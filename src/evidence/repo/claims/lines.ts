/**
 * Line structure of a Markdown or plain-text document, just enough to find
 * claims: headings (ATX and setext), list items with their indentation,
 * table rows, and code to ignore. Deliberately forgiving: READMEs are rarely
 * valid CommonMark, and plain-text files indent numbered lists freely.
 */

export type LineKind = 'blank' | 'heading' | 'list' | 'table' | 'text' | 'rule' | 'code';

export interface DocLine {
  /** 1-based line number in the file. */
  no: number;
  kind: LineKind;
  indent: number;
  /** Heading level 1–6; 0 for other lines. */
  level: number;
  /** Heading text, list item text (an ordered item keeps its number), a row's cells, or the trimmed line. */
  text: string;
  /** Table cells, for table rows. */
  cells?: string[];
}

/** Lines longer than this are not read: no claim line is that long and the regexes stay cheap. */
export const MAX_LINE = 10_000;
export const MAX_LINES = 50_000;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const BULLET = /^([-*+•▪◦‣●○])[ \t]+(.*)$/;
const ORDERED = /^(\(?(?:\d{1,3}|[ivxIVX]{1,5})[.)])[ \t]+(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})$/;

function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4 - (n % 4);
    else break;
  }
  return n;
}

/** Heading text without the optional closing run of "#" (which must follow a space). */
function atxText(rest: string): string {
  const s = rest.trim();
  let k = s.length;
  while (k > 0 && s[k - 1] === '#') k--;
  if (k === 0) return '';
  if (k < s.length && (s[k - 1] === ' ' || s[k - 1] === '\t')) return s.slice(0, k).trim();
  return s;
}

function splitCells(row: string): string[] {
  let inner = row.trim();
  if (inner.startsWith('|')) inner = inner.slice(1);
  if (inner.endsWith('|') && !inner.endsWith('\\|')) inner = inner.slice(0, -1);
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

export function splitLines(text: string, markdown: boolean): DocLine[] {
  const raws = text.split(/\r\n|\r|\n/, MAX_LINES);
  const out: DocLine[] = [];
  let fence: string | undefined;
  let htmlComment = false;
  let frontMatter = markdown && raws[0]?.trim() === '---';
  for (let idx = 0; idx < raws.length; idx++) {
    const raw0 = raws[idx]!;
    const no = idx + 1;
    const raw = raw0.length > MAX_LINE ? '' : raw0;
    const indent = indentOf(raw);
    const trimmed = raw.trim();
    const push = (kind: LineKind, text = trimmed, level = 0, cells?: string[]) =>
      out.push({ no, kind, indent, level, text, ...(cells ? { cells } : {}) });

    if (frontMatter) {
      push('code');
      if (idx > 0 && trimmed === '---') frontMatter = false;
      continue;
    }
    if (markdown) {
      if (fence !== undefined) {
        push('code');
        if (trimmed.startsWith(fence) && /^[`~]+$/.test(trimmed)) fence = undefined;
        continue;
      }
      const f = FENCE.exec(raw);
      if (f) {
        fence = f[1]!;
        push('code');
        continue;
      }
      if (htmlComment) {
        push('code');
        if (trimmed.includes('-->')) htmlComment = false;
        continue;
      }
      if (trimmed.startsWith('<!--') && !trimmed.includes('-->')) {
        htmlComment = true;
        push('code');
        continue;
      }
    }
    if (trimmed === '') {
      push('blank', '');
      continue;
    }

    const prev = out[out.length - 1];
    const setext = SETEXT.exec(raw);
    if (setext && prev && prev.kind === 'text' && prev.indent < 4) {
      prev.kind = 'heading';
      prev.level = setext[1]!.startsWith('=') ? 1 : 2;
      push('rule');
      continue;
    }
    if (!markdown && /^[~^*]{3,}\s*$/.test(trimmed) && prev && prev.kind === 'text') {
      prev.kind = 'heading';
      prev.level = 2;
      push('rule');
      continue;
    }
    if (THEMATIC.test(raw)) {
      push('rule');
      continue;
    }
    const atx = markdown || trimmed.startsWith('#') ? ATX.exec(raw) : null;
    if (atx) {
      push('heading', atxText(raw.slice(atx[0].length)), atx[1]!.length);
      continue;
    }
    if (trimmed.startsWith('|') && trimmed.indexOf('|', 1) > 0) {
      if (TABLE_SEPARATOR.test(trimmed)) {
        // The row above was a header row, not a claim.
        if (prev && prev.kind === 'table') prev.kind = 'text';
        push('rule');
      continue;
      }
      push('table', trimmed, 0, splitCells(trimmed));
      continue;
    }
    const bullet = BULLET.exec(trimmed);
    if (bullet) {
      push('list', bullet[2]!.trim());
      continue;
    }
    if (ORDERED.test(trimmed)) {
      push('list', trimmed);
      continue;
    }
    if (!markdown && trimmed.length <= 80 && /\p{Lu}{3}/u.test(trimmed) && !/\p{Ll}/u.test(trimmed) && indent === 0) {
      push('heading', trimmed, 2);
      continue;
    }
    push('text');
  }
  return out;
}
