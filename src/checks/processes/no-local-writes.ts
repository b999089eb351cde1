import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const noLocalWrites: RuntimeCheck = {
  id: 'processes/no-local-writes',
  factor: 'processes',
  kind: 'runtime',
  title: 'The app keeps no state on local disk',
  rationale:
    'Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Files written to the container disk are lost on restart and invisible to other replicas.',
  remediation: 'Keep sessions, uploads and data in a backing service (database, Redis, object storage); use /tmp only for scratch space within one request.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'local writes');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: 'error', message: 'local writes not measured: the container filesystem could not be diffed' }];
    const n = fsFacts.written.length;
    const exercised = rt.exercise ? `after ${rt.exercise.requests} requests to ${rt.exercise.path}` : 'during the run';
    if (n === 0) return [{ outcome: 'pass', message: `no files written outside temp dirs ${exercised}`, evidence: [m('files written outside temp dirs', 0, 'files', 0), m('temp dir writes', fsFacts.tempWrites, 'files')] }];
    return [{ outcome: 'fail', message: `wrote ${n} file${n === 1 ? '' : 's'} outside temp dirs ${exercised}: ${fsFacts.written.slice(0, 5).join(', ')}`, evidence: [m('files written outside temp dirs', n, 'files', 0)], details: fsFacts.written.slice(0, 50) }];
  },
};
