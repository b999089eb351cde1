import { rmSync } from 'node:fs';
import { STAGE_SCHEMA_VERSION, type ReleaseFile } from '../../model/stages';
import { TOOL_NAME, TOOL_VERSION } from '../../version';
import type { StageContext } from './context';
import { displayPath, readStageFile, StageFileError, stageFilePath, writeStageFile } from './files';
import { configHash, deriveReleaseId, envNamesOf, releaseDigest } from './release-id';

/**
 * The release stage binds the built image to the run config. It builds
 * nothing and runs nothing: it reads build.json, hashes the config and
 * writes release.json.
 */
export function releaseStage(ctx: StageContext): { release: ReleaseFile; file: string } {
  const build = readStageFile(ctx.artifactsDir, 'build');
  if (build.status !== 'ok' || !build.imageId) {
    throw new StageFileError(
      displayPath(stageFilePath(ctx.artifactsDir, 'build')),
      'a successful build (status "ok" with an imageId) to release',
      `records a failed build${build.error ? ` (${build.error.message})` : ''}`,
    );
  }
  // A new release invalidates any earlier run of another release.
  rmSync(stageFilePath(ctx.artifactsDir, 'run'), { force: true });
  const hash = configHash(ctx.config);
  const releaseId = deriveReleaseId(build.imageId, hash);
  const envNames = envNamesOf(ctx.config);
  const release: ReleaseFile = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: 'release',
    releaseId,
    imageId: build.imageId,
    configHash: hash,
    envNames,
    ...(build.revision ? { revision: build.revision } : {}),
    createdAt: new Date().toISOString(),
    digest: releaseDigest({ releaseId, imageId: build.imageId, configHash: hash, envNames }),
  };
  const file = writeStageFile(ctx.artifactsDir, 'release', release);
  ctx.progress?.(`release ${releaseId}: image ${build.imageId}, config ${hash}`);
  return { release, file };
}
