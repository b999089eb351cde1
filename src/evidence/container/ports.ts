import { randomInt } from 'node:crypto';
import { sizeBytes } from '../../config/schema';

/** Ports frameworks default to: an app that hardcodes one must not pass by luck. */
export const COMMON_DEFAULT_PORTS = new Set([3000, 5000, 8000, 8080, 8443, 4000, 9000, 80, 443]);
export const PORT_MIN = 20000;
export const PORT_MAX = 45000;

/**
 * A random port in 20000–45000, never a common default nor one in `taken`.
 * Each container has its own network namespace, so "free" only has to hold
 * among the replicas of one run.
 */
export function randomPort(taken: Iterable<number> = []): number {
  const avoid = new Set(taken);
  for (;;) {
    const p = randomInt(PORT_MIN, PORT_MAX + 1);
    if (!COMMON_DEFAULT_PORTS.has(p) && !avoid.has(p)) return p;
  }
}

/** Docker-style sizes (`512m`, `1g`, `1048576`) to bytes. */
export function parseMemory(size: string): number {
  const n = sizeBytes(size);
  if (Number.isNaN(n)) throw new Error(`not a memory size: ${size}`);
  return n;
}

/** Variables whose value is a URL list (ASP.NET Core's ASPNETCORE_URLS) rather than a bare port. */
const URL_VARIABLE = /_URLS?$/;
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Enough for every framework's port variable; a list from hostile input stays bounded. */
const MAX_PORT_VARIABLES = 8;

/** PORT first, then the other variables the app may read, valid names only, once each. */
export function portVariablesOf(extra: readonly string[] = []): string[] {
  return [...new Set(['PORT', ...extra.filter((n) => VARIABLE_NAME.test(n))])].slice(0, MAX_PORT_VARIABLES);
}

/** The port each variable gives the app; `fixed` when run.port gave them all the same one. */
export interface PortPlan {
  ports: Record<string, number>;
  fixed: boolean;
}

/**
 * Each variable its own random port (so the port the app binds names the
 * variable it read), or every variable the fixed run.port: the user said
 * where the app listens, so no variable may say otherwise.
 */
export function planPorts(variables: readonly string[], fixed?: number): PortPlan {
  if (fixed !== undefined) return { ports: Object.fromEntries(variables.map((v) => [v, fixed])), fixed: true };
  const ports: Record<string, number> = {};
  for (const v of variables) ports[v] = randomPort(Object.values(ports));
  return { ports, fixed: false };
}

/** The env that carries a plan: bare ports, or `http://0.0.0.0:<port>` for URL-valued variables. */
export function portEnv(plan: PortPlan): Record<string, string> {
  return Object.fromEntries(Object.entries(plan.ports).map(([v, p]) => [v, URL_VARIABLE.test(v) ? `http://0.0.0.0:${p}` : String(p)]));
}

/** `PORT=23817, SERVER_PORT=31044` for messages. */
export function describePorts(ports: Record<string, number>): string {
  return Object.entries(ports)
    .map(([v, p]) => `${v}=${p}`)
    .join(', ');
}
