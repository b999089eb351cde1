import type { ContainerClient } from './client';
import { defaultContainerClient } from './docker';
import { removeOrphanRules, unblockHost } from './firewall';
import { CREATED_LABEL, RUN_LABEL, type SweepOptions, type SweepResult } from './types';

/**
 * Objects this process created and has not removed yet. The signal handlers
 * remove exactly these, so a Ctrl-C never touches another audit's objects.
 */
const live = { containers: new Map<string, ContainerClient>(), networks: new Map<string, ContainerClient>(), firewalls: new Set<string>() };

export function trackContainer(id: string, client: ContainerClient): void {
  live.containers.set(id, client);
}
export function trackNetwork(id: string, client: ContainerClient): void {
  live.networks.set(id, client);
}

/**
 * Removals in flight, one per object however many callers ask: on a Ctrl-C
 * the signal handlers and the cancelled run's own cleanup ask at once, and a
 * second DELETE answered "removal in progress" must not count as done while
 * the first can still fail. An object leaves the live set only once removed.
 */
const removing = new Map<string, Promise<void>>();

function once(key: string, remove: () => Promise<void>, untrack: () => void): Promise<void> {
  let p = removing.get(key);
  if (!p) {
    p = remove()
      .then(untrack)
      .finally(() => removing.delete(key));
    removing.set(key, p);
  }
  return p;
}

export function removeContainerOnce(client: ContainerClient, id: string): Promise<void> {
  return once(`container:${id}`, () => client.removeContainer(id), () => live.containers.delete(id));
}

export function removeNetworkOnce(client: ContainerClient, id: string): Promise<void> {
  return once(`network:${id}`, () => client.removeNetwork(id), () => live.networks.delete(id));
}
/** A run whose host firewall rule is in place (see firewall.ts). */
export function trackFirewall(runId: string): void {
  live.firewalls.add(runId);
}
export function untrackFirewall(runId: string): void {
  live.firewalls.delete(runId);
}

/** Removes every object this process still holds: containers first, since a network in use cannot go; firewall rules meanwhile. */
export async function removeTracked(): Promise<string[]> {
  const errors: string[] = [];
  const rules = Promise.all(
    [...live.firewalls].map(async (runId) => {
      await unblockHost(runId).catch((e: Error) => errors.push(`firewall rules of ${runId}: ${e.message}`));
      live.firewalls.delete(runId);
    }),
  );
  const attempt = (what: string, p: Promise<void>) => p.catch((e: unknown) => errors.push(`${what}: ${(e as Error).message}`));
  await Promise.all([...live.containers].map(([id, client]) => attempt(`container ${id.slice(0, 12)}`, removeContainerOnce(client, id))));
  await Promise.all([...live.networks].map(([id, client]) => attempt(`network ${id.slice(0, 12)}`, removeNetworkOnce(client, id))));
  await rules;
  return errors;
}

/** removeTracked until nothing is left (a removal can fail on a busy engine, a container can be created meanwhile); the caller bounds the time. */
async function removeAllTracked(): Promise<void> {
  for (;;) {
    await removeTracked();
    if (live.containers.size === 0 && live.networks.size === 0) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

let installed = false;
let stopping = false;

/** True once a signal handler began removing this process's objects: nothing new may be started after it. */
export function shuttingDown(): boolean {
  return stopping;
}
const SIGNALS: Record<'SIGINT' | 'SIGTERM', number> = { SIGINT: 2, SIGTERM: 15 };
/** Aborted when the handlers below catch a signal, so probe runs stop where they are instead of going on as if nothing happened. */
let interruption = new AbortController();

/** Fires when this process is being interrupted by the cleanup handlers; probe runs treat it as a cancellation. */
export function interruptSignal(): AbortSignal {
  return interruption.signal;
}

/**
 * On SIGINT/SIGTERM of the auditor: remove what this process created, then
 * exit with 128+signo like a shell would report. Cleanup is time-boxed so a
 * stuck engine cannot hold the auditor hostage. Idempotent.
 */
export function installCleanupHandlers(opts: { timeoutMs?: number; exit?: boolean } = {}): () => void {
  if (installed) return () => {};
  installed = true;
  interruption = new AbortController();
  stopping = false;
  const timeoutMs = opts.timeoutMs ?? 4000;
  let running = false;
  const handler = (sig: 'SIGINT' | 'SIGTERM') => {
    if (running) return;
    running = true;
    stopping = true;
    interruption.abort(new Error(`interrupted (${sig})`));
    const done = () => {
      if (opts.exit !== false) process.exit(128 + SIGNALS[sig]);
    };
    const timer = setTimeout(done, timeoutMs);
    removeAllTracked()
      .catch(() => undefined)
      .finally(() => {
        clearTimeout(timer);
        done();
      });
  };
  const onInt = () => handler('SIGINT');
  const onTerm = () => handler('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    installed = false;
  };
}

/**
 * Removes objects by run label. With `runId`: that run's containers,
 * networks, volumes and images. With `olderThanMs`: containers, networks and
 * volumes of any run created longer ago (by the created label, falling back
 * to the engine's timestamp). Images are only removed for an explicit run:
 * they are the build's product, and an unrelated audit may still need one.
 */
export async function sweep(opts: SweepOptions, client: ContainerClient = defaultContainerClient()): Promise<SweepResult> {
  const result: SweepResult = { containers: 0, networks: 0, volumes: 0, images: 0, errors: [] };
  if (!opts.runId && opts.olderThanMs === undefined) return result;
  const label = opts.runId ? `${RUN_LABEL}=${opts.runId}` : RUN_LABEL;
  const now = Date.now();
  const stale = (o: { labels: Record<string, string>; createdMs: number }) => {
    if (opts.olderThanMs === undefined) return true;
    const created = Number(o.labels[CREATED_LABEL]) || o.createdMs;
    return created > 0 && now - created > opts.olderThanMs;
  };
  const attempt = async (what: string, fn: () => Promise<void>): Promise<boolean> => {
    try {
      await fn();
      return true;
    } catch (e) {
      result.errors.push(`${what}: ${(e as Error).message}`);
      return false;
    }
  };

  const containers = (await client.listContainers(label)).filter(stale);
  for (const ok of await Promise.all(containers.map((c) => attempt(`container ${c.id.slice(0, 12)}`, () => client.removeContainer(c.id))))) {
    if (ok) result.containers++;
  }
  for (const c of containers) live.containers.delete(c.id);
  const networks = (await client.listNetworks(label)).filter(stale);
  for (const n of networks) {
    if (await attempt(`network ${n.id.slice(0, 12)}`, () => client.removeNetwork(n.id))) result.networks++;
    live.networks.delete(n.id);
  }
  // A run's host firewall rules go with its network (a crashed run's too).
  const runs = new Set([...(opts.runId ? [opts.runId] : []), ...networks.map((n) => n.labels[RUN_LABEL]).filter((r): r is string => Boolean(r))]);
  for (const runId of runs) await attempt(`firewall rules of ${runId}`, () => unblockHost(runId));
  if (opts.olderThanMs !== undefined) await attempt('firewall rules of runs whose network is gone', removeOrphanRules);
  const volumes = (await client.listVolumes(label)).filter(stale);
  for (const v of volumes) {
    if (await attempt(`volume ${v.id}`, () => client.removeVolume(v.id))) result.volumes++;
  }
  if (opts.runId) {
    for (const i of (await client.listImages(label)).filter(stale)) {
      if (await attempt(`image ${i.id.slice(7, 19)}`, () => client.removeImage(i.id))) result.images++;
    }
  }
  return result;
}

/** One hour: an audit never legitimately runs that long, so anything older is debris of a crashed run. */
export const STALE_AFTER_MS = 60 * 60 * 1000;
