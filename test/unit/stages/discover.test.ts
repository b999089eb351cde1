import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/pipeline/commands';
import { appId, discoverApps } from '../../../src/pipeline/stages/discover';
import { config, repo } from './helpers';

describe('discover', () => {
  it('lists folders with a Dockerfile or Procfile, plus config apps, skipping dependencies', () => {
    const root = repo({
      'apps/api/Dockerfile': 'FROM tfa-base/node:24\n',
      'apps/worker/Procfile': 'worker: node worker.js\n',
      'apps/web/Dockerfile': 'FROM tfa-base/node:24\n',
      'apps/web/Procfile': 'web: node server.js\n',
      'node_modules/some-dep/Dockerfile': 'FROM scratch\n',
      'libs/shared/index.js': '',
      'tools/cron/main.py': '',
      'README.md': '# monorepo\n',
    });
    const apps = discoverApps(root, config({ apps: ['tools/cron', '../outside', 'missing/dir'] }));
    expect(apps.map(({ id, path, sources }) => ({ id, path, sources }))).toEqual([
      { id: 'apps-api', path: 'apps/api', sources: ['dockerfile'] },
      { id: 'apps-web', path: 'apps/web', sources: ['dockerfile', 'procfile'] },
      { id: 'apps-worker', path: 'apps/worker', sources: ['procfile'] },
      { id: 'tools-cron', path: 'tools/cron', sources: ['config'] },
    ]);
    expect(apps.find((a) => a.id === 'apps-worker')?.processTypes).toEqual(['worker']);
  });

  it('a single-app repository is one app at the root', async () => {
    const root = repo({ Dockerfile: 'FROM tfa-base/node:24\n' });
    const result = await runCommand({ command: 'discover', repoRoot: root });
    expect((result.data as { apps: { id: string; path: string; sources: string[] }[] }).apps).toMatchObject([
      { id: 'root', path: '.', sources: ['dockerfile'] },
    ]);
  });

  it('ids are safe for artifact names and unique', () => {
    expect(appId('Apps/My API_v2')).toBe('apps-my-api-v2');
    expect(appId('.')).toBe('root');
    const root = repo({ 'a-b/Dockerfile': 'FROM x\n', 'a_b/Dockerfile': 'FROM x\n' });
    expect(discoverApps(root, config()).map((a) => a.id)).toEqual(['a-b', 'a-b-2']);
  });
});
