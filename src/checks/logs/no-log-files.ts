import { error, found, measured, needRuntime, skip, unservedExercise } from '../support';
import type { RuntimeCheck } from '../types';

export const noLogFiles: RuntimeCheck = {
  id: 'logs/no-log-files',
  factor: 'logs',
  kind: 'runtime',
  role: 'core',
  question: 'log-sink',
  title: 'The running app creates no log files',
  rationale: 'Factor XI: logs are a stream, not files. Log files inside a container fill its disk, vanish with it, and are invisible to the platform.',
  remediation: 'Remove file log handlers (winston File transport, logging.FileHandler, log4j FileAppender …) and log to stdout; link a server\'s log files to /dev/stdout.',
  conditions: {
    none: { rubric: 'stdout', when: 'no log file was created while the app ran' },
    created: { rubric: 'file-sink', when: 'the app created log files in the container' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'log files');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return rt.cancelled ? skip('log files: cancelled before the filesystem was diffed') : error('log files not measured: the container filesystem could not be diffed');
    const n = fsFacts.logFiles.length;
    const unserved = unservedExercise(rt);
    if (n === 0 && unserved) return skip(`log files: none created, but ${unserved}`);
    if (n === 0) return [found('none', 'no log files created', [measured('log files created', 0, 'files', 0)])];
    return [found('created', `created ${n} log file${n === 1 ? '' : 's'}: ${fsFacts.logFiles.slice(0, 5).join(', ')}`, [measured('log files created', n, 'files', 0)], fsFacts.logFiles.slice(0, 50))];
  },
};
