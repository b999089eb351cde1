import type { RuntimeFacts } from '../../../model/runtime';
import { DockerUnavailableError, type ImageInfo } from '../client';
import { randomPort } from '../ports';
import { waitReady } from '../readiness';
import { raceTimeout, type Running, type Session } from './session';

type Replicas = NonNullable<RuntimeFacts['replicas']>;

/**
 * Replicas probe (factor VIII): the booted app plus (n-1) more copies side by
 * side on the same network, each with its own PORT. A copy counts only when
 * it came up while the first was still running.
 */
export async function runReplicas(s: Session, image: ImageInfo, baseEnv: Record<string, string>, app: Running, port: number | null, facts: RuntimeFacts): Promise<void> {
  const cfg = s.config.run;
  const web = port !== null;
  const bootTimeoutMs = Math.round(cfg['boot-timeout'] * 1000);
  const replicas: Replicas = {
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
      const entry: Replicas['replicas'][number] = { port: p, outcome: 'error' };
      replicas.replicas.push(entry);
      try {
        const r = await s.start('replica', image.id, env);
        if (web) {
          const res = await waitReady({ host: r.ip, port: p, timeoutMs: bootTimeoutMs, startedAt: r.startedAt, stopped: r.exited, ...(s.signal ? { signal: s.signal } : {}) });
          entry.outcome = res.ready ? 'ready' : res.why === 'stopped' ? 'exited' : 'timeout';
          if (res.ready) entry.readyMs = Math.round(res.ms);
          else entry.message = res.why === 'stopped' ? `exited with code ${(await r.exited).code}: ${r.logs.lastLines(3).join(' | ')}` : `not ready within ${cfg['boot-timeout']} s`;
        } else {
          const res = await raceTimeout(r.exited, Math.min(3000, bootTimeoutMs), s.signal);
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
