import { detectApps } from '../../evidence/repo/apps';
import type { StaticCheck } from '../types';
import { countEv, fileEv, skip } from './util';

export const codebaseChecks: StaticCheck[] = [
  {
    id: 'codebase/version-control',
    factor: 'codebase',
    kind: 'static',
    title: 'The codebase is tracked in version control',
    rationale:
      'Factor I: one codebase tracked in revision control, many deploys. Without a repository there is no revision to tie a deploy to, so nobody can say which code is running.',
    remediation: 'Keep the app in a git repository (git init, commit, push) and deploy from its commits; audit a checkout, not an exported copy.',
    run({ snapshot }) {
      if (snapshot.gitDir) return [{ outcome: 'pass', message: 'the audited tree is a git checkout', evidence: [fileEv('.git')] }];
      // An exported tree or a CI artifact has no .git; that is not proof of a missing repository.
      return skip('no .git at the repository root: cannot tell whether this tree is under version control (an exported copy?)');
    },
  },
  {
    id: 'codebase/one-app-per-path',
    factor: 'codebase',
    kind: 'static',
    title: 'One deployable app per audited path',
    rationale:
      'Factor I: one codebase per app. Several deployable apps under one audited path are a distributed system, and each should be audited (and deployed) as its own app; shared code belongs in libraries.',
    remediation:
      'Point `path` in .twelve-factor.yml at one app, or list the others under `apps` and audit each; factor code shared between them into a library declared as a dependency.',
    run({ snapshot }) {
      const apps = detectApps(snapshot.repoRoot, snapshot);
      const inside = apps.filter((a) => a.path !== snapshot.appPath && (snapshot.appPath === '.' || a.path.startsWith(`${snapshot.appPath}/`)) && a.kind === 'container');
      const audited = apps.find((a) => a.audited);
      const others = apps.filter((a) => !a.audited);
      if (inside.length > 0) {
        return [
          {
            outcome: 'warn',
            message: `${inside.length + 1} deployable apps under "${snapshot.appPath}": ${[snapshot.appPath, ...inside.map((a) => a.path)].slice(0, 8).join(', ')}; only "${snapshot.appPath}" is audited`,
            evidence: inside.slice(0, 10).map((a) => fileEv(a.path)),
          },
        ];
      }
      if (!audited || audited.kind === 'unknown') return skip(`no Dockerfile, Procfile or manifest at "${snapshot.appPath}", so no app to count`);
      return [
        {
          outcome: 'pass',
          message: `one app at "${snapshot.appPath}" (${audited.kind})${others.length > 0 ? `; ${others.length} other app(s) elsewhere in the repository are listed in the report, not audited` : ''}`,
          evidence: [countEv('deployable apps in the audited path', 1, 'apps', 1)],
          ...(others.length > 0 ? { details: others.slice(0, 20).map((a) => `other app: ${a.path} (${a.kind})`) } : {}),
        },
      ];
    },
  },
];
