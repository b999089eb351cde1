import { closeSync, constants, openSync, readSync } from 'node:fs';

/**
 * Bounded file reads, shared by the snapshot and the content-scan workers
 * (so this module stays free of anything a worker need not load).
 */
export const MAX_READ_BYTES = 1024 * 1024;
/** Characters at the start of a file searched for a NUL, which marks it binary. */
const BINARY_PROBE_CHARS = 8192;
const BINARY_EXTENSIONS = new Set(
  'png jpg jpeg gif bmp ico webp avif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class so dylib dll exe o a lib bin woff woff2 ttf otf eot mp3 mp4 mov avi webm ogg wav flac pyc pyo whl egg db sqlite sqlite3 lockb wasm node'.split(' '),
);

/** What reading a file found; `size` is the exact byte size when the whole file was read. */
export type ReadOutcome = { kind: 'text'; truncated: boolean; size?: number } | { kind: 'binary' } | { kind: 'failed' };
export type BoundedRead = { kind: 'text'; text: string; truncated: boolean; size?: number } | { kind: 'binary' } | { kind: 'failed' };

/** One buffer per thread for every read: at most MAX_READ_BYTES + 1 bytes, the extra byte telling a longer file apart. */
let readBuffer: Buffer | undefined;

/**
 * Reads at most MAX_READ_BYTES of a file as UTF-8, without a stat: open, read
 * into a reused buffer, close. A NUL among the first 8192 characters marks
 * the file binary (tested on the bytes, so binaries are never decoded).
 */
export function readBounded(abs: string): BoundedRead {
  readBuffer ??= Buffer.allocUnsafe(MAX_READ_BYTES + 1);
  const buf = readBuffer;
  let got = 0;
  try {
    // Never through a link, never blocking on a FIFO: the walk listed a regular file, and that is what is read.
    const fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, got);
        if (n === 0) break;
        got += n;
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    return { kind: 'failed' };
  }
  const truncated = got > MAX_READ_BYTES;
  const end = truncated ? MAX_READ_BYTES : got;
  // A UTF-16 unit decodes from at most 3 bytes, so a NUL before character 8192 lies in the first 3 × 8192 bytes.
  const nul = buf.subarray(0, Math.min(end, 3 * BINARY_PROBE_CHARS)).indexOf(0);
  if (nul >= 0 && (nul < BINARY_PROBE_CHARS || buf.toString('utf8', 0, nul).length < BINARY_PROBE_CHARS)) return { kind: 'binary' };
  const text = buf.toString('utf8', 0, end);
  return truncated ? { kind: 'text', text, truncated } : { kind: 'text', text, truncated, size: got };
}

/** True when the extension alone marks the file binary: it is never read. */
export function hasBinaryExtension(file: string): boolean {
  return BINARY_EXTENSIONS.has(file.slice(file.lastIndexOf('.') + 1).toLowerCase());
}
