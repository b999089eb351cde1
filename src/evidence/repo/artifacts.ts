import type { Config } from '../../config/schema';
import { type ComposeFile, parseCompose } from './parsers/compose';
import { commandText, type Dockerfile, finalStage, lastInStage, parseDockerfile } from './parsers/dockerfile';
import { type Dotenv, parseDotenv } from './parsers/dotenv';
import { type Ecosystem, isManifestName, LOCKFILE_NAMES, type Manifest, parseManifest, validateLockfile } from './parsers/manifests';
import { type Procfile, parseProcfile } from './parsers/procfile';
import type { SecretHit } from './secrets/scan';
import { type ContentScan, scanContent } from './content';
import { isNonRuntimePath, languageOf } from './paths';
import type { SignalIndex } from './source-signals';
import { baseName, dirOf, joinPath, relativeTo, type Snapshot } from './snapshot';

/**
 * Parsed artifacts of a snapshot, computed on first use and kept for the
 * snapshot's lifetime (a WeakMap, so they go with it). Parse problems are
 * added to the snapshot's diagnostics once.
 */
const memo = new WeakMap<Snapshot, Map<string, unknown>>();
function once<T>(snapshot: Snapshot, key: string, compute: () => T): T {
  let m = memo.get(snapshot);
  if (!m) {
    m = new Map();
    memo.set(snapshot, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\.[\w.-]+)?$|^[\w.-]+\.(?:Dockerfile|dockerfile)$/;
export const isDockerfileName = (name: string): boolean => DOCKERFILE_NAME.test(name);
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;

/** The audited app's Dockerfile (config `dockerfile`, relative to the audited path). */
export function mainDockerfile(snapshot: Snapshot, config: Config): Dockerfile | undefined {
  return once(snapshot, `dockerfile:${config.dockerfile}`, () => {
    let file = joinPath(snapshot.appPath, config.dockerfile);
    if (!snapshot.has(file) && config.dockerfile === 'Dockerfile' && snapshot.has(joinPath(snapshot.appPath, 'Containerfile'))) file = joinPath(snapshot.appPath, 'Containerfile');
    const text = snapshot.read(file);
    if (text === undefined) return undefined;
    const df = parseDockerfile(text, file);
    snapshot.diagnostics.push(...df.diagnostics);
    return df;
  });
}

/** Every Dockerfile-like file in the audited app, outside tests and examples. */
export function appDockerfiles(snapshot: Snapshot): string[] {
  return once(snapshot, 'dockerfiles', () =>
    snapshot.appFiles.filter((f) => isDockerfileName(baseName(f.path)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath))).map((f) => f.path),
  );
}

export function procfile(snapshot: Snapshot): Procfile | undefined {
  return once(snapshot, 'procfile', () => {
    const file = joinPath(snapshot.appPath, 'Procfile');
    const text = snapshot.read(file);
    if (text === undefined) return undefined;
    const p = parseProcfile(text, file);
    snapshot.diagnostics.push(...p.diagnostics);
    return p;
  });
}

/** Compose files at the audited path or the repository root. */
export function composeFiles(snapshot: Snapshot): ComposeFile[] {
  return once(snapshot, 'compose', () => {
    const dirs = snapshot.appPath === '.' ? ['.'] : [snapshot.appPath, '.'];
    const out: ComposeFile[] = [];
    for (const d of dirs) {
      for (const f of snapshot.files) {
        if (dirOf(f.path) !== d || !COMPOSE_NAME.test(baseName(f.path))) continue;
        const text = snapshot.read(f.path);
        if (text === undefined) continue;
        const c = parseCompose(text, f.path);
        snapshot.diagnostics.push(...c.diagnostics);
        out.push(c);
      }
    }
    return out;
  });
}

/** Committed dotenv files in the audited app. */
export function dotenvFiles(snapshot: Snapshot): Dotenv[] {
  return once(snapshot, 'dotenv', () =>
    snapshot.appFiles
      .filter((f) => /^\.env(?:\.[\w.-]+)?$|\.env$/.test(baseName(f.path)))
      .flatMap((f) => {
        const text = snapshot.read(f.path);
        if (text === undefined) return [];
        const d = parseDotenv(text, f.path);
        snapshot.diagnostics.push(...d.diagnostics);
        return [d];
      }),
  );
}

/** Manifests of the audited app: at its root, and in nested folders that are not tests, examples or vendored code. */
export function manifests(snapshot: Snapshot): Manifest[] {
  return once(snapshot, 'manifests', () => {
    const out: Manifest[] = [];
    for (const f of snapshot.appFiles) {
      const name = baseName(f.path);
      if (!isManifestName(name)) continue;
      const rel = relativeTo(f.path, snapshot.appPath);
      if (rel !== name && isNonRuntimePath(rel)) continue;
      // requirements files named per environment (requirements/dev.txt) are read too, but only the canonical name here.
      const text = snapshot.read(f.path);
      if (text === undefined) continue;
      const m = parseManifest(name, text, f.path);
      if (!m) continue;
      snapshot.diagnostics.push(...m.diagnostics);
      out.push(m);
    }
    return out;
  });
}

/** The lockfile that locks a manifest, when one exists beside it (or at a workspace root above it). */
export function lockfileFor(snapshot: Snapshot, m: Manifest): string | undefined {
  return once(snapshot, `lock:${m.file}`, () => {
    for (let dir = dirOf(m.file); ; dir = dirOf(dir)) {
      for (const l of m.lockfiles) {
        const p = joinPath(dir, l);
        if (snapshot.has(p)) {
          const text = snapshot.read(p);
          if (text !== undefined) snapshot.diagnostics.push(...validateLockfile(l, text, p));
          return p;
        }
      }
      // Gradle before 7 wrote one lockfile per configuration under gradle/dependency-locks/.
      if (m.tool === 'gradle') {
        const locks = joinPath(dir, 'gradle/dependency-locks');
        const lock = snapshot.hasDir(locks) ? snapshot.appFiles.find((f) => dirOf(f.path) === locks && f.path.endsWith('.lockfile')) : undefined;
        if (lock) return lock.path;
      }
      // Only JS and Rust and uv workspaces, and Elixir umbrellas, lock nested packages at the root.
      if (dir === '.' || !['node', 'rust', 'python', 'elixir'].includes(m.ecosystem)) return undefined;
    }
  });
}

export function hasLockfileNamed(snapshot: Snapshot, name: string): boolean {
  return LOCKFILE_NAMES.has(name) && snapshot.appFiles.some((f) => baseName(f.path) === name);
}

/** Secrets and source signals come from one pass over the app's files (see content.ts). */
function content(snapshot: Snapshot): ContentScan {
  return once(snapshot, 'content', () => scanContent(snapshot));
}

export function signals(snapshot: Snapshot): SignalIndex {
  return content(snapshot).signals;
}

/** Secrets in every text file of the audited app (lockfiles excluded: integrity hashes are not secrets). */
export function secrets(snapshot: Snapshot): SecretHit[] {
  return content(snapshot).secrets;
}

const ECOSYSTEM_OF_LANG: Record<string, Ecosystem> = { js: 'node', py: 'python', go: 'go', jvm: 'jvm', ruby: 'ruby', php: 'php', rust: 'rust', cs: 'dotnet', elixir: 'elixir' };

/** Ecosystems of the audited app: from manifests, and from runtime source files. */
export function ecosystems(snapshot: Snapshot): Ecosystem[] {
  return once(snapshot, 'ecosystems', () => {
    const set = new Set<Ecosystem>(manifests(snapshot).map((m) => m.ecosystem));
    for (const lang of signals(snapshot).sourceFiles.keys()) {
      const e = ECOSYSTEM_OF_LANG[lang];
      if (e) set.add(e);
    }
    return [...set].sort();
  });
}

export interface StartCommand {
  /** Where it is declared: "Dockerfile CMD", "Procfile web", "compose app", "package.json start", "entrypoint script". */
  origin: string;
  file: string;
  line: number;
  text: string;
}

/** Every command that starts a long-running process of the app. */
export function startCommands(snapshot: Snapshot, config: Config): StartCommand[] {
  return once(snapshot, `start:${config.dockerfile}`, () => {
    const out: StartCommand[] = [];
    const df = mainDockerfile(snapshot, config);
    const stage = df ? finalStage(df, config.build.target) : undefined;
    if (df && stage) {
      for (const kw of ['ENTRYPOINT', 'CMD']) {
        const instr = lastInStage(df, stage, kw);
        if (!instr) continue;
        out.push({ origin: `Dockerfile ${kw}`, file: df.file, line: instr.line, text: commandText(instr) });
        // An entrypoint script in the repository runs at every start: read it too.
        for (const word of (instr.exec ?? instr.body.split(/\s+/)).slice(0, 3)) {
          const m = /^(?:\.\/|\/app\/|\/usr\/src\/app\/|\/srv\/|\/usr\/local\/bin\/)?([\w./-]+\.sh)$/.exec(word);
          if (!m) continue;
          const candidates = [joinPath(snapshot.appPath, m[1]!), ...snapshot.appFiles.filter((f) => f.path.endsWith(`/${baseName(m[1]!)}`)).map((f) => f.path)];
          const script = candidates.find((c) => snapshot.has(c));
          const text = script ? snapshot.read(script) : undefined;
          if (script && text !== undefined) {
            text.split('\n').forEach((l, i) => {
              if (l.trim() && !l.trim().startsWith('#')) out.push({ origin: 'entrypoint script', file: script, line: i + 1, text: l.trim() });
            });
          }
        }
      }
    }
    for (const p of procfile(snapshot)?.processes ?? []) {
      if (p.name === 'release') continue;
      out.push({ origin: `Procfile ${p.name}`, file: joinPath(snapshot.appPath, 'Procfile'), line: p.line, text: p.command });
    }
    for (const c of composeFiles(snapshot)) {
      for (const s of c.services) {
        if (s.build === undefined) continue;
        if (s.command) out.push({ origin: `compose ${s.name}`, file: c.file, line: s.line, text: s.command });
        if (s.entrypoint) out.push({ origin: `compose ${s.name}`, file: c.file, line: s.line, text: s.entrypoint });
      }
    }
    const rootPkg = manifests(snapshot).find((m) => m.file === joinPath(snapshot.appPath, 'package.json'));
    const start = rootPkg?.scripts.find((s) => s.name === 'start');
    if (rootPkg && start) out.push({ origin: 'package.json start', file: rootPkg.file, line: start.line, text: start.command });
    return out;
  });
}

/** Shell scripts of the app (not tests or examples), for daemonising and supervisor signals. */
export function appScripts(snapshot: Snapshot): string[] {
  return snapshot.appFiles
    .filter((f) => languageOf(f.path) === 'shell' && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)))
    .map((f) => f.path);
}
