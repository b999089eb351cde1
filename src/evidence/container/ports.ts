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
