import type { Config } from '../../config/schema';
import type { ContainerClient } from './client';

/** Label keys every Docker object the auditor creates carries. */
export const RUN_LABEL = 'io.twelve-factor.run';
/** Epoch milliseconds at creation, so a sweep can find stale runs without parsing Docker's timestamps. */
export const CREATED_LABEL = 'io.twelve-factor.created';
/** Which probe made the object (app, replica, admin, service, helper), for humans reading `docker ps`. */
export const ROLE_LABEL = 'io.twelve-factor.role';

export type Progress = (line: string) => void;

export interface BuildOptions {
  /** Absolute build context directory. */
  contextDir: string;
  /** Dockerfile path relative to contextDir (or absolute inside it). */
  dockerfile: string;
  target?: string;
  buildArgs: Record<string, string>;
  /** Extra image labels, e.g. from `ociLabels()`; the run label is added here. */
  labels: Record<string, string>;
  /** Optional tag (`repo:tag`) for humans; identity is always the image id. */
  tag?: string;
  runId: string;
  onProgress?: Progress;
  signal?: AbortSignal;
  timeoutMs: number;
  /** Build without the layer cache. */
  noCache?: boolean;
  /**
   * Absolute paths never sent, whatever `.dockerignore` says: the auditor's
   * own stage files and checkout when they sit inside the context.
   */
  exclude?: string[];
  /** Build context size limit in bytes; default MAX_CONTEXT_BYTES (2 GiB). */
  maxContextBytes?: number;
}

export type Builder = 'buildkit' | 'classic';

export type BuildResult =
  | { ok: true; imageId: string; builder: Builder; durationMs: number; labels: Record<string, string> }
  | { ok: false; message: string; step?: string; logTail: string[]; durationMs: number; builder: Builder };

export interface ProbeOptions {
  /** `sha256:…` image id (or a tag, resolved to an id before anything runs). */
  imageId: string;
  releaseId?: string;
  config: Config;
  /** Run id for labels; a fresh one is made when absent. */
  runId?: string;
  /**
   * Whether the app has a web process when the config does not say (`run.web`):
   * the stage command passes `false` for a Procfile without `web`. Default true.
   */
  web?: boolean;
  onProgress?: Progress;
  /** Aborting stops the probes early; cleanup still runs and facts record the cancellation. */
  signal?: AbortSignal;
  /**
   * Variables besides PORT the app may read its port from (SERVER_PORT,
   * ASPNETCORE_URLS …): each gets its own random port, and the facts say
   * which one the app bound. Default: PORT only.
   */
  portVariables?: string[];
  /** The engine; default the dockerode-backed client of `createContainerClient()`. */
  client?: ContainerClient;
}

export interface SweepOptions {
  /** Remove everything of this run (containers, networks, volumes, images). */
  runId?: string;
  /** Remove containers, networks and volumes of any run created longer ago than this. */
  olderThanMs?: number;
}

export interface SweepResult {
  containers: number;
  networks: number;
  volumes: number;
  images: number;
  errors: string[];
}
