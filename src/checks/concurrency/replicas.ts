import { found, measured, needRuntime, notRun, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const replicas: RuntimeCheck = {
  id: 'concurrency/replicas',
  factor: 'concurrency',
  kind: 'runtime',
  role: 'core',
  title: 'Several replicas run side by side',
  rationale: 'Factor VIII: the app scales out by running more processes. Two copies must boot together without fighting over a port, a lock file or a pid file; one that cannot is a singleton.',
  remediation: 'Remove pid files, fixed ports and exclusive local locks; keep shared state in backing services so any number of copies can run.',
  conditions: {
    'side-by-side': { rubric: 'formation', when: 'the requested replicas booted together' },
    singleton: { rubric: 'singleton', when: 'a second copy could not come up beside the first' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'replicas');
    if (Array.isArray(rt)) return rt;
    const notTried = notRun(rt, 'replicas', 'replicas');
    if (notTried) return notTried;
    const r = rt.replicas;
    if (!r) {
      if (ctx.config.run.replicas < 2) return skip('replicas not tried: run.replicas is 1');
      if (rt.cancelled) return skip('replicas: cancelled before they were tried');
      return skip(`replicas not tried: the first copy did not come up (${rt.boot.outcome})`);
    }
    const ev = [measured('replicas up together', r.ready, 'replicas', r.requested)];
    const details = r.replicas.map((x) => `${x.port ? `${x.variable ?? 'port'} ${x.port}` : 'worker'}: ${x.outcome}${x.readyMs !== undefined ? ` in ${x.readyMs} ms` : ''}${x.message ? ` (${x.message})` : ''}`);
    if (r.ready >= r.requested) return [found('side-by-side', `${r.ready} replicas ran side by side`, ev, details)];
    return [found('singleton', `only ${r.ready} of ${r.requested} replicas came up side by side`, ev, details)];
  },
};
