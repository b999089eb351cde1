import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { ServiceConfig } from '../../config/schema';
import type { RuntimeFacts } from '../../model/runtime';
import { STALE_AFTER_MS, sweep, trackContainer, trackNetwork, untrackContainer, untrackNetwork } from './cleanup';
import {
  attachOutput,
  containerDiff,
  createContainer,
  createNetwork,
  DockerUnavailableError,
  execCapture,
  type ImageInfo,
  inspectContainer,
  inspectImage,
  ping,
  pullImage,
  removeContainer,
  removeNetwork,
  signalContainer,
  startContainer,
  waitContainer,
} from './docker';
import { classifyDiff } from './fs-diff';
import { LogCollector } from './log-capture';
import { connectionsFrom, connectionsTo, type Listener, listeners, parseProcNetTcp, type Socket } from './netstat';
import { watchPidExit } from './pid-watch';
import { parseMemory, randomPort } from './ports';
import { httpGet, waitReady } from './readiness';
import { classifyExit, isShellForm, normaliseSignal, signalName } from './stop-signals';
import { CREATED_LABEL, type ProbeOptions, ROLE_LABEL, RUN_LABEL } from './types';

/** `tfa-<time>-<random>`: sortable, unique across concurrent audits on one engine. */
export function newRunId(): string {
  return `tfa-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

/**
 * `promise`, or undefined after `ms` (or on abort). The timer is cleared as
 * soon as either side settles: a pending timer would keep the auditor's
 * process alive long after the report is written.
 */
function raceTimeout<T>(promise: Promise<T>, ms: number, signal?: AbortSignal): Promise<T | undefined> {
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

class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/** A started container with its output collector and a promise of its exit. */
interface Running {
  id: string;
  ip: string;
  pid: number;
  logs: LogCollector;
  /** Resolves with the exit code and the moment (performance.now) the engine reported it. */
  exited: Promise<{ code: number; at: number }>;
  hasExited: () => boolean;
  startedAt: number;
}

/** Everything one probe run created, so `finally` removes exactly that. */
class Session {
  readonly containers = new Set<string>();
  network?: string;

  constructor(
    readonly runId: string,
    readonly imageId: string,
    readonly opts: ProbeOptions,
  ) {}

  labels(role: string): Record<string, string> {
    return { [RUN_LABEL]: this.runId, [CREATED_LABEL]: String(Date.now()), [ROLE_LABEL]: role };
  }

  get signal(): AbortSignal | undefined {
    return this.opts.signal;
  }

  check(): void {
    if (this.opts.signal?.aborted) throw new Cancelled();
  }

  progress(line: string): void {
    this.opts.onProgress?.(line);
  }

  async start(role: string, image: string, env: Record<string, string>, extra: { cmd?: string[]; entrypoint?: string[]; aliases?: string[] } = {}): Promise<Running> {
    this.check();
    const run = this.opts.config.run;
    const id = await createContainer({
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
    trackContainer(id);
    const logs = new LogCollector();
    // Attach before start so the first lines of a crash are not lost.
    await attachOutput(id, { stdout: (c) => logs.push('stdout', c), stderr: (c) => logs.push('stderr', c) });
    await startContainer(id);
    const startedAt = performance.now();
    let done = false;
    const exited = waitContainer(id).then(
      (code) => {
        done = true;
        return { code, at: performance.now() };
      },
      () => {
        done = true;
        return { code: -1, at: performance.now() };
      },
    );
    const state = await inspectContainer(id);
    return { id, ip: state?.ips[this.network!] ?? '', pid: state?.pid ?? 0, logs, exited, hasExited: () => done, startedAt };
  }

  async remove(id: string): Promise<void> {
    await removeContainer(id).catch(() => undefined);
    this.containers.delete(id);
    untrackContainer(id);
  }

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
        await removeNetwork(this.network);
        untrackNetwork(this.network);
      } catch (e) {
        errors.push(`network ${this.network}: ${(e as Error).message}`);
      }
    }
    return errors;
  }
}

/**
 * The container's TCP sockets, read from the host's view of its network
 * namespace (`/proc/<pid>/net/tcp`), else by asking the engine to run `cat`
 * inside it. Neither needs a shell in the image for the first path.
 */
async function sockets(c: { id: string; pid: number }): Promise<Socket[] | undefined> {
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
    const res = await execCapture(c.id, ['cat', '/proc/net/tcp', '/proc/net/tcp6'], 5000);
    if (res.exitCode !== null && res.exitCode !== 0 && !res.stdout) return undefined;
    // Both files share a header format; split on headers so each parses alone.
    return res.stdout
      .split(/(?=^\s*sl\s+local_address)/m)
      .flatMap((part) => parseProcNetTcp(part));
  } catch {
    return undefined;
  }
}

function describeListeners(ls: Listener[], port: number): string {
  if (ls.length === 0) return `not listening on any TCP port, not PORT=${port}`;
  const onPort = ls.find((l) => l.port === port);
  if (onPort?.loopbackOnly) return `listening on ${onPort.ip}:${port} only (loopback), unreachable from outside the container`;
  const list = ls.map((l) => (l.loopbackOnly ? `${l.ip}:${l.port}` : String(l.port))).join(', ');
  return `listening on ${list}, not PORT=${port}`;
}

function commandOf(cmd: ServiceConfig['command'] | string[]): string[] {
  return typeof cmd === 'string' ? ['/bin/sh', '-c', cmd] : cmd!;
}

function substitute(env: Record<string, string>, host: string, port: number): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replaceAll('{host}', host).replaceAll('{port}', String(port))]));
}

interface ServiceRun {
  name: string;
  ip: string;
  port: number;
  id: string;
  pid: number;
}

async function startServices(s: Session, facts: RuntimeFacts): Promise<{ env: Record<string, string>; running: ServiceRun[] }> {
  const env: Record<string, string> = {};
  const running: ServiceRun[] = [];
  await Promise.all(
    s.opts.config.services.map(async (svc) => {
      const fact: RuntimeFacts['services'][number] = { name: svc.name, image: svc.image, ready: false, env: Object.keys(svc.env), host: svc.name, port: svc.port };
      facts.services.push(fact);
      Object.assign(env, substitute(svc.env, svc.name, svc.port));
      try {
        if (!(await inspectImage(svc.image))) {
          s.progress(`pulling service image ${svc.image}`);
          await pullImage(svc.image, 300_000);
        }
        const c = await s.start(`service:${svc.name}`, svc.image, svc['service-env'], {
          aliases: [svc.name],
          ...(svc.command ? { cmd: commandOf(svc.command) } : {}),
        });
        const res = await waitReady({ host: c.ip, port: svc.port, timeoutMs: svc['ready-timeout'] * 1000, startedAt: c.startedAt, stopped: c.exited, ...(s.signal ? { signal: s.signal } : {}) });
        if (res.ready) {
          fact.ready = true;
          fact.readyMs = Math.round(res.ms);
          running.push({ name: svc.name, ip: c.ip, port: svc.port, id: c.id, pid: c.pid });
          s.progress(`service ${svc.name} ready in ${Math.round(res.ms)} ms`);
        } else {
          fact.message =
            res.why === 'stopped'
              ? `service exited with code ${(await c.exited).code}: ${c.logs.lastLines(5).join(' | ')}`
              : `service did not accept connections on ${svc.port} within ${svc['ready-timeout']} s`;
        }
      } catch (e) {
        if (e instanceof DockerUnavailableError || e instanceof Cancelled) throw e;
        fact.message = `service could not start: ${(e as Error).message}`;
      }
    }),
  );
  return { env, running };
}

async function observeServiceUse(app: Running, services: ServiceRun[], used: Map<string, number>): Promise<void> {
  const appSockets = await sockets(app);
  for (const svc of services) {
    let n = appSockets ? connectionsTo(appSockets, svc.ip, svc.port) : 0;
    if (n === 0) {
      const svcSockets = await sockets(svc);
      if (svcSockets) n = connectionsFrom(svcSockets, app.ip, svc.port);
    }
    used.set(svc.name, Math.max(used.get(svc.name) ?? 0, n));
  }
}

async function runAdmin(s: Session, image: ImageInfo, env: Record<string, string>, facts: RuntimeFacts): Promise<void> {
  const timeoutMs = Math.min(600_000, Math.max(30_000, s.opts.config.run['boot-timeout'] * 2000));
  for (const command of s.opts.config.admin) {
    s.check();
    const argv = typeof command === 'string' ? ['/bin/sh', '-c', command] : command;
    s.progress(`admin: ${argv.join(' ')}`);
    const started = performance.now();
    try {
      const c = await s.start('admin', image.id, env, typeof command === 'string' ? { entrypoint: [], cmd: argv } : { cmd: argv });
      const res = await raceTimeout(c.exited, timeoutMs, s.signal);
      const timedOut = res === undefined;
      if (timedOut) await signalContainer(c.id, 'SIGKILL');
      facts.admin.push({
        command: argv,
        exitCode: res ? res.code : null,
        durationMs: Math.round((res?.at ?? performance.now()) - started),
        timedOut,
        outputTail: c.logs.lastLines(30),
        imageId: image.id,
      });
      await s.remove(c.id);
    } catch (e) {
      if (e instanceof DockerUnavailableError || e instanceof Cancelled) throw e;
      facts.errors.push({ probe: 'admin', message: `${argv.join(' ')}: ${(e as Error).message}` });
    }
  }
}

/**
 * Boots the image in a sandbox and measures it: readiness on $PORT, the ports
 * it bound instead, logs, writes, shutdown on the stop signal, replicas,
 * admin commands and backing services. App misbehaviour is recorded, never
 * thrown; only an engine that does not answer throws (DockerUnavailableError).
 * Everything created is removed before this returns, whatever happened.
 */
export async function runProbes(opts: ProbeOptions): Promise<RuntimeFacts> {
  const t0 = performance.now();
  const runId = opts.runId ?? newRunId();
  const cfg = opts.config.run;
  await ping();
  // Debris of crashed audits (older than an hour) goes first; fresh objects of concurrent audits are never touched.
  await sweep({ olderThanMs: STALE_AFTER_MS }).catch(() => undefined);
  const image = await inspectImage(opts.imageId);
  const web = cfg.web ?? opts.web ?? true;
  const stopSignal = normaliseSignal(image?.stopSignal);
  const internal = cfg.network === 'internal';
  const bootTimeoutMs = Math.round(cfg['boot-timeout'] * 1000);
  const facts: RuntimeFacts = {
    runId,
    imageId: image?.id ?? opts.imageId,
    ...(opts.releaseId ? { releaseId: opts.releaseId } : {}),
    imageLabels: image?.labels ?? {},
    startedAt: new Date().toISOString(),
    envNames: [],
    network: { name: `tfa-${runId}`, internal },
    stopSignal,
    web,
    boot: { outcome: 'error', port: null, timeoutMs: bootTimeoutMs },
    logs: new LogCollector().snapshot(),
    admin: [],
    services: [],
    errors: [],
  };
  if (!image) {
    facts.boot.message = `image ${opts.imageId} is not present on the engine`;
    facts.errors.push({ probe: 'image', message: facts.boot.message });
    return facts;
  }
  facts.command = { entrypoint: image.entrypoint, cmd: image.cmd, shellForm: isShellForm(image.entrypoint, image.cmd) };

  const s = new Session(runId, image.id, opts);
  let appLogs: LogCollector | undefined;
  try {
    s.check();
    const net = await createNetwork(facts.network.name, internal, s.labels('network'));
    s.network = net.name;
    trackNetwork(net.name);

    const svc = await startServices(s, facts);
    const baseEnv: Record<string, string> = { ...svc.env, ...cfg.env };
    const port = web ? (cfg.port ?? randomPort()) : null;
    const appEnv = port === null ? baseEnv : { ...baseEnv, PORT: String(port) };
    facts.envNames = Object.keys(appEnv).sort();

    await runAdmin(s, image, appEnv, facts);

    s.progress(web ? `booting ${image.id.slice(7, 19)} with PORT=${port}` : `booting worker ${image.id.slice(7, 19)}`);
    const app = await s.start('app', image.id, appEnv);
    appLogs = app.logs;
    const used = new Map<string, number>();
    let ready = false;
    if (web && port !== null) {
      const httpPath = cfg['http-path'];
      const res = await waitReady({ host: app.ip, port, ...(httpPath ? { httpPath } : {}), timeoutMs: bootTimeoutMs, startedAt: app.startedAt, stopped: app.exited, ...(opts.signal ? { signal: opts.signal } : {}) });
      s.check();
      facts.boot = { outcome: 'error', port, timeoutMs: bootTimeoutMs, ...(httpPath ? { httpPath } : {}) };
      if (res.ready) {
        ready = true;
        facts.boot.outcome = 'ready';
        facts.boot.readyMs = Math.round(res.ms);
        if (res.httpStatus !== undefined) facts.boot.httpStatus = res.httpStatus;
        s.progress(`ready on PORT=${port} in ${Math.round(res.ms)} ms`);
      } else if (res.why === 'stopped') {
        const { code } = await app.exited;
        const st = await inspectContainer(app.id);
        facts.boot.outcome = 'exited';
        facts.boot.exitCode = code;
        facts.boot.oomKilled = st?.oomKilled ?? false;
        facts.boot.logTail = app.logs.lastLines(20);
        facts.boot.message = `exited with code ${code} before listening on PORT=${port}${st?.oomKilled ? ' (out of memory)' : ''}`;
      } else {
        facts.boot.outcome = 'timeout';
        facts.boot.logTail = app.logs.lastLines(20);
        const socks = await sockets(app);
        if (socks) {
          const ls = listeners(socks);
          facts.boot.listeningPorts = ls.map((l) => l.port);
          facts.boot.listeners = ls;
          facts.boot.message = `not ready within ${cfg['boot-timeout']} s: ${describeListeners(ls, port)}`;
        } else {
          facts.boot.message = `not ready within ${cfg['boot-timeout']} s; the container's sockets could not be read`;
        }
      }
    } else {
      // A worker has no port; "booted" means it is still running after a short settle window.
      const settle = Math.min(3000, bootTimeoutMs);
      const res = await raceTimeout(app.exited, settle, opts.signal);
      s.check();
      facts.boot = { outcome: 'not-applicable', port: null, timeoutMs: bootTimeoutMs, message: 'no web process: port and HTTP probes do not apply' };
      if (res) {
        facts.boot.outcome = 'exited';
        facts.boot.exitCode = res.code;
        facts.boot.logTail = app.logs.lastLines(20);
        facts.boot.message = `worker exited with code ${res.code} within ${settle} ms of starting`;
      } else {
        ready = true;
      }
    }

    if (ready && svc.running.length > 0) await observeServiceUse(app, svc.running, used);

    // Replicas: the app plus (n-1) more, side by side on the same network, each with its own PORT.
    if (ready && cfg.replicas > 1) {
      const replicas: NonNullable<RuntimeFacts['replicas']> = {
        requested: cfg.replicas,
        ready: 1,
        replicas: [{ port: port ?? 0, outcome: web ? 'ready' : 'running', ...(facts.boot.readyMs !== undefined ? { readyMs: facts.boot.readyMs } : {}) }],
      };
      const taken = new Set(port !== null ? [port] : []);
      await Promise.all(
        Array.from({ length: cfg.replicas - 1 }, async () => {
          const p = web ? randomPort(taken) : 0;
          taken.add(p);
          const env = web ? { ...baseEnv, PORT: String(p) } : baseEnv;
          const entry: (typeof replicas.replicas)[number] = { port: p, outcome: 'error' };
          replicas.replicas.push(entry);
          try {
            const r = await s.start('replica', image.id, env);
            if (web) {
              const res = await waitReady({ host: r.ip, port: p, timeoutMs: bootTimeoutMs, startedAt: r.startedAt, stopped: r.exited, ...(opts.signal ? { signal: opts.signal } : {}) });
              entry.outcome = res.ready ? 'ready' : res.why === 'stopped' ? 'exited' : 'timeout';
              if (res.ready) entry.readyMs = Math.round(res.ms);
              else entry.message = res.why === 'stopped' ? `exited with code ${(await r.exited).code}: ${r.logs.lastLines(3).join(' | ')}` : `not ready within ${cfg['boot-timeout']} s`;
            } else {
              const res = await raceTimeout(r.exited, Math.min(3000, bootTimeoutMs), opts.signal);
              entry.outcome = res ? 'exited' : 'running';
              if (res) entry.message = `exited with code ${res.code}`;
            }
            if (entry.outcome === 'ready' || entry.outcome === 'running') replicas.ready++;
            // The first replica is still running: both were up at the same time.
            if (app.hasExited()) {
              entry.outcome = 'not-concurrent';
              entry.message = 'the first replica had exited by the time this one was up';
              if (replicas.ready > 0) replicas.ready--;
            }
            await s.remove(r.id);
          } catch (e) {
            if (e instanceof DockerUnavailableError) throw e;
            entry.message = (e as Error).message;
          }
        }),
      );
      facts.replicas = replicas;
    }

    if (ready && web && port !== null) {
      const path = cfg['http-path'] ?? '/';
      const exercise: NonNullable<RuntimeFacts['exercise']> = { path, requests: 0, statuses: {}, errors: 0 };
      for (let i = 0; i < cfg.requests; i++) {
        s.check();
        const a = await httpGet(app.ip, port, path, 5000, s.opts.signal);
        exercise.requests++;
        if (a.status !== undefined) exercise.statuses[String(a.status)] = (exercise.statuses[String(a.status)] ?? 0) + 1;
        else exercise.errors++;
      }
      facts.exercise = exercise;
      if (svc.running.length > 0) await observeServiceUse(app, svc.running, used);
    }
    for (const f of facts.services) {
      if (!f.ready) continue;
      const n = used.get(f.name);
      if (n === undefined) continue;
      f.connections = n;
      f.used = n > 0;
    }

    // Shutdown: the image's stop signal, a stopwatch, SIGKILL after the grace period.
    s.check();
    const graceMs = Math.round(cfg['shutdown-timeout'] * 1000);
    const shellForm = facts.command.shellForm;
    if (app.hasExited()) {
      const { code } = await app.exited;
      facts.shutdown = { signal: stopSignal, graceMs, elapsedMs: 0, exitCode: code, killed: false, classification: 'not-running', shellForm };
    } else {
      s.progress(`sending ${stopSignal}`);
      const st0 = await inspectContainer(app.id);
      const watch = watchPidExit(st0?.pid ?? 0);
      // The engine delivers the signal before it answers the kill call, so the answer is the stopwatch's start:
      // counting the request's own latency would overstate every shutdown by tens of milliseconds.
      await signalContainer(app.id, stopSignal);
      const sent = performance.now();
      let res = await raceTimeout(app.exited, graceMs, opts.signal);
      let killed = false;
      if (!res) {
        s.check();
        killed = true;
        await signalContainer(app.id, 'SIGKILL');
        res = await app.exited;
      }
      // The host saw the process go before the engine reported it; take the earlier, truer moment.
      const pidGone = watch ? await raceTimeout(watch.exited, 50) : undefined;
      watch?.stop();
      const exitAt = pidGone !== undefined && pidGone < res.at ? pidGone : res.at;
      const st = await inspectContainer(app.id);
      const code = res.code;
      facts.shutdown = {
        signal: stopSignal,
        graceMs,
        elapsedMs: Math.max(0, Math.round(exitAt - sent)),
        exitCode: code,
        killed,
        classification: classifyExit(code, stopSignal, killed),
        oomKilled: st?.oomKilled ?? false,
        shellForm,
        ...(code > 128 && signalName(code - 128) ? { exitSignal: signalName(code - 128)! } : {}),
      };
      s.progress(`exited ${code} after ${facts.shutdown.elapsedMs} ms${killed ? ' (SIGKILL needed)' : ''}`);
    }

    try {
      facts.filesystem = classifyDiff(await containerDiff(app.id));
    } catch (e) {
      if (e instanceof DockerUnavailableError) throw e;
      facts.errors.push({ probe: 'filesystem', message: (e as Error).message });
    }
  } catch (e) {
    if (e instanceof Cancelled) {
      facts.cancelled = true;
      facts.errors.push({ probe: 'run', message: 'cancelled before the probes finished' });
    } else if (e instanceof DockerUnavailableError) {
      throw e;
    } else {
      facts.errors.push({ probe: 'run', message: (e as Error).message });
    }
  } finally {
    if (appLogs) facts.logs = appLogs.snapshot();
    const errors = await s.cleanup();
    for (const m of errors) facts.errors.push({ probe: 'cleanup', message: m });
  }
  facts.durationMs = Math.round(performance.now() - t0);
  return facts;
}

