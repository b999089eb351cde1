import fs from 'node:fs/promises';
import type { ContainerClient } from '../client';
import { type Listener, listeners, parseProcNetTcp, type Socket } from '../netstat';
import { describePorts } from '../ports';

/**
 * The container's TCP sockets, read from the host's view of its network
 * namespace (`/proc/<pid>/net/tcp`), else by asking the engine to run `cat`
 * inside it. Neither needs a shell in the image for the first path.
 */
export async function sockets(client: ContainerClient, c: { id: string; pid: number }): Promise<Socket[] | undefined> {
  if (c.pid > 0) {
    try {
      const [v4, v6] = await Promise.all([
        fs.readFile(`/proc/${c.pid}/net/tcp`, 'utf8'),
        fs.readFile(`/proc/${c.pid}/net/tcp6`, 'utf8').catch(() => ''),
      ]);
      return [...parseProcNetTcp(v4), ...parseProcNetTcp(v6)];
    } catch {
      // Not on the engine's host, or no permission: ask the engine.
    }
  }
  try {
    const res = await client.execCapture(c.id, ['cat', '/proc/net/tcp', '/proc/net/tcp6'], 5000);
    if (res.exitCode !== null && res.exitCode !== 0 && !res.stdout) return undefined;
    // Both files share a header format; split on headers so each parses alone.
    return res.stdout
      .split(/(?=^\s*sl\s+local_address)/m)
      .flatMap((part) => parseProcNetTcp(part));
  } catch {
    return undefined;
  }
}

/** The container's listening sockets, or undefined when they cannot be read. */
export async function listenersOf(client: ContainerClient, c: { id: string; pid: number }): Promise<Listener[] | undefined> {
  const socks = await sockets(client, c);
  return socks ? listeners(socks) : undefined;
}

/** How often a wait may read the listeners: cheap from the host's /proc, an exec in the container otherwise. */
export function listenersEveryMs(c: { pid: number }): number {
  return c.pid > 0 ? 100 : 1000;
}

export function describeListeners(ls: Listener[], ports: Record<string, number>): string {
  const given = describePorts(ports);
  if (ls.length === 0) return `not listening on any TCP port, not ${given}`;
  const onGiven = ls.find((l) => Object.values(ports).includes(l.port) && l.loopbackOnly);
  if (onGiven) return `listening on ${onGiven.ip}:${onGiven.port} only (loopback), unreachable from outside the container`;
  const list = ls.map((l) => (l.loopbackOnly ? `${l.ip}:${l.port}` : String(l.port))).join(', ');
  return `listening on ${list}, not ${given}`;
}
