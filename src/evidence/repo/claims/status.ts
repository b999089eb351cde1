import type { ClaimStatus } from '../../../model/report';

/** Status marks as they appear in claim documents. Decorative emoji (🚀, 📦, 🏗️) are not status. */
const MARKS: [string, ClaimStatus][] = [
  ['✅', 'claimed'],
  ['✔', 'claimed'],
  ['☑', 'claimed'],
  ['✓', 'claimed'],
  ['🟢', 'claimed'],
  ['💚', 'claimed'],
  ['🔄', 'in-progress'],
  ['🚧', 'in-progress'],
  ['🟡', 'in-progress'],
  ['🟠', 'in-progress'],
  ['🔶', 'in-progress'],
  ['⚠', 'in-progress'],
  ['🔨', 'in-progress'],
  ['⏳', 'planned'],
  ['⌛', 'planned'],
  ['🔜', 'planned'],
  ['🗓', 'planned'],
  ['📅', 'planned'],
  ['⬜', 'planned'],
  ['🔲', 'planned'],
  ['☐', 'planned'],
  ['❌', 'not-claimed'],
  ['✗', 'not-claimed'],
  ['✘', 'not-claimed'],
  ['✖', 'not-claimed'],
  ['❎', 'not-claimed'],
  ['🔴', 'not-claimed'],
  ['⛔', 'not-claimed'],
  ['🚫', 'not-claimed'],
];

const CHECKBOX = /\[([ xX])\]/;

/** The first status mark (emoji or task-list box) in the text. */
export function markStatus(text: string): ClaimStatus | undefined {
  let best: { at: number; status: ClaimStatus } | undefined;
  for (const [mark, status] of MARKS) {
    const at = text.indexOf(mark);
    if (at >= 0 && (!best || at < best.at)) best = { at, status };
  }
  const box = CHECKBOX.exec(text);
  if (box && (!best || box.index < best.at)) best = { at: box.index, status: box[1] === ' ' ? 'planned' : 'claimed' };
  return best?.status;
}

/** Phrases, longest first within a status so "not implemented" is read before "implemented". */
const PHRASES: [string, ClaimStatus, 'strong' | 'weak'][] = (
  [
    ['not yet implemented', 'planned', 'strong'],
    ['to be implemented', 'planned', 'strong'],
    ['not started', 'planned', 'strong'],
    ['not yet', 'planned', 'strong'],
    ['coming soon', 'planned', 'strong'],
    ['pending', 'planned', 'strong'],
    ['planned', 'planned', 'strong'],
    ['planning', 'planned', 'weak'],
    ['todo', 'planned', 'strong'],
    ['to do', 'planned', 'strong'],
    ['future', 'planned', 'weak'],
    ['backlog', 'planned', 'strong'],
    ['upcoming', 'planned', 'strong'],
    ['roadmap', 'planned', 'weak'],
    ['scheduled', 'planned', 'weak'],
    ['next', 'planned', 'weak'],
    ['non compliant', 'not-claimed', 'strong'],
    ['noncompliant', 'not-claimed', 'strong'],
    ['not compliant', 'not-claimed', 'strong'],
    ['not implemented', 'not-claimed', 'strong'],
    ['not supported', 'not-claimed', 'strong'],
    ['not applicable', 'not-claimed', 'strong'],
    ['not met', 'not-claimed', 'strong'],
    ['n a', 'not-claimed', 'weak'],
    ['missing', 'not-claimed', 'weak'],
    ['violation', 'not-claimed', 'weak'],
    ['violated', 'not-claimed', 'weak'],
    ['failing', 'not-claimed', 'weak'],
    ['failed', 'not-claimed', 'weak'],
    ['fail', 'not-claimed', 'weak'],
    ['none', 'not-claimed', 'weak'],
    ['weak', 'not-claimed', 'weak'],
    ['no', 'not-claimed', 'weak'],
    ['work in progress', 'in-progress', 'strong'],
    ['partially compliant', 'in-progress', 'strong'],
    ['partially implemented', 'in-progress', 'strong'],
    ['partially', 'in-progress', 'strong'],
    ['partial', 'in-progress', 'strong'],
    ['in progress', 'in-progress', 'strong'],
    ['wip', 'in-progress', 'strong'],
    ['ongoing', 'in-progress', 'strong'],
    ['underway', 'in-progress', 'strong'],
    ['started', 'in-progress', 'weak'],
    ['needs work', 'in-progress', 'weak'],
    ['needs improvement', 'in-progress', 'weak'],
    ['fully compliant', 'claimed', 'strong'],
    ['mostly compliant', 'claimed', 'strong'],
    ['compliant', 'claimed', 'strong'],
    ['completed', 'claimed', 'strong'],
    ['complete', 'claimed', 'strong'],
    ['done', 'claimed', 'strong'],
    ['implemented', 'claimed', 'strong'],
    ['achieved', 'claimed', 'strong'],
    ['fulfilled', 'claimed', 'strong'],
    ['in place', 'claimed', 'weak'],
    ['satisfied', 'claimed', 'weak'],
    ['supported', 'claimed', 'weak'],
    ['verified', 'claimed', 'weak'],
    ['full', 'claimed', 'weak'],
    ['fully', 'claimed', 'weak'],
    ['yes', 'claimed', 'weak'],
    ['pass', 'claimed', 'weak'],
    ['passed', 'claimed', 'weak'],
    ['passing', 'claimed', 'weak'],
    ['met', 'claimed', 'weak'],
    ['strong', 'claimed', 'weak'],
    ['good', 'claimed', 'weak'],
    ['ready', 'claimed', 'weak'],
  ] as [string, ClaimStatus, 'strong' | 'weak'][]
).sort((a, b) => b[0].length - a[0].length);

function normalise(text: string): string {
  return ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
}

/**
 * Status words. `field`: after "Status:", the start counts. `cell`: a table cell
 * that is the status word (short words must be the whole cell). `inline`: in
 * brackets, bold or capitals within an item, only unambiguous words.
 */
export function wordStatus(text: string, mode: 'field' | 'cell' | 'inline'): ClaimStatus | undefined {
  const n = normalise(text.length > 200 ? text.slice(0, 200) : text);
  if (n.trim() === '') return undefined;
  for (const [phrase, status, strength] of PHRASES) {
    if (mode === 'inline' && strength === 'weak') continue;
    const p = ` ${phrase} `;
    if (mode === 'cell' && strength === 'weak') {
      if (n === p) return status;
    } else if (n.startsWith(p)) {
      return status;
    }
  }
  return undefined;
}

const FILLER = /\b(?:factors?|features?|items?|twelve|12|the|app|apps|status|overview|summary|list|so far|already|currently|yet to|still|with|of)\b/g;

/** Headings and labels that group factors by status: "✅ Implemented", "In Progress", "Planned (3)". */
export function groupStatus(label: string): ClaimStatus | undefined {
  const n = normalise(label).replace(FILLER, ' ').replace(/\b\d+\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (n === '' || n.split(' ').length > 4) return undefined;
  const groups: [RegExp, ClaimStatus][] = [
    [/^(?:non compliant|not compliant|not implemented|not supported|not applicable|missing|gaps?|violations?|failing|not met)$/, 'not-claimed'],
    [/^(?:planned|pending|todo|to do|not started|roadmap|future(?: work| improvements| plans)?|next steps?|upcoming|backlog|coming soon|to be implemented|remaining|not yet implemented|planned improvements)$/, 'planned'],
    [/^(?:in progress|work in progress|wip|partial(?:ly)?(?: compliant| implemented| compliance)?|ongoing|underway|being implemented|under development|started)$/, 'in-progress'],
    [/^(?:implemented|completed?|done|compliant|fully compliant|full compliance|achieved|supported|in place|met|satisfied|what s (?:done|implemented)|fulfilled)$/, 'claimed'],
  ];
  for (const [re, status] of groups) if (re.test(n)) return status;
  return undefined;
}

/** "**Status**: ✅ COMPLETED", "- Status: in progress", "Compliance: ⏳ pending". */
// Bounded runs of markup around the label keep the match linear on long lines of spaces.
const STATUS_FIELD = /^[\s*_+-]{0,12}(?:current |implementation |compliance )?(?:status|state|compliance|progress)[\s*_]{0,8}[:：][\s*_]{0,8}(.*)$/i;

export function fieldStatus(line: string): ClaimStatus | undefined {
  if (line.length > 2000) return undefined;
  const m = STATUS_FIELD.exec(line);
  if (!m) return undefined;
  const rest = m[1] ?? '';
  return markStatus(rest) ?? wordStatus(rest, 'field');
}

/** Status stated inside an item's own line: a mark, or an unambiguous word in brackets, bold or capitals. */
export function inlineStatus(text: string): ClaimStatus | undefined {
  const mark = markStatus(text);
  if (mark) return mark;
  const segments: string[] = [];
  for (const re of [/\[([^\]\n]{1,60})\]/g, /\(([^)\n]{1,60})\)/g, /\*\*([^*\n]{1,60})\*\*/g, /\b([A-Z][A-Z -]{2,40}[A-Z])\b/g]) {
    for (const m of text.matchAll(re)) segments.push(m[1]!);
  }
  const dash = /\s[-–—|]\s+([^-–—|]{1,40})$/.exec(text);
  if (dash) segments.push(dash[1]!);
  for (const s of segments) {
    const st = wordStatus(s, 'inline');
    if (st) return st;
  }
  return undefined;
}

/**
 * A plan or work in progress stated in a sentence rather than a status word: "will be added",
 * "is pending", "still in progress", "not yet". "Pending requests are drained" is not one: the
 * word must stand as the sentence's status (after "is", "still", at the end, or leading).
 */
const PLAN_SENTENCE: [RegExp, ClaimStatus][] = [
  [/\b(?:is|are|still|currently|work)\s+in[\s-]+progress\b|\bin[\s-]+progress\s*(?:[.)!;]|$)|^\W{0,6}in[\s-]+progress\s*(?:[:.)!;,—–-]|$)|\bwork[\s-]+in[\s-]+progress\b|\bwip\b/i, 'in-progress'],
  [
    /\bwill\s+(?:be\s+)?(?:implemented|added|introduced|migrated|moved|set\s+up|supported|enabled|created|built|written|done|addressed|completed|replaced|extracted|split|containeri[sz]ed|dockeri[sz]ed|implement|add|introduce|migrate|move|support|enable|create|build|write|complete|replace|switch|adopt|use)\b|\b(?:is|are|still|currently)\s+pending\b|\bpending\s*(?:[.)!;]|$)|^\W{0,6}pending\s*(?:[:.)!;,—–-]|$)|\bnot\s+yet\b|\bto\s+be\s+(?:implemented|added|done|introduced|decided)\b|\bcoming\s+soon\b|\b(?:is|are)\s+planned\b|\bplanned\s+for\b|\bon\s+the\s+roadmap\b/i,
    'planned',
  ],
  // Capitals only: a "todo app" is not a plan.
  [/\bTODO\b|\bTBD\b/, 'planned'],
];

export function sentenceStatus(text: string): ClaimStatus | undefined {
  const t = text.length > 1000 ? text.slice(0, 1000) : text;
  for (const [re, status] of PLAN_SENTENCE) if (re.test(t)) return status;
  return undefined;
}

/** Sentences that say what ought to be ("the codebase should be tracked"), as a guide or the methodology does, not what this app does. */
const NORMATIVE = /\b(?:should|must|ought\s+to|needs?\s+to|has\s+to|have\s+to|(?:is|are)\s+expected\s+to|it\s+is\s+recommended|shall)\b/i;

export function isNormative(text: string): boolean {
  return NORMATIVE.test(text.length > 1000 ? text.slice(0, 1000) : text);
}
