import { MAX_DIFF_ENTRIES } from '../../model/runtime';
import type { FsChange } from './docker';

/** Where writes are expected and disposable. */
const TEMP_PREFIXES = ['/tmp/', '/var/tmp/', '/dev/', '/run/', '/var/run/', '/proc/', '/sys/'];
/** Written by the engine or by language runtimes on their own; not the app keeping state. */
const RUNTIME_NOISE = [/^\/etc\/(hosts|hostname|resolv\.conf|mtab)$/, /\/__pycache__(\/|$)/, /\.pyc$/, /^\/root\/\.(npm|cache|config\/go)(\/|$)/, /^\/home\/[^/]+\/\.(npm|cache)(\/|$)/];
const LOG_FILE = /(\.log(\.\d+)?|\.out|\.err)$|\/logs?\/[^/]+$/i;


export interface FsClassification {
  written: string[];
  logFiles: string[];
  tempWrites: number;
  /** Paths added or changed in the diff, all of them, including those past the cap. */
  total: number;
  /** More than MAX_DIFF_ENTRIES paths were written: only the first ones were classified. */
  capped: boolean;
}

/**
 * Reduces `docker diff` to the files the app wrote: parent directories that
 * only changed because a child did are dropped, temp dirs are counted apart,
 * and paths that look like log files are listed on their own. Linear in the
 * diff's size (one set of parent directories) plus a sort of what is kept;
 * past MAX_DIFF_ENTRIES entries the rest are counted, not classified.
 */
export function classifyDiff(changes: FsChange[], limit = 200): FsClassification {
  const paths: string[] = [];
  for (const c of changes) if (c.kind !== 'deleted') paths.push(c.path);
  const total = paths.length;
  const capped = total > MAX_DIFF_ENTRIES;
  const kept = capped ? paths.slice(0, MAX_DIFF_ENTRIES) : paths;
  // Every proper ancestor of a changed path: a path in this set only changed because something under it did.
  const parents = new Set<string>();
  for (const p of kept) {
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
      const dir = p.slice(0, i);
      if (parents.has(dir)) break;
      parents.add(dir);
    }
  }
  let tempWrites = 0;
  const written: string[] = [];
  const logFiles: string[] = [];
  for (const p of kept.filter((q) => !parents.has(q)).sort()) {
    if (TEMP_PREFIXES.some((t) => p.startsWith(t) || `${p}/` === t)) {
      tempWrites++;
      continue;
    }
    if (RUNTIME_NOISE.some((r) => r.test(p))) continue;
    if (LOG_FILE.test(p)) logFiles.push(p);
    else written.push(p);
  }
  return { written: written.slice(0, limit), logFiles: logFiles.slice(0, limit), tempWrites, total, capped };
}
