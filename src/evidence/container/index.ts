/**
 * The runtime stage's public API: build, move and boot images, and measure
 * what the app does. Stage commands call only these functions; dockerode
 * stays behind `./docker`, reached through the `ContainerClient` interface.
 *
 * - `buildImage(opts)`        BuildKit build of a context dir; never throws for a failing Dockerfile.
 * - `ociLabels({revision, source, created})` labels to pass to `buildImage`.
 * - `saveImage(id, tar)`, `loadImage(tar) => id`, `imageExists(id)`, `removeImage(id)`, `inspectImage(ref)`.
 * - `runProbes(opts) => RuntimeFacts` boots the image in a sandbox and runs every probe; app misbehaviour
 *   is recorded in the facts (never thrown); only an unreachable engine throws `DockerUnavailableError`.
 * - `sweep({runId?, olderThanMs?})` removes objects by run label; `STALE_AFTER_MS` is the stale threshold.
 * - `installCleanupHandlers()` removes this process's live objects on SIGINT/SIGTERM, then exits 130/143.
 * - `newRunId()` a fresh run id for labels.
 * - `createContainerClient()` the dockerode-backed `ContainerClient`; `runProbes` takes another in `client`.
 */
import type { ImageInfo } from './client';
import { defaultContainerClient } from './docker';

export { buildImage, contextTar, ociLabels } from './build';
export { installCleanupHandlers, removeTracked, STALE_AFTER_MS, sweep } from './cleanup';
export { type ContainerClient, DockerUnavailableError, type ImageInfo } from './client';
export { createContainerClient, dockerSocket } from './docker';
export { runProbes } from './probes/run-probes';
export { newRunId } from './probes/session';
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

const engine = () => defaultContainerClient();

/** Throws DockerUnavailableError when the engine does not answer within `timeoutMs`. */
export const ping = (timeoutMs?: number): Promise<void> => engine().ping(timeoutMs);
export const inspectImage = (ref: string): Promise<ImageInfo | undefined> => engine().inspectImage(ref);
export const imageExists = async (ref: string): Promise<boolean> => (await engine().inspectImage(ref)) !== undefined;
export const removeImage = (ref: string, force = true): Promise<void> => engine().removeImage(ref, force);
/** `docker save` to a gzipped file; the tarball is the only thing the run job needs from the build job. */
export const saveImage = (ref: string, tarPath: string): Promise<void> => engine().saveImage(ref, tarPath);
/** `docker load` from a file; returns the loaded image id (`sha256:…`). */
export const loadImage = (tarPath: string): Promise<string> => engine().loadImage(tarPath);
