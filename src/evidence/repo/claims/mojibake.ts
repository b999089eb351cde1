/**
 * Repairs emoji and punctuation that arrived as mojibake: UTF-8 bytes read
 * through a single-byte code page and saved again as UTF-8 ("âœ…" for ✅).
 *
 * Windows-1252, ISO-8859-1 and Windows-1254 (Turkish, "ğŸ”„" for 🔄) agree
 * on which byte each of their characters stands for, so one reverse table
 * serves all three. Mac Roman ("‚úÖ") maps the same characters to other
 * bytes and gets its own pass, only when its signature is present, because
 * ordinary accented text can look like valid Mac Roman mojibake.
 *
 * A run of candidate characters is replaced only when its bytes decode as
 * strict UTF-8, so genuine Latin-1 or Turkish text stays untouched.
 */

/** [code point, byte] for the characters cp1252 puts in 0x80–0x9F. */
const CP1252_SPECIALS: [number, number][] = [
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87],
  [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91],
  [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98],
  [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
];
/** Windows-1254 differs from 1252 in six letters; their code points do not collide with Latin-1's. */
const CP1254_LETTERS: [number, number][] = [[0x011e, 0xd0], [0x0130, 0xdd], [0x015e, 0xde], [0x011f, 0xf0], [0x0131, 0xfd], [0x015f, 0xfe]];

const WESTERN = new Map<number, number>();
for (let b = 0x80; b <= 0xff; b++) WESTERN.set(b, b); // Latin-1 and the C1 controls cp1252 leaves undefined
for (const [cp, b] of CP1252_SPECIALS) WESTERN.set(cp, b);
for (const [cp, b] of CP1254_LETTERS) WESTERN.set(cp, b);

const MAC_ROMAN_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ';
const MAC_ROMAN = new Map<number, number>();
for (let i = 0; i < MAC_ROMAN_HIGH.length; i++) MAC_ROMAN.set(MAC_ROMAN_HIGH.codePointAt(i)!, 0x80 + i);

const LIKELY = new Set(['✅', '❌', '⏳', '⭐', '🔄', '🔍', '🚧', '⚠', '🔴', '🟡', '🟢', '📋', '🎯', '🚀']);

/** Bytes cp1252 leaves undefined; a decoder that met them often wrote U+FFFD instead. */
const LOST_BYTES = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

const WESTERN_SIGNATURE =
  /[âðÃÂÅ][\ufffd\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|ğŸ|Ã[\u0080-\u00bf]/;
const MAC_SIGNATURE = /‚[úùÄö]|ü[îìèöòéíõôú§ò]|‚è[≥∞]/;

/** Leftovers where a byte was dropped entirely; only the status marks matter enough to list. */
const DROPPED_BYTE_FORMS: [string, string][] = [
  ['âŒ', '❌'],
  ['â³', '⏳'],
  ['â­', '⭐'],
  ['âš ï¸', '⚠️'],
  ['âš\u00a0ï¸', '⚠️'],
];

/** The code point of one well-formed UTF-8 sequence (RFC 3629: no overlongs, surrogates or values past U+10FFFF). */
function codePointOf(b: readonly number[]): number | undefined {
  const x = b[0]!;
  const n = b.length - 1;
  let lo = 0x80;
  let hi = 0xbf;
  let cp: number;
  if (n === 1 && x >= 0xc2 && x <= 0xdf) cp = x & 0x1f;
  else if (n === 2 && x >= 0xe0 && x <= 0xef) {
    cp = x & 0x0f;
    if (x === 0xe0) lo = 0xa0;
    if (x === 0xed) hi = 0x9f;
  } else if (n === 3 && x >= 0xf0 && x <= 0xf4) {
    cp = x & 0x07;
    if (x === 0xf0) lo = 0x90;
    if (x === 0xf4) hi = 0x8f;
  } else return undefined;
  for (let k = 1; k <= n; k++) {
    const c = b[k]!;
    if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return undefined;
    cp = (cp << 6) | (c & 0x3f);
  }
  return cp;
}

function sequenceLength(lead: number): number {
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  return 0;
}

/** Decodes the code points cps[at..at+len) as one UTF-8 sequence through the table, filling lost bytes. */
function decodeSequence(cps: readonly number[], at: number, len: number, table: Map<number, number>, prefix?: number): string | undefined {
  const bytes: number[] = prefix === undefined ? [] : [prefix];
  const holes: number[] = [];
  for (let k = at; k < at + len; k++) {
    const cp = cps[k]!;
    if (cp === 0xfffd) {
      holes.push(bytes.length);
      bytes.push(0);
      continue;
    }
    const b = table.get(cp);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  if (holes.length === 0) {
    const cp = codePointOf(bytes);
    return cp === undefined ? undefined : String.fromCodePoint(cp);
  }
  if (holes.length > 2) return undefined;
  // Try the undefined cp1252 bytes in each hole (at most 25 attempts). Several may decode;
  // a status mark is the likeliest thing a claim document wrote there.
  let first: string | undefined;
  for (const a of LOST_BYTES) {
    for (const b of holes.length === 2 ? LOST_BYTES : [0]) {
      bytes[holes[0]!] = a;
      if (holes.length === 2) bytes[holes[1]!] = b;
      const cp = codePointOf(bytes);
      if (cp === undefined) continue;
      const ch = String.fromCodePoint(cp);
      if (LIKELY.has(ch)) return ch;
      first ??= ch;
    }
  }
  return first;
}

function repairWith(text: string, table: Map<number, number>, dropsEmojiLead = false): string {
  const cps = Array.from(text, (ch) => ch.codePointAt(0)!);
  const out: string[] = [];
  let i = 0;
  while (i < cps.length) {
    const cp = cps[i]!;
    const lead = cp >= 0x80 ? table.get(cp) : undefined;
    if (lead !== undefined) {
      const len = sequenceLength(lead);
      const decoded = len > 0 && i + len <= cps.length ? decodeSequence(cps, i, len, table) : undefined;
      if (decoded !== undefined) {
        out.push(decoded);
        i += len;
        continue;
      }
      // Mac Roman renders the 0xF0 lead of most emoji as a private-use glyph that editors drop.
      if (dropsEmojiLead && lead === 0x9f && i + 3 <= cps.length) {
        const emoji = decodeSequence(cps, i, 3, table, 0xf0);
        if (emoji !== undefined) {
          out.push(emoji);
          i += 3;
          continue;
        }
      }
    }
    out.push(String.fromCodePoint(cp));
    i++;
  }
  return out.join('');
}

export interface RepairResult {
  text: string;
  repaired: boolean;
}

export function repairMojibake(text: string): RepairResult {
  let out = text;
  if (WESTERN_SIGNATURE.test(out)) out = repairWith(out, WESTERN);
  if (MAC_SIGNATURE.test(out)) out = repairWith(out, MAC_ROMAN, true);
  for (const [bad, good] of DROPPED_BYTE_FORMS) {
    if (out.includes(bad)) out = out.split(bad).join(good);
  }
  return { text: out, repaired: out !== text };
}
