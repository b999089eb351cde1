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

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeBytes(bytes: number[]): string | undefined {
  try {
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

function decodeRun(run: string, table: Map<number, number>): string | undefined {
  const bytes: number[] = [];
  const holes: number[] = [];
  for (const ch of run) {
    const cp = ch.codePointAt(0)!;
    if (cp === 0xfffd) {
      holes.push(bytes.length);
      bytes.push(0);
    } else {
      const b = table.get(cp);
      if (b === undefined) return undefined;
      bytes.push(b);
    }
  }
  if (holes.length === 0) return decodeBytes(bytes);
  if (holes.length > 2) return undefined;
  // Try the undefined cp1252 bytes in each hole (at most 25 attempts). Several may decode;
  // a status mark is the likeliest thing a claim document wrote there.
  let first: string | undefined;
  for (const a of LOST_BYTES) {
    for (const b of holes.length === 2 ? LOST_BYTES : [0]) {
      bytes[holes[0]!] = a;
      if (holes.length === 2) bytes[holes[1]!] = b;
      const out = decodeBytes(bytes);
      if (out === undefined) continue;
      if ([...out].some((ch) => LIKELY.has(ch))) return out;
      first ??= out;
    }
  }
  return first;
}

/** Splits a run of candidate characters into UTF-8 sequences by lead byte and repairs the ones that decode. */
function repairRun(run: string, table: Map<number, number>, dropsEmojiLead: boolean): string {
  const chars = [...run];
  let out = '';
  let i = 0;
  while (i < chars.length) {
    const lead = chars[i] === '\ufffd' ? undefined : table.get(chars[i]!.codePointAt(0)!);
    const len = lead === undefined ? 0 : lead >= 0xf0 && lead <= 0xf4 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc2 && lead <= 0xdf ? 2 : 0;
    if (len > 0 && i + len <= chars.length) {
      const decoded = decodeRun(chars.slice(i, i + len).join(''), table);
      if (decoded !== undefined) {
        out += decoded;
        i += len;
        continue;
      }
    }
    // Mac Roman renders the 0xF0 lead of most emoji as a private-use glyph that editors drop.
    if (lead === 0x9f && dropsEmojiLead && i + 3 <= chars.length) {
      const decoded = decodeRun(`\uf8ff${chars.slice(i, i + 3).join('')}`, table);
      if (decoded !== undefined) {
        out += decoded;
        i += 3;
        continue;
      }
    }
    out += chars[i];
    i++;
  }
  return out;
}

function repairWith(text: string, table: Map<number, number>, dropsEmojiLead = false): string {
  let out = '';
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0x80 && (table.has(cp) || cp === 0xfffd)) {
      run += ch;
    } else {
      if (run) out += repairRun(run, table, dropsEmojiLead);
      run = '';
      out += ch;
    }
  }
  if (run) out += repairRun(run, table, dropsEmojiLead);
  return out;
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
