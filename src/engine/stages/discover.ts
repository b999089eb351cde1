import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/schema';

/** One deployable app, shaped for a workflow matrix (`id` is safe in artifact and job names). */
export interface DiscoveredApp {
  id: string;
  /** Repository-relative folder, forward slashes, `.` for the root. */
  path: string;
  /** Why it counts as an app. */
  sources: ('dockerfile' | 'procfile' | 'config')[];
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.twelve-factor', 'vendor', 'dist', 'build', 'target', '.venv', 'venv', '__pycache__']);
const MAX_DEPTH = 6;
const MAX_DIRS = 20_000;
export const MAX_APPS = 64;

/**
 * Deployable apps in a monorepo: folders holding a Dockerfile or a Procfile,
 * plus the folders config `apps` lists. The walk is bounded in depth and
 * folder count; a repository past either limit lists what was found.
 */
export function discoverApps(repoRoot: string, config: Config): DiscoveredApp[] {
  const root = path.resolve(repoRoot);
  const found = new Map<string, Set<DiscoveredApp['sources'][number]>>();
  const add = (rel: string, source: DiscoveredApp['sources'][number]) => {
    const key = rel === '' ? '.' : rel;
    found.set(key, (found.get(key) ?? new Set()).add(source));
  };
  let visited = 0;
  const walk = (dir: string, depth: number) => {
    if (depth > MAX_DEPTH || visited++ > MAX_DIRS) return;
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    const rel = path.relative(root, dir).split(path.sep).join('/');
    for (const e of entries) {
      if (e.isFile() && e.name === 'Dockerfile') add(rel, 'dockerfile');
      if (e.isFile() && e.name === 'Procfile') add(rel, 'procfile');
    }
    for (const e of entries) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) walk(path.join(dir, e.name), depth + 1);
    }
  };
  walk(root, 0);
  for (const p of config.apps) {
    const rel = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    const abs = path.resolve(root, rel);
    // Config can only point inside the repository, at a folder that exists.
    if (abs !== root && !abs.startsWith(root + path.sep)) continue;
    if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
    add(rel === './' ? '.' : rel, 'config');
  }
  const ids = new Set<string>();
  return [...found.entries()]
    .sort(([a], [b]) => (a === '.' ? -1 : b === '.' ? 1 : a.localeCompare(b)))
    .slice(0, MAX_APPS)
    .map(([p, sources]) => ({ id: uniqueId(appId(p), ids), path: p, sources: [...sources].sort() }));
}

/** `apps/api` → `apps-api`; the root is `root`. Safe for artifact names, job names and comment keys. */
export function appId(appPath: string): string {
  if (appPath === '.' || appPath === '') return 'root';
  const id = appPath
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return id || 'app';
}

function uniqueId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}
