import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/report';

/**
 * A read-only view of the audited path. Checks never touch the filesystem
 * themselves: they ask the snapshot, which bounds sizes and skips binaries.
 *
 * NOTE: minimal first version (walk + bounded reads); the static-checks work
 * grows it with ignore semantics and parsed artifacts.
 */
export interface SnapshotFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  size: number;
}

export interface Snapshot {
  /** Absolute repository root. */
  repoRoot: string;
  /** The audited path, relative to the repository root ('.' for the root). */
  appPath: string;
  files: SnapshotFile[];
  /** Text of a file (repository-relative path), undefined when absent, binary or unreadable. */
  read(file: string): string | undefined;
  has(file: string): boolean;
  diagnostics: Diagnostic[];
}

const MAX_READ = 1024 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.twelve-factor']);

export function scanRepository(repoRoot: string, appPath = '.'): Snapshot {
  const root = path.resolve(repoRoot);
  const files: SnapshotFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      const rel = path.relative(root, abs).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(abs);
      } else if (entry.isFile()) {
        files.push({ path: rel, size: statSync(abs).size });
      }
    }
  };
  walk(path.join(root, appPath));
  const known = new Set(files.map((f) => f.path));
  return {
    repoRoot: root,
    appPath: appPath.replace(/\/+$/, '') || '.',
    files,
    has: (f) => known.has(f),
    read(f) {
      if (!known.has(f)) return undefined;
      const buf = readFileSync(path.join(root, f)).subarray(0, MAX_READ);
      if (buf.includes(0)) return undefined;
      return buf.toString('utf8');
    },
    diagnostics,
  };
}
