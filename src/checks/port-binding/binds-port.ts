import type { RuntimeCheck } from '../types';
import { m, needRuntime, tail, webOnly } from '../runtime/support';

export const bindsPort: RuntimeCheck = {
  id: 'port-binding/binds-port',
  factor: 'port-binding',
  kind: 'runtime',
  title: 'The app binds the $PORT it is given',
  rationale:
    'Factor VII: the app is self-contained and exports its service by binding the port the platform assigns in $PORT. A hardcoded port works on a laptop and fails on every platform that picks the port.',
  remediation:
    'Read the port from the environment (`process.env.PORT`, `os.environ["PORT"]`, `os.Getenv("PORT")`) and listen on 0.0.0.0, not on a constant and not on 127.0.0.1 only.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'port binding');
    if (Array.isArray(rt)) return rt;
    const skip = webOnly(rt, 'port binding');
    if (skip) return skip;
    const b = rt.boot;
    const limit = b.timeoutMs;
    if (b.outcome === 'ready') {
      return [{ outcome: 'pass', message: `accepted connections on PORT=${b.port} after ${b.readyMs} ms`, evidence: [m('time to accept on $PORT', b.readyMs ?? 0, 'ms', limit), m('PORT', b.port ?? 0, 'port')] }];
    }
    if (b.outcome === 'timeout') {
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      return [
        {
          outcome: 'fail',
          message: b.message ?? `did not accept connections on PORT=${b.port} within ${limit / 1000} s`,
          evidence: [m('boot timeout', limit, 'ms', limit), ...wrong.map((p) => m('listening port', p, 'port'))],
          details: tail(b.logTail),
        },
      ];
    }
    if (b.outcome === 'exited') {
      return [{ outcome: 'fail', message: b.message ?? `exited with code ${b.exitCode} before binding PORT`, evidence: [m('exit code', b.exitCode ?? -1, 'code')], details: tail(b.logTail) }];
    }
    return [{ outcome: 'error', message: b.message ?? 'the app could not be booted' }];
  },
};
