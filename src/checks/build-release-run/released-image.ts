import type { RuntimeCheck } from '../types';
import { m } from '../runtime/support';

export const releasedImage: RuntimeCheck = {
  id: 'build-release-run/released-image',
  factor: 'build-release-run',
  kind: 'runtime',
  title: 'The run used the released image',
  rationale:
    'Factor V: build, release and run are strictly separate; the run stage executes exactly the release it is given, never a rebuilt or different image.',
  remediation: 'Run the image id recorded in release.json (the run stage checks it); do not rebuild between release and run.',
  judge(ctx) {
    const rt = ctx.runtime;
    if (!rt) return [{ outcome: 'skip', message: 'released image not checked: the run stage did not happen' }];
    if (!ctx.release) return [{ outcome: 'skip', message: 'released image not checked: no release.json (stages ran together without a release)' }];
    const same = ctx.release.imageId === rt.imageId;
    const built = ctx.build?.imageId;
    const ev = [m('run image matches release', same ? 1 : 0, 'boolean', 1)];
    if (!same) return [{ outcome: 'fail', message: `ran image ${rt.imageId.slice(7, 19)}, but release ${ctx.release.releaseId} is image ${ctx.release.imageId.slice(7, 19)}`, evidence: ev }];
    if (built && built !== ctx.release.imageId) return [{ outcome: 'fail', message: `release ${ctx.release.releaseId} points at ${ctx.release.imageId.slice(7, 19)}, not the built image ${built.slice(7, 19)}`, evidence: ev }];
    return [{ outcome: 'pass', message: `ran image ${rt.imageId.slice(7, 19)} of release ${ctx.release.releaseId}`, evidence: ev }];
  },
};
