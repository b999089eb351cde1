import { z } from 'zod';
import { AppSchema, ClaimSchema, DiagnosticSchema, FindingSchema, PolicySchema } from './report';
import { AppFactsSchema } from './app';
import { RuntimeFactsSchema } from './runtime';

/**
 * Stage files: the only things build, release, run and report share across
 * jobs. Each carries its own schema version; a reader refuses any other.
 */
export const STAGE_SCHEMA_VERSION = 1;
/** static.json's own version: 2 carries the app model's facts and findings with roles and conditions. */
export const STATIC_SCHEMA_VERSION = 2;

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
  /** sha256 over the run-relevant config (env names and values together, run settings, admin, services); values are never written. */
  configHash: z.string(),
  envNames: z.array(z.string()),
  /** Revision the image was built from, copied from build.json when known. */
  revision: z.string().optional(),
  createdAt: z.string(),
  /** sha256 binding releaseId, imageId, configHash and envNames; recomputed on every read to catch edits. */
  digest: z.string(),
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

/**
 * The static half of an audit, for a report job that never checks out the
 * repository: static findings, claims as found (judged later against the
 * runtime facts), and the config with every env value redacted.
 */
export const StaticFileSchema = z.object({
  schemaVersion: z.literal(STATIC_SCHEMA_VERSION),
  tool: z.object({ name: z.string(), version: z.string() }),
  stage: z.literal('static'),
  /** What the static reading knows of the app, for the run stage (port variables) and runtime checks (severity). */
  app: AppFactsSchema.optional(),
  repository: z.object({
    path: z.string(),
    commit: z.string().optional(),
    ref: z.string().optional(),
    slug: z.string().optional(),
    serverUrl: z.string().optional(),
  }),
  /** The config with env values replaced by a placeholder: thresholds, ignores and names survive, secrets do not. */
  config: z.unknown(),
  findings: z.array(FindingSchema),
  claims: z.array(ClaimSchema),
  diagnostics: z.array(DiagnosticSchema).default([]),
  /** The deployable apps the scan saw, as the report lists them. */
  apps: z.array(AppSchema).default([]),
  /** The policy applied on a pull request and the changes it asked for (the config above is the applied one). */
  policy: PolicySchema.optional(),
  createdAt: z.string(),
});

export type BuildFile = z.infer<typeof BuildFileSchema>;
export type StaticFile = z.infer<typeof StaticFileSchema>;
export type ReleaseFile = z.infer<typeof ReleaseFileSchema>;
export type RuntimeFile = z.infer<typeof RuntimeFileSchema>;
