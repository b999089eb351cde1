/**
 * Cuts UTF-8 text to at most `limit` bytes on a character boundary, ending
 * with a notice naming where the rest is. GitHub counts the step summary's
 * limit in bytes: a report of CJK or emoji text cut by characters would
 * still be over it.
 */
export function cutToBytes(text: string, limit: number, rest: string): string {
  if (Buffer.byteLength(text, 'utf8') <= limit) return text;
  const notice = `\n\n…truncated; see ${rest}\n`;
  const bytes = Buffer.from(text, 'utf8').subarray(0, Math.max(0, limit - Buffer.byteLength(notice, 'utf8')));
  // A cut inside a multi-byte character decodes to U+FFFD at the end: drop it.
  return `${bytes.toString('utf8').replace(/\uFFFD$/, '')}${notice}`;
}
