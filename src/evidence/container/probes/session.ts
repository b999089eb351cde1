import { randomBytes } from 'node:crypto';
import type { ContainerClient } from '../client';
import { shuttingDown, trackContainer, trackNetwork, untrackContainer, untrackNetwork } from '../cleanup';
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
}

/**
 * One probe run's engine, config and abort signal, and everything it
 * created, so `cleanup` removes exactly that.
 */
export class Session {
  readonly containers = new Set<string>();
  network?: string;

  constructor(
    readonly client: ContainerClient,
    readonly runId: string,
    readonly opts: ProbeOptions,
  ) {}

  get config(): ProbeOptions['config'] {
    return this.opts.config;
  }

  labels(role: string): Record<string, string> {
    return { [RUN_LABEL]: this.runId, [CREATED_LABEL]: String(Date.now()), [ROLE_LABEL]: role };
  }

  get signal(): AbortSignal | undefined {
    return this.opts.signal;
  }

  /** Throws Cancelled once the run was aborted. */
  check(): void {
    if (this.opts.signal?.aborted) throw new Cancelled(this.opts.signal.reason);
    // The process's signal handler is removing what it made: a container started now would outlive it.
    if (shuttingDown()) throw new Cancelled(new Error('the auditor is shutting down'));
  }

  progress(line: string): void {
    this.opts.onProgress?.(line);
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

  async remove(id: string): Promise<void> {
    await this.client.removeContainer(id).catch(() => undefined);
    this.containers.delete(id);
    untrackContainer(id);
  }

  /** Removes every container, then the network; returns what could not be removed. */
  async cleanup(): Promise<string[]> {
    const errors: string[] = [];
    await Promise.all(
      [...this.containers].map((id) =>
        this.remove(id).catch((e) => {
          errors.push(`container ${id.slice(0, 12)}: ${(e as Error).message}`);
        }),
      ),
    );
    if (this.network) {
      try {
        await this.client.removeNetwork(this.network);
        untrackNetwork(this.network);
      } catch (e) {
        errors.push(`network ${this.network}: ${(e as Error).message}`);
      }
    }
    return errors;
  }
}
