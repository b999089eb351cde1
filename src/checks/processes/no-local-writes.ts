import { MAX_DIFF_ENTRIES } from '../../model/runtime';
import { error, found, measured, needRuntime, skip, unservedExercise } from '../support';
import type { RuntimeCheck } from '../types';

/** What installers and interpreters write: charged to the start command (V) or not state at all. */
const INSTALLER_OUTPUT = /(?:^|\/)(?:node_modules|\.npm|\.yarn|\.cache|site-packages|vendor\/bundle|\.bundle|\.m2|\.gradle|go\/pkg)(?:\/|$)|(?:^|\/)(?:package-lock\.json|yarn\.lock|pnpm-lock\.yaml|npm-shrinkwrap\.json|Gemfile\.lock|composer\.lock|poetry\.lock)$/;
const BYTECODE = /(?:^|\/)__pycache__(?:\/|$)|\.pyc$/;

export const noLocalWrites: RuntimeCheck = {
  id: 'processes/no-local-writes',
  factor: 'processes',
  kind: 'runtime',
  role: 'core',
  title: 'The running app writes no state to local disk',
  rationale:
    'Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Files written to the container disk while the app runs are lost on restart and invisible to other replicas.',
  remediation: 'Keep sessions, uploads and data in a backing service (database, Redis, object storage); use /tmp only for scratch space within one request.',
  conditions: {
    'no-writes': { rubric: 'stateless', when: 'no file was written outside temp dirs while the app booted, served and stopped' },
    writes: { rubric: 'local-state', when: 'the app wrote files outside temp dirs while it ran' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'local writes');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return rt.cancelled ? skip('local writes: cancelled before the filesystem was diffed') : error('local writes not measured: the container filesystem could not be diffed');
    // One cause, one factor: log files are judged under XI, an installer at start under V.
    const logs = new Set(fsFacts.logFiles);
    const installs = ctx.app?.startInstalls === true;
    const written = fsFacts.written.filter((p) => !logs.has(p) && !BYTECODE.test(p) && !(installs && INSTALLER_OUTPUT.test(p)));
    const charged = fsFacts.written.length - written.length;
    const note = charged > 0 ? ` (${charged} path(s) left to other factors: log files, or what an install at start writes)` : '';
    const exercised = rt.exercise ? `after ${rt.exercise.requests} requests to ${rt.exercise.path}` : 'during the run';
    if (fsFacts.capped) {
      // More paths than the auditor classifies: the count is the measurement, the list only a sample.
      const total = fsFacts.total ?? written.length;
      const n = MAX_DIFF_ENTRIES.toLocaleString('en-US');
      return [found('writes', `over ${n} paths written (${total.toLocaleString('en-US')} in the diff; the first ${n} were classified) ${exercised}: ${written.slice(0, 5).join(', ')}`, [measured('paths written', total, 'paths', 0)], written.slice(0, 50))];
    }
    // A read-only root filesystem turns a write into an error the diff cannot see; the app's own output shows it.
    const refused = rt.sandbox?.refusedWrites ?? [];
    if (written.length === 0 && refused.length > 0) {
      return [found('writes', `tried to write outside temp dirs ${exercised}; the read-only root filesystem refused it: ${refused[0]}`, [measured('writes refused by the read-only root filesystem', refused.length, 'log lines', 0)], refused)];
    }
    const dirs = fsFacts.directories ?? [];
    const emptyDirs = dirs.length > 0 ? ` (${dirs.length} empty ${dirs.length === 1 ? 'directory' : 'directories'} created, which hold no state: ${dirs.slice(0, 3).join(', ')})` : '';
    const unserved = unservedExercise(rt);
    if (written.length === 0 && unserved) return skip(`local writes: none outside temp dirs, but ${unserved}`);
    if (written.length === 0) return [found('no-writes', `no files written outside temp dirs ${exercised}${note}${emptyDirs}`, [measured('files written outside temp dirs', 0, 'files', 0), measured('temp dir writes', fsFacts.tempWrites, 'files')])];
    return [found('writes', `wrote ${written.length} file${written.length === 1 ? '' : 's'} outside temp dirs ${exercised}: ${written.slice(0, 5).join(', ')}${note}`, [measured('files written outside temp dirs', written.length, 'files', 0)], written.slice(0, 50))];
  },
};
