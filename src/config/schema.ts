import { z } from 'zod';
import { FAIL_ON } from '../model/verdict';

const seconds = (def: number, max: number) => z.number().positive().max(max).default(def);

/**
 * Sandbox limits a config can tighten but never lift: no 0 (Docker's
 * "unlimited"), and maxima the audited container cannot exceed whatever the
 * repository asks. Documented in the README and the schema.
 */
export const SANDBOX_LIMITS = {
  memoryMin: 32 * 1024 ** 2,
  memoryMax: 8 * 1024 ** 3,
  cpusMax: 4,
  pidsMin: 16,
  pidsMax: 4096,
} as const;

/** Docker-style sizes (`512m`, `1g`, `1048576`) to bytes; NaN when it is not one. */
export function sizeBytes(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size.trim());
  if (!m) return Number.NaN;
  const unit = (m[2] ?? '').toLowerCase();
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

const MemorySchema = z
  .string()
  .regex(/^\d+[kmg]?$/i, 'a size like 1g or 512m')
  .refine((v) => sizeBytes(v) >= SANDBOX_LIMITS.memoryMin && sizeBytes(v) <= SANDBOX_LIMITS.memoryMax, {
    message: 'between 32m and 8g (0, which Docker reads as unlimited, is not allowed)',
  });

/** A command is an argv array (never a shell string we assemble) or a single string the image's shell runs. */
const CommandSchema = z.union([z.array(z.string().min(1)).min(1), z.string().min(1)]);

export const ServiceSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_.-]*$/, 'service names are lowercase letters, digits, ".", "_" and "-"'),
    image: z.string().min(1),
    /** Port the service listens on inside its container; used for the readiness wait. */
    port: z.number().int().min(1).max(65535),
    command: CommandSchema.optional(),
    /** Env given to the app; `{host}` and `{port}` are replaced with the service's address on the run network. */
    env: z.record(z.string(), z.string()).default({}),
    /** Env given to the service itself. */
    'service-env': z.record(z.string(), z.string()).default({}),
    'ready-timeout': seconds(30, 300),
  })
  .strict();

/** An HTTP status (`404`) or a class of them (`2xx`). */
const StatusSchema = z.union([z.number().int().min(100).max(599), z.string().regex(/^[1-5]xx$/, 'a status like 200 or a class like 2xx')]);

/** One request of the shared-state check: sent through one replica, the other is asked to show its effect. */
const StateRequestSchema = z
  .object({
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']).default('GET'),
    path: z.string().startsWith('/'),
    /** Request body, sent as is. */
    body: z.string().max(64 * 1024).optional(),
    'content-type': z.string().max(200).optional(),
  })
  .strict();

export const IgnoreSchema = z
  .object({
    check: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'a check id like "config/dotenv-committed"'),
    reason: z.string().min(1, 'say why the check is ignored'),
  })
  .strict();

export const ConfigSchema = z
  .object({
    /** The audited app's folder, relative to the repository root. */
    path: z.string().default('.').describe('The audited app folder, relative to the repository root.'),
    /** Dockerfile, relative to the audited path. */
    dockerfile: z.string().default('Dockerfile').describe('Dockerfile, relative to the audited path.'),
    /** Build context, relative to the audited path. */
    context: z.string().default('.').describe('Build context, relative to the audited path.'),
    build: z
      .object({
        args: z.record(z.string(), z.string()).default({}).describe('Build arguments (--build-arg).'),
        target: z.string().optional().describe('Multi-stage build target.'),
        timeout: seconds(900, 3600).describe('Build time limit in seconds.'),
      })
      .strict()
      .default({ args: {}, timeout: 900 }),
    run: z
      .object({
        env: z.record(z.string(), z.string()).default({}).describe('Env given to the app; values never appear in any output.'),
        /** Fixed PORT; by default a random free port in 20000–45000. */
        port: z.number().int().min(1).max(65535).optional().describe('Fixed PORT; by default a random free port in 20000-45000.'),
        /** `internal` (no egress) or `bridge` (egress allowed). */
        network: z.enum(['internal', 'bridge']).default('internal').describe('internal: no egress (default); bridge: egress allowed.'),
        'boot-timeout': seconds(60, 600).describe('Seconds until $PORT must accept connections.'),
        'shutdown-timeout': seconds(10, 30).describe('Grace in seconds after the stop signal before SIGKILL (and a fail).'),
        'http-path': z.string().startsWith('/').optional().describe('HTTP path for readiness and exercise requests.'),
        'ready-status': z
          .array(StatusSchema)
          .min(1)
          .default(['2xx', '3xx'])
          .describe('Statuses http-path must answer for the app to be ready (and an exercise request to count as served): codes like 204 or classes like 2xx.'),
        'replica-check': z
          .object({ write: StateRequestSchema, read: StateRequestSchema })
          .strict()
          .optional()
          .describe('A write sent through one replica and a read through the other, to show whether they share state (factor VI). Without it, GETs on http-path are used.'),
        requests: z.number().int().min(0).max(1000).default(5).describe('Requests sent to http-path before docker diff.'),
        replicas: z.number().int().min(1).max(4).default(2).describe('Replicas booted side by side for factor VIII.'),
        /** `false` for a worker with no web process: port and HTTP probes are skipped. */
        web: z.boolean().optional().describe('false for a worker with no web process: port and HTTP probes are skipped.'),
        memory: MemorySchema.default('1g').describe('Memory limit of each container, 32m to 8g (no 0: it would mean unlimited).'),
        cpus: z.number().positive().max(SANDBOX_LIMITS.cpusMax).default(1).describe('CPUs per container, above 0 and at most 4.'),
        pids: z.number().int().min(SANDBOX_LIMITS.pidsMin).max(SANDBOX_LIMITS.pidsMax).default(512).describe('Process limit per container, 16 to 4096.'),
        timeout: seconds(900, 3600).describe('Time limit in seconds for the whole run stage: services, admin commands, boot, probes and shutdown.'),
      })
      .strict()
      .default({
        env: {},
        network: 'internal',
        'boot-timeout': 60,
        'shutdown-timeout': 10,
        'ready-status': ['2xx', '3xx'],
        requests: 5,
        replicas: 2,
        memory: '1g',
        cpus: 1,
        pids: 512,
        timeout: 900,
      }),
    admin: z.array(CommandSchema).default([]).describe('One-off admin commands run from the same image and config.'),
    services: z.array(ServiceSchema).default([]).describe('Backing services started on the run network before the app.'),
    ignore: z.array(IgnoreSchema).default([]).describe('Checks to ignore, each with a reason.'),
    'fail-on': z.enum(FAIL_ON).default('fail').describe('When the audit exits 1: fail, warn, regression or never.'),
    /** Extra apps for `discover` in a monorepo, relative to the repository root. */
    apps: z.array(z.string()).default([]).describe('Extra app folders for discover in a monorepo.'),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export type ServiceConfig = z.infer<typeof ServiceSchema>;

export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}
