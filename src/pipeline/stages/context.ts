import type { Config } from '../../config/schema';
import type { AppFacts } from '../../model/app';

/** What every stage gets from the command layer. */
export interface StageContext {
  /** Absolute repository root. */
  repoRoot: string;
  config: Config;
  /** Absolute artifacts directory shared by the stages. */
  artifactsDir: string;
  /** The config file read, absolute, when there was one. */
  configFile?: string;
  /** Labels Docker objects of this invocation. */
  runId?: string;
  progress?: (line: string) => void;
  signal?: AbortSignal;
  /** The auditor's own files (its checkout), never sent in a build context. */
  contextExcludes?: string[];
  /** The audited app as the static reading resolved it (its Dockerfile and context, its kind, the variables it reads its port from). */
  app?: AppFacts;
  /** owner/name and server of the repository, for image labels and report links (the entry reads them from GITHUB_*). */
  repository?: { slug?: string; serverUrl?: string };
  /**
   * Whether the build writes the image to image.tar.gz for a later separate
   * run job (default true). `all` runs in one process on one engine and
   * needs no tarball unless asked for one.
   */
  saveImage?: boolean;
}

/**
 * A stage ran and failed (the build broke, the probes could not run); its
 * stage file says why. `exitCode` is the CLI's: 1 when the app's own build
 * failed (a verdict about the app, like a failing factor), 3 when the
 * harness could not run the probes (Docker trouble, not the app's fault).
 */
export class StageFailedError extends Error {
  readonly exitCode: 1 | 3;
  constructor(
    readonly stage: 'build' | 'release' | 'run',
    /** The stage file recording the failure. */
    readonly file: string,
    message: string,
  ) {
    super(`${stage} stage failed: ${message} (recorded in ${file})`);
    this.name = 'StageFailedError';
    this.exitCode = stage === 'build' ? 1 : 3;
  }
}
