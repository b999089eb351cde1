import { z } from 'zod';

/**
 * What the static reading knows of the audited app that the runtime stages
 * and the report job need without the repository: which app it is and how
 * it was found, what kind of process it is, which variables its code reads
 * its port from, and where a fixed port comes from. Crosses job boundaries
 * inside static.json.
 */
export const APP_KINDS = ['web', 'worker', 'one-off', 'unknown'] as const;
export type AppKind = (typeof APP_KINDS)[number];

/** Where the listening port comes from, in the rubric's terms (VII). */
export const PORT_SOURCES = ['env', 'start-command', 'config-file', 'code', 'base-image', 'unknown'] as const;
export type PortSource = (typeof PORT_SOURCES)[number];

export const PortFactSchema = z.object({
  source: z.enum(PORT_SOURCES),
  /** The fixed port, when one is written down. */
  port: z.number().int().optional(),
  /** The app binds loopback only (127.0.0.1, localhost): unreachable from outside the container. */
  loopback: z.boolean().default(false),
  file: z.string().optional(),
  line: z.number().int().positive().optional(),
  /** The line as written, redacted and cut short. */
  text: z.string().max(200).optional(),
});
export type PortFact = z.infer<typeof PortFactSchema>;

export const AppFactsSchema = z.object({
  /** The app folder, repository-relative. */
  root: z.string(),
  /** How the app was found ("the repository root", "compose service orders", "the only app, in services/orders"). */
  found: z.string(),
  dockerfile: z.string().optional(),
  context: z.string(),
  kind: z.enum(APP_KINDS),
  /** Why that kind: the start command or code that says so. */
  kindReason: z.string(),
  /** Variables the code or its framework reads the port from, PORT first. */
  portVariables: z.array(z.string()).default(['PORT']),
  port: PortFactSchema.optional(),
  /** The start command installs dependencies or builds code (V), so what that writes is not VI state. */
  startInstalls: z.boolean().default(false),
  /** The start command runs migrations (V, IX and XII share that cause). */
  startMigrates: z.boolean().default(false),
});
export type AppFacts = z.infer<typeof AppFactsSchema>;
