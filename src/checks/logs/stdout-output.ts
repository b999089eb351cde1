import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const stdoutOutput: RuntimeCheck = {
  id: 'logs/stdout-output',
  factor: 'logs',
  kind: 'runtime',
  title: 'The app writes its logs to stdout/stderr',
  rationale:
    'Factor XI: an app never routes or stores its log stream; it writes events unbuffered to stdout and the platform collects them. Output the platform cannot see is lost when the container goes.',
  remediation: 'Log to stdout/stderr (console, logging.StreamHandler, log.Println) and let the platform route it; remove file transports and appenders.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'log output');
    if (Array.isArray(rt)) return rt;
    const l = rt.logs;
    const bytes = l.stdoutBytes + l.stderrBytes;
    const ev = [m('stdout bytes', l.stdoutBytes, 'bytes'), m('stderr bytes', l.stderrBytes, 'bytes'), m('lines', l.stdoutLines + l.stderrLines, 'lines')];
    if (rt.boot.outcome === 'error' && bytes === 0) return [{ outcome: 'error', message: 'log output not measured: the app did not run' }];
    if (bytes > 0) return [{ outcome: 'pass', message: `wrote ${l.stdoutLines + l.stderrLines} lines (${bytes} bytes) to stdout/stderr`, evidence: ev }];
    const files = rt.filesystem?.logFiles ?? [];
    return [{ outcome: files.length > 0 ? 'fail' : 'warn', message: files.length > 0 ? `wrote nothing to stdout/stderr but created log files: ${files.join(', ')}` : 'wrote nothing to stdout/stderr while booting, serving and stopping', evidence: ev }];
  },
};
