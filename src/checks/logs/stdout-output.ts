import { error, found, measured, needRuntime, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const stdoutOutput: RuntimeCheck = {
  id: 'logs/stdout-output',
  factor: 'logs',
  kind: 'runtime',
  role: 'core',
  question: 'log-sink',
  title: 'The running app writes its logs to stdout/stderr',
  rationale:
    'Factor XI: an app never routes or stores its log stream; it writes events unbuffered to stdout and the platform collects them. Output the platform cannot see is lost when the container goes.',
  remediation: 'Log to stdout/stderr (console, logging.StreamHandler, log.Println) and let the platform route it; remove file transports and appenders.',
  conditions: {
    stdout: { rubric: 'stdout', when: 'the app wrote to stdout/stderr while it booted, served and stopped' },
    'files-only': { rubric: 'file-sink', when: 'it wrote nothing to stdout/stderr and created log files instead' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'log output');
    if (Array.isArray(rt)) return rt;
    const l = rt.logs;
    const bytes = l.stdoutBytes + l.stderrBytes;
    const ev = [measured('stdout bytes', l.stdoutBytes, 'bytes'), measured('stderr bytes', l.stderrBytes, 'bytes'), measured('lines', l.stdoutLines + l.stderrLines, 'lines')];
    if (rt.boot.outcome === 'error' && bytes === 0) return rt.cancelled ? skip('log output: cancelled before the app ran') : error('log output not measured: the app did not run');
    if (bytes > 0) return [found('stdout', `wrote ${l.stdoutLines + l.stderrLines} lines (${bytes} bytes) to stdout/stderr`, ev)];
    const files = rt.filesystem?.logFiles ?? [];
    if (files.length > 0) return [found('files-only', `wrote nothing to stdout/stderr but created log files: ${files.slice(0, 5).join(', ')}`, ev)];
    return skip('log output: the app wrote nothing at all while it ran, so where it logs is not measured');
  },
};
