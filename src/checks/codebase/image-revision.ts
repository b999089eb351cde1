import { found, measured, REVISION_LABEL, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const imageRevision: RuntimeCheck = {
  id: 'codebase/image-revision',
  factor: 'codebase',
  kind: 'runtime',
  role: 'advice',
  title: 'The image is labelled with the audited revision',
  rationale:
    'One codebase, many deploys, each traceable to a commit. The OCI label org.opencontainers.image.revision ties a running image to the commit it was built from.',
  remediation: 'Build with `--label org.opencontainers.image.revision=$GITHUB_SHA` (the build stage does this) or `LABEL` it in the Dockerfile from a build arg.',
  conditions: {
    labelled: { outcome: 'pass', when: 'the image label names the audited commit' },
    unlabelled: { outcome: 'warn', when: 'the image has no revision label' },
    mismatch: { outcome: 'warn', when: 'the label names another commit' },
  },
  judge(ctx) {
    // A failed build has no image, so its (empty) labels prove nothing either way.
    const labels = ctx.runtime?.imageLabels ?? (ctx.build?.status === 'ok' ? ctx.build.labels : undefined);
    if (!labels) return skip('image revision not checked: no image was built or run');
    const expected = ctx.commit ?? ctx.build?.revision;
    const actual = labels[REVISION_LABEL];
    if (!actual) return [found('unlabelled', `the image has no ${REVISION_LABEL} label`)];
    if (!expected) return skip(`the image says revision ${actual.slice(0, 12)}, but the audited commit is unknown`);
    const same = actual === expected || (actual.length >= 7 && expected.startsWith(actual)) || (expected.length >= 7 && actual.startsWith(expected));
    const ev = [measured('revision matches', same ? 1 : 0, 'boolean', 1)];
    if (same) return [found('labelled', `image label ${REVISION_LABEL}=${actual.slice(0, 12)} is the audited commit`, ev)];
    return [found('mismatch', `image label says ${actual.slice(0, 12)}, the audited commit is ${expected.slice(0, 12)}`, ev)];
  },
};
