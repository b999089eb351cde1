import type { RuntimeFacts } from '../../../model/runtime';
import { DockerUnavailableError, type ImageInfo } from '../client';
import { describePorts, type PortPlan, planPorts, portEnv } from '../ports';
import { type PortTarget, statusAcceptor, waitForPort } from '../readiness';
import type { Booted } from './boot';
import { Cancelled, raceTimeout, type Running, type Session } from './session';

type Replicas = NonNullable<RuntimeFacts['replicas']>;
type Entry = Replicas['replicas'][number];

/** A replica that came up, kept running until the probes that need two copies are done. */
export interface UpReplica {
  running: Running;
  target: PortTarget;
}

/**
 * Replicas probe (factor VIII): the booted app plus (n-1) more copies side by
 * side on the same network. Each copy gets ports the way the first did (its
 * own random port per variable, or the fixed run.port) and is waited for on
 * the port the first one really used: the variable's port it bound, or the
 * port it was found listening on instead, so no copy waits out a boot timeout
 * for a port that will not come. A copy counts only when it came up while the
 * first was still running. `whileUp` runs with every copy up (the
 * shared-state probe), before they are removed.
 */
export async function runReplicas(
  s: Session,
  image: ImageInfo,
  baseEnv: Record<string, string>,
  first: Booted,
  plan: PortPlan | null,
  facts: RuntimeFacts,
  whileUp: (up: UpReplica[]) => Promise<void>,
): Promise<void> {
  const cfg = s.config.run;
  const web = plan !== null;
  const bootTimeoutMs = Math.round(cfg['boot-timeout'] * 1000);
  // Copies are asked what the first one answered: HTTP on http-path only when the first answered it.
  const httpPath = web && first.ready && facts.boot.httpStatus !== undefined ? cfg['http-path'] : undefined;
  const replicas: Replicas = {
    requested: cfg.replicas,
    ready: 1,
    replicas: [
      {
        port: first.serving?.port ?? 0,
        ...(first.serving?.variable ? { variable: first.serving.variable } : {}),
        outcome: web ? 'ready' : 'running',
        ...(facts.boot.readyMs !== undefined ? { readyMs: facts.boot.readyMs } : {}),
      },
    ],
  };
  facts.replicas = replicas;
  s.progress(`starting ${cfg.replicas - 1} more ${cfg.replicas === 2 ? 'replica' : 'replicas'} beside the first`);
  const up: UpReplica[] = [];
  try {
    await Promise.all(
      Array.from({ length: cfg.replicas - 1 }, async (_, i) => {
        const n = i + 2;
        const own = web ? (plan.fixed ? plan : planPorts(Object.keys(plan.ports))) : null;
        const target: PortTarget | undefined = own && first.serving ? targetLike(first.serving, own) : undefined;
        const entry: Entry = { port: target?.port ?? 0, ...(target?.variable ? { variable: target.variable } : {}), outcome: 'error' };
        replicas.replicas.push(entry);
        try {
          const r = await s.start('replica', image.id, own ? { ...baseEnv, ...portEnv(own) } : baseEnv);
          if (target) {
            const res = await s.waitingFor(
              `replica ${n} to listen on ${describePorts({ [target.variable ?? 'port']: target.port })}`,
              bootTimeoutMs,
              waitForPort({
                host: r.ip,
                targets: [target],
                ...(httpPath ? { httpPath } : {}),
                accepts: statusAcceptor(cfg['ready-status']),
                timeoutMs: bootTimeoutMs,
                startedAt: r.startedAt,
                stopped: r.exited,
                ...(s.signal ? { signal: s.signal } : {}),
              }),
            );
            s.check();
            entry.outcome = res.outcome === 'stopped' ? 'exited' : res.outcome;
            if (res.outcome === 'ready') entry.readyMs = Math.round(res.ms);
            else if (res.outcome === 'stopped') entry.message = `exited with code ${(await r.exited).code}: ${r.logs.lastLines(3).join(' | ')}`;
            else entry.message = `not ready within ${cfg['boot-timeout']} s`;
          } else {
            const res = await raceTimeout(r.exited, Math.min(3000, bootTimeoutMs), s.signal);
            s.check();
            entry.outcome = res ? 'exited' : 'running';
            if (res) entry.message = `exited with code ${res.code}`;
          }
          let keep = false;
          if (entry.outcome === 'ready' || entry.outcome === 'running') {
            // The first copy is still running: both were up at the same time.
            if (first.app.hasExited()) {
              entry.outcome = 'not-concurrent';
              entry.message = 'the first replica had exited by the time this one was up';
            } else {
              replicas.ready++;
              keep = target !== undefined;
              if (target) up.push({ running: r, target });
            }
          }
          if (!keep) await s.remove(r.id);
          s.progress(`replica ${n}: ${entry.outcome}${entry.readyMs !== undefined ? ` in ${entry.readyMs} ms` : ''}${entry.message ? ` (${entry.message})` : ''}`);
        } catch (e) {
          if (e instanceof DockerUnavailableError || e instanceof Cancelled) throw e;
          entry.message = (e as Error).message;
        }
      }),
    );
    await whileUp(up);
  } finally {
    await Promise.all(up.map((u) => s.remove(u.running.id)));
  }
}

/** The port a copy is waited on: its own port for the variable the first one bound, else the same port. */
function targetLike(serving: PortTarget, own: PortPlan): PortTarget {
  if (serving.variable && own.ports[serving.variable] !== undefined) return { port: own.ports[serving.variable]!, variable: serving.variable };
  return { port: serving.port };
}
