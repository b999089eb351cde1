import type { FactorId } from '../../../model/factors';
import type { Claim, ClaimStatus, SubClaim } from '../../../model/report';
import { type FactorRef, isGenericText, parseFactorRef } from './factor-names';
import { type DocLine, splitLines } from './lines';
import { repairMojibake } from './mojibake';
import { namedPaths } from './paths';
import { propertiesOf } from './properties';
import { fieldStatus, groupStatus, inlineStatus, isNormative, markStatus, sentenceStatus, wordStatus } from './status';

/**
 * A mention of the methodology: what makes nearby factor names claims rather than ordinary headings.
 * Not a file name such as `.twelve-factor.yml`.
 */
const MENTION = /(?<![.\w/-])(?:(?:twelve|12)[\s_-]*factors?\b|12factor|xii[\s-]+factors?\b|twelve\b[^.\n]{0,10}\bfactors?\b)/i;

/** Words around a list that make it a statement about this project. */
const CLAIM_CONTEXT =
  /\b(?:complian(?:ce|t)|conform(?:s|ance|ing)?|adher(?:e|es|ence|ing)|follows|following the|implements|implemented|implementation|we|our|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice)|built (?:with|on|to|according|following)|designed (?:to|with|according|around)|status|checklist|audit|scorecard|assessment|fulfils|fulfills|satisfies|respects|meets)\b/i;
/** Words around a list that make it an explanation of the methodology. */
const DESCRIPTION_CONTEXT =
  /\b(?:notes?|methodology|introduction|what is|what are|overview|principles?|cheat ?sheet|reference|explained|learn(?:ing)?|tutorial|definitions?)\b|\bthe (?:twelve|12|xii)\b[^.\n]{0,8}\bfactors\b/i;
const FIRST_PERSON =
  /\b(?:we|our|us|this (?:app|application|project|service|repo|repository|codebase|template|api|server|tool|system|bot|library|platform|stack|boilerplate|starter|microservice))\b/i;

/** Labels inside a claim whose lines are not promises (admissions, explanations of the factor, plans). */
const SKIP_LABEL =
  /^(?:issues?(?: found)?|known issues|gaps?|problems?|limitations?|caveats?|missing|risks?|anti[\s-]?patterns?|anti|avoid|don'?t|do not|violations?|recommendations?|remediation|next steps?|todo|to do|improvements?|suggestions?|explanation|description|why|principle|definition|checks?|how to check|what it means|meaning|rationale|notes?|planned|future|pending)$/i;

const MAX_BODY_LINES = 200;
const MAX_GROUP_DEPTH = 16;
/** A claim row has a handful of cells; the rest of a very wide row is not read. */
const MAX_CELLS = 8;
const MAX_PIECES = 60;
const MAX_ITEMS = 1000;
/** Mentions of the methodology that open a scope; a document repeating it endlessly gets the first ones. */
const MAX_ANCHORS = 200;
const MAX_SUBCLAIMS = 40;
const MAX_TEXT = 300;

type Kind = 'heading' | 'list' | 'table' | 'text';

interface Candidate {
  idx: number;
  line: DocLine;
  kind: Kind;
  ref: FactorRef;
  group?: ClaimStatus;
  ancestry: string[];
  /** For table rows: the cells other than the factor's name. */
  otherCells?: string[];
  accepted: boolean;
  /** Accepted only for naming a factor by number, outside any part of the document about the methodology. */
  unanchored?: boolean;
}

interface Occurrence {
  factor: FactorId;
  line: number;
  text: string;
  status: ClaimStatus;
  /** 3: stated on the item; 2: from a status group or a plan in its words; 1: read from the context. Later wins at equal or higher rank. */
  rank: number;
  /** Read from the context only, and written as what ought to be ("should be tracked"): a guide's sentence. */
  normative: boolean;
  pieces: Body['pieces'];
  /** The item's own words (its description and body). */
  content: string;
  /** The line of the nearest mention of the methodology above it: items under one mention form a block. -1 for none. */
  anchor: number;
  /** Accepted only for naming a factor by number, outside any part of the document about the methodology. */
  unanchored: boolean;
}

export interface ParseOptions {
  markdown: boolean;
  /** The file is named after the methodology: every factor item in it is in scope. */
  named: boolean;
  /** Whether a line names something of the audited app (see app-mentions.ts); without it, no item is read as the app's by what it names. */
  mentionsApp?: (text: string, document: string) => boolean;
}

/** Plain one-line text: Markdown links, emphasis and code marks removed, bounded. */
export function plain(s: string): string {
  const t = s
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/<[^>\n]{1,100}>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return t.length > MAX_TEXT ? `${t.slice(0, MAX_TEXT - 1)}…` : t;
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** A short line that only names a group: "**Implemented:**", "✅ Completed", "In Progress (2)". */
function groupLabel(text: string): ClaimStatus | undefined {
  if (text.length > 60) return undefined;
  return groupStatus(text.replace(/[:：]\s*$/, ''));
}

function isBoldStart(text: string): boolean {
  return /^[^\p{L}\p{N}]{0,6}(?:\*\*|__)/u.test(text);
}

function tableRef(cells: string[]): { ref: FactorRef; at: number } | undefined {
  for (let k = 0; k < Math.min(cells.length, 3); k++) {
    const ref = parseFactorRef(cells[k]!);
    if (!ref) continue;
    // A cell that is the name (maybe numbered), not a sentence that happens to start with it.
    if (ref.rest.length === 0 || ref.strong) return { ref, at: k };
  }
  return undefined;
}

function findCandidates(lines: DocLine[]): Candidate[] {
  const out: Candidate[] = [];
  const headings: { level: number; text: string; group?: ClaimStatus }[] = [];
  let paraGroup: ClaimStatus | undefined;
  const listGroups: { indent: number; status: ClaimStatus }[] = [];
  const currentGroup = (indent: number): ClaimStatus | undefined => {
    for (let k = listGroups.length - 1; k >= 0; k--) if (listGroups[k]!.indent < indent) return listGroups[k]!.status;
    if (paraGroup) return paraGroup;
    for (let k = headings.length - 1; k >= 0; k--) if (headings[k]!.group) return headings[k]!.group;
    return undefined;
  };
  const add = (idx: number, line: DocLine, kind: Kind, ref: FactorRef, group: ClaimStatus | undefined, otherCells?: string[]) =>
    out.push({ idx, line, kind, ref, group, ancestry: headings.map((h) => h.text), ...(otherCells ? { otherCells } : {}), accepted: false });

  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx]!;
    switch (line.kind) {
      case 'heading': {
        while (headings.length > 0 && headings[headings.length - 1]!.level >= line.level) headings.pop();
        paraGroup = undefined;
        listGroups.length = 0;
        const ref = parseFactorRef(line.text);
        if (ref) add(idx, line, 'heading', ref, currentGroup(0));
        const group = ref ? undefined : groupLabel(line.text);
        headings.push({ level: line.level, text: line.text, ...(group ? { group } : {}) });
        continue;
      }
      case 'list': {
        while (listGroups.length > 0 && listGroups[listGroups.length - 1]!.indent >= line.indent) listGroups.pop();
        const ref = parseFactorRef(line.text);
        if (ref && (ref.labelled || ref.strong)) {
          add(idx, line, 'list', ref, currentGroup(line.indent));
          continue;
        }
        const group = groupLabel(line.text);
        if (group && listGroups.length < MAX_GROUP_DEPTH) listGroups.push({ indent: line.indent, status: group });
        continue;
      }
      case 'text': {
        while (listGroups.length > 0 && listGroups[listGroups.length - 1]!.indent >= line.indent) listGroups.pop();
        const group = groupLabel(line.text);
        if (group) {
          paraGroup = group;
          continue;
        }
        const ref = parseFactorRef(line.text);
        if (ref && (ref.strong || (isBoldStart(line.text) && ref.labelled) || (ref.numbered && ref.labelled))) {
          add(idx, line, 'text', ref, currentGroup(line.indent));
        }
        continue;
      }
      case 'table': {
        const cells = line.cells ?? [];
        const found = tableRef(cells);
        if (found) add(idx, line, 'table', found.ref, currentGroup(0), cells.filter((_, k) => k !== found.at));
        continue;
      }
      default:
        continue;
    }
  }
  return out;
}

/** Decides which factor items are claims about the twelve factors rather than ordinary sections. */
function accept(lines: DocLine[], cands: Candidate[], named: boolean): void {
  if (cands.length === 0) return;
  if (named) {
    for (const c of cands) c.accepted = true;
    return;
  }
  const anchors: number[] = [];
  for (let i = 0; i < lines.length && anchors.length < MAX_ANCHORS; i++) {
    const l = lines[i]!;
    if (l.kind !== 'code' && l.kind !== 'blank' && l.kind !== 'rule' && MENTION.test(l.text)) anchors.push(i);
  }
  const strongFactors = new Set(cands.filter((c) => c.ref.strong).map((c) => c.ref.factor));
  if (anchors.length === 0) {
    // A document that lists the factors by number without ever naming the methodology.
    if (strongFactors.size >= 6) {
      for (const c of cands) {
        if (c.ref.strong) {
          c.accepted = true;
          c.unanchored = true;
        }
      }
    }
    return;
  }
  const firstHeading = lines.findIndex((l) => l.kind === 'heading');
  const scopes: [number, number][] = [];
  let titleAnchored = false;
  for (const a of anchors) {
    const l = lines[a]!;
    if (l.kind === 'heading') {
      if (a === firstHeading && l.level === 1) {
        titleAnchored = true;
        continue;
      }
      let end = a + 1;
      while (end < lines.length && !(lines[end]!.kind === 'heading' && lines[end]!.level <= l.level)) end++;
      scopes.push([a, end]);
    } else if (l.kind === 'list') {
      let end = a + 1;
      while (end < lines.length && (lines[end]!.kind === 'blank' || (lines[end]!.kind !== 'heading' && lines[end]!.indent > l.indent))) end++;
      scopes.push([a, end]);
    } else {
      let end = a + 1;
      while (end < lines.length && lines[end]!.kind !== 'heading') end++;
      scopes.push([a, end]);
    }
  }
  // Coverage counts by difference array: linear however many mentions and items a document has.
  const cover = new Int32Array(lines.length + 1);
  for (const [s, e] of scopes) {
    cover[s + 1]! += 1;
    cover[Math.min(e, lines.length)]! -= 1;
  }
  for (let i = 1; i <= lines.length; i++) cover[i]! += cover[i - 1]!;
  const inScope = (i: number) => cover[i]! > 0;
  const firstAnchor = anchors[0]!;
  for (const c of cands) if (inScope(c.idx)) c.accepted = true;
  // Runs of factor headings at one level ("## Codebase", "## Config", …) right after a mention.
  const headingAt = new Map(cands.filter((c) => c.kind === 'heading').map((c) => [c.idx, c]));
  let run: Candidate[] = [];
  const flush = () => {
    if (new Set(run.map((c) => c.ref.factor)).size >= 3 && (titleAnchored || run[0]!.idx > firstAnchor)) {
      for (const c of run) c.accepted = true;
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.kind !== 'heading') continue;
    const c = headingAt.get(i);
    if (c && (run.length === 0 || run[0]!.line.level === l.level)) run.push(c);
    else if (c) {
      if (l.level < run[0]!.line.level) {
        flush();
        run.push(c);
      }
    } else if (run.length > 0 && l.level <= run[0]!.line.level) flush();
  }
  flush();
  // Lists and tables naming several factors in one section, after a mention of the methodology.
  const section = new Int32Array(lines.length);
  for (let i = 1; i < lines.length; i++) section[i] = lines[i]!.kind === 'heading' ? i : section[i - 1]!;
  const groups = new Map<string, Candidate[]>();
  for (const c of cands) {
    if (c.kind === 'heading') continue;
    const key = `${section[c.idx]}:${c.kind === 'table' ? 't' : c.line.indent}`;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  for (const g of groups.values()) {
    if (new Set(g.map((c) => c.ref.factor)).size >= 4 && (titleAnchored || g[0]!.idx > firstAnchor)) for (const c of g) c.accepted = true;
  }
  // "VII. Port binding" names a factor wherever it stands, but outside the methodology's section it may only explain it.
  for (const c of cands) {
    if (!c.accepted && c.ref.strong) {
      c.accepted = true;
      c.unanchored = true;
    }
  }
}

function bodyEnd(lines: DocLine[], c: Candidate, nextCandidate: number): number {
  const limit = Math.min(lines.length, nextCandidate, c.idx + 1 + MAX_BODY_LINES);
  if (c.kind === 'table') return c.idx + 1;
  let j = c.idx + 1;
  if (c.kind === 'heading') {
    while (j < limit && !(lines[j]!.kind === 'heading' && lines[j]!.level <= c.line.level)) j++;
    return j;
  }
  if (c.kind === 'text') {
    while (j < limit && lines[j]!.kind !== 'heading') j++;
    return j;
  }
  let blanks = 0;
  let prevBlank = false;
  while (j < limit) {
    const l = lines[j]!;
    if (l.kind === 'heading') break;
    if (l.kind === 'blank') {
      blanks++;
      if (blanks >= 2) break;
      prevBlank = true;
      j++;
      continue;
    }
    blanks = 0;
    const lazy = !prevBlank && l.kind === 'text';
    if (l.indent <= c.line.indent && !lazy && l.kind !== 'code') break;
    prevBlank = false;
    j++;
  }
  return j;
}

interface Body {
  status?: ClaimStatus;
  pieces: { text: string; line: number; status?: ClaimStatus }[];
  content: string;
}

const LABEL = /^[^\p{L}\p{N}]{0,6}(?:\*\*|__)?([\p{L}][\p{L}\p{N}' /&-]{0,40}?)(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/u;

/** `wraps`: the item's own text may continue on the next line (a list item or paragraph does; a heading never). */
function readBody(lines: DocLine[], from: number, to: number, initial: Body['pieces'], wraps: boolean): Body {
  const pieces: Body['pieces'] = [...initial];
  let lastLine = pieces.length > 0 && wraps ? from - 1 : -1;
  let status: ClaimStatus | undefined;
  let labelStatus: ClaimStatus | 'skip' | undefined;
  const content: string[] = [];
  for (let j = from; j < to; j++) {
    const l = lines[j]!;
    if (l.kind === 'blank' || l.kind === 'code' || l.kind === 'rule') continue;
    const fs = fieldStatus(l.kind === 'list' ? `- ${l.text}` : l.text);
    if (fs) {
      status ??= fs;
      continue;
    }
    const text = l.kind === 'list' ? l.text.replace(/^\(?(?:\d{1,3}|[a-zA-Z])[.)]\s+/, '') : l.text;
    const label = LABEL.exec(text);
    if (l.kind === 'heading' || (label && label[1]!.trim().split(/\s+/).length <= 5 && !/\s[-–—]\s/.test(label[1]!))) {
      const name = (l.kind === 'heading' ? text : label![1]!).replace(/[^\p{L}\p{N}' /&-]/gu, '').trim();
      const rest = l.kind === 'heading' ? '' : label![2]!.trim();
      const group = groupStatus(name);
      // A label with content on its own line speaks for that line only; an empty one for the lines after it.
      const scoped: ClaimStatus | 'skip' | undefined = SKIP_LABEL.test(name) ? 'skip' : group;
      if (rest === '') {
        labelStatus = scoped;
        continue;
      }
      if (scoped === 'skip') continue;
      content.push(rest);
      pieces.push({ text, line: l.no, ...(scoped ? { status: scoped } : {}) });
      // "Self-contained: uvicorn binds …" may wrap onto the next line like any paragraph.
      if (l.kind === 'text') lastLine = j;
      continue;
    }
    if (labelStatus === 'skip') continue;
    content.push(text);
    // A wrapped line continues the promise above it (plain-text lists wrap by indentation).
    if (l.kind === 'text' && lastLine === j - 1 && pieces.length > 0) {
      const last = pieces[pieces.length - 1]!;
      last.text = `${last.text} ${text}`;
      lastLine = j;
      continue;
    }
    lastLine = j;
    if (pieces.length >= MAX_PIECES) continue;
    const own = markStatus(text);
    const st = own ?? labelStatus;
    pieces.push({ text, line: l.no, ...(st ? { status: st } : {}) });
  }
  return { ...(status ? { status } : {}), pieces, content: content.join('\n') };
}

/** Per line: the nearest mention of the methodology at or above it, and the first accepted item after each line. */
interface Landmarks {
  anchorAt: Int32Array;
  nextItem: Int32Array;
}

function landmarks(lines: DocLine[], cands: Candidate[]): Landmarks {
  const anchorAt = new Int32Array(lines.length).fill(-1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const here = l.kind !== 'code' && l.kind !== 'blank' && MENTION.test(l.text);
    anchorAt[i] = here ? i : i > 0 ? anchorAt[i - 1]! : -1;
  }
  const nextItem = new Int32Array(lines.length + 1).fill(lines.length);
  const accepted = new Set(cands.filter((c) => c.accepted).map((c) => c.idx));
  for (let i = lines.length - 1; i >= 0; i--) nextItem[i] = accepted.has(i + 1) ? i + 1 : nextItem[i + 1]!;
  return { anchorAt, nextItem };
}

function contextText(path: string, lines: DocLine[], c: Candidate, marks: Landmarks): string {
  const parts = [basename(path), ...c.ancestry];
  const anchor = marks.anchorAt[c.idx]!;
  if (anchor >= 0) {
    parts.push(lines[anchor]!.text);
    const firstItem = Math.min(marks.nextItem[anchor]!, c.idx);
    let taken = 0;
    for (let i = anchor + 1; i < firstItem && taken < 5; i++) {
      if (lines[i]!.kind === 'text') {
        parts.push(lines[i]!.text);
        taken++;
      }
    }
  }
  return parts.join('\n');
}

function itemText(c: Candidate): string {
  if (c.kind === 'table') return plain((c.line.cells ?? []).filter((x) => x !== '').join(' | '));
  return plain(c.line.text);
}

function explicitStatus(c: Candidate): ClaimStatus | undefined {
  // "Planned - a CLI entry point", "Done: …": a status word leading the description.
  if (c.kind !== 'table') return inlineStatus(c.line.text) ?? (/^[\p{L} ]{2,20}(?:[:：\-–—,.]|$)/u.test(c.ref.rest) ? wordStatus(c.ref.rest, 'inline') : undefined);
  const cells = (c.otherCells ?? []).slice(0, MAX_CELLS);
  for (const cell of cells) {
    const m = markStatus(cell);
    if (m) return m;
  }
  for (const cell of cells) {
    const w = wordStatus(cell, 'cell');
    if (w) return w;
  }
  return undefined;
}

/**
 * One sub-claim per property a line names; the files and folders it names ride on its first.
 * A line's own plan ("will be added") outranks its claim's status, unless the claim is only described.
 */
function subClaimsOf(pieces: Body['pieces'], fallback: ClaimStatus): SubClaim[] {
  const out: SubClaim[] = [];
  for (const p of pieces) {
    const text = plain(p.text);
    if (text === '' || wordStatus(text, 'field') && text.split(' ').length <= 2) continue;
    const properties = propertiesOf(text);
    const status = p.status ?? (fallback === 'described' ? undefined : sentenceStatus(text)) ?? fallback;
    const paths = namedPaths(p.text);
    const withPaths = paths.length > 0 ? { paths } : {};
    if (properties.length === 0) {
      if (paths.length > 0 || !isGenericText(text)) out.push({ text, line: p.line, status, ...withPaths });
      continue;
    }
    out.push(...properties.map((property, k): SubClaim => ({ text, topic: property.id, line: p.line, status, ...(k === 0 ? withPaths : {}) })));
  }
  return out;
}

function occurrence(path: string, lines: DocLine[], c: Candidate, marks: Landmarks, end: number): Occurrence {

  const descPieces: Body['pieces'] = [];
  if (c.kind === 'table') {
    for (const cell of (c.otherCells ?? []).slice(0, MAX_CELLS)) {
      if (cell && !markStatus(cell) && !wordStatus(cell, 'cell') && !/^(?:[ivx]{1,4}|\d{1,2})\.?$/i.test(cell)) {
        descPieces.push({ text: cell, line: c.line.no });
      }
    }
  } else if (c.ref.rest) {
    descPieces.push({ text: c.ref.rest, line: c.line.no });
  }
  const body = readBody(lines, c.idx + 1, end, descPieces, c.kind === 'list' || c.kind === 'text');
  const explicit = body.status ?? explicitStatus(c);
  const content = [c.ref.rest, body.content].join('\n');
  const planned = sentenceStatus(c.ref.rest) ?? (body.pieces.length > 0 && body.pieces.every((p) => sentenceStatus(p.text)) ? sentenceStatus(body.pieces[0]!.text) : undefined);
  let status: ClaimStatus;
  let rank: number;
  let normative = false;
  if (explicit) {
    status = explicit;
    rank = 3;
  } else if (c.group) {
    status = c.group;
    rank = 2;
  } else if (planned) {
    status = planned;
    rank = 2;
  } else {
    normative = isNormative(content);
    rank = 1;
    const ctx = contextText(path, lines, c, marks);
    if (CLAIM_CONTEXT.test(ctx) || FIRST_PERSON.test(content)) status = 'claimed';
    // A document that lists the factors without naming the methodology or marking them explains them.
    else if (c.unanchored || DESCRIPTION_CONTEXT.test(ctx) || isGenericText(content.replace(/[✅✔☑✓]/g, ''))) status = 'described';
    else status = 'claimed';
  }
  return { factor: c.ref.factor, line: c.line.no, text: itemText(c), status, rank, normative, pieces: body.pieces, content, anchor: marks.anchorAt[c.idx]!, unanchored: c.unanchored ?? false };
}

/** Items read from the context alone, most of them "should" sentences: the document is a guide to the methodology. */
const GUIDE_MIN_ITEMS = 3;
function isGuide(occurrences: Occurrence[]): boolean {
  const contextual = occurrences.filter((o) => o.rank === 1);
  const normative = contextual.filter((o) => o.normative).length;
  return normative >= GUIDE_MIN_ITEMS && normative * 2 >= contextual.length;
}

/**
 * A "The twelve factors" section whose items name this app's binary, files or variables is the app's
 * own account of how it keeps each factor, not an explanation of the methodology: every item of
 * that block read as described from its context alone is a claim, unless its words are only the
 * methodology's own one-liner ("Store config in the environment").
 */
function claimBlocksAboutTheApp(path: string, occurrences: Occurrence[], mentionsApp: NonNullable<ParseOptions['mentionsApp']>): void {
  const fromContext = occurrences.filter((o) => o.rank === 1 && o.anchor >= 0 && !o.unanchored);
  const aboutApp = new Set<number>();
  for (const o of fromContext) if (!aboutApp.has(o.anchor) && mentionsApp(o.content, path)) aboutApp.add(o.anchor);
  for (const o of fromContext) {
    if (o.status === 'described' && aboutApp.has(o.anchor) && !isGenericText(o.content.replace(/[✅✔☑✓]/g, ''))) o.status = 'claimed';
  }
}

/** Reads one document's claims: one per factor, the later and more specific statement winning. */
export function parseClaimDocument(path: string, text: string, opts: ParseOptions): Claim[] {
  const lines = splitLines(repairMojibake(text).text, opts.markdown);
  const cands = findCandidates(lines);
  accept(lines, cands, opts.named);
  // A real claim document has a few dozen factor items; past this the rest is not read.
  const accepted = cands.filter((c) => c.accepted).slice(0, MAX_ITEMS);
  const marks = landmarks(lines, cands);
  const occurrences = accepted.map((c, k) => occurrence(path, lines, c, marks, bodyEnd(lines, c, accepted[k + 1]?.idx ?? lines.length)));
  // A guide's items describe the methodology, whatever "our" and "we" say around them.
  if (isGuide(occurrences)) {
    for (const o of occurrences) if (o.rank === 1) o.status = 'described';
  } else if (opts.mentionsApp) claimBlocksAboutTheApp(path, occurrences, opts.mentionsApp);
  const byFactor = new Map<FactorId, Occurrence>();
  const subs = new Map<FactorId, SubClaim[]>();
  for (const occ of occurrences) {
    const prev = byFactor.get(occ.factor);
    if (!prev || occ.rank >= prev.rank) byFactor.set(occ.factor, occ);
    const list = subs.get(occ.factor) ?? [];
    for (const s of subClaimsOf(occ.pieces, occ.status)) {
      if (list.length >= MAX_SUBCLAIMS) break;
      if (!list.some((x) => x.text === s.text && x.topic === s.topic)) list.push(s);
    }
    subs.set(occ.factor, list);
  }
  return [...byFactor.values()].map((o) => ({
    factor: o.factor,
    status: o.status,
    source: { file: path, line: o.line },
    text: o.text,
    subClaims: subs.get(o.factor) ?? [],
  }));
}
