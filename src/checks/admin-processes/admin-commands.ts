import { error, found, measured, needRuntime, skip } from '../support';
import type { FindingDraft, RuntimeCheck } from '../types';

export const adminCommands: RuntimeCheck = {
  id: 'admin-processes/admin-commands',
  factor: 'admin-processes',
  kind: 'runtime',
  role: 'core',
  title: 'Admin commands run as one-off processes from the release',
  rationale:
    'Factor XII: admin and maintenance tasks run as one-off processes in an identical environment: the same image, code and config as the app, so a migration tests what ships.',
  remediation: 'Ship admin scripts in the image and make them exit 0 on success; list them under `admin:` in .twelve-factor.yml.',
  conditions: {
    ran: { rubric: 'shipped-one-off', when: 'the command ran from the released image and exited 0' },
    failed: { rubric: 'not-shipped', when: 'the command failed or did not finish when run from the release' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'admin commands');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.admin.length === 0) return skip('no admin commands configured (`admin:` in .twelve-factor.yml)');
    if (rt.admin.length === 0) {
      if (rt.cancelled) return skip('admin commands: cancelled before they ran');
      const err = rt.errors.find((e) => e.probe === 'admin');
      return error(`admin commands did not run${err ? `: ${err.message}` : ''}`);
    }
    // Commands that finished before a cancellation are judged; the others say cancelled.
    const cancelled = rt.probes?.admin?.status === 'cancelled' ? ctx.config.admin.length - rt.admin.length : 0;
    const rest: FindingDraft[] = cancelled > 0 ? skip(`${cancelled} more admin command${cancelled === 1 ? '' : 's'}: cancelled`) : [];
    const measuredRuns = rt.admin.map((a): FindingDraft => {
      const cmd = a.command.join(' ');
      const ev = [measured('exit code', a.exitCode ?? -1, 'code', 0), measured('duration', a.durationMs, 'ms')];
      if (a.imageId !== rt.imageId) return { outcome: 'error', message: `\`${cmd}\` ran from ${a.imageId}, not the app's image ${rt.imageId}: the harness ran the wrong image` };
      if (a.timedOut) return found('failed', `\`${cmd}\` did not finish in time`, ev, a.outputTail.slice(-10));
      if (a.exitCode === 0) return found('ran', `\`${cmd}\` exited 0 in ${a.durationMs} ms from the released image`, ev);
      return found('failed', `\`${cmd}\` exited with code ${a.exitCode}`, ev, a.outputTail.slice(-10));
    });
    return [...measuredRuns, ...rest];
  },
};
