import type { RuntimeCheck } from '../types';
import { m, needRuntime, tail, webOnly } from '../runtime/support';

export const startupTime: RuntimeCheck = {
  id: 'disposability/startup-time',
  factor: 'disposability',
  kind: 'runtime',
  title: 'The app starts fast',
  rationale:
    'Factor IX: processes start in seconds so the platform can scale out and replace them freely. A slow boot stretches every deploy and every crash recovery; platforms kill apps that miss their boot limit (Heroku R10: 60 s).',
  remediation: 'Move slow work (cache warming, migrations, asset builds) out of startup: into the build, an admin process, or a lazy first use.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'startup time');
    if (Array.isArray(rt)) return rt;
    const skip = webOnly(rt, 'startup time');
    if (skip) return skip;
    const b = rt.boot;
    if (b.outcome === 'ready') {
      const warnAt = Math.min(b.timeoutMs, 10_000);
      const slow = (b.readyMs ?? 0) > warnAt / 2;
      return [
        {
          outcome: slow ? 'warn' : 'pass',
          message: `ready in ${b.readyMs} ms${slow ? ` (more than half of ${warnAt} ms)` : ''}`,
          evidence: [m('startup time', b.readyMs ?? 0, 'ms', b.timeoutMs)],
        },
      ];
    }
    if (b.outcome === 'timeout') return [{ outcome: 'fail', message: `not ready within the boot timeout of ${b.timeoutMs} ms`, evidence: [m('startup time', b.timeoutMs, 'ms', b.timeoutMs)] }];
    if (b.outcome === 'exited') return [{ outcome: 'fail', message: b.message ?? 'exited during startup', evidence: [m('exit code', b.exitCode ?? -1, 'code')], details: tail(b.logTail) }];
    return [{ outcome: 'error', message: b.message ?? 'the app could not be booted' }];
  },
};
