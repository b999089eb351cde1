import path from 'node:path';
import type { Config } from '../../../config/schema';
import { type ComposeFile, type ComposeService, parseCompose } from '../parsers/compose';
import { type Dockerfile, type DockerStage, parseDockerfile } from '../parsers/dockerfile';
import { isNonRuntimePath, languageOf } from '../paths';
import { baseName, dirOf, isUnder, joinPath, normaliseAppPath, type Snapshot } from '../snapshot';

/**
 * Finds the audited app the way `docker compose build` or a CI build would:
 * its folder, its Dockerfile (any case, compose `build.dockerfile`, a
 * `deploy/` or `docker/` folder, a `docker build -f` in a script) and its
 * build context. When the repository root is not an app and exactly one app
 * lives below it, that app is audited and the report says so.
 */
export interface AppLocation {
  root: string;
  dockerfile?: string;
  context: string;
  /** How the app was found, for the report. */
  found: string;
  /** When the root holds no app and several live below it: their folders, each an app of its own (a monorepo). */
  monorepo?: string[];
}

const DOCKERFILE = /^(?:dockerfile|containerfile)(?:\.[\w.-]+)?$|^[\w.-]+\.(?:dockerfile|containerfile)$/i;
export const isDockerfileName = (name: string): boolean => DOCKERFILE.test(name);
const COMPOSE = /^(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
/** Folders that hold an app's packaging, not another app. */
export const PACKAGING_DIRS = /^(?:deploy|deployment|docker|\.docker|dockerfiles?|build|ci|packaging|dist|containers?|infra|ops)(?:\/|$)/i;
const APP_MANIFESTS = new Set(['package.json', 'pyproject.toml', 'requirements.txt', 'Pipfile', 'go.mod', 'Gemfile', 'Cargo.toml', 'composer.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'mix.exs']);
/** Images whose Dockerfile seeds or configures a data store: not an app of the repository. */
/** Stock servers and monitoring images that a repository configures rather than builds an app into. */
const STOCK_SERVER_BASE = /^(?:[\w.-]+\/)*(?:nginx|nginxinc\/nginx-unprivileged|caddy|httpd|haproxy|traefik|envoy|varnish|prometheus|alertmanager|grafana|loki|promtail|fluentd|fluent-bit|logstash|opentelemetry-collector(?:-contrib)?|otel\/opentelemetry-collector(?:-contrib)?|jaeger|squid)(?::|@|$)/;
/** Files that configure a server rather than make up an app. */
const CONFIG_FILE = /\.(?:conf|cfg|ini|ya?ml|toml|json|tmpl|template|rules|crt|pem|key|htpasswd|vcl|lua)$|^(?:Caddyfile|nginx\.conf|htpasswd|mime\.types)$/;
const DATA_STORE_BASE = /^(?:[\w.-]+\/)*(?:postgres|postgis|mysql|mariadb|mongo|redis|valkey|elasticsearch|opensearch|rabbitmq|memcached|cassandra|clickhouse|minio|localstack|nginx-proxy|traefik|envoyproxy\/envoy)(?::|@|$)/;

/** Compose files at the repository root (and the audited folder), parsed once. */
export function rootComposeFiles(snapshot: Snapshot, dirs: string[]): ComposeFile[] {
  const out: ComposeFile[] = [];
  for (const d of dirs) {
    for (const f of snapshot.files) {
      if (dirOf(f.path) !== d || !COMPOSE.test(baseName(f.path))) continue;
      const text = snapshot.read(f.path);
      if (text === undefined) continue;
      const c = parseCompose(text, f.path);
      snapshot.diagnostics.push(...c.diagnostics);
      out.push(c);
    }
  }
  return out;
}

/** A compose build's context and Dockerfile, repository-relative. */
export function composeBuild(c: ComposeFile, s: ComposeService): { context: string; dockerfile: string } | undefined {
  if (s.build === undefined) return undefined;
  const context = normaliseAppPath(path.posix.join(dirOf(c.file), s.build));
  const dockerfile = normaliseAppPath(path.posix.join(context, s.dockerfile ?? 'Dockerfile'));
  return { context, dockerfile };
}

/** `docker build [-f file] context` in scripts, Makefiles and CI files: where a Dockerfile's context is. */
function scriptedContexts(snapshot: Snapshot): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of snapshot.files) {
    const name = baseName(f.path);
    if (!(/\.(?:sh|bash|ya?ml)$/.test(name) || name === 'Makefile' || name === 'Justfile') || f.size > 256 * 1024) continue;
    if (/\.ya?ml$/.test(name) && !f.path.startsWith('.github/') && name !== '.gitlab-ci.yml') continue;
    const text = snapshot.read(f.path);
    if (!text?.includes('docker')) continue;
    for (const [k, v] of scriptedContextsOf(text)) out.set(k.toLowerCase(), v);
  }
  return out;
}

/** `docker build -f F CTX` in one file: Dockerfile → context (and `CTX/` → CTX when no -f). */
function scriptedContextsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/\bdocker\s+(?:buildx\s+)?build\b([^\n&|;]*)/g)) {
    const words = m[1]!.trim().split(/\s+/);
    let file: string | undefined;
    let ctx: string | undefined;
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      if (w === '-f' || w === '--file') file = words[++k];
      else if (w.startsWith('--file=')) file = w.slice(7);
      else if (/^-(?:t|-tag|-build-arg|-target|-platform|-label|-cache-from|-secret|-network)$/.test(w)) k++;
      else if (!w.startsWith('-') && !w.startsWith('$')) ctx = w;
    }
    if (!ctx) continue;
    const context = normaliseAppPath(ctx);
    const df = normaliseAppPath(file ?? joinPath(context, 'Dockerfile'));
    out.set(df, context);
    if (!file) out.set(`${context}/`, context);
  }
  return out;
}

/**
 * Builds a CI workflow publishes: docker/build-push-action steps with
 * `push: true` and `docker build` in a workflow that also runs `docker push`.
 * Values with expressions are left out (they name nothing we can read).
 */
export function publishedBuilds(snapshot: Snapshot): Array<{ dockerfile: string; context: string; file: string; line: number }> {
  const out: Array<{ dockerfile: string; context: string; file: string; line: number }> = [];
  for (const f of snapshot.files) {
    if (!/^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml)$/.test(f.path) || f.size > 256 * 1024) continue;
    const text = snapshot.read(f.path);
    if (!text || !/docker\/build-push-action|\bdocker\s+push\b/.test(text)) continue;
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      if (!/uses:\s*["']?docker\/build-push-action@/.test(l)) return;
      const indent = /^\s*(?:-\s*)?/.exec(l)![0].length;
      let context = '.';
      let file: string | undefined;
      let push = false;
      for (let k = i + 1; k < lines.length; k++) {
        const line = lines[k]!;
        if (line.trim() === '' || line.trim().startsWith('#')) continue;
        const lead = /^\s*/.exec(line)![0].length;
        if (lead < indent || (lead === indent - 2 && /^\s*-/.test(line)) || /^\s*-\s*(?:name|uses|run):/.test(line)) break;
        const kv = /^\s*(context|file|push):\s*["']?([^"'#\s]+)/.exec(line);
        if (!kv) continue;
        if (kv[1] === 'push') push = kv[2] === 'true';
        else if (kv[2]!.includes('${{')) continue;
        else if (kv[1] === 'context') context = kv[2]!;
        else file = kv[2];
      }
      if (!push) return;
      const ctx = normaliseAppPath(context);
      out.push({ dockerfile: normaliseAppPath(file ?? joinPath(ctx, 'Dockerfile')), context: ctx, file: f.path, line: i + 1 });
    });
    if (!/\bdocker\s+push\b/.test(text)) continue;
    const scripted = scriptedContextsOf(text);
    for (const [df, context] of scripted) if (!df.endsWith('/')) out.push({ dockerfile: df, context, file: f.path, line: 0 });
  }
  return out.filter((x) => snapshot.has(x.dockerfile));
}

function dockerfilesIn(snapshot: Snapshot, dir: string): string[] {
  return snapshot.files.filter((f) => dirOf(f.path) === dir && isDockerfileName(baseName(f.path))).map((f) => f.path);
}

/** The canonical Dockerfile of a folder: the configured name, any case, then the plain name, then a variant. */
function pickDockerfile(candidates: string[], wanted: string): string | undefined {
  const lower = (p: string) => baseName(p).toLowerCase();
  return (
    candidates.find((c) => baseName(c) === wanted) ??
    candidates.find((c) => lower(c) === wanted.toLowerCase()) ??
    candidates.find((c) => ['dockerfile', 'containerfile'].includes(lower(c))) ??
    [...candidates].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))[0]
  );
}

/** Variants named for production or the JVM come before ones for development. */
function rank(file: string): number {
  const n = baseName(file).toLowerCase();
  if (/dev|local|test|debug/.test(n)) return 3;
  if (/prod|release|jvm|app/.test(n)) return 0;
  return 1;
}

/** Whether a folder holds an app of its own: a build definition (when `dockerfiles` counts), a Procfile, a manifest or runtime source at its top. */
function holdsApp(snapshot: Snapshot, dir: string, dockerfiles = true): boolean {
  return snapshot.files.some((f) => {
    if (dirOf(f.path) !== dir) return false;
    const name = baseName(f.path);
    if ((dockerfiles && isDockerfileName(name)) || name === 'Procfile' || APP_MANIFESTS.has(name) || /\.(?:csproj|fsproj)$/.test(name)) return true;
    const lang = languageOf(name);
    return lang !== undefined && lang !== 'config' && lang !== 'shell';
  });
}

/** Whether a Dockerfile builds a data store's image (a seed or config layer), not an app. */
export function isDataStoreImage(snapshot: Snapshot, file: string): boolean {
  const df = parsedDockerfile(snapshot, file);
  const last = df?.stages[df.stages.length - 1];
  return last !== undefined && !last.from.fromStage && DATA_STORE_BASE.test(last.from.image);
}

/**
 * Whether a Dockerfile only configures a stock server or monitoring image
 * (nginx plus its nginx.conf, Prometheus plus prometheus.yml): the app's
 * reverse proxy or a sidecar, not an app. One that copies a built app out of
 * an earlier stage, or any source, is an app (a static site served by nginx).
 */
export function isConfigOnlyImage(snapshot: Snapshot, file: string): boolean {
  const df = parsedDockerfile(snapshot, file);
  const last = df?.stages[df.stages.length - 1];
  if (!df || !last || last.from.fromStage || !STOCK_SERVER_BASE.test(last.from.image)) return false;
  const copies = last.instructions.filter((i) => i.keyword === 'COPY' || i.keyword === 'ADD');
  if (copies.some((i) => i.flags.from !== undefined)) return false;
  // The context is the Dockerfile's folder or, for a compose build from the root, the root.
  const contexts = [dirOf(file), '.'];
  return copySources(df, last).every((src) =>
    contexts.some((ctx) => {
      const at = joinPath(ctx, src);
      if (snapshot.has(at)) return CONFIG_FILE.test(baseName(at));
      const under = snapshot.files.filter((f) => isUnder(f.path, at));
      return under.length > 0 && under.every((f) => CONFIG_FILE.test(baseName(f.path)));
    }),
  );
}

/** A Dockerfile that builds no app of the repository: a data store's seed layer or a configured stock server. */
export function isNotAnApp(snapshot: Snapshot, file: string): boolean {
  return file.startsWith('.devcontainer/') || file.includes('/.devcontainer/') || isDataStoreImage(snapshot, file) || isConfigOnlyImage(snapshot, file);
}

/**
 * The app folder a Dockerfile builds, or undefined when it builds none. A
 * Dockerfile in a packaging folder (deploy/, docker/, dockerfiles/) or in a
 * folder that holds nothing but build files builds the nearest folder above
 * it where its COPY sources live (LinkAce keeps its Dockerfiles in
 * resources/docker/dockerfiles and builds the repository root).
 */
export function dockerfileOwner(snapshot: Snapshot, file: string): string | undefined {
  if (isNotAnApp(snapshot, file)) return undefined;
  const dir = dirOf(file);
  if (holdsApp(snapshot, dir, false)) return dir;
  const df = parsedDockerfile(snapshot, file);
  // Every stage's sources: a release Dockerfile often copies the code in a builder stage only.
  const sources = df ? copySources(df, undefined).filter((src) => !src.includes('*')) : [];
  const chain: string[] = [];
  for (let d = dir; ; d = dirOf(d)) {
    chain.push(d);
    if (d === '.') break;
  }
  if (sources.length > 0) {
    const score = (ctx: string) => sources.filter((src) => snapshot.has(joinPath(ctx, src)) || snapshot.hasDir(joinPath(ctx, src))).length;
    let best = dir;
    let bestScore = score(dir);
    for (const d of chain.slice(1)) {
      const sc = score(d);
      if (sc > bestScore) {
        best = d;
        bestScore = sc;
      }
    }
    if (bestScore > 0) return best;
  }
  // Copying nothing from the context (a dev image that gets its code from a mount): it belongs with a sibling that does.
  const sibling = dockerfilesIn(snapshot, dir).find((f) => f !== file && !isNotAnApp(snapshot, f) && (() => {
    const other = parsedDockerfile(snapshot, f);
    return other !== undefined && copySources(other, undefined).length > 0;
  })());
  if (sibling && sources.length === 0) return dockerfileOwner(snapshot, sibling);
  let owner = dir;
  while (owner !== '.' && PACKAGING_DIRS.test(baseName(owner))) owner = dirOf(owner);
  return owner;
}

const parsedMemo = new WeakMap<Snapshot, Map<string, Dockerfile | undefined>>();
function parsedDockerfile(snapshot: Snapshot, file: string): Dockerfile | undefined {
  let m = parsedMemo.get(snapshot);
  if (!m) {
    m = new Map();
    parsedMemo.set(snapshot, m);
  }
  if (m.has(file)) return m.get(file);
  const text = snapshot.read(file);
  const df = text ? parseDockerfile(text, file) : undefined;
  m.set(file, df);
  return df;
}

/** The context-relative sources of a stage's COPY and ADD (not from another stage, not URLs or heredocs). */
function copySources(df: Dockerfile, stage: DockerStage | undefined): string[] {
  const instructions = stage ? stage.instructions : df.instructions;
  return instructions
    .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from)
    .flatMap((i) => (i.exec ?? i.body.trim().split(/\s+/)).slice(0, -1))
    .map((src) => src.replace(/^["']|["']$/g, '').replace(/^\.\//, '').replace(/\/+$/, ''))
    .filter((src) => src && src !== '.' && !src.includes('$') && !src.startsWith('<<') && !/^https?:/.test(src));
}

/** The context a Dockerfile builds with when nothing names it: its folder, or the repository root when its COPY sources live there. */
function inferContext(snapshot: Snapshot, dockerfile: string, fallback: string): string {
  const text = snapshot.read(dockerfile);
  const dir = dirOf(dockerfile);
  if (!text) return dir;
  const df = parseDockerfile(text, dockerfile);
  const sources = df.instructions
    .filter((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from)
    .flatMap((i) => i.body.trim().replace(/^\[|\]$/g, '').split(/[\s,]+/).slice(0, -1).map((s) => s.replace(/^["']|["']$/g, '').replace(/^\.\//, '').replace(/\/+$/, '')))
    .filter((s) => s && s !== '.' && !s.includes('*') && !s.includes('$') && !s.startsWith('<<'));
  if (sources.length === 0) return dir === '.' || !PACKAGING_DIRS.test(dir) ? dir : fallback;
  const existsUnder = (ctx: string) => sources.filter((s) => snapshot.has(joinPath(ctx, s)) || snapshot.hasDir(joinPath(ctx, s))).length;
  const inDir = existsUnder(dir);
  const inFallback = existsUnder(fallback);
  // Sources that exist in neither (build output such as target/) say nothing: a packaging folder builds the app around it.
  if (inFallback === inDir) return PACKAGING_DIRS.test(baseName(dir)) ? fallback : dir;
  return inFallback > inDir ? fallback : dir;
}

export function locateApp(snapshot: Snapshot, config: Config): AppLocation {
  const configured = normaliseAppPath(config.path);
  const scripted = scriptedContexts(snapshot);
  const composes = rootComposeFiles(snapshot, configured === '.' ? ['.'] : [configured, '.']);
  const composeBuilt = composes.flatMap((c) => c.services.flatMap((s) => {
    const b = composeBuild(c, s);
    return b && snapshot.has(b.dockerfile) ? [{ c, s, ...b }] : b ? [{ c, s, ...b, dockerfile: pickDockerfile(dockerfilesIn(snapshot, b.context), baseName(b.dockerfile)) ?? b.dockerfile }] : [];
  })).filter((x) => snapshot.has(x.dockerfile) && !isNotAnApp(snapshot, x.dockerfile));

  const at = (root: string, found: string): AppLocation => {
    const explicitDf = config.dockerfile !== 'Dockerfile' ? normaliseAppPath(joinPath(root, config.dockerfile)) : undefined;
    const explicitCtx = config.context !== '.' ? normaliseAppPath(joinPath(root, config.context)) : undefined;
    if (explicitDf) return { root, dockerfile: snapshot.has(explicitDf) ? explicitDf : undefined, context: explicitCtx ?? inferContext(snapshot, explicitDf, root), found };
    // The image CI builds and pushes is the release; a compose file's build is usually the dev image.
    const pub = publishedBuilds(snapshot).find((x) => x.context === root || dirOf(x.dockerfile) === root || (root !== '.' && isUnder(x.dockerfile, root)));
    if (pub) return { root, dockerfile: pub.dockerfile, context: explicitCtx ?? pub.context, found };
    // A compose service that builds from this folder names its Dockerfile and context.
    const svc = composeBuilt.find((x) => x.context === root || dirOf(x.dockerfile) === root || (root !== '.' && isUnder(x.dockerfile, root)));
    if (svc) return { root, dockerfile: svc.dockerfile, context: explicitCtx ?? svc.context, found };
    const own = pickDockerfile(dockerfilesIn(snapshot, root), config.dockerfile);
    if (own) return { root, dockerfile: own, context: explicitCtx ?? scripted.get(own.toLowerCase()) ?? root, found };
    // The app's Dockerfile kept in a packaging folder (deploy/Dockerfile.jvm, docker/Dockerfile).
    const packaged = snapshot.files
      .filter((f) => isUnder(f.path, root) && f.path !== root && isDockerfileName(baseName(f.path)))
      .filter((f) => PACKAGING_DIRS.test(root === '.' ? f.path : f.path.slice(root.length + 1)))
      .filter((f) => !isNotAnApp(snapshot, f.path))
      .map((f) => f.path);
    const pick = pickDockerfile(packaged, config.dockerfile);
    if (pick) return { root, dockerfile: pick, context: explicitCtx ?? scripted.get(pick.toLowerCase()) ?? inferContext(snapshot, pick, root), found };
    return { root, context: explicitCtx ?? root, found };
  };

  if (configured !== '.') return at(configured, `the configured path "${configured}"`);
  if (holdsApp(snapshot, '.')) return at('.', 'the repository root');

  // The root holds no app of its own: look for the one app below it.
  const apps = discoverAppFolders(snapshot, composeBuilt.map((x) => ({ dockerfile: x.dockerfile, context: x.context, name: x.s.name, file: x.c.file })));
  if (apps.length === 1) {
    const only = apps[0]!;
    const loc = at(only.root, only.why);
    if (only.dockerfile && !loc.dockerfile) return { ...loc, dockerfile: only.dockerfile, context: only.context ?? loc.context };
    return loc;
  }
  if (apps.length > 1) return { ...at('.', `the repository root, which holds ${apps.length} apps: ${apps.map((a) => a.root).slice(0, 5).join(', ')}`), monorepo: apps.map((a) => a.root).sort() };
  return at('.', 'the repository root');
}

interface FoundApp {
  root: string;
  why: string;
  dockerfile?: string;
  context?: string;
}

/**
 * App folders below the root: compose-built services first, then folders
 * with a Dockerfile (packaging variants of one app and data-store images
 * left out), then folders with a Procfile or an app manifest.
 */
export function discoverAppFolders(snapshot: Snapshot, composeBuilt: Array<{ dockerfile: string; context: string; name: string; file: string }>): FoundApp[] {
  const apps = new Map<string, FoundApp>();
  for (const x of composeBuilt) {
    const root = PACKAGING_DIRS.test(baseName(dirOf(x.dockerfile))) ? x.context : dirOf(x.dockerfile);
    if (!apps.has(root)) apps.set(root, { root, why: `compose service ${x.name} (${x.file})`, dockerfile: x.dockerfile, context: x.context });
  }
  const excluded = (p: string) => isNonRuntimePath(p) || p.startsWith('.devcontainer/') || p.startsWith('.github/');
  for (const f of snapshot.files) {
    if (!isDockerfileName(baseName(f.path)) || excluded(f.path)) continue;
    const root = dockerfileOwner(snapshot, f.path);
    if (root === undefined || root === '.' || [...apps.keys()].some((a) => isUnder(root, a) || isUnder(a, root))) continue;
    apps.set(root, { root, why: `the only app, in ${root}`, dockerfile: f.path });
  }
  if (apps.size === 0) {
    for (const f of snapshot.files) {
      const name = baseName(f.path);
      if (!(name === 'Procfile' || APP_MANIFESTS.has(name)) || excluded(f.path)) continue;
      const root = dirOf(f.path);
      if (root === '.' || [...apps.keys()].some((a) => isUnder(root, a) || isUnder(a, root))) continue;
      apps.set(root, { root, why: `the only app, in ${root}` });
    }
  }
  const list = [...apps.values()];
  if (list.length === 1 && list[0]!.why.startsWith('compose')) return list;
  return list.map((a) => (list.length === 1 ? { ...a, why: a.why.startsWith('compose') ? a.why : `the only app, in ${a.root}` } : a));
}
