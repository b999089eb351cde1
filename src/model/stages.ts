import { z } from 'zod';
import { RuntimeFactsSchema } from './runtime';

/**
 * Stage files: the only things build, release, run and report share across
 * jobs. Each carries its own schema version; a reader refuses any other.
 */
export const STAGE_SCHEMA_VERSION = 1;

const stageHeader = {
  schemaVersion: z.literal(STAGE_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
};

export const BuildFileSchema = z.object({
  ...stageHeader,
  stage: z.literal('build'),
  status: z.enum(['ok', 'failed']),
  /** `sha256:…` of the built image, the identity every later stage checks. */
  imageId: z.string().optional(),
  /** Tarball from `docker save`, relative to the artifacts directory. */
  tarball: z.string().optional(),
  dockerfile: z.string(),
  context: z.string(),
  target: z.string().optional(),
  revision: z.string().optional(),
  labels: z.record(z.string(), z.string()).default({}),
  builder: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Why the build failed: the failing step and the last lines of its output. */
  error: z.object({ message: z.string(), step: z.string().optional(), logTail: z.array(z.string()) }).optional(),
});

export const ReleaseFileSchema = z.object({
  ...stageHeader,
  stage: z.literal('release'),
  releaseId: z.string(),
  imageId: z.string(),
  /** sha256 over the config's env names and values together; values are never written. */
  configHash: z.string(),
  envNames: z.array(z.string()),
  createdAt: z.string(),
});

export const RuntimeFileSchema = z.object({
  ...stageHeader,
  stage: z.literal('run'),
  status: z.enum(['ok', 'failed']),
  releaseId: z.string().optional(),
  imageId: z.string().optional(),
  facts: RuntimeFactsSchema.optional(),
  error: z.string().optional(),
});

export type BuildFile = z.infer<typeof BuildFileSchema>;
export type ReleaseFile = z.infer<typeof ReleaseFileSchema>;
export type RuntimeFile = z.infer<typeof RuntimeFileSchema>;
