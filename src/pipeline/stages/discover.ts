import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/schema';
import { detectApps } from '../../evidence/repo/apps';
import { isInside, realPathOf } from '../../util/workspace-path';

/** One deployable app, shaped for a workflow matrix (`id` is safe in artifact and job names). */
export interface DiscoveredApp {
  id: string;
  /** Repository-relative folder, forward slashes, `.` for the root. */
  path: string;
  /** Why it counts as an app. */
  sources: ('dockerfile' | 'procfile' | 'config')[];
  ecosystems: string[];
  processTypes: string[];
}

export const MAX_APPS = 64;

/**
 * Deployable apps in a monorepo: folders holding a Dockerfile or a Procfile
 * (as the scanner's `detectApps` finds them, which leaves out tests, examples
 * and vendored code), plus the folders config `apps` lists.
 */
export function discoverApps(repoRoot: string, config: Config): DiscoveredApp[] {
  const root = path.resolve(repoRoot);
  const found = new Map<string, Omit<DiscoveredApp, 'id'>>();
  for (const app of detectApps(root)) {
    const sources: DiscoveredApp['sources'] = [];
    if (app.kind === 'container') sources.push('dockerfile');
    if (app.kind === 'procfile' || existsSync(path.join(root, app.path, 'Procfile'))) sources.push('procfile');
    if (sources.length === 0) continue;
    found.set(app.path, { path: app.path, sources, ecosystems: app.ecosystems, processTypes: app.processTypes });
  }
  for (const p of config.apps) {
    const rel = path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
    const abs = path.resolve(root, rel);
    // Config can only point inside the repository (after links are followed), at a folder that exists.
    if (!isInside(realPathOf(abs), realPathOf(root))) continue;
    if (!existsSync(abs) || !statSync(abs).isDirectory()) continue;
    const key = path.relative(root, abs).split(path.sep).join('/') || '.';
    const known = found.get(key);
    if (known) known.sources.push('config');
    else found.set(key, { path: key, sources: ['config'], ecosystems: [], processTypes: [] });
  }
  const ids = new Set<string>();
  return [...found.values()]
    .sort((a, b) => (a.path === '.' ? -1 : b.path === '.' ? 1 : a.path.localeCompare(b.path)))
    .slice(0, MAX_APPS)
    .map((a) => ({ id: uniqueId(appId(a.path), ids), ...a, sources: [...new Set(a.sources)].sort() }));
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
