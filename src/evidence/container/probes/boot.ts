import type { RuntimeFacts } from '../../../model/runtime';
import type { ImageInfo } from '../client';
import { listeners } from '../netstat';
import { waitReady } from '../readiness';
import { raceTimeout, type Running, type Session } from './session';
import { describeListeners, sockets } from './sockets';

export interface Booted {
  app: Running;
  /** Listening on $PORT (web), or still running after the settle window (worker). */
  ready: boolean;
}

/**
 * Boot probe (factors VII and IX): starts the app and waits until it
 * accepts connections on $PORT (and answers HTTP on `http-path` when set),
 * exits, or the boot timeout passes. When it is not ready, the facts say
 * why: the exit code and last lines, or the ports it listens on instead.
 * A worker has no port: "booted" means still running after a short settle.
 */
export async function bootApp(s: Session, image: ImageInfo, env: Record<string, string>, port: number | null, facts: RuntimeFacts): Promise<Booted> {
  const cfg = s.config.run;
  const bootTimeoutMs = Math.round(cfg['boot-timeout'] * 1000);
  s.progress(port !== null ? `booting ${image.id.slice(7, 19)} with PORT=${port}` : `booting worker ${image.id.slice(7, 19)}`);
  const app = await s.start('app', image.id, env);
  if (port === null) return { app, ready: await settleWorker(s, app, bootTimeoutMs, facts) };

  const httpPath = cfg['http-path'];
  const res = await waitReady({ host: app.ip, port, ...(httpPath ? { httpPath } : {}), timeoutMs: bootTimeoutMs, startedAt: app.startedAt, stopped: app.exited, ...(s.signal ? { signal: s.signal } : {}) });
  s.check();
  facts.boot = { outcome: 'error', port, timeoutMs: bootTimeoutMs, ...(httpPath ? { httpPath } : {}) };
  if (res.ready) {
    facts.boot.outcome = 'ready';
    facts.boot.readyMs = Math.round(res.ms);
    if (res.httpStatus !== undefined) facts.boot.httpStatus = res.httpStatus;
    s.progress(`ready on PORT=${port} in ${Math.round(res.ms)} ms`);
    return { app, ready: true };
  }
  if (res.why === 'stopped') {
    const { code } = await app.exited;
    const st = await s.client.inspectContainer(app.id);
    facts.boot.outcome = 'exited';
    facts.boot.exitCode = code;
    facts.boot.oomKilled = st?.oomKilled ?? false;
    facts.boot.logTail = app.logs.lastLines(20);
    facts.boot.message = `exited with code ${code} before listening on PORT=${port}${st?.oomKilled ? ' (out of memory)' : ''}`;
    return { app, ready: false };
  }
  facts.boot.outcome = 'timeout';
  facts.boot.logTail = app.logs.lastLines(20);
  const socks = await sockets(s.client, app);
  if (socks) {
    const ls = listeners(socks);
    facts.boot.listeningPorts = ls.map((l) => l.port);
    facts.boot.listeners = ls;
    facts.boot.message = `not ready within ${cfg['boot-timeout']} s: ${describeListeners(ls, port)}`;
  } else {
    facts.boot.message = `not ready within ${cfg['boot-timeout']} s; the container's sockets could not be read`;
  }
  return { app, ready: false };
}

async function settleWorker(s: Session, app: Running, bootTimeoutMs: number, facts: RuntimeFacts): Promise<boolean> {
  const settle = Math.min(3000, bootTimeoutMs);
  const res = await raceTimeout(app.exited, settle, s.signal);
  s.check();
  facts.boot = { outcome: 'not-applicable', port: null, timeoutMs: bootTimeoutMs, message: 'no web process: port and HTTP probes do not apply' };
  if (!res) return true;
  facts.boot.outcome = 'exited';
  facts.boot.exitCode = res.code;
  facts.boot.logTail = app.logs.lastLines(20);
  facts.boot.message = `worker exited with code ${res.code} within ${settle} ms of starting`;
  return false;
}
