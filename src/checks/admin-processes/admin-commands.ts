import type { FindingDraft, RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const adminCommands: RuntimeCheck = {
  id: 'admin-processes/admin-commands',
  factor: 'admin-processes',
  kind: 'runtime',
  title: 'Admin commands run as one-off processes from the release',
  rationale:
    'Factor XII: admin and maintenance tasks run as one-off processes in an identical environment: the same image, code and config as the app, so a migration tests what ships.',
  remediation: 'Ship admin scripts in the image and make them exit 0 on success; list them under `admin:` in .twelve-factor.yml.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'admin commands');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.admin.length === 0) return [{ outcome: 'skip', message: 'no admin commands configured (`admin:` in .twelve-factor.yml)' }];
    if (rt.admin.length === 0) {
      const err = rt.errors.find((e) => e.probe === 'admin');
      return [{ outcome: 'error', message: `admin commands did not run${err ? `: ${err.message}` : rt.cancelled ? ': the run was cancelled' : ''}` }];
    }
    return rt.admin.map((a): FindingDraft => {
      const cmd = a.command.join(' ');
      const ev = [m('exit code', a.exitCode ?? -1, 'code', 0), m('duration', a.durationMs, 'ms')];
      const sameImage = a.imageId === rt.imageId;
      if (a.timedOut) return { outcome: 'fail', message: `\`${cmd}\` did not finish in time`, evidence: ev, details: a.outputTail.slice(-10) };
      if (a.exitCode === 0 && sameImage) return { outcome: 'pass', message: `\`${cmd}\` exited 0 in ${a.durationMs} ms from the released image`, evidence: ev };
      if (!sameImage) return { outcome: 'fail', message: `\`${cmd}\` ran from ${a.imageId}, not the app's image ${rt.imageId}`, evidence: ev };
      return { outcome: 'fail', message: `\`${cmd}\` exited with code ${a.exitCode}`, evidence: ev, details: a.outputTail.slice(-10) };
    });
  },
};
