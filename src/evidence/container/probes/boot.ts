import type { RuntimeFacts } from '../../../model/runtime';
import type { ImageInfo } from '../client';
import { describePorts, type PortPlan } from '../ports';
import { type PortTarget, statusAcceptor, waitForPort } from '../readiness';
import { raceTimeout, type Running, type Session } from './session';
import { describeListeners, listenersEveryMs, listenersOf } from './sockets';

export interface Booted {
  app: Running;
  /** Accepting on a given port and answering an accepted status on `http-path` (web), or still running after the settle window (worker). */
  ready: boolean;
  /** Where the app can be reached: the given port it bound, or the port it was found listening on instead. */
  serving?: PortTarget;
}

/** The ports to wait on: one per variable, or the one fixed port (then no variable can be told apart). */
export function targetsOf(plan: PortPlan): PortTarget[] {
  if (plan.fixed) return [{ port: Object.values(plan.ports)[0]! }];
  return Object.entries(plan.ports).map(([variable, port]) => ({ port, variable }));
}

/**
 * Boot probe (factors VII and IX): starts the app with a port in each port
 * variable and waits until it accepts connections on one of them (and
 * answers a status run.ready-status accepts on `http-path` when set), exits,
 * is found listening on a port nobody gave it, or the boot timeout passes.
 * The facts say which variable's port it bound, or why it is not ready: the
 * exit code with the line that explains it, the ports it listens on instead,
 * or the status the path answered. A worker has no port: "booted" means
 * still running after a short settle.
 */
export async function bootApp(s: Session, image: ImageInfo, env: Record<string, string>, plan: PortPlan | null, facts: RuntimeFacts): Promise<Booted> {
  const cfg = s.config.run;
  const bootTimeoutMs = Math.round(cfg['boot-timeout'] * 1000);
  if (plan === null) {
    s.progress(`booting worker ${image.id.slice(7, 19)}`);
    const app = await s.start('app', image.id, env);
    return { app, ready: await settleWorker(s, app, bootTimeoutMs, facts) };
  }

  const given = describePorts(plan.ports);
  const httpPath = cfg['http-path'];
  const readyStatuses = cfg['ready-status'].join(', ');
  s.progress(`booting ${image.id.slice(7, 19)} with ${given}${plan.fixed ? ' (fixed by run.port)' : ''}`);
  const app = await s.start('app', image.id, env);
  facts.boot = {
    outcome: 'error',
    port: plan.ports.PORT ?? null,
    ports: plan.ports,
    ...(plan.fixed ? { fixedPort: true } : {}),
    timeoutMs: bootTimeoutMs,
    ...(httpPath ? { httpPath, readyStatuses } : {}),
  };
  const res = await s.waitingFor(
    `the app to listen on ${given}`,
    bootTimeoutMs,
    waitForPort({
      host: app.ip,
      targets: targetsOf(plan),
      ...(httpPath ? { httpPath } : {}),
      accepts: statusAcceptor(cfg['ready-status']),
      timeoutMs: bootTimeoutMs,
      startedAt: app.startedAt,
      stopped: app.exited,
      listeners: () => listenersOf(s.client, app),
      listenersEveryMs: listenersEveryMs(app),
      ...(s.signal ? { signal: s.signal } : {}),
    }),
  );
  s.check();
  const b = facts.boot;
  if (res.outcome !== 'ready') b.waitedMs = Math.round(res.ms);
  switch (res.outcome) {
    case 'ready':
    case 'unhealthy': {
      b.port = res.target.port;
      if (res.target.variable) b.portVariable = res.target.variable;
      b.acceptedMs = Math.round(res.acceptedMs);
      if (res.httpStatus !== undefined) b.httpStatus = res.httpStatus;
      const on = `${res.target.variable ?? 'the fixed port'}=${res.target.port}`;
      if (res.outcome === 'ready') {
        b.outcome = 'ready';
        b.readyMs = Math.round(res.ms);
        s.progress(`ready on ${on} in ${b.readyMs} ms`);
        return { app, ready: true, serving: res.target };
      }
      b.outcome = 'unhealthy';
      b.logTail = app.logs.lastLines(20);
      const answered = res.httpStatus !== undefined ? `answered ${res.httpStatus}` : 'gave no HTTP answer';
      b.message = `listening on ${on} after ${b.acceptedMs} ms, but GET ${httpPath} ${answered} (expected ${readyStatuses}) until ${Math.round(res.ms / 1000)} s`;
      s.progress(b.message);
      return { app, ready: false, serving: res.target };
    }
    case 'other-port': {
      const ls = res.listeners;
      b.outcome = 'other-port';
      b.listeners = ls;
      b.listeningPorts = ls.map((l) => l.port);
      b.listenerSeenMs = Math.round(res.seenMs);
      b.logTail = app.logs.lastLines(20);
      b.message = `${describeListeners(ls, plan.ports)} (seen ${b.listenerSeenMs} ms after start)`;
      s.progress(b.message);
      const elsewhere = ls.find((l) => !l.loopbackOnly && !Object.values(plan.ports).includes(l.port));
      return { app, ready: false, ...(elsewhere ? { serving: { port: elsewhere.port } } : {}) };
    }
    case 'stopped': {
      const { code } = await app.exited;
      b.outcome = 'exited';
      b.exitCode = code;
      b.oomKilled = await s.oomKilled(app.id, code);
      b.logTail = app.logs.lastLines(20);
      const why = app.logs.lastReason();
      // The line that says why comes first: every output shows the start of this message, some cut it.
      b.message = `exited with code ${code} before listening${b.oomKilled ? ' (out of memory)' : ''}${why ? `: ${why}` : ''} (given ${given})`;
      s.progress(b.message);
      return { app, ready: false };
    }
    default: {
      b.outcome = 'timeout';
      b.logTail = app.logs.lastLines(20);
      const ls = await listenersOf(s.client, app);
      if (ls) {
        b.listeningPorts = ls.map((l) => l.port);
        b.listeners = ls;
        b.message = `not ready within ${cfg['boot-timeout']} s: ${describeListeners(ls, plan.ports)}`;
      } else {
        b.message = `not ready within ${cfg['boot-timeout']} s; the container's sockets could not be read`;
      }
      s.progress(b.message);
      return { app, ready: false };
    }
  }
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
  const why = app.logs.lastReason();
  facts.boot.message = `worker exited with code ${res.code} within ${settle} ms of starting${why ? `: ${why}` : ''}`;
  return false;
}
