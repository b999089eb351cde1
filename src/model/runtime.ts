import { z } from 'zod';

/**
 * Facts the runtime stage measured. Probes record facts only; the judge turns
 * them into findings using thresholds from the config. Env values never appear
 * here, only names.
 */
export const LogCaptureSchema = z.object({
  stdoutBytes: z.number().int().nonnegative(),
  stderrBytes: z.number().int().nonnegative(),
  stdoutLines: z.number().int().nonnegative(),
  stderrLines: z.number().int().nonnegative(),
  /** First and last lines, bounded; `truncated` says lines were dropped between them. */
  head: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string() })),
  tail: z.array(z.object({ stream: z.enum(['stdout', 'stderr']), text: z.string() })),
  truncated: z.boolean(),
});

export const BootFactsSchema = z.object({
  outcome: z.enum(['ready', 'timeout', 'exited', 'error', 'not-applicable']),
  port: z.number().int().nullable(),
  timeoutMs: z.number().int(),
  readyMs: z.number().optional(),
  httpPath: z.string().optional(),
  httpStatus: z.number().int().optional(),
  /** Ports the process listens on inside the container when it did not bind $PORT. */
  listeningPorts: z.array(z.number().int()).optional(),
  exitCode: z.number().int().optional(),
  oomKilled: z.boolean().optional(),
  message: z.string().optional(),
  /** Every socket the process listened on when it did not bind $PORT, with loopback-only ones marked. */
  listeners: z.array(z.object({ ip: z.string(), port: z.number().int(), loopbackOnly: z.boolean() })).optional(),
  /** Last output lines when the app exited or never became ready. */
  logTail: z.array(z.string()).optional(),
});

export const ShutdownFactsSchema = z.object({
  signal: z.string(),
  graceMs: z.number().int(),
  elapsedMs: z.number(),
  exitCode: z.number().int().nullable(),
  /** True when the grace period ran out and the container had to be SIGKILLed. */
  killed: z.boolean(),
  classification: z.enum(['graceful', 'signal-default', 'killed', 'error-exit', 'not-running']),
  oomKilled: z.boolean().optional(),
  /** Name of the signal behind an exit code above 128 (e.g. SIGTERM for 143). */
  exitSignal: z.string().optional(),
  /** The image runs `/bin/sh -c …` as PID 1, the usual reason a stop signal is swallowed. */
  shellForm: z.boolean().optional(),
});

export const ExerciseFactsSchema = z.object({
  path: z.string(),
  requests: z.number().int(),
  statuses: z.record(z.string(), z.number().int()),
  errors: z.number().int(),
});

/** Entries of a `docker diff` classified one by one; beyond it they are only counted, so a container cannot stall the audit. */
export const MAX_DIFF_ENTRIES = 20_000;

export const FilesystemFactsSchema = z.object({
  /** Paths added or changed outside temp dirs (factor VI). */
  written: z.array(z.string()),
  /** Paths that look like log files (factor XI). */
  logFiles: z.array(z.string()),
  /** Writes under /tmp and friends, counted but not judged. */
  tempWrites: z.number().int(),
  /** Paths added or changed in the diff, all of them (the lists above are bounded). */
  total: z.number().int().optional(),
  /** The diff held more entries than the auditor classifies; the rest were counted only. */
  capped: z.boolean().optional(),
});

export const ReplicaFactsSchema = z.object({
  requested: z.number().int(),
  ready: z.number().int(),
  replicas: z.array(
    z.object({ port: z.number().int(), outcome: z.string(), readyMs: z.number().optional(), message: z.string().optional() }),
  ),
});

export const AdminRunSchema = z.object({
  command: z.array(z.string()),
  exitCode: z.number().int().nullable(),
  durationMs: z.number(),
  timedOut: z.boolean(),
  outputTail: z.array(z.string()),
  imageId: z.string(),
  /** Set when the command failed in the hardened sandbox and ran again as the image says: what happened the first time. */
  relaxedBecause: z.string().optional(),
});

export const ServiceFactsSchema = z.object({
  name: z.string(),
  image: z.string(),
  ready: z.boolean(),
  readyMs: z.number().optional(),
  env: z.array(z.string()),
  /** Whether the app opened a connection to the service during the run, when that could be observed. */
  used: z.boolean().optional(),
  /** Established app↔service connections observed, when observed. */
  connections: z.number().int().optional(),
  /** Address the app was given (`{host}`:`{port}`). */
  host: z.string().optional(),
  port: z.number().int().optional(),
  message: z.string().optional(),
});

/** The sandbox the app's own containers ran in, as `docker inspect` showed it, and why it is what it is. */
export const SandboxFactsSchema = z.object({
  /** The user the app ran as: the image's, or 65534:65534 when the image sets none (root). */
  user: z.string(),
  userSource: z.enum(['image', 'non-root-default']),
  readOnlyRootfs: z.boolean(),
  tmpfs: z.array(z.string()),
  memoryBytes: z.number(),
  nanoCpus: z.number(),
  pidsLimit: z.number(),
  privileged: z.boolean(),
  noNewPrivileges: z.boolean(),
  mounts: z.number().int(),
  /** Why the hardened sandbox (non-root user, read-only root) was given up for the image's own settings. */
  relaxedBecause: z.string().optional(),
  /** Lines where the app reported a write the read-only root filesystem refused. */
  refusedWrites: z.array(z.string()).default([]),
  /** New connections from the run network to the host dropped by a firewall rule, or why not. */
  hostFirewall: z.object({ applied: z.boolean(), detail: z.string() }),
});

export const RuntimeFactsSchema = z.object({
  runId: z.string(),
  imageId: z.string(),
  releaseId: z.string().optional(),
  imageLabels: z.record(z.string(), z.string()).default({}),
  startedAt: z.string(),
  /** Names of env variables given to the app; values are never recorded. */
  envNames: z.array(z.string()),
  network: z.object({ name: z.string(), internal: z.boolean() }),
  stopSignal: z.string(),
  web: z.boolean(),
  boot: BootFactsSchema,
  logs: LogCaptureSchema,
  exercise: ExerciseFactsSchema.optional(),
  filesystem: FilesystemFactsSchema.optional(),
  shutdown: ShutdownFactsSchema.optional(),
  replicas: ReplicaFactsSchema.optional(),
  admin: z.array(AdminRunSchema).default([]),
  services: z.array(ServiceFactsSchema).default([]),
  /** The image's entrypoint and command, and whether they are shell form. */
  command: z
    .object({ entrypoint: z.array(z.string()).nullable(), cmd: z.array(z.string()).nullable(), shellForm: z.boolean() })
    .optional(),
  /** Whole probe run, wall clock. */
  durationMs: z.number().optional(),
  /** The run was cancelled (SIGINT, abort); facts are partial. */
  cancelled: z.boolean().optional(),
  /** Probes that could not run, with why. */
  errors: z.array(z.object({ probe: z.string(), message: z.string() })).default([]),
  sandbox: SandboxFactsSchema.optional(),
});

export type RuntimeFacts = z.infer<typeof RuntimeFactsSchema>;
export type BootFacts = z.infer<typeof BootFactsSchema>;
export type ShutdownFacts = z.infer<typeof ShutdownFactsSchema>;
export type LogCapture = z.infer<typeof LogCaptureSchema>;
export type SandboxFacts = z.infer<typeof SandboxFactsSchema>;
