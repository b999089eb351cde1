import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { locateApp } from '../../evidence/repo/app/discover';
import { scanRepository } from '../../evidence/repo/snapshot';
import { STAGE_SCHEMA_VERSION, type BuildFile } from '../../model/stages';
import { buildImage, newRunId, ociLabels, saveImage } from '../../evidence/container/index';
import { configValues } from '../../config/values';
import { parseDockerfile } from '../../evidence/repo/parsers/dockerfile';
import { headCommit } from '../../util/git';
import { imageEnvValues, type NamedValue, Redactor } from '../../util/redact';
import { readRegularFile } from '../../util/regular-file';
import { resolveInWorkspace } from '../../util/workspace-path';
import { TOOL_NAME, TOOL_VERSION } from '../../version';
import { type StageContext, StageFailedError } from './context';
import { displayPath, IMAGE_TARBALL, stageFilePath, writeStageFile } from './files';

/**
 * The build stage: builds the audited path's image with OCI labels, saves it
 * to image.tar.gz next to build.json (unless `saveImage` is false: the run
 * happens in this process on this engine), and records the image id every later
 * stage checks. A failing build is recorded (step and log tail) before the
 * stage fails, so the report can say why.
 */
export async function buildStage(ctx: StageContext): Promise<{ build: BuildFile; file: string }> {
  const { config } = ctx;
  const app = ctx.app ?? locateOnly(ctx);
  // Located paths may come from static.json, written in another job: they too must lead inside the workspace.
  const contextDir = resolveInWorkspace(ctx.repoRoot, ctx.repoRoot, app.context, 'context');
  const dockerfile = path.relative(contextDir, resolveInWorkspace(ctx.repoRoot, ctx.repoRoot, app.dockerfile ?? path.join(config.path, config.dockerfile), 'dockerfile'));
  const revision = headCommit(ctx.repoRoot);
  const source = ctx.repository?.serverUrl && ctx.repository.slug ? `${ctx.repository.serverUrl}/${ctx.repository.slug}` : undefined;
  const startedAt = new Date();
  const tarball = path.join(ctx.artifactsDir, IMAGE_TARBALL);
  // A new build invalidates everything downstream: a stale tarball, release or run must never pass for this build's.
  for (const stale of [tarball, stageFilePath(ctx.artifactsDir, 'build'), stageFilePath(ctx.artifactsDir, 'release'), stageFilePath(ctx.artifactsDir, 'run')]) {
    rmSync(stale, { force: true });
  }

  const base = {
    schemaVersion: STAGE_SCHEMA_VERSION as typeof STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: 'build' as const,
    dockerfile: toPosix(path.relative(ctx.repoRoot, path.resolve(contextDir, dockerfile))),
    context: toPosix(path.relative(ctx.repoRoot, contextDir)) || '.',
    ...(config.build.target ? { target: config.build.target } : {}),
    ...(revision ? { revision } : {}),
    startedAt: startedAt.toISOString(),
  };

  // Build output echoes build args and the Dockerfile's ENV values as easily as anything: redacted before it goes anywhere.
  const redactor = new Redactor([...configValues(config), ...dockerfileEnvValues(path.resolve(contextDir, dockerfile))]);
  const progress = ctx.progress ? (line: string) => ctx.progress!(redactor.text(line)) : undefined;
  progress?.(`building ${base.dockerfile} (context ${base.context})`);
  const fail = (message: string, step: string | undefined, logTail: string[], builder: string, durationMs: number): never => {
    const build: BuildFile = redactor.deep({
      ...base,
      status: 'failed',
      labels: {},
      builder,
      durationMs,
      error: { message, ...(step ? { step } : {}), logTail },
    });
    const file = writeStageFile(ctx.artifactsDir, 'build', build);
    throw new StageFailedError('build', displayPath(file), redactor.text(`${message}${step ? ` (at ${step})` : ''}`));
  };
  let result: Awaited<ReturnType<typeof buildImage>>;
  try {
    result = await buildImage({
    contextDir,
    dockerfile,
    ...(config.build.target ? { target: config.build.target } : {}),
    buildArgs: config.build.args,
    labels: ociLabels({ revision, source, created: startedAt }),
    runId: ctx.runId ?? newRunId(),
    // Stage files and the auditor's checkout never reach the audited image, wherever the user put them.
    exclude: [ctx.artifactsDir, ...(ctx.contextExcludes ?? [])],
    timeoutMs: config.build.timeout * 1000,
    ...(progress ? { onProgress: progress } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
    });
  } catch (e) {
    return fail((e as Error).message, undefined, [], 'unknown', Date.now() - startedAt.getTime());
  }
  if (!result.ok) return fail(result.message, result.step, result.logTail, result.builder, result.durationMs);

  if (ctx.saveImage === false) {
    progress?.(`built ${result.imageId}; kept in the engine for this run (no image tarball: nothing later needs one)`);
    return record({ ...base, status: 'ok', imageId: result.imageId, labels: result.labels, builder: result.builder, durationMs: result.durationMs });
  }
  progress?.(`built ${result.imageId}; saving ${displayPath(tarball)}`);
  try {
    // The artifacts directory may not exist yet: build is usually the first stage to write there.
    mkdirSync(ctx.artifactsDir, { recursive: true });
    await saveImage(result.imageId, tarball);
  } catch (e) {
    rmSync(tarball, { force: true });
    return fail(`docker save of ${result.imageId} failed: ${(e as Error).message}`, undefined, [], result.builder, result.durationMs);
  }
  return record({ ...base, status: 'ok', imageId: result.imageId, tarball: IMAGE_TARBALL, labels: result.labels, builder: result.builder, durationMs: result.durationMs });

  /** Writes build.json, redacted: build args and the Dockerfile's ENV values never reach it. */
  function record(build: BuildFile): { build: BuildFile; file: string } {
    const redacted: BuildFile = redactor.deep(build);
    return { build: redacted, file: writeStageFile(ctx.artifactsDir, 'build', redacted) };
  }
}

const toPosix = (p: string) => p.split(path.sep).join('/');

/** Where the app's Dockerfile and context are, when no static reading handed them over: a walk, no content scan. */
function locateOnly(ctx: StageContext): { context: string; dockerfile?: string } {
  const loc = locateApp(scanRepository(ctx.repoRoot, '.'), ctx.config);
  return { context: loc.context, ...(loc.dockerfile ? { dockerfile: loc.dockerfile } : {}) };
}

/** The ENV values the Dockerfile bakes into the image (what the built image's ENV will hold). */
function dockerfileEnvValues(file: string): NamedValue[] {
  const read = readRegularFile(file, 1024 * 1024);
  if (read.kind !== 'text') return [];
  const envs = parseDockerfile(read.text).envs.filter((e) => e.keyword === 'ENV' && e.value !== undefined);
  return imageEnvValues(envs.map((e) => `${e.name}=${e.value}`));
}
