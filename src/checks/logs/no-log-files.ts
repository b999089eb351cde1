import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const noLogFiles: RuntimeCheck = {
  id: 'logs/no-log-files',
  factor: 'logs',
  kind: 'runtime',
  title: 'The app creates no log files in the container',
  rationale: 'Factor XI: logs are a stream, not files. Log files inside a container fill its disk, vanish with it, and are invisible to the platform.',
  remediation: 'Remove file log handlers (winston File transport, logging.FileHandler, log4j FileAppender …) and log to stdout.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'log files');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: 'error', message: 'log files not measured: the container filesystem could not be diffed' }];
    const n = fsFacts.logFiles.length;
    if (n === 0) return [{ outcome: 'pass', message: 'no log files created', evidence: [m('log files created', 0, 'files', 0)] }];
    return [{ outcome: 'fail', message: `created ${n} log file${n === 1 ? '' : 's'}: ${fsFacts.logFiles.slice(0, 5).join(', ')}`, evidence: [m('log files created', n, 'files', 0)], details: fsFacts.logFiles.slice(0, 50) }];
  },
};
