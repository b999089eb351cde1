import path from 'node:path';
import { type ComposeFile, type ComposeService, parseCompose, serviceKindOfImage } from '../parsers/compose';
import { parseManifest } from '../parsers/manifests';
import { baseName, dirOf, joinPath, normaliseAppPath, type Snapshot } from '../snapshot';

/**
 * Which compose files make up the deploy and the dev stack, as Compose
 * itself would combine them. `docker compose -f a.yml -f b.yml` layers b
 * over a (a prod override inherits the base file's bind mounts); a plain
 * `docker compose up` reads compose.yaml and compose.override.yaml, so the
 * override is development whenever the deploy names its files. The
 * invocations come from package.json scripts, Makefiles, shell scripts and
 * CI workflows; a CI job that deploys with compose makes its files the
 * deploy stack.
 */
export interface At {
  file: string;
  line: number;
}

/** A service as the stack's files define it together. */
export interface StackService {
  name: string;
  /** Where the service is first defined. */
  at: At;
  image?: string;
  imageAt?: At;
  build?: { context: string; dockerfile: string };
  command?: string;
  /** The command's words when it is a list (Compose never runs a string command through a shell either). */
  commandWords?: string[];
  commandAt?: At;
  entrypoint?: string;
  environment: Array<{ name: string; value?: string; at: At }>;
  ports: string[];
  volumes: Array<{ text: string; at: At }>;
  profiles: string[];
  replicas?: { value: string; at: At };
  healthcheck: boolean;
  dependsOn: string[];
}

export interface ComposeStack {
  role: 'deploy' | 'dev';
  files: string[];
  /** Why these files are this stack, for the report. */
  why: string;
  services: StackService[];
}

export interface ComposeStacks {
  deploy?: ComposeStack;
  dev?: ComposeStack;
}

interface Invocation {
  files: string[];
  role: 'deploy' | 'dev' | 'other';
  subcommand: string;
  at: At;
  /** "package.json script docker:prod", "CI workflow .github/workflows/deploy.yml". */
  where: string;
}

const BASE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'];
const COMPOSE_NAME = /^(?:docker-)?compose(?:[.-][\w-]+)*\.ya?ml$/;
const PROD_WORD = /(?:^|[^a-z])(?:prod|production|deploy|release|live|staging)(?:[^a-z]|$)/i;
const DEV_WORD = /(?:^|[^a-z])(?:dev|develop|development|local|override|watch)(?:[^a-z]|$)/i;
const DEPLOY_SUBCOMMANDS = new Set(['up', 'deploy', 'push', 'pull', 'create', 'start', 'build']);
const CI_FILE = /^(?:\.github\/workflows\/[^/]+\.ya?ml|\.gitlab-ci\.yml|\.circleci\/config\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|Jenkinsfile)$/;
const MAX_SCRIPT_BYTES = 256 * 1024;

export function composeStacks(snapshot: Snapshot, dirs: string[], otherDeployDescriptors: boolean): ComposeStacks {
  const parsed = new Map<string, ComposeFile | undefined>();
  const load = (file: string): ComposeFile | undefined => {
    if (!parsed.has(file)) {
      const text = snapshot.read(file);
      parsed.set(file, text === undefined ? undefined : parseCompose(text, file));
    }
    return parsed.get(file);
  };
  const invocations = composeInvocations(snapshot, dirs);
  const defaults = dirs.map((d) => defaultFiles(snapshot, d)).find((f) => f.length > 0) ?? [];
  const stackOf = (role: 'deploy' | 'dev', files: string[], why: string): ComposeStack | undefined => {
    const loaded = files.map(load).filter((c): c is ComposeFile => c !== undefined);
    return loaded.length > 0 ? { role, files: loaded.map((c) => c.file), why, services: merge(loaded) } : undefined;
  };

  let deploy: ComposeStack | undefined;
  const deployCall = invocations.find((i) => i.role === 'deploy' && i.subcommand !== 'build') ?? invocations.find((i) => i.role === 'deploy');
  if (deployCall) deploy = stackOf('deploy', deployCall.files, `${deployCall.where} runs \`docker compose${deployCall.files.map((f) => ` -f ${f}`).join('')} ${deployCall.subcommand}\``);
  if (!deploy) {
    const prod = dirs.flatMap((d) => snapshot.files.filter((f) => dirOf(f.path) === d && COMPOSE_NAME.test(baseName(f.path)) && !BASE_NAMES.includes(baseName(f.path)) && PROD_WORD.test(variantOf(baseName(f.path)))).map((f) => f.path))[0];
    if (prod) {
      const base = defaultFiles(snapshot, dirOf(prod))[0];
      const overrides = base !== undefined && isOverride(load(prod), load(base));
      deploy = stackOf('deploy', overrides ? [base, prod] : [prod], overrides ? `${prod} is layered over ${base} (it only overrides that file's services)` : `${prod} is the deploy descriptor`);
    }
  }
  if (!deploy && !otherDeployDescriptors && defaults.length > 0) deploy = stackOf('deploy', defaults, `no other deploy descriptor: ${defaults.join(' with ')} is how the app is run`);

  let dev: ComposeStack | undefined;
  const devCall = invocations.find((i) => i.role === 'dev' && i.files.join() !== deploy?.files.join());
  if (devCall) dev = stackOf('dev', devCall.files, `${devCall.where} runs \`docker compose${devCall.files.map((f) => ` -f ${f}`).join('')} ${devCall.subcommand}\``);
  if (!dev && defaults.length > 0) {
    const base = defaults[0]!;
    const variant = snapshot.files.find((f) => dirOf(f.path) === dirOf(base) && COMPOSE_NAME.test(baseName(f.path)) && !BASE_NAMES.includes(baseName(f.path)) && !/override/.test(baseName(f.path)) && DEV_WORD.test(variantOf(baseName(f.path))))?.path;
    const files = variant && isOverride(load(variant), load(base)) ? [...defaults, variant] : defaults;
    if (files.join() !== deploy?.files.join()) dev = stackOf('dev', files, `${files.join(' with ')} is the development stack (what a plain \`docker compose up\` reads)`);
    else dev = deploy && { ...deploy, role: 'dev' };
  }
  return { ...(deploy ? { deploy } : {}), ...(dev ? { dev } : {}) };
}

/**
 * The app's service in a stack: built from the app's context and Dockerfile
 * (or, failing that, from another Dockerfile of the same app, such as a
 * dev.Dockerfile beside the release one: `sameApp`), started by default, not
 * a one-off task.
 */
export function appServiceIn(stack: ComposeStack | undefined, app: { root: string; context: string; dockerfile?: string }, sameApp?: (dockerfile: string) => boolean): StackService | undefined {
  if (!stack) return undefined;
  const built = stack.services.filter((s) => s.build && buildsApp(s.build, app));
  let candidates = built.length > 0 || !sameApp ? built : stack.services.filter((s) => s.build && sameApp(s.build.dockerfile));
  if (candidates.length === 0) {
    // A deploy file that runs the published image instead of building it: its one service that is neither a backing service nor a stock server.
    const byImage = stack.services.filter((s) => s.image && !s.build && !serviceKindOfImage(s.image) && !STOCK_SERVER.test(s.image));
    const named = byImage.filter((s) => imageRepo(s.image!) === baseName(app.root === '.' ? '' : app.root) || s.name === baseName(app.root));
    candidates = named.length > 0 ? named : byImage.length === 1 ? byImage : [];
  }
  if (candidates.length <= 1) return candidates[0];
  const started = candidates.filter((s) => s.profiles.length === 0);
  if (started.length > 0) candidates = started;
  const longRunning = candidates.filter((s) => !ONE_OFF.test(`${s.command ?? ''} ${s.name}`));
  if (longRunning.length > 0) candidates = longRunning;
  return candidates.find((s) => s.ports.length > 0) ?? candidates.find((s) => /^(?:web|app|api|server|backend|frontend|site)$/.test(s.name)) ?? candidates[0];
}

/** Services of the stack that run the app's build as another process type (a worker beside the web process). */
export function appProcessTypesIn(stack: ComposeStack | undefined, app: { root: string; context: string; dockerfile?: string }): StackService[] {
  if (!stack) return [];
  const main = appServiceIn(stack, app);
  if (!main) return [];
  return stack.services.filter((s) => s === main || (s.profiles.length === 0 && !ONE_OFF.test(`${s.command ?? ''} ${s.name}`) && ((s.build && buildsApp(s.build, app)) || (main.image !== undefined && s.image === main.image))));
}

const ONE_OFF = /\b(?:migrate|migrations?|seed|prestart|init|setup|createsuperuser|collectstatic|test|tests|lint)\b/;
/** Stock servers and tools a stack runs beside the app (never the app itself). */
export const STOCK_SERVER = /^(?:[\w.-]+\/)*(?:nginx|caddy|httpd|haproxy|traefik|envoy|varnish|prometheus|grafana|alertmanager|loki|promtail|fluentd|fluent-bit|logstash|jaeger|adminer|pgadmin4|phpmyadmin|mailhog|mailpit)(?::|@|$)/;

function buildsApp(build: { context: string; dockerfile: string }, app: { root: string; context: string; dockerfile?: string }): boolean {
  if (build.context !== app.context && build.context !== app.root) return false;
  // Another folder's Dockerfile built from the same context (src/Web/Dockerfile beside src/PublicApi/Dockerfile) is another app.
  return !app.dockerfile || build.dockerfile.toLowerCase() === app.dockerfile.toLowerCase();
}

/** `ghcr.io/acme/web:1.2` → `web`. */
export function imageRepo(image: string): string {
  return image.split('@')[0]!.replace(/:[^/:]*$/, '').split('/').pop() ?? '';
}

/** `docker-compose.prod.yml` → `prod`; `compose.override.yaml` → `override`. */
function variantOf(name: string): string {
  return name.replace(/^(?:docker-)?compose[.-]?/, '').replace(/\.ya?ml$/, '');
}

/** compose.yaml (or its docker-compose name) and the override Compose reads with it by default. */
function defaultFiles(snapshot: Snapshot, dir: string): string[] {
  const base = BASE_NAMES.map((n) => joinPath(dir, n)).find((f) => snapshot.has(f));
  if (!base) return [];
  const prefix = baseName(base).startsWith('docker-') ? 'docker-compose' : 'compose';
  const override = ['yaml', 'yml'].map((ext) => joinPath(dir, `${prefix}.override.${ext}`)).find((f) => snapshot.has(f));
  return override ? [base, override] : [base];
}

/** A file that only adjusts another's services (none of its services has an image or a build of its own). */
function isOverride(file: ComposeFile | undefined, base: ComposeFile | undefined): boolean {
  if (!file || !base || file.file === base.file || file.services.length === 0) return false;
  return file.services.every((s) => (s.image === undefined && s.build === undefined) || base.services.some((b) => b.name === s.name));
}

/** Compose's merge: scalars of a later file replace, environment and volumes merge by name and target, ports add up. */
function merge(files: ComposeFile[]): StackService[] {
  const out = new Map<string, StackService>();
  for (const c of files) {
    for (const s of c.services) {
      const at = (line: number): At => ({ file: c.file, line });
      const prev = out.get(s.name);
      const next: StackService = prev ? { ...prev } : { name: s.name, at: at(s.line), environment: [], ports: [], volumes: [], profiles: [], healthcheck: false, dependsOn: [] };
      if (s.image !== undefined) {
        next.image = s.image;
        next.imageAt = at(s.imageLine ?? s.line);
      }
      const build = buildOf(c, s);
      if (build) next.build = build;
      if (s.command !== undefined) {
        next.command = s.command;
        if (s.commandWords) next.commandWords = s.commandWords;
        else delete next.commandWords;
        next.commandAt = at(s.commandLine ?? s.line);
      }
      if (s.entrypoint !== undefined) next.entrypoint = s.entrypoint;
      const env = new Map(next.environment.map((e) => [e.name, e]));
      for (const e of s.environment) env.set(e.name, { name: e.name, ...(e.value !== undefined ? { value: e.value } : {}), at: at(e.line) });
      next.environment = [...env.values()];
      const vols = new Map(next.volumes.map((v) => [mountTarget(v.text), v]));
      for (const v of s.volumes) vols.set(mountTarget(v.text), { text: v.text, at: at(v.line) });
      next.volumes = [...vols.values()];
      next.ports = [...new Set([...next.ports, ...s.ports])];
      if (s.profiles.length > 0) next.profiles = s.profiles;
      if (s.replicas) next.replicas = { value: s.replicas.value, at: at(s.replicas.line) };
      next.healthcheck = next.healthcheck || s.healthcheck;
      next.dependsOn = [...new Set([...next.dependsOn, ...s.dependsOn])];
      out.set(s.name, next);
    }
  }
  return [...out.values()];
}

function buildOf(c: ComposeFile, s: ComposeService): { context: string; dockerfile: string } | undefined {
  if (s.build === undefined) return undefined;
  const context = normaliseAppPath(path.posix.join(dirOf(c.file), s.build));
  return { context, dockerfile: normaliseAppPath(path.posix.join(context, s.dockerfile ?? 'Dockerfile')) };
}

function mountTarget(text: string): string {
  const parts = text.split(':');
  return parts.length >= 2 ? parts[1]! : parts[0]!;
}

/** Every `docker compose …` / `docker-compose …` the repository runs, with the files it names and what it is for. */
function composeInvocations(snapshot: Snapshot, dirs: string[]): Invocation[] {
  const out: Invocation[] = [];
  for (const d of new Set([...dirs, '.'])) {
    const file = joinPath(d, 'package.json');
    const text = snapshot.read(file);
    const m = text === undefined ? undefined : parseManifest('package.json', text, file);
    for (const s of m?.scripts ?? []) {
      for (const call of callsIn(s.command, d)) {
        const role = PROD_WORD.test(s.name) ? 'deploy' : DEV_WORD.test(s.name) ? 'dev' : 'other';
        out.push({ ...call, role, at: { file, line: s.line }, where: `package.json script ${s.name}` });
      }
    }
  }
  for (const f of snapshot.files) {
    const name = baseName(f.path);
    const ci = CI_FILE.test(f.path);
    const script = /\.(?:sh|bash)$/.test(name) || name === 'Makefile' || name === 'Justfile';
    if (!(ci || script) || f.size > MAX_SCRIPT_BYTES) continue;
    const text = snapshot.read(f.path);
    if (!text || !/docker[- ]compose/.test(text)) continue;
    const lines = text.split('\n');
    const ciDeploy = ci && isDeployWorkflow(f.path, text);
    lines.forEach((l, i) => {
      // Relative -f paths resolve from where the command runs: the checkout root for CI, the file's folder for scripts.
      for (const call of callsIn(l, ci ? '.' : dirOf(f.path))) {
        let role: Invocation['role'];
        if (ci) role = ciDeploy && DEPLOY_SUBCOMMANDS.has(call.subcommand) ? 'deploy' : 'other';
        else {
          const target = name === 'Makefile' || name === 'Justfile' ? lines.slice(0, i + 1).reverse().find((x) => /^[\w.-]+:/.test(x))?.split(':')[0] ?? '' : name;
          role = PROD_WORD.test(target) ? 'deploy' : DEV_WORD.test(target) ? 'dev' : 'other';
        }
        if (call.files.some((x) => PROD_WORD.test(variantOf(baseName(x))))) role = 'deploy';
        out.push({ ...call, role, at: { file: f.path, line: i + 1 }, where: ci ? `CI workflow ${f.path}` : `${f.path}${role === 'other' ? '' : ` (${name})`}` });
      }
    });
  }
  return out.filter((i) => i.files.length > 0 && i.subcommand !== '');

  function callsIn(text: string, dir: string): Array<{ files: string[]; subcommand: string }> {
    const calls: Array<{ files: string[]; subcommand: string }> = [];
    for (const m of text.matchAll(/\bdocker(?:-compose|\s+compose)\b([^\n;&|]*)/g)) {
      const words = m[1]!.trim().split(/\s+/).map((w) => w.replace(/^["']|["']$/g, ''));
      const files: string[] = [];
      let subcommand = '';
      for (let k = 0; k < words.length && !subcommand; k++) {
        const w = words[k]!;
        if (w === '-f' || w === '--file') files.push(words[++k] ?? '');
        else if (w.startsWith('--file=')) files.push(w.slice(7));
        else if (/^(?:-p|--project-name|--env-file|--profile|--project-directory|--ansi|--progress|--parallel)$/.test(w)) k++;
        else if (!w.startsWith('-')) subcommand = w;
      }
      const resolved = files.filter((f) => f && !f.includes('$')).map((f) => normaliseAppPath(path.posix.join(dir, f)));
      calls.push({ files: files.length > 0 ? resolved : defaultFiles(snapshot, dir), subcommand });
    }
    return calls;
  }
}

/** A CI workflow that deploys: named for it, triggered by a release or a tag, or aimed at a production environment or runner. */
function isDeployWorkflow(file: string, text: string): boolean {
  return (
    /(?:^|[^a-z])(?:deploy|release|publish|production|prod|cd)(?:[^a-z]|$)/i.test(baseName(file).replace(/\.ya?ml$/, '')) ||
    /^\s*release:\s*$|^\s*tags:\s*\[?\s*["']?v?\*|^\s*environment:\s*["']?(?:production|prod|live)\b|runs-on:.*\b(?:production|prod)\b/m.test(text)
  );
}
