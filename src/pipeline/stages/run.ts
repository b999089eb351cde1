import { existsSync } from 'node:fs';
import path from 'node:path';
import { STAGE_SCHEMA_VERSION, type ReleaseFile, type RuntimeFile } from '../../model/stages';
import { imageExists, inspectImage, loadImage, newRunId, removeImage, runProbes } from '../../evidence/container/index';
import { configValues } from '../../config/values';
import { imageEnvValues, Redactor } from '../../util/redact';
import { readRegularFile } from '../../util/regular-file';
import { TOOL_NAME, TOOL_VERSION } from '../../version';
import { type StageContext, StageFailedError } from './context';
import {
  displayPath,
  IMAGE_TARBALL,
  readStageFile,
  readStageFileIfPresent,
  StageFileError,
  stageFilePath,
  writeStageFile,
} from './files';
import { verifyRelease } from './release-id';

/**
 * The run stage boots exactly the released image with exactly the released
 * config, or nothing. It re-verifies release.json (edits are caught by its
 * digest), recomputes the config hash from the config it was given, loads
 * image.tar.gz when the engine lacks the image and checks the loaded id.
 * A refusal or a probe harness failure is recorded in runtime.json before
 * the stage fails, so the report can say why the runtime was not verified.
 */
export async function runStage(ctx: StageContext): Promise<{ runtime: RuntimeFile; file: string }> {
  let release: ReleaseFile | undefined;
  let loaded = false;
  // Config values, then the image's ENV too once it is known: the app, its admin commands and services may print any of them.
  let redactor = new Redactor(configValues(ctx.config));
  try {
    release = readStageFile(ctx.artifactsDir, 'release');
    verifyRelease(release, displayPath(stageFilePath(ctx.artifactsDir, 'release')), ctx.config);
    const image = await ensureReleasedImage(ctx, release);
    loaded = image.loaded;
    redactor = new Redactor([...configValues(ctx.config), ...imageEnvValues(image.env)]);
  } catch (e) {
    const file = recordFailure(ctx, redactor.text((e as Error).message), release);
    if (e instanceof StageFileError) throw e;
    throw new StageFailedError('run', displayPath(file), redactor.text((e as Error).message));
  }

  // The whole stage is time-boxed: the probes' own waits add up to more than any one of them.
  const limitSeconds = ctx.config.run.timeout;
  const limit = new AbortController();
  const timer = setTimeout(
    () => limit.abort(new Error(`the run stage's time limit of ${limitSeconds} s (run.timeout) ran out`)),
    limitSeconds * 1000,
  );
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, limit.signal]) : limit.signal;
  const progress = ctx.progress ? (line: string) => ctx.progress!(redactor.text(line)) : undefined;
  let runtime: RuntimeFile;
  try {
    // A worker or a one-off command serves no port: the probes do not wait for one.
    const web = ctx.config.run.web ?? (ctx.app?.kind === 'worker' || ctx.app?.kind === 'one-off' ? false : webFromProcfile(ctx.repoRoot, ctx.app?.root ?? ctx.config.path));
    progress?.(`running release ${release.releaseId} (image ${release.imageId})`);
    const facts = await runProbes({
      imageId: release.imageId,
      releaseId: release.releaseId,
      config: ctx.config,
      runId: ctx.runId ?? newRunId(),
      ...(web !== undefined ? { web } : {}),
      ...portVariablesOf(ctx),
      ...(progress ? { onProgress: progress } : {}),
      signal,
    });
    if (facts.imageId !== release.imageId) {
      throw new Error(`the probes ran image ${facts.imageId}, not the released ${release.imageId}`);
    }
    runtime = redactor.deep({
      schemaVersion: STAGE_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      stage: 'run',
      status: 'ok',
      releaseId: release.releaseId,
      imageId: release.imageId,
      facts: { ...facts, releaseId: release.releaseId },
    } satisfies RuntimeFile);
  } catch (e) {
    const message = redactor.text((e as Error).message);
    const file = recordFailure(ctx, message, release);
    throw new StageFailedError('run', displayPath(file), message);
  } finally {
    clearTimeout(timer);
    // An image this stage loaded was absent before it: it goes again, like every object the auditor creates.
    if (loaded) await removeImage(release.imageId, false).catch(() => undefined);
  }
  const file = writeStageFile(ctx.artifactsDir, 'run', runtime);
  return { runtime, file };
}

/**
 * The released image in the engine, loaded from the build's image tarball when absent, and
 * provably the one released. Returns whether it was loaded here.
 */
async function ensureReleasedImage(ctx: StageContext, release: ReleaseFile): Promise<{ loaded: boolean; env: string[] }> {
  let loaded = false;
  const buildFile = displayPath(stageFilePath(ctx.artifactsDir, 'build'));
  const build = readStageFileIfPresent(ctx.artifactsDir, 'build');
  if (build?.imageId && build.imageId !== release.imageId) {
    throw new StageFileError(
      buildFile,
      `the build of image ${release.imageId}, the image release.json released`,
      `built image ${build.imageId}`,
    );
  }
  if (!(await imageExists(release.imageId))) {
    // build.json names the tarball; only a plain file name inside the artifacts directory is accepted.
    const name = build?.tarball ?? IMAGE_TARBALL;
    if (path.basename(name) !== name) {
      throw new StageFileError(buildFile, `a tarball name inside the artifacts directory (like ${IMAGE_TARBALL})`, `names tarball "${name}"`);
    }
    const tarball = path.join(ctx.artifactsDir, name);
    if (!existsSync(tarball)) {
      throw new StageFileError(
        displayPath(tarball),
        `the image tarball written by \`twelve-factor build\`, holding image ${release.imageId}`,
        'not found, and the engine does not have the released image',
      );
    }
    ctx.progress?.(`image ${release.imageId} not in the engine; loading ${displayPath(tarball)}`);
    const id = await loadImage(tarball);
    if (id !== release.imageId) {
      // Not removed: it may be an image someone else had before this load.
      throw new StageFileError(
        displayPath(tarball),
        `image ${release.imageId}, the image release.json released`,
        `holds image ${id}; refusing to run anything but the released image`,
      );
    }
    loaded = true;
  }
  const info = await inspectImage(release.imageId);
  if (info?.id !== release.imageId) {
    throw new StageFileError(
      displayPath(stageFilePath(ctx.artifactsDir, 'release')),
      'an image id (sha256:…) the engine resolves to itself',
      `names ${release.imageId}, which the engine resolves to ${info?.id ?? 'nothing'}`,
    );
  }
  return { loaded, env: info.env };
}

function recordFailure(ctx: StageContext, message: string, release?: ReleaseFile): string {
  const runtime: RuntimeFile = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: 'run',
    status: 'failed',
    ...(release ? { releaseId: release.releaseId, imageId: release.imageId } : {}),
    error: message,
  };
  return writeStageFile(ctx.artifactsDir, 'run', runtime);
}

/** The variables the app reads its port from, as the app model resolved them (PORT always comes first in the probes). */
function portVariablesOf(ctx: StageContext): { portVariables?: string[] } {
  const vars = ctx.app?.portVariables;
  return vars ? { portVariables: vars } : {};
}

/** A Procfile without a `web` process declares a worker: no port to bind, no HTTP to probe. */
export function webFromProcfile(repoRoot: string, appPath: string): boolean | undefined {
  const read = readRegularFile(path.resolve(repoRoot, appPath, 'Procfile'), 64 * 1024);
  if (read.kind !== 'text') return undefined;
  const text = read.text;
  const types = text
    .split('\n')
    .map((l) => /^([A-Za-z0-9_-]+)\s*:/.exec(l.trim())?.[1])
    .filter((t): t is string => t !== undefined);
  if (types.length === 0) return undefined;
  return types.includes('web');
}
