import { z } from 'zod';
import { FAIL_ON } from '../model/verdict';

const seconds = (def: number, max: number) => z.number().positive().max(max).default(def);

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

export const IgnoreSchema = z
  .object({
    check: z.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, 'a check id like "config/dotenv-committed"'),
    reason: z.string().min(1, 'say why the check is ignored'),
  })
  .strict();

export const ConfigSchema = z
  .object({
    /** The audited app's folder, relative to the repository root. */
    path: z.string().default('.'),
    /** Dockerfile, relative to the audited path. */
    dockerfile: z.string().default('Dockerfile'),
    /** Build context, relative to the audited path. */
    context: z.string().default('.'),
    build: z
      .object({
        args: z.record(z.string(), z.string()).default({}),
        target: z.string().optional(),
        timeout: seconds(900, 3600),
      })
      .strict()
      .default({ args: {}, timeout: 900 }),
    run: z
      .object({
        env: z.record(z.string(), z.string()).default({}),
        /** Fixed PORT; by default a random free port in 20000–45000. */
        port: z.number().int().min(1).max(65535).optional(),
        /** `internal` (no egress) or `bridge` (egress allowed). */
        network: z.enum(['internal', 'bridge']).default('internal'),
        'boot-timeout': seconds(60, 600),
        'shutdown-timeout': seconds(10, 30),
        'http-path': z.string().startsWith('/').optional(),
        requests: z.number().int().min(0).max(1000).default(5),
        replicas: z.number().int().min(1).max(4).default(2),
        /** `false` for a worker with no web process: port and HTTP probes are skipped. */
        web: z.boolean().optional(),
        memory: z.string().regex(/^\d+[kmg]?$/i, 'a size like 1g or 512m').default('1g'),
        cpus: z.number().positive().max(16).default(1),
        pids: z.number().int().min(16).max(65536).default(512),
      })
      .strict()
      .default({
        env: {},
        network: 'internal',
        'boot-timeout': 60,
        'shutdown-timeout': 10,
        requests: 5,
        replicas: 2,
        memory: '1g',
        cpus: 1,
        pids: 512,
      }),
    admin: z.array(CommandSchema).default([]),
    services: z.array(ServiceSchema).default([]),
    ignore: z.array(IgnoreSchema).default([]),
    'fail-on': z.enum(FAIL_ON).default('fail'),
    /** Extra apps for `discover` in a monorepo, relative to the repository root. */
    apps: z.array(z.string()).default([]),
  })
  .strict();

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;
export type ServiceConfig = z.infer<typeof ServiceSchema>;

export function defaultConfig(): Config {
  return ConfigSchema.parse({});
}
