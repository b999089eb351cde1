import path from 'node:path';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import type { Diagnostic, Policy, Report } from '../model/report';
import type { FailOn } from '../model/verdict';
import { audit, insideRepo } from './audit';
import { StageFailedError, type StageContext } from './stages/context';
import { appArtifactDirs, appPathOf, mergeAppReports } from './stages/apps-report';
import { appId, discoverApps } from './stages/discover';
import { readStageFileIfPresent, StageFileError, writeStageFile } from './stages/files';
import { resolveApp } from '../evidence/repo/app-model';
import { normaliseAppPath, scanRepository, type Snapshot } from '../evidence/repo/snapshot';
import { locateApp } from '../evidence/repo/app/discover';
import type { AppFacts } from '../model/app';
import { releaseStage } from './stages/release';
import { ownPathsOf, repositoryPresent, reportStage } from './stages/report';
import { type BaselineSource, withBaseline } from './baseline';
import { writeReportFiles } from './stages/report-files';
import { staticFileOf } from './stages/static';
import { resolveArtifactsDir, resolveInWorkspace } from '../util/workspace-path';
import { type PolicySource, withTrustedPolicy } from './policy';
import { configValues } from '../config/values';
import { Redactor } from '../util/redact';

export { StageFailedError } from './stages/context';
export { StageFileError } from './stages/files';
export { PathRefusedError } from '../util/workspace-path';

// Docker code (dockerode, its gRPC and SSH stacks) loads only for the stage commands that use it,
// so `audit`, `report` and `discover` start in a fraction of the time.
const buildStage = async (ctx: StageContext) => (await import('./stages/build')).buildStage(ctx);
const runStage = async (ctx: StageContext) => (await import('./stages/run')).runStage(ctx);

export const COMMANDS = ['audit', 'build', 'release', 'run', 'report', 'all', 'discover'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandOptions {
  command: CommandName;
  /** Absolute repository root (the CLI's [path] or GITHUB_WORKSPACE). */
  repoRoot: string;
  /** Config file, relative to repoRoot; default `.twelve-factor.yml` when present. */
  configFile?: string;
  /** Overrides config `path` (the audited app inside the repository). */
  appPath?: string;
  /** Stage files directory; default `.twelve-factor/` under the audited path. */
  artifacts?: string;
  failOn?: FailOn;
  /** Progress lines for long steps (build output, boot waits). */
  progress?: (line: string) => void;
  /** Aborts long steps; cleanup still runs. */
  signal?: AbortSignal;
  /** What the report is compared with to list regressions and fixes (a report.json, the base commit's run or the base commit). */
  baseline?: BaselineSource;
  /** Overrides config `dockerfile` (relative to the audited path). */
  dockerfile?: string;
  /** Overrides config `context` (relative to the audited path). */
  context?: string;
  /** Labels every Docker object of this invocation, so the action's post step can sweep exactly them. */
  runId?: string;
  /**
   * Called around each stage (static audit, build, release, run, report) with
   * its duration, so the action can fold each into a log group.
   */
  onStage?: StageHook;
  /** Absolute paths of the auditor's own files, left out of any build context. */
  contextExcludes?: string[];
  /** `audit` only: write static.json and report files to the artifacts directory (default true). */
  writeArtifacts?: boolean;
  /**
   * `release` and `run` after a build that failed (build.json records it) do
   * nothing and say so, instead of failing a second time: the report tells
   * the build failure once. The split workflow sets this.
   */
  skipAfterFailedBuild?: boolean;
  /** owner/name and server of the repository (the entry reads GITHUB_REPOSITORY and GITHUB_SERVER_URL). */
  repository?: { slug?: string; serverUrl?: string };
  /** `all` only: also write image.tar.gz, for a later separate `run` (the `build` command always writes it). */
  saveImage?: boolean;
  /**
   * On a pull request: the trusted revision (the base commit) whose config
   * decides the policy keys; the pull request's changes to them are shown in
   * the report, not applied. `failOn` (an action input) still wins over both.
   */
  policyFrom?: PolicySource;
}

export interface StageHook {
  start(stage: string): void;
  end(stage: string, ms: number, outcome: 'ok' | 'failed'): void;
}

/** Runs one stage between the hook's start and end, timing it. */
async function timed<T>(hook: StageHook | undefined, stage: string, fn: () => T | Promise<T>): Promise<T> {
  if (!hook) return fn();
  hook.start(stage);
  const started = performance.now();
  let outcome: 'ok' | 'failed' = 'failed';
  try {
    const value = await fn();
    outcome = 'ok';
    return value;
  } finally {
    hook.end(stage, Math.round(performance.now() - started), outcome);
  }
}

export interface CommandResult {
  /** The report, for commands that produce one (audit, report, all). */
  report?: Report;
  /** Machine-readable result for non-report commands (discover's app list, a stage file path …). */
  data?: unknown;
  config: Config;
  artifactsDir: string;
}


export interface ResolvedConfig {
  config: Config;
  file?: string;
  /** The policy applied on a pull request and the changes it asked for. */
  policy?: Policy;
  /** Problems reading the trusted config, for the report. */
  diagnostics: Diagnostic[];
}

export function resolveConfig(opts: CommandOptions): ResolvedConfig {
  const loaded = loadConfig(opts.repoRoot, opts.configFile);
  const requested: Config = opts.appPath ? { ...loaded.config, path: opts.appPath } : { ...loaded.config };
  const trusted = opts.policyFrom
    ? withTrustedPolicy(opts.repoRoot, requested, opts.policyFrom, { ...(opts.configFile ? { configFile: opts.configFile } : {}), ...(loaded.file ? { loadedFile: loaded.file } : {}) })
    : { config: requested, diagnostics: [] };
  const config: Config = { ...trusted.config };
  if (opts.failOn) config['fail-on'] = opts.failOn;
  if (opts.dockerfile) config.dockerfile = opts.dockerfile;
  if (opts.context) config.context = opts.context;
  checkPathsInside(opts.repoRoot, config);
  return {
    config,
    ...(loaded.file ? { file: loaded.file } : {}),
    ...(trusted.policy ? { policy: trusted.policy } : {}),
    diagnostics: trusted.diagnostics,
  };
}

/** A report with the policy it was judged under and the problems reading it. */
function stamped(report: Report, resolved: Pick<ResolvedConfig, 'policy' | 'diagnostics' | 'config'>): Report {
  const policy = resolved.policy ?? report.policy;
  return new Redactor(configValues(resolved.config)).deep({
    ...report,
    ...(policy ? { policy } : {}),
    diagnostics: [...report.diagnostics, ...resolved.diagnostics.filter((d) => !report.diagnostics.some((r) => r.message === d.message))],
  });
}

/** The audited path, build context and Dockerfile resolve inside the workspace, or the command is refused (exit 2). */
function checkPathsInside(workspace: string, config: Config): void {
  const appDir = resolveInWorkspace(workspace, workspace, config.path, 'path');
  resolveInWorkspace(workspace, appDir, config.dockerfile, 'dockerfile');
  resolveInWorkspace(workspace, appDir, config.context, 'context');
}

/**
 * What the run stage needs to know of the app (its kind, the variables it
 * reads its port from) and the build stage (its Dockerfile and context):
 * from static.json when an earlier job wrote it, else from the repository.
 */
function appFactsFor(ctx: StageContext): { app?: AppFacts } {
  try {
    const file = readStageFileIfPresent(ctx.artifactsDir, 'static');
    if (file?.app) return { app: file.app };
  } catch {
    // An unreadable static.json is reported by the report stage; the repository can still say.
  }
  if (!repositoryPresent(ctx.repoRoot, '.')) return {};
  return { app: resolveApp(scanRepository(ctx.repoRoot, '.', { exclude: insideRepo(ctx.repoRoot, ownPathsOf(ctx)) }), ctx.config).facts() };
}

/** The operator's directory (flag or input), else `.twelve-factor/` under the audited path; see resolveArtifactsDir. */
export function artifactsDirOf(opts: CommandOptions, config: Config): string {
  if (opts.artifacts) return resolveArtifactsDir(opts.repoRoot, opts.artifacts, true);
  return resolveArtifactsDir(opts.repoRoot, path.join(config.path, '.twelve-factor'), false);
}

/**
 * One engine behind the CLI and the action. Stage commands share nothing
 * but the artifacts directory. Errors: `ConfigError`, `PathRefusedError` (a
 * path that leaves the workspace) and `StageFileError` (a stage file
 * missing, of another schema version, edited, or naming another image) are
 * the user's to fix; the CLI exits 2 on them.
 * `StageFailedError` means the stage ran and failed (build error, harness
 * failure), already recorded in its stage file for the report.
 */
export async function runCommand(opts: CommandOptions): Promise<CommandResult> {
  const resolved = resolveConfig(opts);
  const { config, file: configFile } = resolved;
  const artifactsDir = artifactsDirOf(opts, config);
  // Every value the config hands on is redacted from every line and file this command writes.
  const redactor = new Redactor(configValues(config));
  const progress = opts.progress ? (line: string) => opts.progress!(redactor.text(line)) : undefined;
  if (resolved.policy && resolved.policy.changes.length > 0) {
    progress?.(`policy from ${resolved.policy.source}; this pull request's changes to ${resolved.policy.changes.map((c) => c.key).join(', ')} apply once merged`);
  }
  const ctx: StageContext = {
    repoRoot: opts.repoRoot,
    config,
    artifactsDir,
    ...(configFile ? { configFile } : {}),
    ...(opts.runId ? { runId: opts.runId } : {}),
    ...(opts.repository ? { repository: opts.repository } : {}),
    ...(progress ? { progress } : {}),
    ...(opts.signal ? { signal: opts.signal } : {}),
    ...(opts.contextExcludes ? { contextExcludes: opts.contextExcludes } : {}),
  };
  if ((opts.command === 'release' || opts.command === 'run') && opts.skipAfterFailedBuild) {
    const failed = recordedBuildFailure(artifactsDir);
    if (failed) return { data: { skipped: `the build failed (${failed}); nothing to ${opts.command}, the report says why` }, config, artifactsDir };
  }
  switch (opts.command) {
    case 'audit': {
      // One walk of the repository serves both the question "one app or several?" and the audit.
      const listedBy = listingOf(ctx);
      const apps = monorepoApps(ctx, listedBy);
      if (apps) return auditEach(ctx, opts, apps, resolved, listedBy);
      const result = await timed(opts.onStage, 'static audit', () => audit({ repoRoot: opts.repoRoot, config, ownPaths: ownPathsOf(ctx), listedBy, ...(opts.repository ? { repository: opts.repository } : {}) }));
      const judged = stamped(result.report, resolved);
      const report = await withBaseline(judged, opts.baseline, { apps: [{ path: config.path, config }], failOn: config['fail-on'], ...baselineExtras(ctx, opts) });
      if (opts.writeArtifacts !== false) {
        writeStageFile(artifactsDir, 'static', staticFileOf(judged, result.app, config));
        writeReportFiles(report, artifactsDir);
      }
      return { report, config, artifactsDir };
    }
    case 'build': {
      const { build, file } = await timed(opts.onStage, 'build', () => buildStage(ctx));
      return { data: { 'image-id': build.imageId, file, tarball: build.tarball, builder: build.builder }, config, artifactsDir };
    }
    case 'release': {
      const { release, file } = await timed(opts.onStage, 'release', () => releaseStage(ctx));
      return { data: { 'release-id': release.releaseId, 'image-id': release.imageId, configHash: release.configHash, file }, config, artifactsDir };
    }
    case 'run': {
      const { runtime, file } = await timed(opts.onStage, 'run', () => runStage({ ...ctx, ...appFactsFor(ctx) }));
      return {
        data: { 'image-id': runtime.imageId, 'release-id': runtime.releaseId, boot: runtime.facts?.boot.outcome, file },
        config,
        artifactsDir,
      };
    }
    case 'report':
      return timed(opts.onStage, 'report', () => report(ctx, opts, resolved));
    case 'all':
      return all(ctx, opts, resolved);
    case 'discover':
      return { data: { apps: discoverApps(opts.repoRoot, config) }, config, artifactsDir };
  }
}

function baselineExtras(ctx: StageContext, opts: CommandOptions) {
  return { ...(ctx.configFile ? { configFile: ctx.configFile } : {}), ...(opts.progress ? { progress: opts.progress } : {}) };
}

/** The failure build.json records, when the build stage ran and failed; anything else is undefined. */
function recordedBuildFailure(dir: string): string | undefined {
  try {
    const build = readStageFileIfPresent(dir, 'build');
    return build && build.status !== 'ok' ? (build.error?.message ?? 'status failed') : undefined;
  } catch {
    // An unreadable build.json is the stage's own error to report.
    return undefined;
  }
}

/**
 * The apps of a monorepo, when the audited path was left at the repository
 * root and the root holds no app but several live below it: each is
 * audited as its own app, in its own folder of the artifacts directory.
 */
function monorepoApps(ctx: StageContext, listing = listingOf(ctx)): Array<{ id: string; path: string }> | undefined {
  if (normaliseAppPath(ctx.config.path) !== '.' || ctx.config.dockerfile !== 'Dockerfile') return undefined;
  const loc = locateApp(listing, ctx.config);
  if (!loc.monorepo) return undefined;
  const ids = new Set<string>();
  return loc.monorepo.map((p) => {
    let id = appId(p);
    for (let n = 2; ids.has(id); n++) id = `${appId(p)}-${n}`;
    ids.add(id);
    return { id, path: p };
  });
}

/** The repository as the audit lists it (the auditor's own files left out); audits given it as `listedBy` walk it no more. */
function listingOf(ctx: StageContext): Snapshot {
  return scanRepository(ctx.repoRoot, '.', { exclude: insideRepo(ctx.repoRoot, ownPathsOf(ctx)) });
}

/** `audit` over a monorepo: one static audit per app, then one merged report (as the monorepo workflow makes). */
async function auditEach(ctx: StageContext, opts: CommandOptions, apps: Array<{ id: string; path: string }>, resolved: ResolvedConfig, listedBy: Snapshot): Promise<CommandResult> {
  ctx.progress?.(`the repository root holds no app: auditing each of ${apps.length} apps (${apps.map((a) => a.path).join(', ')})`);
  for (const a of apps) {
    const dir = path.join(ctx.artifactsDir, a.id);
    const config = { ...ctx.config, path: a.path };
    const result = audit({ repoRoot: ctx.repoRoot, config, ownPaths: ownPathsOf(ctx), listedBy, ...(opts.repository ? { repository: opts.repository } : {}) });
    const judged = stamped(result.report, resolved);
    writeStageFile(dir, 'static', staticFileOf(judged, result.app, config));
    writeReportFiles(judged, dir);
  }
  return report(ctx, opts, resolved, apps.map((a) => path.join(ctx.artifactsDir, a.id)));
}

/**
 * The report over one app's stage files, or, when the artifacts directory
 * holds one folder per app (a monorepo fanned out by the workflow), one
 * report per app in its folder and one merged report at the top.
 */
async function report(ctx: StageContext, opts: CommandOptions, resolved: ResolvedConfig, knownAppDirs?: string[]): Promise<CommandResult> {
  // The apps this invocation audited, when it knows them: stage files left at the top by an earlier single-app run are not one of them.
  const appDirs = knownAppDirs ?? appArtifactDirs(ctx.artifactsDir);
  const parts = (appDirs ?? [ctx.artifactsDir]).map((dir) => {
    const appPath = appDirs ? appPathOf(dir) : ctx.config.path;
    const judged = reportStage({ ...ctx, artifactsDir: dir, config: { ...ctx.config, path: appPath } });
    const result = { ...judged, report: stamped(judged.report, resolved) };
    if (result.app) writeStageFile(dir, 'static', staticFileOf(result.report, result.app, result.config));
    if (appDirs) writeReportFiles(result.report, dir);
    return { path: appPath, ...result };
  });
  const first = parts[0]!;
  const config = opts.failOn ? { ...first.config, 'fail-on': opts.failOn } : first.config;
  const stampedMerge = stamped(mergeAppReports(parts), { ...(first.report.policy ? { policy: first.report.policy } : {}), diagnostics: [], config: ctx.config });
  const merged = await withBaseline(stampedMerge, opts.baseline, {
    apps: parts.map((p) => ({ path: p.path, config: p.config })),
    failOn: config['fail-on'],
    ...baselineExtras(ctx, opts),
  });
  writeReportFiles(merged, ctx.artifactsDir);
  return { report: merged, config, artifactsDir: ctx.artifactsDir };
}

/**
 * Every stage in one process, through the same stage files as separate jobs
 * would use, so `all` and the split workflow judge alike. A stage that fails
 * is recorded and the next ones are skipped; the report always comes out.
 * Docker objects of this invocation (the built image included) are removed
 * at the end. The run uses the image the build left in the engine, so no
 * image.tar.gz is written (0.25–1.9 GB and seconds a run) unless asked for.
 */
async function all(ctx: StageContext, opts: CommandOptions, resolved: ResolvedConfig): Promise<CommandResult> {
  const apps = monorepoApps(ctx);
  if (apps) {
    // A monorepo: every app through its own stages, in its own folder, then one report over all of them.
    ctx.progress?.(`the repository root holds no app: building, releasing and running each of ${apps.length} apps`);
    for (const a of apps) {
      const sub: StageContext = { ...ctx, artifactsDir: path.join(ctx.artifactsDir, a.id), config: { ...ctx.config, path: a.path } };
      const audited = audit({ repoRoot: ctx.repoRoot, config: sub.config, ownPaths: ownPathsOf(ctx), ...(opts.repository ? { repository: opts.repository } : {}) });
      writeStageFile(sub.artifactsDir, 'static', staticFileOf(stamped(audited.report, resolved), audited.app, sub.config));
      await stagesOf({ ...sub, app: audited.app.facts() }, opts);
    }
    return timed(opts.onStage, 'report', () => report(ctx, opts, resolved, apps.map((a) => path.join(ctx.artifactsDir, a.id))));
  }
  await stagesOf({ ...ctx, ...appFactsFor(ctx) }, opts);
  return timed(opts.onStage, 'report', () => report(ctx, opts, resolved));
}

/** Build, release and run one app in one process; a stage that fails is recorded and the next ones are skipped. */
async function stagesOf(ctx: StageContext, opts: CommandOptions): Promise<void> {
  const { newRunId, sweep } = await import('../evidence/container/index');
  const runCtx = { ...ctx, runId: ctx.runId ?? newRunId(), saveImage: opts.saveImage === true };
  try {
    const stages: [string, () => Promise<unknown>][] = [
      ['build', () => buildStage(runCtx)],
      ['release', async () => releaseStage(runCtx)],
      ['run', () => runStage(runCtx)],
    ];
    for (const [name, stage] of stages) {
      try {
        await timed(opts.onStage, name, stage);
      } catch (e) {
        if (!(e instanceof StageFailedError || e instanceof StageFileError)) throw e;
        ctx.progress?.(`${name} stage did not complete: ${e.message}`);
        break;
      }
    }
  } finally {
    // Only this invocation's own run id: never someone else's objects.
    if (!opts.runId) await sweep({ runId: runCtx.runId }).catch(() => undefined);
  }
}
