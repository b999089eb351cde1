import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';

export const versionControl: StaticCheck = {
  id: 'codebase/version-control',
  factor: 'codebase',
  kind: 'static',
  role: 'core',
  title: 'The codebase is tracked in version control',
  rationale:
    'Factor I: one codebase tracked in revision control, many deploys. Without a repository there is no revision to tie a deploy to, so nobody can say which code is running.',
  remediation: 'Keep the app in a git repository (git init, commit, push) and deploy from its commits; audit a checkout, not an exported copy.',
  conditions: {
    tracked: { rubric: 'one-app-tracked', when: 'the audited tree is a git checkout' },
  },
  run({ snapshot }) {
    if (snapshot.gitDir) return [found('tracked', 'the audited tree is a git checkout', [fileEv('.git')])];
    // An exported tree or a CI artifact has no .git; that is not proof of a missing repository.
    return skip('no .git at the repository root: cannot tell whether this tree is under version control (an exported copy?)');
  },
};
