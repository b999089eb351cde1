import type { RuntimeCheck } from '../types';
import { REVISION, m } from '../runtime/support';

export const imageRevision: RuntimeCheck = {
  id: 'codebase/image-revision',
  factor: 'codebase',
  kind: 'runtime',
  title: 'The image is labelled with the audited revision',
  rationale:
    'Factor I: one codebase, many deploys, each traceable to a commit. The OCI label org.opencontainers.image.revision ties the running image to the audited commit.',
  remediation: 'Build with `--label org.opencontainers.image.revision=$GITHUB_SHA` (the build stage does this) or `LABEL` it in the Dockerfile from a build arg.',
  judge(ctx) {
    // A failed build has no image, so its (empty) labels prove nothing either way.
    const labels = ctx.runtime?.imageLabels ?? (ctx.build?.status === 'ok' ? ctx.build.labels : undefined);
    if (!labels) return [{ outcome: 'skip', message: 'image revision not checked: no image was built or run' }];
    const expected = ctx.commit ?? ctx.build?.revision;
    const actual = labels[REVISION];
    if (!actual) return [{ outcome: 'fail', message: `the image has no ${REVISION} label` }];
    if (!expected) return [{ outcome: 'skip', message: `the image says revision ${actual.slice(0, 12)}, but the audited commit is unknown` }];
    const same = actual === expected || (actual.length >= 7 && expected.startsWith(actual)) || (expected.length >= 7 && actual.startsWith(expected));
    const ev = [m('revision matches', same ? 1 : 0, 'boolean', 1)];
    if (same) return [{ outcome: 'pass', message: `image label ${REVISION}=${actual.slice(0, 12)} is the audited commit`, evidence: ev }];
    return [{ outcome: 'fail', message: `image label says ${actual.slice(0, 12)}, the audited commit is ${expected.slice(0, 12)}`, evidence: ev }];
  },
};
