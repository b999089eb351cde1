import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { type AppModel, resolveApp } from '../../../src/evidence/repo/app-model';
import { scanRepository } from '../../../src/evidence/repo/snapshot';
import { checkFindings, throwawayRepos } from '../../support/checks';

const throwaway = throwawayRepos();
const model = (dir: string): AppModel => resolveApp(scanRepository(dir, '.'), defaultConfig());

const NODE_APP = {
  'package.json': '{"name":"api","scripts":{"start":"node index.js"},"dependencies":{"express":"^4.19.2"}}',
  'index.js': "require('express')().listen(process.env.PORT || 3000);\n",
  Dockerfile: 'FROM node:20.14-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "index.js"]\n',
};

describe('compose stacks: which files the deploy and development run, as Compose combines them', () => {
  it('a Makefile target named for production layers its -f files; the override Compose reads by default is development', () => {
    const a = model(
      throwaway({
        ...NODE_APP,
        'compose.yaml': 'services:\n  api:\n    build: .\n',
        'compose.override.yaml': 'services:\n  api:\n    command: npx nodemon index.js\n    volumes:\n      - .:/app\n',
        'compose.production.yaml': 'services:\n  api:\n    command: ["node", "index.js"]\n    deploy:\n      replicas: 3\n',
        Makefile: 'deploy-production:\n\tdocker compose -f compose.yaml -f compose.production.yaml up -d\n',
      }),
    );
    expect(a.stacks.deploy?.files).toEqual(['compose.yaml', 'compose.production.yaml']);
    expect(a.stacks.deploy?.why).toContain('Makefile');
    expect(a.stacks.dev?.files).toEqual(['compose.yaml', 'compose.override.yaml']);
    expect(a.runService?.replicas?.value).toBe('3');
    expect(a.start.entry?.file).toBe('compose.production.yaml');
    expect(a.devService?.command).toContain('nodemon');
  });

  it('the deploy runs the command written in its own file: a string command is split into words, never run through a shell', () => {
    const dir = throwaway({ ...NODE_APP, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    command: npm start\n' });
    const a = model(dir);
    expect(a.start.entry).toMatchObject({ file: 'docker-compose.yml', shellForm: false, text: 'npm start' });
    expect(checkFindings('disposability/exec-form-cmd', dir).map((f) => f.outcome)).not.toContain('pass');
  });

  it('a bind mount of a folder the image does not ship (coverage output) is not source over the release', () => {
    const base = { ...NODE_APP, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    volumes:\n      - ./htmlcov:/app/htmlcov\n' };
    expect(checkFindings('build-release-run/source-mounted', throwaway(base))).toEqual([]);
    const mounted = checkFindings('build-release-run/source-mounted', throwaway({ ...base, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    volumes:\n      - .:/app\n' }));
    expect(mounted.map((f) => f.outcome)).toEqual(['fail']);
  });

  it('an image CI builds and pushes is the release: the dev compose file and its Dockerfile are development', () => {
    const a = model(
      throwaway({
        'package.json': NODE_APP['package.json'],
        'index.js': NODE_APP['index.js'],
        'docker/dev.Dockerfile': 'FROM node:20.14-alpine\nWORKDIR /app\nCMD ["npx", "nodemon", "index.js"]\n',
        'docker/release.Dockerfile': 'FROM node:20.14-alpine\nWORKDIR /app\nCOPY package.json index.js ./\nCMD ["node", "index.js"]\n',
        'docker-compose.yml': 'services:\n  api:\n    build:\n      context: .\n      dockerfile: docker/dev.Dockerfile\n    volumes:\n      - .:/app\n',
        '.github/workflows/release.yml':
          'on:\n  push:\n    tags: ["v*"]\njobs:\n  image:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          context: .\n          file: ./docker/release.Dockerfile\n          push: true\n          tags: ghcr.io/acme/api:${{ github.ref_name }}\n',
      }),
    );
    expect(a.dockerfile?.file).toBe('docker/release.Dockerfile');
    expect(a.stacks.deploy).toBeUndefined();
    expect(a.devService?.name).toBe('api');
  });

  it('sibling images built from other folders are other apps, not process types; a worker built from the app is one', () => {
    const siblings = throwaway({ ...NODE_APP, 'proxy/Dockerfile': 'FROM nginx:1.27\nCOPY nginx.conf /etc/nginx/nginx.conf\n', 'proxy/nginx.conf': 'events {}\n', 'docker-compose.yml': 'services:\n  api:\n    build: .\n  proxy:\n    build: ./proxy\n  db:\n    image: postgres:16.3\n' });
    expect(model(siblings).composeProcessTypes.map((s) => s.name)).toEqual(['api']);
    expect(checkFindings('concurrency/process-types', siblings).map((f) => f.outcome)).toEqual(['n/a']);
    const worker = throwaway({ ...NODE_APP, 'docker-compose.yml': 'services:\n  api:\n    build: .\n    ports: ["3000:3000"]\n  worker:\n    build: .\n    command: ["node", "worker.js"]\n  migrate:\n    build: .\n    command: ["node", "migrate.js"]\n' });
    expect(model(worker).composeProcessTypes.map((s) => s.name)).toEqual(['api', 'worker']);
    expect(checkFindings('concurrency/process-types', worker).map((f) => f.outcome)).toEqual(['pass']);
  });

  it('replicas of a database workload are not the app formation; replicas of the app Deployment are', () => {
    const manifests = (replicasOn: 'db' | 'web') =>
      throwaway({
        ...NODE_APP,
        'k8s/web.yaml': `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n${replicasOn === 'web' ? '  replicas: 3\n' : ''}  template:\n    spec:\n      containers:\n        - name: web\n          image: ghcr.io/acme/web:1.2.0\n`,
        'k8s/db.yaml': `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db\nspec:\n${replicasOn === 'db' ? '  replicas: 1\n' : ''}  template:\n    spec:\n      containers:\n        - name: postgres\n          image: postgres:16.3\n`,
      });
    expect(checkFindings('concurrency/process-types', manifests('db')).map((f) => f.outcome)).toEqual(['n/a']);
    const web = checkFindings('concurrency/process-types', manifests('web'));
    expect(web.map((f) => f.outcome)).toEqual(['pass']);
    expect(web[0]!.message).toContain('k8s/web.yaml sets replicas: 3');
  });

  it('an untagged app image in a manifest runs latest; a database image is not a release of the app', () => {
    const dir = throwaway({ ...NODE_APP, 'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/shop/web\n        - name: db\n          image: postgres:16.3\n' });
    const tags = checkFindings('build-release-run/release-tags', dir);
    expect(tags.map((f) => [f.outcome, f.message])).toEqual([['warn', expect.stringContaining('latest')]]);
    expect(tags[0]!.message).not.toContain('postgres');
  });
});
