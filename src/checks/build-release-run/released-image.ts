import { error, found, measured, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const releasedImage: RuntimeCheck = {
  id: 'build-release-run/released-image',
  factor: 'build-release-run',
  kind: 'runtime',
  role: 'advice',
  title: 'The run used the released image',
  rationale:
    'Build, release and run are strictly separate; the run stage executes exactly the release it is given. This checks the audit\'s own stages held to that (a mismatch means stage files were mixed up, not that the app is wrong).',
  remediation: 'Run the image id recorded in release.json (the run stage checks it); do not rebuild between release and run.',
  conditions: {
    'same-image': { outcome: 'pass', when: 'the run used the image the release names' },
  },
  judge(ctx) {
    const rt = ctx.runtime;
    if (!rt) return skip('released image not checked: the run stage did not happen');
    if (!ctx.release) return skip('released image not checked: no release.json (stages ran together without a release)');
    const built = ctx.build?.imageId;
    if (ctx.release.imageId !== rt.imageId) return error(`ran image ${rt.imageId.slice(7, 19)}, but release ${ctx.release.releaseId} is image ${ctx.release.imageId.slice(7, 19)}: the stage files do not belong together`);
    if (built && built !== ctx.release.imageId) return error(`release ${ctx.release.releaseId} points at ${ctx.release.imageId.slice(7, 19)}, not the built image ${built.slice(7, 19)}: the stage files do not belong together`);
    return [found('same-image', `ran image ${rt.imageId.slice(7, 19)} of release ${ctx.release.releaseId}`, [measured('run image matches release', 1, 'boolean', 1)])];
  },
};
