import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const sigtermShutdown: RuntimeCheck = {
  id: 'disposability/sigterm-shutdown',
  factor: 'disposability',
  kind: 'runtime',
  title: 'The app shuts down gracefully on its stop signal',
  rationale:
    'Factor IX: processes shut down gracefully when they receive SIGTERM, finishing or handing back in-flight work. Platforms send SIGTERM, wait a grace period (10 s in Docker, 30 s on Heroku and Kubernetes), then SIGKILL, dropping whatever was running.',
  remediation:
    'Handle SIGTERM: stop accepting work, finish in-flight requests, close connections, exit 0. Use the exec form `CMD ["node", "server.js"]` so the app, not /bin/sh, is PID 1 and receives the signal.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'shutdown');
    if (Array.isArray(rt)) return rt;
    const sd = rt.shutdown;
    if (!sd) return [{ outcome: 'error', message: rt.cancelled ? 'shutdown not measured: the run was cancelled' : 'shutdown not measured: the app never ran long enough' }];
    const ev = [m('time to exit after ' + sd.signal, sd.elapsedMs, 'ms', sd.graceMs), m('exit code', sd.exitCode ?? -1, 'code')];
    const shell = sd.shellForm || rt.command?.shellForm;
    const cause = shell ? ` Likely cause: the image runs a shell-form command (${JSON.stringify(rt.command?.entrypoint ?? rt.command?.cmd ?? [])}), so /bin/sh is PID 1 and does not forward ${sd.signal}.` : '';
    switch (sd.classification) {
      case 'graceful':
        return [{ outcome: 'pass', message: `exited 0 ${sd.elapsedMs} ms after ${sd.signal}`, evidence: ev }];
      case 'signal-default':
        return [{ outcome: 'warn', message: `killed by ${sd.signal}'s default action after ${sd.elapsedMs} ms (exit ${sd.exitCode}): no handler, so in-flight work is dropped.${cause}`, evidence: ev }];
      case 'killed':
        return [{ outcome: 'fail', message: `ignored ${sd.signal} for the whole ${sd.graceMs} ms grace period and had to be SIGKILLed.${cause}`, evidence: ev }];
      case 'error-exit':
        return [{ outcome: 'warn', message: `exited with code ${sd.exitCode} ${sd.elapsedMs} ms after ${sd.signal}, not 0`, evidence: ev }];
      case 'not-running':
        return [{ outcome: 'skip', message: `shutdown not measured: the app had already exited (code ${sd.exitCode}) before ${sd.signal} was sent` }];
    }
  },
};
