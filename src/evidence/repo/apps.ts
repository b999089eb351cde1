import type { App } from '../../model/report';
import { parseManifest } from './parsers/manifests';
import { parseProcfile } from './parsers/procfile';
import type { AppModel } from './app-model';
import { dockerfileOwner, isDockerfileName } from './app/discover';
import { composeFiles, ecosystems, procfile, startCommands } from './artifacts';
import { isNonRuntimePath } from './paths';
import { dirOf, scanRepository, type Snapshot } from './snapshot';
import { defaultConfig } from '../../config/schema';

const APP_MANIFESTS = new Set(['package.json', 'pyproject.toml', 'requirements.txt', 'Pipfile', 'go.mod', 'Gemfile', 'Cargo.toml', 'composer.json', 'pom.xml', 'build.gradle', 'build.gradle.kts']);
const ECOSYSTEM_OF_MANIFEST: Record<string, string> = {
  'package.json': 'node', 'pyproject.toml': 'python', 'requirements.txt': 'python', Pipfile: 'python', 'go.mod': 'go', Gemfile: 'ruby', 'Cargo.toml': 'rust',
  'composer.json': 'php', 'pom.xml': 'jvm', 'build.gradle': 'jvm', 'build.gradle.kts': 'jvm',
};

interface Candidate {
  dir: string;
  dockerfile: boolean;
  procfile: boolean;
  manifests: string[];
}

/**
 * Deployable apps in the repository: every folder with a Dockerfile or a
 * Procfile, and manifest folders that are not nested inside another app nor a
 * workspace root. Tests, examples and vendored folders are not apps, except
 * the audited path itself, which is always listed. Reused by `discover`.
 */
export function detectApps(repoRoot: string, snapshot?: Snapshot, app?: AppModel): App[] {
  if (!snapshot) return findApps(scanRepository(repoRoot, '.'), false);
  const snap = app ? snapshot.at(app.root) : snapshot;
  // The audit asks twice (the codebase check and the report): the answer depends on the snapshot alone.
  let apps = APPS.get(snap);
  if (!apps) {
    apps = findApps(snap, true, app);
    APPS.set(snap, apps);
  }
  return apps.map((a) => ({ ...a, ecosystems: [...a.ecosystems], processTypes: [...a.processTypes] }));
}

const APPS = new WeakMap<Snapshot, App[]>();

function findApps(snap: Snapshot, given: boolean, model?: AppModel): App[] {
  const audited = snap.appPath;
  const byDir = new Map<string, Candidate>();
  const at = (dir: string) => {
    let c = byDir.get(dir);
    if (!c) {
      c = { dir, dockerfile: false, procfile: false, manifests: [] };
      byDir.set(dir, c);
    }
    return c;
  };
  const excludedDir = new Map<string, boolean>();
  let dir = '.';
  let excluded = false;
  for (const f of snap.files) {
    // The walk lists a folder's files together: the folder is worked out again only when it changes.
    const p = f.path;
    const slash = p.lastIndexOf('/');
    if (!(slash < 0 ? dir === '.' : slash === dir.length && p.startsWith(dir))) {
      dir = dirOf(p);
      let known = excludedDir.get(dir);
      if (known === undefined) {
        known = dir !== audited && dir !== '.' && isNonRuntimePath(`${dir}/x`);
        excludedDir.set(dir, known);
      }
      excluded = known;
    }
    if (excluded) continue;
    const name = p.slice(slash + 1);
    if (isDockerfileName(name)) {
      // Packaging variants and a Dockerfile kept in deploy/ or docker/ build the app around them; a
      // devcontainer or a database seed image is not an app at all.
      const owner = model?.dockerfile?.file === p ? audited : dockerfileOwner(snap, p);
      if (owner === undefined) continue;
      at(owner).dockerfile = true;
    }
    else if (name === 'Procfile') at(dir).procfile = true;
    else if (APP_MANIFESTS.has(name)) at(dir).manifests.push(name);
  }
  const isWorkspaceRoot = (c: Candidate) =>
    c.manifests.some((name) => {
      const file = c.dir === '.' ? name : `${c.dir}/${name}`;
      const text = snap.read(file);
      return text !== undefined && (parseManifest(name, text, file)?.workspaceRoot ?? false);
    }) ||
    snap.has(c.dir === '.' ? 'go.work' : `${c.dir}/go.work`) ||
    snap.has(c.dir === '.' ? 'settings.gradle' : `${c.dir}/settings.gradle`) ||
    snap.has(c.dir === '.' ? 'settings.gradle.kts' : `${c.dir}/settings.gradle.kts`) ||
    snap.has(c.dir === '.' ? 'pnpm-workspace.yaml' : `${c.dir}/pnpm-workspace.yaml`);

  const dirs = [...byDir.values()].sort((a, b) => a.dir.split('/').length - b.dir.split('/').length || a.dir.localeCompare(b.dir));
  const apps: Candidate[] = [];
  const within = (dir: string, parent: string) => parent === '.' || dir.startsWith(`${parent}/`);
  for (const c of dirs) {
    const deployable = c.dockerfile || c.procfile;
    if (!deployable && c.manifests.length === 0) continue;
    if (!deployable && c.dir !== audited) {
      if (apps.some((a) => within(c.dir, a.dir) && !isWorkspaceRoot(a))) continue;
      if (isWorkspaceRoot(c) && dirs.some((o) => o !== c && within(o.dir, c.dir) && (o.manifests.length > 0 || o.dockerfile))) continue;
    }
    apps.push(c);
  }
  // Drop workspace roots that only aggregate other apps.
  const final = apps.filter((a) => a.dockerfile || a.procfile || a.dir === audited || !(isWorkspaceRoot(a) && apps.some((o) => o !== a && within(o.dir, a.dir))));
  if (!final.some((a) => a.dir === audited)) final.push({ dir: audited, dockerfile: false, procfile: false, manifests: [] });

  return final
    .sort((a, b) => a.dir.localeCompare(b.dir))
    .map((a) => {
      const isAudited = a.dir === audited;
      const eco = isAudited && given ? ecosystems(snap) : [...new Set(a.manifests.map((m) => ECOSYSTEM_OF_MANIFEST[m]!))].sort();
      return {
        path: a.dir,
        kind: a.dockerfile ? 'container' : a.procfile ? 'procfile' : a.manifests.length > 0 ? 'package' : 'unknown',
        ecosystems: eco,
        processTypes: isAudited && given ? processTypesOf(snap, model) : processTypesAt(snap, a),
        audited: isAudited,
      };
    });
}

function processTypesAt(snap: Snapshot, a: Candidate): string[] {
  if (a.procfile) {
    const file = a.dir === '.' ? 'Procfile' : `${a.dir}/Procfile`;
    const text = snap.read(file);
    if (text !== undefined) return parseProcfile(text, file).processes.map((p) => p.name);
  }
  return a.dockerfile ? ['web'] : [];
}

/** Process types of the audited app: Procfile entries, compose services built from it, or the image's single command. */
export function processTypesOf(snapshot: Snapshot, model?: AppModel): string[] {
  const types = new Set<string>();
  if (model) {
    for (const p of model.procfile?.processes ?? []) if (p.name !== 'release') types.add(p.name);
    for (const s of model.composeProcessTypes) types.add(s.name);
    if (types.size === 0 && model.start.server) types.add(model.kind === 'web' ? 'web' : model.kind);
    return [...types].sort();
  }
  for (const p of procfile(snapshot)?.processes ?? []) types.add(p.name);
  for (const c of composeFiles(snapshot)) for (const s of c.services) if (s.build !== undefined) types.add(s.name);
  if (types.size === 0 && startCommands(snapshot, defaultConfig()).some((c) => c.origin.startsWith('Dockerfile'))) types.add('web');
  return [...types].sort();
}
