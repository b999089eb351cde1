import type { RuntimeFacts } from '../../../model/runtime';
import { httpGet } from '../readiness';
import type { Running, Session } from './session';

/**
 * Exercise probe: a few GET requests to `http-path` (default `/`), one after
 * the other, so the filesystem and log probes see the app after it served
 * traffic. Records how many got which status and how many got none.
 */
export async function exerciseApp(s: Session, app: Running, port: number, facts: RuntimeFacts): Promise<void> {
  const cfg = s.config.run;
  const path = cfg['http-path'] ?? '/';
  const exercise: NonNullable<RuntimeFacts['exercise']> = { path, requests: 0, statuses: {}, errors: 0 };
  for (let i = 0; i < cfg.requests; i++) {
    s.check();
    const a = await httpGet(app.ip, port, path, 5000, s.signal);
    exercise.requests++;
    if (a.status !== undefined) exercise.statuses[String(a.status)] = (exercise.statuses[String(a.status)] ?? 0) + 1;
    else exercise.errors++;
  }
  facts.exercise = exercise;
}
