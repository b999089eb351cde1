import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '../client';
import { interruptSignal, removeContainerOnce, removeNetworkOnce, trackContainer, trackNetwork } from '../cleanup';
import { LogCollector } from '../log-capture';
import { parseMemory } from '../ports';
import { CREATED_LABEL, type ProbeOptions, ROLE_LABEL, RUN_LABEL } from '../types';

/** `tfa-<time>-<random>`: sortable, unique across concurrent audits on one engine. */
export function newRunId(): string {
  return `tfa-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/** Thrown between probe steps once the run's abort signal fired; the orchestrator records it. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
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
    if (this.signal.aborted) throw new Cancelled();
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
  }

  async start(role: string, image: string, env: Record<string, string>, extra: StartExtras = {}): Promise<Running> {
    this.check();
    const run = this.opts.config.run;
    const id = await this.client.createContainer({
      image,
      env,
      labels: this.labels(role),
      network: this.network!,
      memoryBytes: parseMemory(run.memory),
      nanoCpus: Math.round(run.cpus * 1e9),
      pidsLimit: run.pids,
      ...extra,
    });
    this.containers.add(id);
    trackContainer(id, this.client);
    const logs = new LogCollector();
    // Attach before start so the first lines of a crash are not lost.
    await this.client.attachOutput(id, { stdout: (c) => logs.push('stdout', c), stderr: (c) => logs.push('stderr', c) });
    await this.client.startContainer(id);
    const startedAt = performance.now();
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
    return errors;
  }
}
