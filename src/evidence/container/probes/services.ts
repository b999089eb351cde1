import type { ServiceConfig } from '../../../config/schema';
import type { RuntimeFacts } from '../../../model/runtime';
import { DockerUnavailableError } from '../client';
import { connectionsFrom, connectionsTo } from '../netstat';
import { waitForPort } from '../readiness';
import { Cancelled, type Running, type Session } from './session';
import { sockets } from './sockets';

/**
 * Backing services probe (factor IV): starts each configured service on the
 * run network under its name, waits until it accepts connections, and hands
 * the app the env that locates it. Later, the app's sockets show whether it
 * really connected.
 */

interface ServiceRun {
  name: string;
  ip: string;
  port: number;
  id: string;
  pid: number;
}

export interface StartedServices {
  /** Env for the app, with `{host}` and `{port}` filled in. */
  env: Record<string, string>;
  running: ServiceRun[];
}

/** A service image pull may take minutes on a slow registry; beyond this it is not coming. */
const PULL_TIMEOUT_MS = 300_000;

function commandOf(cmd: ServiceConfig['command'] | string[]): string[] {
  return typeof cmd === 'string' ? ['/bin/sh', '-c', cmd] : cmd!;
}

function substitute(env: Record<string, string>, host: string, port: number): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v.replaceAll('{host}', host).replaceAll('{port}', String(port))]));
}

export async function startServices(s: Session, facts: RuntimeFacts): Promise<StartedServices> {
  const env: Record<string, string> = {};
  const running: ServiceRun[] = [];
  await Promise.all(
    s.config.services.map(async (svc) => {
      const fact: RuntimeFacts['services'][number] = { name: svc.name, image: svc.image, ready: false, env: Object.keys(svc.env), host: svc.name, port: svc.port };
      facts.services.push(fact);
      Object.assign(env, substitute(svc.env, svc.name, svc.port));
      try {
        if (!(await s.client.inspectImage(svc.image))) {
          s.progress(`pulling service image ${svc.image}`);
          await s.waitingFor(`the pull of ${svc.image}`, PULL_TIMEOUT_MS, s.client.pullImage(svc.image, PULL_TIMEOUT_MS));
        }
        const c = await s.start(`service:${svc.name}`, svc.image, svc['service-env'], {
          aliases: [svc.name],
          ...(svc.command ? { cmd: commandOf(svc.command) } : {}),
        });
        const timeoutMs = svc['ready-timeout'] * 1000;
        const res = await s.waitingFor(
          `service ${svc.name} on port ${svc.port}`,
          timeoutMs,
          waitForPort({ host: c.ip, targets: [{ port: svc.port }], timeoutMs, startedAt: c.startedAt, stopped: c.exited, ...(s.signal ? { signal: s.signal } : {}) }),
        );
        s.check();
        if (res.outcome === 'ready') {
          fact.ready = true;
          fact.readyMs = Math.round(res.ms);
          running.push({ name: svc.name, ip: c.ip, port: svc.port, id: c.id, pid: c.pid });
          s.progress(`service ${svc.name} ready in ${fact.readyMs} ms`);
        } else {
          fact.message =
            res.outcome === 'stopped'
              ? `service exited with code ${(await c.exited).code}: ${c.logs.lastLines(5).join(' | ')}`
              : `service did not accept connections on ${svc.port} within ${svc['ready-timeout']} s`;
          s.progress(`service ${svc.name}: ${fact.message}`);
        }
      } catch (e) {
        if (e instanceof DockerUnavailableError || e instanceof Cancelled) throw e;
        fact.message = `service could not start: ${(e as Error).message}`;
        s.progress(`service ${svc.name}: ${fact.message}`);
      }
    }),
  );
  return { env, running };
}

/**
 * Established connections between the app and each service, the most seen
 * at any observation: read from the app's sockets, else from the service's.
 */
export class ServiceUse {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly s: Session,
    private readonly services: ServiceRun[],
  ) {}

  async observe(app: Running): Promise<void> {
    if (this.services.length === 0) return;
    const appSockets = await sockets(this.s.client, app);
    for (const svc of this.services) {
      let n = appSockets ? connectionsTo(appSockets, svc.ip, svc.port) : 0;
      if (n === 0) {
        const svcSockets = await sockets(this.s.client, svc);
        if (svcSockets) n = connectionsFrom(svcSockets, app.ip, svc.port);
      }
      this.seen.set(svc.name, Math.max(this.seen.get(svc.name) ?? 0, n));
    }
  }

  /** Writes what was observed into the service facts; unobserved services say nothing. */
  record(facts: RuntimeFacts): void {
    for (const f of facts.services) {
      if (!f.ready) continue;
      const n = this.seen.get(f.name);
      if (n === undefined) continue;
      f.connections = n;
      f.used = n > 0;
    }
  }
}
