/**
 * The runtime stage's public API: build, move and boot images, and measure
 * what the app does. Stage commands call only these functions; dockerode
 * stays behind `./docker`.
 *
 * - `buildImage(opts)`        BuildKit build of a context dir; never throws for a failing Dockerfile.
 * - `ociLabels({revision, source, created})` labels to pass to `buildImage`.
 * - `saveImage(id, tar)`, `loadImage(tar) => id`, `imageExists(id)`, `removeImage(id)`, `inspectImage(ref)`.
 * - `runProbes(opts) => RuntimeFacts` boots the image in a sandbox and runs every probe; app misbehaviour
 *   is recorded in the facts (never thrown); only an unreachable engine throws `DockerUnavailableError`.
 * - `sweep({runId?, olderThanMs?})` removes objects by run label; `STALE_AFTER_MS` is the stale threshold.
 * - `installCleanupHandlers()` removes this process's live objects on SIGINT/SIGTERM, then exits 130/143.
 * - `newRunId()` a fresh run id for labels.
 */
export { buildImage, contextTar, ociLabels } from './build';
export { installCleanupHandlers, removeTracked, STALE_AFTER_MS, sweep } from './cleanup';
export {
  DockerUnavailableError,
  dockerSocket,
  type ImageInfo,
  imageExists,
  inspectImage,
  loadImage,
  ping,
  removeImage,
  saveImage,
} from './docker';
export { newRunId, runProbes } from './probes';
export {
  type Builder,
  type BuildOptions,
  type BuildResult,
  CREATED_LABEL,
  type ProbeOptions,
  type Progress,
  ROLE_LABEL,
  RUN_LABEL,
  type SweepOptions,
  type SweepResult,
} from './types';
