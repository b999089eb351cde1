import { describeAnswers, type RuntimeFacts } from '../../../model/runtime';
import { httpGet, type PortTarget, statusAcceptor } from '../readiness';
import type { Running, Session } from './session';

/**
 * Exercise probe: a few GET requests to `http-path` (default `/`) on the port
 * the app listens on, one after the other, so the filesystem and log probes
 * see the app after it served traffic. Records how many got which status,
 * how many got none, and how many were served (a status run.ready-status
 * accepts); when none was, it says so, because the probes after it then saw
 * an app that served nothing.
 */
export async function exerciseApp(s: Session, app: Running, target: PortTarget, facts: RuntimeFacts): Promise<void> {
  const cfg = s.config.run;
  const path = cfg['http-path'] ?? '/';
  const accepts = statusAcceptor(cfg['ready-status']);
  const exercise: NonNullable<RuntimeFacts['exercise']> = { path, port: target.port, requests: 0, statuses: {}, errors: 0, served: 0 };
  facts.exercise = exercise;
  s.progress(`exercising GET ${path} on port ${target.port} with ${cfg.requests} requests`);
  for (let i = 0; i < cfg.requests; i++) {
    s.check();
    const a = await httpGet(app.ip, target.port, path, 5000, s.signal);
    s.check();
    exercise.requests++;
    if (a.status === undefined) {
      exercise.errors++;
      continue;
    }
    exercise.statuses[String(a.status)] = (exercise.statuses[String(a.status)] ?? 0) + 1;
    if (accepts(a.status)) exercise.served = (exercise.served ?? 0) + 1;
  }
  if (exercise.requests > 0 && exercise.served === 0) s.progress(`none of the ${exercise.requests} requests to ${path} was served (${describeAnswers(exercise)})`);
}
