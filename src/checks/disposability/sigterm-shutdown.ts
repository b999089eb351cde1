import { error, found, measured, needRuntime, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const sigtermShutdown: RuntimeCheck = {
  id: 'disposability/sigterm-shutdown',
  factor: 'disposability',
  kind: 'runtime',
  role: 'core',
  question: 'shutdown',
  title: 'The app shuts down gracefully on its stop signal',
  rationale:
    'Factor IX: processes shut down gracefully when they receive SIGTERM, finishing or handing back in-flight work. Platforms send SIGTERM, wait a grace period (10 s in Docker, 30 s on Heroku and Kubernetes), then SIGKILL, dropping whatever was running.',
  remediation:
    'Handle SIGTERM: stop accepting work, finish in-flight requests, close connections, exit 0. Use the exec form `CMD ["node", "server.js"]` so the app, not /bin/sh, is PID 1 and receives the signal.',
  conditions: {
    graceful: { rubric: 'handles-sigterm', when: 'the app exited 0 within the grace period after the stop signal' },
    'default-action': { rubric: 'dies-on-signal', when: 'the signal\'s default action killed it, or it exited non-zero' },
    killed: { rubric: 'sigkill-needed', when: 'it ignored the signal for the whole grace period and was SIGKILLed' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'shutdown');
    if (Array.isArray(rt)) return rt;
    const sd = rt.shutdown;
    if (!sd) {
      if (rt.cancelled) return skip('shutdown: cancelled before the stop signal was sent');
      if (rt.boot.outcome === 'error') return error(`shutdown not measured: ${rt.boot.message ?? 'the app could not be booted'}`);
      return skip('shutdown not measured: the app never ran long enough to be stopped');
    }
    const ev = [measured(`time to exit after ${sd.signal}`, sd.elapsedMs, 'ms', sd.graceMs), measured('exit code', sd.exitCode ?? -1, 'code')];
    const shell = sd.shellForm || rt.command?.shellForm;
    const cause = shell ? ` Likely cause: the image runs a shell-form command (${JSON.stringify(rt.command?.entrypoint ?? rt.command?.cmd ?? [])}), so /bin/sh is PID 1 and does not forward ${sd.signal}.` : '';
    switch (sd.classification) {
      case 'graceful':
        return [found('graceful', `exited 0 ${sd.elapsedMs} ms after ${sd.signal}`, ev)];
      case 'signal-default':
        return [found('default-action', `killed by ${sd.signal}'s default action after ${sd.elapsedMs} ms (exit ${sd.exitCode}): no handler, so in-flight work is dropped.${cause}`, ev)];
      case 'killed':
        return [found('killed', `ignored ${sd.signal} for the whole ${sd.graceMs} ms grace period and had to be SIGKILLed.${cause}`, ev)];
      case 'error-exit':
        return [found('default-action', `exited with code ${sd.exitCode} ${sd.elapsedMs} ms after ${sd.signal}, not 0`, ev)];
      case 'not-running':
        return skip(`shutdown not measured: the app had already exited (code ${sd.exitCode}${sd.oomKilled ? ', killed for its memory limit' : ''}) before ${sd.signal} was sent`);
    }
  },
};
