import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '../client';
import { interruptSignal, removeContainerOnce, removeNetworkOnce, shuttingDown, trackContainer, trackFirewall, trackNetwork, untrackFirewall } from '../cleanup';
import { blockHostFrom, type FirewallStatus, unblockHost } from '../firewall';
import { LogCollector } from '../log-capture';
import { parseMemory } from '../ports';
import { CREATED_LABEL, type ProbeOptions, ROLE_LABEL, RUN_LABEL } from '../types';

/** `tfa-<time>-<random>`: sortable, unique across concurrent audits on one engine. */
export function newRunId(): string {
  return `tfa-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * Thrown between probe steps once the run's abort signal fired (the user's
 * SIGINT/SIGTERM, or the run stage's time limit, whose reason says so); the
 * orchestrator records it.
 */
export class Cancelled extends Error {
  constructor(reason?: unknown) {
    super(`cancelled before the probes finished${reason instanceof Error && reason.message ? `: ${reason.message}` : ''}`);
  }
}

/**
 * `promise`, or undefined after `ms` (or on abort). The timer is cleared as
 * soon as either side settles: a pending timer would keep the auditor's
 * process alive long after the report is written.
 */
export function raceTimeout<T>(promise: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      done();
      resolve(undefined);
    };
    const timer = setTimeout(onAbort, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        done();
        resolve(v);
      },
      (e: unknown) => {
        done();
        reject(e);
      },
    );
  });
}

/** A started container with its output collector and a promise of its exit. */
export interface Running {
  id: string;
  ip: string;
  pid: number;
  logs: LogCollector;
  /** Resolves with the exit code and the moment (performance.now) the engine reported it. */
  exited: Promise<{ code: number; at: number }>;
  hasExited: () => boolean;
  startedAt: number;
}

export interface StartExtras {
  cmd?: string[];
  entrypoint?: string[];
  aliases?: string[];
  /** Start this one container as the image says (its user, a writable root filesystem), whatever the session's sandbox. */
  relaxed?: boolean;
}

/** The user the app runs as when its image names none (root): nobody, which any image can run as. */
export const NON_ROOT_USER = '65534:65534';
/** Scratch space on tmpfs when the root filesystem is read-only. */
export const TMPFS_PATHS = ['/tmp', '/var/tmp', '/run'];

/**
 * How the app's own containers (app, replicas, admin commands) are boxed
 * beyond the resource limits. They start hardened: the image's user, or
 * NON_ROOT_USER when the image would run as root, and a read-only root
 * filesystem with tmpfs scratch space. An app that cannot start that way is
 * started again as its image says, and the facts say which was used and why.
 */
export interface SandboxChoice {
  /** Passed to the engine; undefined keeps the image's own. */
  user?: string;
  userSource: 'image' | 'non-root-default';
  readOnly: boolean;
  /** Why the hardened sandbox was given up, when it was. */
  relaxedBecause?: string;
}

/** The image runs as root when its user (before any `:group`) is empty, `root` or uid 0. */
const isRoot = (user: string) => ['', 'root', '0'].includes(user.trim().split(':')[0]!);

export function hardenedSandbox(imageUser: string): SandboxChoice {
  return isRoot(imageUser) ? { user: NON_ROOT_USER, userSource: 'non-root-default', readOnly: true } : { userSource: 'image', readOnly: true };
}

/**
 * The output line that best says why a process died: the last error message
 * ("Error: EROFS: read-only file system, open …", "OSError: [Errno 30] …"),
 * else the last line naming a cause, else the last line; not the runtime's
 * version banner or a stack trace's `code: 'EROFS',` after the message.
 */
export function whyItExited(logs: LogCollector): string {
  const last = [...logs.lastLines(20)].reverse();
  const line = last.find((l) => /\b\w*(Error|Exception)\b:/.test(l)) ?? last.find((l) => /error|denied|read-only|EROFS|EACCES|EPERM|permission/i.test(l)) ?? last[0];
  return line?.trim() || 'no output';
}

/** In words, for progress lines and facts: "user 65534:65534 (the image sets none), read-only root filesystem". */
export function describeSandbox(c: SandboxChoice, imageUser: string): string {
  const user = c.user ? `user ${c.user}${c.userSource === 'non-root-default' ? ' (the image sets none, root)' : ''}` : `the image's user (${imageUser || 'root'})`;
  return `${user}, ${c.readOnly ? 'read-only root filesystem with tmpfs /tmp' : 'writable root filesystem'}`;
}

/**
 * One probe run's engine, config and abort signal, and everything it
 * created, so `cleanup` removes exactly that.
 */
export class Session {
  readonly containers = new Set<string>();
  network?: string;
  /** The caller's abort signal, or the process being interrupted: either cancels the run. */
  readonly signal: AbortSignal;
  /** The sandbox of the app's own containers (services run as their images say). */
  sandbox: SandboxChoice = { userSource: 'image', readOnly: false };
  /** Whether the run network is cut off from the host (see firewall.ts). */
  firewall?: FirewallStatus;

  constructor(
    readonly client: ContainerClient,
    readonly runId: string,
    readonly opts: ProbeOptions,
  ) {
    this.signal = opts.signal ? AbortSignal.any([opts.signal, interruptSignal()]) : interruptSignal();
  }

  get config(): ProbeOptions['config'] {
    return this.opts.config;
  }

  labels(role: string): Record<string, string> {
    return { [RUN_LABEL]: this.runId, [CREATED_LABEL]: String(Date.now()), [ROLE_LABEL]: role };
  }

  /** Throws Cancelled once the run was aborted. */
  check(): void {
    if (this.signal.aborted) throw new Cancelled(this.signal.reason);
    // The process's signal handler is removing what it made: a container started now would outlive it.
    if (shuttingDown()) throw new Cancelled(new Error('the auditor is shutting down'));
  }

  /**
   * An object whose create call was in flight when the run was cancelled or the signal handler swept
   * what it tracked would outlive both: remove it now and stop the run.
   */
  private async dropIfStopped(remove: () => Promise<void>): Promise<void> {
    if (!this.signal.aborted && !shuttingDown()) return;
    await remove().catch(() => undefined);
    this.check();
  }

  progress(line: string): void {
    this.opts.onProgress?.(line);
  }

  /**
   * Awaits `work` and says what it is waiting for 3 s into the wait and every
   * 10 s after, so a long wait never reads as a hang.
   */
  async waitingFor<T>(what: string, limitMs: number | undefined, work: Promise<T>): Promise<T> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const next = (ms: number) => {
      timer = setTimeout(() => {
        const waited = Math.round((performance.now() - started) / 1000);
        this.progress(`still waiting for ${what} (${waited} s${limitMs !== undefined ? ` of ${Math.round(limitMs / 1000)} s` : ''})`);
        next(10_000);
      }, ms);
      timer.unref();
    };
    next(3000);
    try {
      return await work;
    } finally {
      clearTimeout(timer);
    }
  }

  async openNetwork(name: string, internal: boolean): Promise<void> {
    const net = await this.client.createNetwork(name, internal, this.labels('network'));
    this.network = net.name;
    trackNetwork(net.name, this.client);
    await this.dropIfStopped(() => removeNetworkOnce(this.client, net.name));
    this.firewall = await blockHostFrom(net.id, this.runId);
    if (this.firewall.applied) trackFirewall(this.runId);
  }

  /** Gives up the hardened sandbox for the rest of the run, saying why. */
  relax(because: string): void {
    this.sandbox = { userSource: 'image', readOnly: false, relaxedBecause: because };
  }

  get hardened(): boolean {
    return this.sandbox.readOnly || this.sandbox.user !== undefined;
  }

  async start(role: string, image: string, env: Record<string, string>, extra: StartExtras = {}): Promise<Running> {
    this.check();
    const run = this.opts.config.run;
    const { relaxed, ...spec } = extra;
    // Services are third-party images the app talks to, not the audited code: they run as their images say.
    const box = role.startsWith('service:') || relaxed ? undefined : this.sandbox;
    const id = await this.client.createContainer({
      image,
      env,
      labels: this.labels(role),
      network: this.network!,
      memoryBytes: parseMemory(run.memory),
      nanoCpus: Math.round(run.cpus * 1e9),
      pidsLimit: run.pids,
      ...(box?.user ? { user: box.user } : {}),
      ...(box?.readOnly ? { readonlyRootfs: true, tmpfs: TMPFS_PATHS } : {}),
      ...spec,
    });
    this.containers.add(id);
    trackContainer(id, this.client);
    await this.dropIfStopped(() => removeContainerOnce(this.client, id));
    const logs = new LogCollector();
    // Attach before start so the first lines of a crash are not lost.
    await this.client.attachOutput(id, { stdout: (c) => logs.push('stdout', c), stderr: (c) => logs.push('stderr', c) });
    // The stopwatch starts when the engine is asked to start the process: the app's own clock is already
    // running when the start call returns (later still on a loaded engine), and startup must not be under-measured.
    const startedAt = performance.now();
    await this.client.startContainer(id);
    let done = false;
    const exited = this.client.waitContainer(id).then(
      (code) => {
        done = true;
        return { code, at: performance.now() };
      },
      () => {
        done = true;
        return { code: -1, at: performance.now() };
      },
    );
    const state = await this.client.inspectContainer(id);
    return { id, ip: state?.ips[this.network!] ?? '', pid: state?.pid ?? 0, logs, exited, hasExited: () => done, startedAt };
  }

  /**
   * Whether the engine killed an exited container for its memory limit. A
   * SIGKILL exit (137) the engine has not yet marked is asked again for a
   * moment: it records the out-of-memory event apart from the exit, and on a
   * loaded engine the exit is reported first.
   */
  async oomKilled(id: string, code: number): Promise<boolean> {
    for (let tries = 0; ; tries++) {
      const st = await this.client.inspectContainer(id);
      if (st?.oomKilled) return true;
      if (code !== 137 || tries >= 5) return false;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Removes one container during the run; a failure leaves it to the cleanup at the end. */
  async remove(id: string): Promise<void> {
    try {
      await removeContainerOnce(this.client, id);
      this.containers.delete(id);
    } catch {
      // Still tracked: cleanup() tries again and reports it.
    }
  }

  /** Removes every container, then the network; returns what could not be removed (still tracked for the signal handlers and the sweep). */
  async cleanup(): Promise<string[]> {
    const errors: string[] = [];
    await Promise.all(
      [...this.containers].map(async (id) => {
        try {
          await removeContainerOnce(this.client, id);
          this.containers.delete(id);
        } catch (e) {
          errors.push(`container ${id.slice(0, 12)}: ${(e as Error).message}`);
        }
      }),
    );
    if (this.network) {
      try {
        await removeNetworkOnce(this.client, this.network);
      } catch (e) {
        errors.push(`network ${this.network}: ${(e as Error).message}`);
      }
    }
    if (this.firewall?.applied) {
      await unblockHost(this.runId).catch((e: Error) => errors.push(`firewall rules: ${e.message}`));
      untrackFirewall(this.runId);
    }
    return errors;
  }
}
