import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeStageFile } from '../../../src/pipeline/stages/files';
import { releaseStage } from '../../../src/pipeline/stages/release';
import { runStage, webFromProcfile } from '../../../src/pipeline/stages/run';
import { config, okBuild, repo, tempDir } from './helpers';

// An id no engine has: these refusals happen before anything could run.
const ABSENT_IMAGE = `sha256:${'e'.repeat(64)}`;

describe('run stage refusals before anything runs', () => {
  it('a build.json naming a tarball outside the artifacts directory', async () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', { ...okBuild(ABSENT_IMAGE), tarball: '../../etc/image.tar' });
    releaseStage({ repoRoot: dir, config: config(), artifactsDir: dir });
    await expect(runStage({ repoRoot: dir, config: config(), artifactsDir: dir })).rejects.toThrow(
      /build\.json: names tarball "\.\.\/\.\.\/etc\/image\.tar"; expected a tarball name inside the artifacts directory/,
    );
  });

  it('no tarball and no image in the engine', async () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(ABSENT_IMAGE));
    releaseStage({ repoRoot: dir, config: config(), artifactsDir: dir });
    await expect(runStage({ repoRoot: dir, config: config(), artifactsDir: dir })).rejects.toThrow(
      /image\.tar: not found, and the engine does not have the released image; expected the image tarball written by `twelve-factor build`/,
    );
    const runtime = JSON.parse(readFileSync(path.join(dir, 'runtime.json'), 'utf8'));
    expect(runtime).toMatchObject({ stage: 'run', status: 'failed', imageId: ABSENT_IMAGE });
  });

  it('a build.json of another image than the release', async () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(ABSENT_IMAGE));
    releaseStage({ repoRoot: dir, config: config(), artifactsDir: dir });
    writeStageFile(dir, 'build', okBuild(`sha256:${'d'.repeat(64)}`));
    await expect(runStage({ repoRoot: dir, config: config(), artifactsDir: dir })).rejects.toThrow(/build\.json: built image sha256:d+; expected the build of image sha256:e+/);
  });

  it('no release.json at all', async () => {
    const dir = tempDir();
    await expect(runStage({ repoRoot: dir, config: config(), artifactsDir: dir })).rejects.toThrow(/release\.json: not found/);
  });
});

describe('webFromProcfile', () => {
  it('a Procfile without web declares a worker; with web, a web app; none or empty says nothing', () => {
    expect(webFromProcfile(repo({ Procfile: 'worker: node worker.js\nrelease: node migrate.js\n' }), '.')).toBe(false);
    expect(webFromProcfile(repo({ 'app/Procfile': 'web: node server.js\nworker: node w.js\n' }), 'app')).toBe(true);
    expect(webFromProcfile(repo({ 'README.md': '' }), '.')).toBeUndefined();
    expect(webFromProcfile(repo({ Procfile: '# nothing yet\n' }), '.')).toBeUndefined();
  });
});
