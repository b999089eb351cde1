import path from 'node:path';
import type { Config } from '../../config/schema';
import type { AppFacts, AppKind, PortFact } from '../../model/app';
import { appProcessTypesIn, appServiceIn, type ComposeStacks, composeStacks, type StackService } from './app/compose-stacks';
import { type DeployLayout, deployLayout } from './app/deploy';
import { type AppLocation, dockerfileOwner, isConfigOnlyImage, isDockerfileName, locateApp, rootComposeFiles } from './app/discover';
import { type ImageContents, imageContents } from './app/image-contents';
import { MIGRATE_AT_START } from './app/migration-commands';
import { resolveStart, serverProgram, type StartContract, type StartInstruction, shellWords, type StartStep } from './app/start-contract';
import { manifests, signals } from './artifacts';
import type { ComposeFile } from './parsers/compose';
import { type Dockerfile, type DockerInstruction, type DockerStage, finalStage, lastInStage, parseDockerfile, substitute } from './parsers/dockerfile';
import type { Manifest } from './parsers/manifests';
import { type Procfile, parseProcfile } from './parsers/procfile';
import { isEnvTemplateName, isNonRuntimePath, languageOf as languageOfFile } from './paths';
import { baseName, dirOf, isUnder, joinPath, relativeTo, type Snapshot } from './snapshot';
import type { Signal, SignalIndex } from './source-signals';

/**
 * The one app model: the audited app as a build would resolve it. Every
 * check reads the app through this, so "which Dockerfile", "what runs at
 * start", "is it a web process" and "does this file ship" are decided once.
 */
export interface AppModel {
  /** The app folder (repository-relative); the snapshot's audited path. */
  root: string;
  /** How the app was found. */
  found: string;
  /** The snapshot rebased on the app folder (source signals, manifests and secrets are the app's). */
  snapshot: Snapshot;
  dockerfile?: Dockerfile;
  finalStage?: DockerStage;
  /** Repository-relative build context. */
  context: string;
  /** What the image carries; undefined without a Dockerfile. */
  image?: ImageContents;
  /** Whether a repository file reaches what runs (the image; without a Dockerfile, the app folder). */
  ships(file: string): boolean;
  start: StartContract;
  /**
   * What a platform descriptor runs before the server at every start when it, not the image's own
   * command, starts the release: the steps of a Procfile web line (`flask db upgrade; gunicorn app`).
   */
  platformStartSteps: StartStep[];
  kind: AppKind;
  kindReason: string;
  kindStep?: StartStep;
  procfile?: Procfile;
  /** Compose files that describe the app (repository root and app folder). */
  compose: ComposeFile[];
  /** The compose files the deploy and development run together, as Compose combines them. */
  stacks: ComposeStacks;
  /** The app's service in the deploy stack: its command, mounts and replicas are how the release runs. */
  runService?: StackService;
  /** The app's service in the development stack. */
  devService?: StackService;
  /** Services of the deploy stack (or, without one, the dev stack) that run the app's build: its process types there. */
  composeProcessTypes: StackService[];
  deploy: DeployLayout;
  portVariables: string[];
  port?: PortFact;
  /** Manifests of the app (tooling-only ones left out). */
  manifests: Manifest[];
  facts(): AppFacts;
}

const WEB_SERVERS = /^(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|granian|puma|unicorn|thin|passenger|rails|rackup|nginx|httpd|apache2|apache2-foreground|httpd-foreground|caddy|traefik|php-fpm|php-fpm\d[\d.]*|next|nuxt|serve|http-server|frankenphp|uwsgi)$/;
const WEB_DEPS =
  /^(?:express|fastify|koa|@hapi\/hapi|hapi|next|nuxt|@nestjs\/core|@nestjs\/platform-express|restify|polka|hono|@remix-run\/serve|flask|django|fastapi|starlette|aiohttp|tornado|sanic|falcon|bottle|pyramid|litestar|quart|github\.com\/gin-gonic\/gin|github\.com\/labstack\/echo(?:\/v\d)?|github\.com\/gofiber\/fiber(?:\/v\d)?|github\.com\/go-chi\/chi(?:\/v\d)?|github\.com\/gorilla\/mux|rails|sinatra|hanami|roda|grape|org\.springframework\.boot:spring-boot-starter-(?:web|webflux)|io\.quarkus:quarkus-(?:resteasy|rest|vertx-http|undertow|reactive-routes)[\w-]*|io\.micronaut:micronaut-http-server[\w-]*|io\.vertx:vertx-web|io\.ktor:ktor-server[\w-]*|io\.javalin:javalin|com\.sparkjava:spark-core|io\.dropwizard:dropwizard-core|laravel\/framework|symfony\/http-kernel|slim\/slim|actix-web|axum|rocket|warp|hyper|poem|tide|phoenix|plug_cowboy|bandit)$/;
const WORKER_WORDS = /\b(?:worker|celery|sidekiq|resque|rq|dramatiq|huey|clock|scheduler|cron|consumer|queue:work|jobs:work|beat)\b/i;
/** Frameworks whose port comes from their own environment variable. */
const FRAMEWORK_PORT_VARS: Array<[RegExp, string]> = [
  [/^org\.springframework\.boot:spring-boot-starter/, 'SERVER_PORT'],
  [/^io\.quarkus:/, 'QUARKUS_HTTP_PORT'],
  [/^io\.micronaut:/, 'MICRONAUT_SERVER_PORT'],
  [/^rocket$/, 'ROCKET_PORT'],
];
const SERVICE_PORT_VAR = /(?:DB|DATABASE|REDIS|POSTGRES|PG|MYSQL|MONGO|AMQP|RABBIT|KAFKA|SMTP|MAIL|ELASTIC|MEMCACHE|CACHE|BROKER|QUEUE|NATS|S3|MINIO|GRPC_CLIENT|METRICS|DEBUG|ADMIN)_?PORT$/;

function readProcfile(snapshot: Snapshot, dirs: string[]): Procfile | undefined {
  for (const d of dirs) {
    const file = joinPath(d, 'Procfile');
    const text = snapshot.read(file);
    if (text === undefined) continue;
    const p = parseProcfile(text, file);
    snapshot.diagnostics.push(...p.diagnostics);
    return p;
  }
  return undefined;
}

/**
 * Folders below the app's own that hold another deployable app (a Dockerfile
 * or Procfile of their own) or a configured stock server beside it (its
 * nginx proxy): neither is the app's own config (RUBRIC.md rule 6).
 */
function nestedApps(repo: Snapshot, loc: AppLocation): string[] {
  const own = new Set([loc.root, ...(loc.dockerfile ? [dirOf(loc.dockerfile)] : [])]);
  const out = new Set<string>();
  for (const f of repo.files) {
    if (!isUnder(f.path, loc.root)) continue;
    const dir = dirOf(f.path);
    if (own.has(dir) || dir === loc.root) continue;
    const name = baseName(f.path);
    if (!(name === 'Procfile' || isDockerfileName(name))) continue;
    if (isNonRuntimePath(loc.root === '.' ? f.path : relativeTo(f.path, loc.root))) continue;
    const appDir = name === 'Procfile' ? dir : isConfigOnlyImage(repo, f.path) ? dir : dockerfileOwner(repo, f.path);
    if (appDir === undefined || appDir === loc.root || own.has(appDir) || !isUnder(appDir, loc.root)) continue;
    out.add(appDir);
  }
  return [...out].filter((d) => ![...out].some((o) => o !== d && isUnder(d, o)));
}

/** A package.json that only holds release or lint tooling is not the app's manifest (no runtime dependency, no start). */
function toolingOnly(m: Manifest): boolean {
  return m.ecosystem === 'node' && m.dependencies.every((d) => d.dev) && !m.scripts.some((s) => s.name === 'start' || s.name === 'serve');
}

const memo = new WeakMap<Snapshot, Map<string, AppModel>>();

/** The audited app, resolved once per snapshot and config. */
export function resolveApp(repo: Snapshot, config: Config): AppModel {
  const key = `${config.path}\0${config.dockerfile}\0${config.context}\0${config.build.target ?? ''}\0${config.run.web ?? ''}`;
  let m = memo.get(repo);
  if (!m) {
    m = new Map();
    memo.set(repo, m);
  }
  const hit = m.get(key);
  if (hit) return hit;
  const model = build(repo, config);
  m.set(key, model);
  return model;
}

function build(repo: Snapshot, config: Config): AppModel {
  const loc: AppLocation = locateApp(repo.at('.'), config);
  // Other deployable apps nested in this one's folder are theirs, not its (RUBRIC.md rule 6).
  const snapshot = repo.at(loc.root, nestedApps(repo.at('.'), loc));
  let dockerfile: Dockerfile | undefined;
  if (loc.dockerfile) {
    const text = snapshot.read(loc.dockerfile);
    if (text !== undefined) {
      dockerfile = parseDockerfile(text, loc.dockerfile);
      snapshot.diagnostics.push(...dockerfile.diagnostics);
    }
  }
  const stage = dockerfile ? finalStage(dockerfile, config.build.target) : undefined;
  const image = dockerfile ? imageContents(dockerfile, loc.context, { ...(config.build.target ? { target: config.build.target } : {}), ignored: (rel) => snapshot.dockerIgnored(loc.context, joinPath(loc.context, rel)), exists: (f) => snapshot.has(f) }) : undefined;
  const procfile = readProcfile(snapshot, loc.root === loc.context ? [loc.root] : [loc.root, loc.context]);
  const all = manifests(snapshot);
  // A package.json of release or lint tooling beside an app in another language is not the app's manifest.
  const imageUsesNode = dockerfile ? dockerfile.instructions.some((i) => /\b(?:npm|npx|yarn|pnpm|bun|node)\b|FROM\s+\S*node/i.test(`${i.keyword} ${i.body}`)) : true;
  const otherLanguage = all.some((o) => o.ecosystem !== 'node') || [...signals(snapshot).sourceFiles.keys()].some((l) => l !== 'js');
  const appManifests = all.filter((mf) => !(toolingOnly(mf) && otherLanguage && (!imageUsesNode || all.some((o) => o !== mf && o.ecosystem !== 'node'))));
  const workdir = stage ? workdirOf(dockerfile!, stage) : '/';
  const compose = rootComposeFiles(repo.at('.'), loc.root === '.' ? ['.'] : [loc.root, '.']);
  const layout = deployLayout(repo.at('.'));
  const composeDirs = loc.root === '.' ? ['.'] : [loc.root, '.'];
  const startSources = {
    read: (f: string) => snapshot.read(f),
    imageFile: (p: string) => image?.imagePathOf(p),
    workdir,
    appRoot: loc.root,
    manifests: appManifests,
    ...(procfile ? { procfile } : {}),
  };
  const imageStart = resolveStart(startEntry(dockerfile, stage, undefined), startSources);
  // A Procfile the image's start command runs through honcho or foreman is part of the image, not a platform's deploy descriptor.
  const consumed = imageStart.supervisor && procfile ? procfile.file : undefined;
  const descriptors = layout.descriptors.filter((d) => d.file !== consumed);
  // A CI job that publishes the image, a manifest or a platform file deploys the app: a plain compose file is then development.
  const stacks = composeStacks(repo.at('.'), composeDirs, descriptors.some((d) => d.kind !== 'compose-prod'));
  const appRef = { root: loc.root, context: loc.context, ...(loc.dockerfile ? { dockerfile: loc.dockerfile } : {}) };
  const sameApp = (df: string) => dockerfileOwner(repo.at('.'), df) === loc.root;
  const runService = appServiceIn(stacks.deploy, appRef, sameApp);
  const devService = appServiceIn(stacks.dev, appRef, sameApp);
  const composeProcessTypes = appProcessTypesIn(stacks.deploy ?? stacks.dev, appRef);
  const overridden = runService && (runService.command !== undefined || runService.entrypoint !== undefined);
  const start = overridden ? resolveStart(startEntry(dockerfile, stage, runService), startSources) : imageStart;
  // Heroku-style platforms run the Procfile's web line, not CMD: what it runs before its server runs at every start too.
  const procfileWeb = procfile && !consumed && start.entry ? procfile.processes.find((p) => p.name === 'web') : undefined;
  const platformStart = procfileWeb ? resolveStart(undefined, { ...startSources, procfile: { ...procfile!, processes: [procfileWeb] } }) : undefined;
  const platformStartSteps = platformStart ? platformStart.steps.filter((s) => s !== platformStart.server) : [];
  const deploy: DeployLayout = { ...layout, descriptors, composeIsDeploy: stacks.deploy !== undefined };
  const idx = signals(snapshot);
  const ships = (file: string): boolean => (image ? image.ships(file) : isUnder(file, loc.root));
  const portVariables = portVariablesOf(idx, appManifests, snapshot);
  const kindOf = appKind(config, start, procfile, idx, appManifests, dockerfile, stage);
  const port = kindOf.kind === 'web' || kindOf.kind === 'unknown' ? portFact(start, procfile, idx, appManifests, { vars: stage?.env ?? {}, ...(dockerfile ? { file: dockerfile.file, instructions: dockerfile.instructions } : {}) }, () => serverConfigPort(snapshot, ships), () => readsPortKey(snapshot)) : undefined;
  const model: AppModel = {
    root: loc.root,
    found: loc.found,
    snapshot,
    ...(dockerfile ? { dockerfile } : {}),
    ...(stage ? { finalStage: stage } : {}),
    context: loc.context,
    ...(image ? { image } : {}),
    ships,
    start,
    platformStartSteps,
    kind: kindOf.kind,
    kindReason: kindOf.reason,
    ...(kindOf.step ? { kindStep: kindOf.step } : {}),
    ...(procfile ? { procfile } : {}),
    compose,
    stacks,
    ...(runService ? { runService } : {}),
    ...(devService ? { devService } : {}),
    composeProcessTypes,
    deploy,
    portVariables,
    ...(port ? { port } : {}),
    manifests: appManifests,
    facts: () => ({
      root: loc.root,
      found: loc.found,
      ...(dockerfile ? { dockerfile: dockerfile.file } : {}),
      context: loc.context,
      kind: kindOf.kind,
      kindReason: kindOf.reason,
      portVariables,
      ...(port ? { port } : {}),
      // What the booted container runs: the image's start chain, not a platform descriptor's.
      startInstalls: start.steps.some((s) => INSTALL_AT_START.test(s.text)),
      startMigrates: start.steps.some((s) => MIGRATE_AT_START.test(s.text)),
    }),
  };
  return model;
}

/** Every command that runs before or as the app at each start: the image's start chain, then a platform descriptor's steps before its server. */
export function everyStartStep(app: Pick<AppModel, 'start' | 'platformStartSteps'>): StartStep[] {
  return app.platformStartSteps.length === 0 ? app.start.steps : [...app.start.steps, ...app.platformStartSteps];
}

/** Commands that install dependencies or compile code (build-stage work) when they run at start. */
export const INSTALL_AT_START =
  /\b(?:npm\s+(?:install|i|ci)|yarn\s+install|pnpm\s+(?:install|i)|bun\s+install|pip3?\s+install|poetry\s+install|pipenv\s+install|uv\s+(?:sync|pip\s+install)|go\s+(?:build|install|mod\s+download)|cargo\s+(?:build|install)|bundle\s+install|gem\s+install|composer\s+(?:install|update|require)|apt-get\s+install|apk\s+add|mvnw?\s+[^|;&]{0,80}\b(?:package|install|compile)|gradlew?\s+[^|;&]{0,80}\b(?:build|assemble|installDist)|(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build|tsc\b(?!-)|webpack\b|next\s+build|vite\s+build|dotnet\s+(?:build|publish|restore))\b/;
/**
 * Development servers: they reload or compile on change, or are documented as
 * not for production (`flask run` is Werkzeug's server, `manage.py runserver`
 * Django's). One list for V (run at start), IX (PID 1) and X (the dev stack).
 * `--reload` stands apart: a word boundary never falls before its dashes.
 */
export const DEV_RUNNER = /\b(?:nodemon|ts-node-dev|tsx\s+watch|node\s+--watch|webpack-dev-server|next\s+dev|vite(?:\s+(?:dev|preview))?\s*$|nuxt\s+dev|ng\s+serve|(?:npm|yarn|pnpm)\s+(?:run\s+)?dev\b|flask\s+run\b|manage\.py\s+runserver|rails\s+s(?:erver)?\b[^\n]{0,200}?-e\s+development|air\b|reflex\b|cargo\s+watch|dotnet\s+watch|mix\s+phx\.server)|(?:^|\s)--reload\b/;
/** Migrations and schema changes run as part of start: the table of every tool's command is migration-commands.ts. */
export { MIGRATE_AT_START };

function lastEntry(df: Dockerfile, stage: DockerStage) {
  const entrypoint = lastInStage(df, stage, 'ENTRYPOINT');
  const cmd = lastInStage(df, stage, 'CMD');
  return { ...(entrypoint ? { entrypoint } : {}), ...(cmd ? { cmd } : {}) };
}

function workdirOf(df: Dockerfile, stage: DockerStage): string {
  let wd = '/';
  const chain: DockerStage[] = [];
  for (let s: DockerStage | undefined = stage; s; ) {
    chain.unshift(s);
    const cur: DockerStage = s;
    s = cur.from.fromStage ? df.stages.find((p) => p.index < cur.index && p.name?.toLowerCase() === cur.from.image.toLowerCase()) : undefined;
  }
  for (const s of chain) for (const i of s.instructions) if (i.keyword === 'WORKDIR') wd = path.posix.resolve(wd, substitute(i.body.trim(), s.env).value || '.');
  return wd;
}

/**
 * What the container runs: the final stage's ENTRYPOINT and CMD, unless the
 * deploy stack's service replaces them (`entrypoint:` resets both, `command:`
 * replaces CMD). Compose never passes a command through a shell, so its words
 * are an exec form.
 */
function startEntry(df: Dockerfile | undefined, stage: DockerStage | undefined, svc: StackService | undefined): { entrypoint?: StartInstruction; cmd?: StartInstruction; file: string } | undefined {
  const own = df && stage ? { file: df.file, ...lastEntry(df, stage) } : undefined;
  if (!svc || (svc.command === undefined && svc.entrypoint === undefined)) return own;
  const synth = (keyword: 'ENTRYPOINT' | 'CMD', text: string, words: string[] | undefined, at: { file: string; line: number }): StartInstruction => {
    const exec = words ?? shellWords(text);
    const ins: DockerInstruction = { keyword, args: text, body: text, flags: {}, line: at.line, endLine: at.line, exec, heredocs: [], stage: stage?.index ?? 0 };
    return { ...ins, from: { file: at.file, origin: `compose ${svc.name} ${keyword === 'CMD' ? 'command' : 'entrypoint'}` } };
  };
  const file = own?.file ?? svc.at.file;
  if (svc.entrypoint !== undefined) {
    const entrypoint = synth('ENTRYPOINT', svc.entrypoint, undefined, svc.at);
    return { file, entrypoint, ...(svc.command !== undefined ? { cmd: synth('CMD', svc.command, svc.commandWords, svc.commandAt ?? svc.at) } : {}) };
  }
  return { file, ...(own?.entrypoint ? { entrypoint: own.entrypoint } : {}), cmd: synth('CMD', svc.command!, svc.commandWords, svc.commandAt ?? svc.at) };
}

/** The variables the app reads its port from: PORT, and any other the code or its framework reads. */
function portVariablesOf(idx: SignalIndex, deps: Manifest[], snapshot: Snapshot): string[] {
  const vars = new Set<string>(['PORT']);
  for (const mf of deps) for (const d of mf.dependencies) for (const [re, v] of FRAMEWORK_PORT_VARS) if (!d.dev && re.test(d.name)) vars.add(v);
  if (snapshot.appFiles.some((f) => /\.csproj$/.test(f.path) && /Microsoft\.NET\.Sdk\.Web/.test(snapshot.read(f.path) ?? ''))) vars.add('ASPNETCORE_URLS');
  for (const s of idx.of('port-from-env')) {
    for (const m of s.snippet.matchAll(/["'`{]([A-Z][A-Z0-9_]*PORT)["'`}]/g)) if (!SERVICE_PORT_VAR.test(m[1]!)) vars.add(m[1]!);
    if (/ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS/.test(s.snippet)) vars.add('ASPNETCORE_URLS');
  }
  return [...vars];
}

function appKind(config: Config, start: StartContract, procfile: Procfile | undefined, idx: SignalIndex, deps: Manifest[], df: Dockerfile | undefined, stage: DockerStage | undefined): { kind: AppKind; reason: string; step?: StartStep } {
  if (config.run.web === false) return { kind: 'worker', reason: 'configured as a worker (run.web: false)' };
  if (config.run.web === true) return { kind: 'web', reason: 'configured as a web process (run.web: true)' };
  const server = start.server;
  const serverName = server ? serverProgram(server.text) : '';
  if (server && WEB_SERVERS.test(serverName)) return { kind: 'web', reason: `${server.origin} runs ${serverName}, a web server`, step: server };
  if (server && /\brunserver\b|\bflask\s+run\b|\bphp\s+-S\b|\brails\s+s(?:erver)?\b/.test(server.text)) return { kind: 'web', reason: `${server.origin} runs a development web server`, step: server };
  const web = procfile?.processes.find((p) => p.name === 'web');
  if (web) return { kind: 'web', reason: `${procfile!.file} declares a web process`, step: { origin: 'Procfile web', file: procfile!.file, line: web.line, text: web.command } };
  const serves = [...idx.of('server'), ...idx.of('port-from-env'), ...idx.of('hardcoded-port')].filter((s) => s.lang !== 'config' && s.lang !== 'shell');
  if (serves.length > 0) return { kind: 'web', reason: `the code serves a port (${serves[0]!.file}:${serves[0]!.line})` };
  const dep = deps.flatMap((mf) => mf.dependencies.filter((d) => !d.dev && WEB_DEPS.test(d.name)).map((d) => ({ mf, d })))[0];
  if (dep && !(server && WORKER_WORDS.test(server.text))) return { kind: 'web', reason: `${dep.d.name} is a web framework (${dep.mf.file})` };
  const expose = stage && df ? lastInStage(df, stage, 'EXPOSE') : undefined;
  if (procfile && procfile.processes.length > 0 && procfile.processes.every((p) => p.name !== 'web')) {
    return { kind: 'worker', reason: `${procfile.file} declares only ${procfile.processes.map((p) => p.name).join(', ')}`, ...(server ? { step: server } : {}) };
  }
  if (server && WORKER_WORDS.test(server.text)) return { kind: 'worker', reason: `${server.origin} starts a worker (${server.text.slice(0, 80)})`, step: server };
  if (idx.of('long-running').length > 0) return { kind: 'worker', reason: `the code runs a loop with no port (${idx.of('long-running')[0]!.file}:${idx.of('long-running')[0]!.line})`, ...(server ? { step: server } : {}) };
  if (expose) return { kind: 'web', reason: `${df!.file} EXPOSEs ${expose.body.trim()}`, step: { origin: 'Dockerfile EXPOSE', file: df!.file, line: expose.line, text: `EXPOSE ${expose.body.trim()}` } };
  if (server && start.entry && (start.entry.keyword === 'ENTRYPOINT' || idx.of('cli-parser').length > 0)) {
    return { kind: 'one-off', reason: `${server.origin} runs a command that serves no port and runs to completion (${server.text.slice(0, 80)})`, step: server };
  }
  if (server && idx.sourceFiles.size > 0) return { kind: 'one-off', reason: `nothing in the start command or code serves a port (${server.text.slice(0, 80)})`, step: server };
  return { kind: 'unknown', reason: server ? `cannot tell whether ${server.text.slice(0, 60)} serves a port` : 'no start command found' };
}

const PORT_FLAG = /(?:--port[= ]|(?:^|\s)-p\s+|--bind[= ](?:[\w.[\]:]+)?:|(?:^|\s)-b\s+(?:[\w.[\]:]+)?:|--listen[= ](?:[\w.]+)?:|--http-port[= ]|--server\.port=|-Dserver\.port=|-Dquarkus\.http\.port=|runserver\s+(?:[\w.]+:)?|\s-S\s+[\w.]+:|--urls[= ](?:https?:\/\/)?[\w.*+]+:)(\$\{?\w+\}?|\$\{\w+:-\d+\}|\d{2,5})/;

/** Where the listening port comes from, strongest evidence first (RUBRIC.md VII). */
function portFact(start: StartContract, procfile: Procfile | undefined, idx: SignalIndex, deps: Manifest[], image: { vars: Record<string, string>; file?: string; instructions?: DockerInstruction[] }, fromServerConfig: () => PortFact | undefined, namesPortKey: () => boolean): PortFact | undefined {
  const cut = (t: string) => t.slice(0, 200);
  const commands: StartStep[] = [...(start.server ? [start.server] : []), ...start.steps, ...(procfile?.processes.filter((p) => p.name === 'web').map((p) => ({ origin: 'Procfile web', file: procfile.file, line: p.line, text: p.command })) ?? [])];
  for (const c of commands) {
    // `java $JAVA_OPTIONS -jar app.jar` with `ENV JAVA_OPTIONS="-Dquarkus.http.port=8080"`: the image's ENV fills the command in.
    // Port variables stay unresolved: the platform sets them at run, whatever the image's ENV defaults them to.
    const text = c.text.includes('$') ? substitute(c.text, withPortsUnresolved(image.vars, c.text)).value : c.text;
    const m = PORT_FLAG.exec(text) ?? PORT_FLAG.exec(c.text);
    if (!m) continue;
    const loopback = /(?:127\.0\.0\.1|localhost):\d/.test(text);
    if (m[1]!.startsWith('$')) return { source: 'env', loopback, file: c.file, line: c.line, text: cut(c.text) };
    return { source: 'start-command', port: Number(m[1]), loopback, file: c.file, line: c.line, text: cut(c.text) };
  }
  // The JVM and Java launch scripts read these on their own: a system property there fixes the port before any env overlay.
  for (const [name, value] of Object.entries(image.vars)) {
    if (!/^(?:JAVA_TOOL_OPTIONS|JAVA_OPTS|JAVA_OPTIONS|JDK_JAVA_OPTIONS)$/.test(name)) continue;
    const m = /-D(?:quarkus\.http|server|micronaut\.server)\.port=(\d{2,5})\b/.exec(value);
    if (!m) continue;
    const at = image.instructions?.findLast((i) => i.keyword === 'ENV' && i.body.includes(name));
    return { source: 'start-command', port: Number(m[1]), loopback: false, ...(image.file && at ? { file: image.file, line: at.line } : {}), text: `ENV ${name} sets ${m[0]}` };
  }
  const fromEnv = idx.of('port-from-env').filter((s) => s.lang !== 'shell');
  const hard = idx.of('hardcoded-port');
  const loopbackHit = [...hard, ...idx.of('server')].find((s) => /(?:127\.0\.0\.1|localhost)[:"']/.test(s.snippet) && s.lang !== 'config');
  if (loopbackHit) return { source: 'code', loopback: true, file: loopbackHit.file, line: loopbackHit.line, text: loopbackHit.snippet, ...(portIn(loopbackHit.snippet) ? { port: portIn(loopbackHit.snippet)! } : {}) };
  if (fromEnv.length > 0) return { source: 'env', loopback: false, file: fromEnv[0]!.file, line: fromEnv[0]!.line, text: fromEnv[0]!.snippet };
  const argv = idx.of('port-from-argv')[0];
  const serverConfig = serverConfigFiles(commands);
  const inCode = hard.filter((s) => s.lang !== 'config' && !serverConfig(s.file));
  if (inCode.length > 0) return { source: 'code', loopback: false, file: inCode[0]!.file, line: inCode[0]!.line, text: inCode[0]!.snippet, ...(portIn(inCode[0]!.snippet) ? { port: portIn(inCode[0]!.snippet)! } : {}) };
  const overlay = envOverlayOf(idx, deps);
  const inServerConfig = hard.find((s) => s.lang !== 'config' && serverConfig(s.file));
  if (inServerConfig) {
    const s = inServerConfig;
    return { source: 'config-file', loopback: false, file: s.file, line: s.line, text: s.snippet, ...(portIn(s.snippet) ? { port: portIn(s.snippet)! } : {}) };
  }
  const inConfig = hard.filter((s) => s.lang === 'config');
  if (inConfig.length > 0) {
    const s = inConfig[0]!;
    return { source: overlay ? 'env' : 'config-file', loopback: false, file: s.file, line: s.line, text: s.snippet, ...(portIn(s.snippet) ? { port: portIn(s.snippet)! } : {}) };
  }
  // An overlay that only maps keys the app declares (pydantic, viper) says nothing of a port no key names; a framework's own port variable does.
  if (overlay && (!/pydantic|viper|Elixir/.test(overlay) || namesPortKey())) return { source: 'env', loopback: false, text: `${overlay} reads the port from the environment` };
  if (argv) return { source: 'unknown', loopback: false, file: argv.file, line: argv.line, text: argv.snippet };
  const serverWords = start.server ? shellWords(start.server.text) : [];
  const server = path.posix.basename(serverWords[0] ?? '');
  // A server started with no port flag listens where it chooses: gunicorn takes $PORT itself, uvicorn and its kin their fixed default.
  const runner = serverWords.map((w) => path.posix.basename(w)).find((w) => w in SERVER_DEFAULT_PORT || w === 'gunicorn');
  if (runner === 'gunicorn') return { source: 'env', loopback: false, file: start.server!.file, line: start.server!.line, text: `gunicorn binds 0.0.0.0:$PORT when PORT is set: ${cut(start.server!.text)}` };
  if (runner && !(runner === 'uvicorn' && fromEnvVar(idx, 'UVICORN_PORT'))) {
    // Their default host is 127.0.0.1 too: unreachable from outside the container unless a host is given.
    // `fastapi run` is the production mode and binds 0.0.0.0; the others (and `fastapi dev`) bind 127.0.0.1.
    const loopback = !/--host[= ]|(?:^|\s)-b\s|--bind[= ]|runserver\s+[\d.]+|\bfastapi\s+run\b/.test(start.server!.text) && !fromEnvVar(idx, `${runner.toUpperCase()}_HOST`);
    return { source: 'start-command', port: SERVER_DEFAULT_PORT[runner]!, loopback, file: start.server!.file, line: start.server!.line, text: `${runner} listens on its default port ${SERVER_DEFAULT_PORT[runner]} and reads no PORT: ${cut(start.server!.text)}` };
  }
  const configured = fromServerConfig();
  if (configured) return configured;
  if (/^(?:nginx|httpd|apache2|apache2-foreground|httpd-foreground|caddy|php-fpm[\d.]*)$/.test(server)) {
    return { source: 'base-image', loopback: false, file: start.server!.file, line: start.server!.line, text: cut(start.server!.text) };
  }
  return undefined;
}

/** The image's ENV for filling in a command, with every port variable left as itself (`${PORT:-8000}` stays `$PORT`). */
function withPortsUnresolved(vars: Record<string, string>, text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(vars)) out[k] = /PORT|URLS$/i.test(k) ? `$${k}` : v;
  for (const m of text.matchAll(/\$\{?(\w*(?:PORT|URLS)\w*)/gi)) out[m[1]!] = `$${m[1]}`;
  return out;
}

/** Whether the code reads a config key or declares a settings field named for a port (`viper.GetString("port")`, `port: int`). */
function readsPortKey(snapshot: Snapshot): boolean {
  return snapshot.appFiles.some((f) => {
    if (!/\.(?:go|py|ex|exs)$/.test(f.path) || f.size > 256 * 1024) return false;
    const text = snapshot.read(f.path) ?? '';
    // A backing service's port (POSTGRES_PORT, db.port) is not where the app listens.
    return [...text.matchAll(/\bGet(?:String|Int\d*)\(\s*"([\w.]*port)"\s*\)|^\s*(\w*port\w*)\s*:\s*(?:int|str)\b/gim)].some((m) => !SERVICE_PORT_VAR.test((m[1] ?? m[2]!).toUpperCase().replace(/\./g, '_')));
  });
}

/** A server config the image ships that listens on the environment's port: Caddy's `:{$PORT:80}`, an envsubst template's `listen ${PORT}`. */
function serverConfigPort(snapshot: Snapshot, ships: (file: string) => boolean): PortFact | undefined {
  for (const f of snapshot.appFiles) {
    if (!/^(?:Caddyfile(?:\.[\w-]+)?|[\w.-]+\.conf\.template|[\w.-]+\.template)$/.test(baseName(f.path)) || f.size > 64 * 1024 || !ships(f.path)) continue;
    const lines = (snapshot.read(f.path) ?? '').split('\n');
    const i = lines.findIndex((l) => /^\s*(?:listen\s+)?[\w.[\]]*:?\{\$PORT(?::\d+)?\}|^\s*listen\s+(?:[\w.[\]]+:)?\$\{?PORT\}?/.test(l));
    if (i >= 0) return { source: 'env', loopback: false, file: f.path, line: i + 1, text: lines[i]!.trim().slice(0, 200) };
  }
  return undefined;
}

/**
 * A server's own configuration file, though written in a programming language
 * (`config/puma.rb`, `gunicorn.conf.py`): a port there is a deploy setting in
 * a config file (RUBRIC.md VII warn), not a port written into the app's code.
 * Known by its conventional name or because a start command loads it.
 */
const SERVER_CONFIG_NAME = /^(?:puma\.rb|unicorn\.rb|gunicorn[._-]?conf(?:ig)?\.py|gunicorn\.py|hypercorn\.toml|uwsgi\.ini|passenger\.rb)$/;
const CONFIG_FLAG = /(?:^|\s)(?:-C|-c|--config)(?:=|\s+)(?:python:)?([^\s;&|'"]{1,200})/g;

function serverConfigFiles(commands: StartStep[]): (file: string) => boolean {
  const loaded = new Set<string>();
  for (const c of commands) for (const m of c.text.matchAll(CONFIG_FLAG)) loaded.add(path.posix.normalize(m[1]!).replace(/^\.\//, ''));
  return (file) => SERVER_CONFIG_NAME.test(baseName(file)) || (file.startsWith('config/puma/') && file.endsWith('.rb')) || [...loaded].some((l) => file === l || file.endsWith(`/${l}`));
}

/** Servers whose default port is fixed (none of them reads PORT). */
const SERVER_DEFAULT_PORT: Record<string, number> = { uvicorn: 8000, hypercorn: 8000, daphne: 8000, runserver: 8000, granian: 8000, fastapi: 8000 };

function fromEnvVar(idx: SignalIndex, name: string): boolean {
  return idx.of('port-from-env').some((s) => s.snippet.includes(name));
}

function portIn(text: string): number | undefined {
  const m = /(?::|\(|\s|=)(\d{2,5})\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** What lets the environment override any key of the app's config files (viper AutomaticEnv, Spring Boot's relaxed binding, MicroProfile Config). */
export function envOverlayOf(idx: SignalIndex, deps: Manifest[]): string | undefined {
  if (idx.of('env-overlay').length > 0) return idx.of('env-overlay')[0]!.snippet.includes('AutomaticEnv') ? 'viper AutomaticEnv' : overlayName(idx.of('env-overlay')[0]!);
  for (const mf of deps) {
    for (const d of mf.dependencies) {
      if (d.dev) continue;
      if (/^org\.springframework\.boot:spring-boot/.test(d.name)) return "Spring Boot's environment binding";
      if (/^io\.quarkus:/.test(d.name)) return "Quarkus's MicroProfile Config";
      if (/^io\.micronaut:/.test(d.name)) return "Micronaut's environment binding";
      if (/^(?:rocket|figment)$/.test(d.name)) return "Rocket's figment (ROCKET_ variables)";
      if (/^(?:pydantic-settings)$/.test(d.name)) return 'pydantic BaseSettings';
    }
  }
  return undefined;
}

function overlayName(s: Signal): string {
  if (/AutomaticEnv/.test(s.snippet)) return 'viper AutomaticEnv';
  if (/BaseSettings/.test(s.snippet)) return 'pydantic BaseSettings';
  if (/AddEnvironmentVariables|CreateDefaultBuilder|CreateBuilder/.test(s.snippet)) return "ASP.NET Core's environment configuration";
  if (/System\.get_env|runtime\.exs/.test(s.snippet)) return 'Elixir runtime config';
  return 'an environment overlay';
}

/** Whether a repository file is part of the app's own runtime (not a test, doc, example or ops tool). */
export function isAppFile(app: AppModel, file: string): boolean {
  if (!isUnder(file, app.root) && !(app.image?.ships(file) ?? false)) return false;
  const rel = isUnder(file, app.root) ? relativeTo(file, app.root) : file;
  return !isNonRuntimePath(rel);
}

/**
 * What a repository file is to the audited app: its code, a file its image
 * ships, the dev stack, a deploy descriptor, a committed `.env`, or nothing
 * of the app (tests, docs, examples, ops tooling, another app).
 */
export type FileRole = 'code' | 'shipped' | 'dotenv' | 'dev-stack' | 'deploy' | 'unshipped' | 'not-app';

const DOTENV = /^\.env(?:\.[\w-]+)?$/;

/** A committed environment file by its name (`.env`, `.env.production`; not a template such as `.env.example`): only such a file can have the role 'dotenv'. */
export function isDotenvName(name: string): boolean {
  return DOTENV.test(name) && !isEnvTemplateName(name);
}

export function fileRole(app: AppModel, file: string): FileRole {
  const name = baseName(file);
  if (app.deploy.dev.some((d) => d.file === file)) return 'dev-stack';
  if (app.deploy.descriptors.some((d) => d.file === file)) return 'deploy';
  if (isDotenvName(name)) return isNonRuntimePath(file) ? 'not-app' : 'dotenv';
  const inside = isUnder(file, app.root);
  const rel = inside ? relativeTo(file, app.root) : file;
  if (isNonRuntimePath(rel)) return 'not-app';
  const lang = languageOfFile(file);
  const isCode = lang !== undefined && lang !== 'config' && lang !== 'shell';
  if (app.image) {
    if (app.image.ships(file)) return isCode ? 'code' : 'shipped';
    return inside ? 'unshipped' : 'not-app';
  }
  if (!inside) return 'not-app';
  return isCode ? 'code' : 'shipped';
}
