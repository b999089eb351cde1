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
}

/**
 * Reduces `docker diff` to the files the app wrote: parent directories that
 * only changed because a child did are dropped, temp dirs are counted apart,
 * and paths that look like log files are listed on their own.
 */
export function classifyDiff(changes: FsChange[], limit = 200): FsClassification {
  const paths = changes.filter((c) => c.kind !== 'deleted').map((c) => c.path);
  const set = new Set(paths);
  const leaves = paths.filter((p) => !paths.some((q) => q !== p && q.startsWith(`${p}/`)));
  let tempWrites = 0;
  const written: string[] = [];
  const logFiles: string[] = [];
  for (const p of leaves.sort()) {
    if (TEMP_PREFIXES.some((t) => p.startsWith(t) || `${p}/` === t)) {
      tempWrites++;
      continue;
    }
    if (RUNTIME_NOISE.some((r) => r.test(p))) continue;
    if (LOG_FILE.test(p)) logFiles.push(p);
    else written.push(p);
  }
  void set;
  return { written: written.slice(0, limit), logFiles: logFiles.slice(0, limit), tempWrites };
}
