import { detectApps } from '../../evidence/repo/apps';
import { fileEv, found, measured, skip } from '../support';
import type { StaticCheck } from '../types';

export const oneApp: StaticCheck = {
  id: 'codebase/one-app-per-path',
  factor: 'codebase',
  kind: 'static',
  role: 'core',
  title: 'One deployable app per codebase',
  rationale:
    'Factor I: one codebase per app. Several deployable apps in one repository are a distributed system; each is its own app (a monorepo keeps them cleanly apart), and shared code belongs in libraries.',
  remediation:
    'Audit each app on its own (`path` in .twelve-factor.yml, or the monorepo workflow), and factor code shared between them into a library declared as a dependency.',
  conditions: {
    'one-app': { rubric: 'one-app-tracked', when: 'the repository holds one deployable app (packaging variants, devcontainers and database seed images are not apps)' },
    monorepo: { rubric: 'monorepo', when: 'the repository holds several apps, each in its own folder' },
  },
  run({ snapshot, app }) {
    const apps = detectApps(snapshot.repoRoot, snapshot.at('.'), app);
    const deployable = apps.filter((a) => a.kind !== 'unknown');
    if (deployable.length === 0) return skip(`no Dockerfile, Procfile or manifest at "${app.root}", so no app to count`);
    const others = deployable.filter((a) => !a.audited);
    if (others.length === 0) {
      return [found('one-app', `one app, at "${app.root}" (${app.found})`, [app.dockerfile ? fileEv(app.dockerfile.file) : measured('deployable apps', 1, 'apps', 1)])];
    }
    return [
      found(
        'monorepo',
        `${deployable.length} apps in one repository, each in its own folder: ${deployable.map((a) => a.path).slice(0, 6).join(', ')}${deployable.length > 6 ? ' …' : ''}; "${app.root}" is audited here`,
        others.slice(0, 10).map((a) => fileEv(a.path)),
        others.slice(0, 20).map((a) => `other app: ${a.path} (${a.kind})`),
      ),
    ];
  },
};
