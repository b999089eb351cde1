import { MAX_DIFF_ENTRIES } from '../../model/runtime';
import type { FsChange } from './docker';

/** Where writes are expected and disposable. */
const TEMP_PREFIXES = ['/tmp/', '/var/tmp/', '/dev/', '/run/', '/var/run/', '/proc/', '/sys/'];
/** Written by the engine or by language runtimes on their own; not the app keeping state. */
const RUNTIME_NOISE = [/^\/etc\/(hosts|hostname|resolv\.conf|mtab)$/, /\/__pycache__(\/|$)/, /\.pyc$/, /^\/root\/\.(npm|cache|config\/go)(\/|$)/, /^\/home\/[^/]+\/\.(npm|cache)(\/|$)/];
const LOG_FILE = /(\.log(\.\d+)?|\.out|\.err)$|\/logs?\/[^/]+$/i;


export interface FsClassification {
  written: string[];
  directories: string[];
  logFiles: string[];
  tempWrites: number;
  /** Paths added or changed in the diff, all of them, including those past the cap. */
  total: number;
  /** More than MAX_DIFF_ENTRIES paths were written: only the first ones were classified. */
  capped: boolean;
}

const isTemp = (p: string) => TEMP_PREFIXES.some((t) => p.startsWith(t) || `${p}/` === t);
const isNoise = (p: string) => RUNTIME_NOISE.some((r) => r.test(p));

/** `paths` without those that only changed because something under them did, sorted. Linear in the number of paths (one set of parent directories) plus the sort. */
function leavesOfPaths(paths: string[]): string[] {
  // Every proper ancestor of a changed path: a path in this set only changed because something under it did.
  const parents = new Set<string>();
  for (const p of paths) {
    for (let i = p.lastIndexOf('/'); i > 0; i = p.lastIndexOf('/', i - 1)) {
      const dir = p.slice(0, i);
      if (parents.has(dir)) break;
      parents.add(dir);
    }
  }
  return paths.filter((p) => !parents.has(p)).sort();
}

/** Added or changed paths with no added or changed path below them, sorted: each a file or an empty directory. */
export function leavesOf(changes: FsChange[]): string[] {
  return leavesOfPaths(changes.filter((c) => c.kind !== 'deleted').map((c) => c.path));
}

/** The leaves a person would call the app's writes: outside temp dirs, not written by the engine or a runtime. */
export function appLeavesOf(changes: FsChange[]): string[] {
  return leavesOf(changes).filter((p) => !isTemp(p) && !isNoise(p));
}

/**
 * Reduces `docker diff` to what the app wrote: parent directories that only
 * changed because a child did are dropped, temp dirs are counted apart,
 * leaves known to be directories (`directories`: created empty at start,
 * like nginx's temp dirs or an upload folder nothing was uploaded to) are
 * listed apart from files, and files that look like logs on their own.
 * Linear in the diff's size plus a sort of what is kept; past
 * MAX_DIFF_ENTRIES entries the rest are counted, not classified.
 */
export function classifyDiff(changes: FsChange[], directories: ReadonlySet<string> = new Set(), limit = 200): FsClassification {
  const paths: string[] = [];
  for (const c of changes) if (c.kind !== 'deleted') paths.push(c.path);
  const total = paths.length;
  const capped = total > MAX_DIFF_ENTRIES;
  const kept = capped ? paths.slice(0, MAX_DIFF_ENTRIES) : paths;
  let tempWrites = 0;
  const written: string[] = [];
  const dirs: string[] = [];
  const logFiles: string[] = [];
  for (const p of leavesOfPaths(kept)) {
    if (isTemp(p)) {
      tempWrites++;
      continue;
    }
    if (isNoise(p)) continue;
    if (directories.has(p)) dirs.push(p);
    else if (LOG_FILE.test(p)) logFiles.push(p);
    else written.push(p);
  }
  return { written: written.slice(0, limit), directories: dirs.slice(0, limit), logFiles: logFiles.slice(0, limit), tempWrites, total, capped };
}
