import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Reads a file from the repository the way every repository read must go:
 * never through a symbolic link (O_NOFOLLOW), never blocking on a FIFO
 * (O_NONBLOCK), only a regular file (fstat of the open descriptor, so nothing
 * is swapped in between), and never more than `maxBytes`. A link to
 * /dev/zero or a 4 GB file is refused at once, not read until memory runs out.
 */
export type RegularFileRead = { kind: 'text'; text: string } | { kind: 'missing' } | { kind: 'refused'; problem: string };

export function readRegularFile(abs: string, maxBytes: number): RegularFileRead {
  let fd: number;
  try {
    fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    if (code === 'ELOOP') return { kind: 'refused', problem: 'is a symbolic link; the auditor reads only regular files of the repository' };
    return { kind: 'refused', problem: `cannot be opened (${code ?? (e as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { kind: 'refused', problem: `is not a regular file (${kindOf(st)}); the auditor reads only regular files of the repository` };
    if (st.size > maxBytes) return { kind: 'refused', problem: `is ${st.size} bytes; the limit is ${maxBytes}` };
    // One byte more than allowed tells a file that grew since fstat apart.
    const buf = Buffer.allocUnsafe(Math.min(st.size, maxBytes) + 1);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    if (got > maxBytes) return { kind: 'refused', problem: `grew past the limit of ${maxBytes} bytes while being read` };
    return { kind: 'text', text: buf.toString('utf8', 0, got) };
  } catch (e) {
    return { kind: 'refused', problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}
