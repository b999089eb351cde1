import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const replicasCheck: RuntimeCheck = {
  id: 'concurrency/replicas',
  factor: 'concurrency',
  kind: 'runtime',
  title: 'Several replicas run side by side',
  rationale: 'Factor VIII: the app scales out by running more processes. Two copies must boot together without fighting over a port, a lock file or a pid file.',
  remediation: 'Remove pid files, fixed ports and exclusive local locks; keep shared state in backing services so any number of copies can run.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'replicas');
    if (Array.isArray(rt)) return rt;
    const r = rt.replicas;
    if (!r) {
      if (ctx.config.run.replicas < 2) return [{ outcome: 'skip', message: 'replicas not tried: run.replicas is 1' }];
      return [{ outcome: 'skip', message: `replicas not tried: the first copy did not come up (${rt.boot.outcome})` }];
    }
    const ev = [m('replicas up together', r.ready, 'replicas', r.requested)];
    const details = r.replicas.map((x) => `${x.port ? `PORT=${x.port}` : 'worker'}: ${x.outcome}${x.readyMs !== undefined ? ` in ${x.readyMs} ms` : ''}${x.message ? ` (${x.message})` : ''}`);
    if (r.ready >= r.requested) return [{ outcome: 'pass', message: `${r.ready} replicas ran side by side`, evidence: ev, details }];
    return [{ outcome: 'fail', message: `only ${r.ready} of ${r.requested} replicas came up side by side`, evidence: ev, details }];
  },
};
