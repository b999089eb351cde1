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
  /**
   * `ready`: listening on a given port (and answering an accepted status on `httpPath`).
   * `other-port`: seen listening on a port nobody gave it (or on a given one, loopback only): the wait ended there.
   * `unhealthy`: accepting on a given port, but `httpPath` never answered an accepted status.
   */
  outcome: z.enum(['ready', 'timeout', 'exited', 'error', 'not-applicable', 'other-port', 'unhealthy']),
  /** The port the app bound when it bound a given one; else the port given in PORT. */
  port: z.number().int().nullable(),
  /** Each port variable given to the app and its port, e.g. { PORT: 23817, SERVER_PORT: 31044 }. */
  ports: z.record(z.string(), z.number().int()).optional(),
  /** The variable whose port the app bound (e.g. SERVER_PORT), when it bound one. */
  portVariable: z.string().optional(),
  /** run.port fixed every port variable: whether the app reads $PORT was not tested. */
  fixedPort: z.boolean().optional(),
  timeoutMs: z.number().int(),
  readyMs: z.number().optional(),
  /** When the given port first accepted a TCP connection (readyMs adds the HTTP check on httpPath). */
  acceptedMs: z.number().optional(),
  httpPath: z.string().optional(),
  /** The last status httpPath answered during the wait. */
  httpStatus: z.number().int().optional(),
  /** The statuses httpPath had to answer, e.g. "2xx, 3xx". */
  readyStatuses: z.string().optional(),
  /** Ports the process listens on inside the container when it did not bind $PORT. */
  listeningPorts: z.array(z.number().int()).optional(),
  /** When the app was first seen listening on a port it was not given (outcome other-port). */
  listenerSeenMs: z.number().optional(),
  /** How long the boot wait lasted when it ended without the app ready. */
  waitedMs: z.number().optional(),
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
  /** The port the requests went to: the one the app was found listening on. */
  port: z.number().int().optional(),
  requests: z.number().int(),
  /** How many requests got each status. */
  statuses: z.record(z.string(), z.number().int()),
  /** Requests that got no HTTP answer at all. */
  errors: z.number().int(),
  /** Requests answered with a status run.ready-status accepts: the app really served them. */
  served: z.number().int().optional(),
});

/** Entries of a `docker diff` classified one by one; beyond it they are only counted, so a container cannot stall the audit. */
export const MAX_DIFF_ENTRIES = 20_000;

export const FilesystemFactsSchema = z.object({
  /** Files added or changed outside temp dirs (factor VI). */
  written: z.array(z.string()),
  /** Empty directories added or changed outside temp dirs: created at start, holding nothing, not state. */
  directories: z.array(z.string()).optional(),
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
    z.object({
      port: z.number().int(),
      /** The variable of `port`, when the copy was given one; absent for a port found by listening. */
      variable: z.string().optional(),
      outcome: z.string(),
      readyMs: z.number().optional(),
      message: z.string().optional(),
    }),
  ),
});

/** One request of the shared-state probe, as sent and as answered (bounded, control characters removed). */
export const StateRequestSchema = z.object({
  replica: z.number().int(),
  method: z.string(),
  path: z.string(),
  status: z.number().int().optional(),
  body: z.string().optional(),
  error: z.string().optional(),
});

/**
 * Write through one replica, read through the other (factor VI): `not-shared`
 * when the second answers as if the write never happened, `shared` when it
 * answers with what the write changed; `inconclusive` and `not-checked` say why.
 */
export const SharedStateFactsSchema = z.object({
  status: z.enum(['shared', 'not-shared', 'inconclusive', 'not-checked']),
  /** `http-path`: GETs on run.http-path are the writes; `replica-check`: the configured write and read. */
  mode: z.enum(['http-path', 'replica-check']).optional(),
  message: z.string(),
  requests: z.array(StateRequestSchema).default([]),
});

/** Whether a probe ran: `cancelled` and `not-tried` (with why) are never judged as if it had. */
export const ProbeStatusSchema = z.object({
  status: z.enum(['done', 'cancelled', 'not-tried', 'error']),
  why: z.string().optional(),
});
export const PROBE_NAMES = ['services', 'admin', 'boot', 'replicas', 'shared-state', 'exercise', 'shutdown', 'filesystem', 'logs'] as const;
export type ProbeName = (typeof PROBE_NAMES)[number];

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
  sharedState: SharedStateFactsSchema.optional(),
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
  /** Each probe's status; a runtime.json from before this field has none. */
  probes: z.partialRecord(z.enum(PROBE_NAMES), ProbeStatusSchema).optional(),
  /** Probes that could not run, with why. */
  errors: z.array(z.object({ probe: z.string(), message: z.string() })).default([]),
  sandbox: SandboxFactsSchema.optional(),
});

export type RuntimeFacts = z.infer<typeof RuntimeFactsSchema>;
export type ExerciseFacts = z.infer<typeof ExerciseFactsSchema>;

/** `404 ×5, no answer ×2`: what the exercise requests got, for messages. */
export function describeAnswers(e: Pick<ExerciseFacts, 'statuses' | 'errors'>): string {
  const parts = Object.entries(e.statuses).map(([status, n]) => `${status} ×${n}`);
  if (e.errors > 0) parts.push(`no answer ×${e.errors}`);
  return parts.join(', ') || 'no requests';
}
export type BootFacts = z.infer<typeof BootFactsSchema>;
export type ShutdownFacts = z.infer<typeof ShutdownFactsSchema>;
export type ProbeStatus = z.infer<typeof ProbeStatusSchema>;
export type SharedStateFacts = z.infer<typeof SharedStateFactsSchema>;
export type LogCapture = z.infer<typeof LogCaptureSchema>;
export type SandboxFacts = z.infer<typeof SandboxFactsSchema>;
