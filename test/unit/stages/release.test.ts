import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStageFile, StageFileError, writeStageFile } from '../../../src/pipeline/stages/files';
import { releaseStage } from '../../../src/pipeline/stages/release';
import { configHash, deriveReleaseId, releaseDigest, verifyRelease } from '../../../src/pipeline/stages/release-id';
import { config, IMAGE_A, IMAGE_B, okBuild, tempDir } from './helpers';

const SECRET = 'hunter2-very-secret-value';

describe('config hash', () => {
  it('ignores key order and changes with any env value, run setting, admin command or service', () => {
    const a = config({ run: { env: { A: '1', B: '2' } } });
    const b = config({ run: { env: { B: '2', A: '1' } } });
    expect(configHash(a)).toBe(configHash(b));
    expect(configHash(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    const variants = [
      config({ run: { env: { A: '1', B: '3' } } }),
      config({ run: { env: { A: '1', B: '2' }, replicas: 1 } }),
      config({ run: { env: { A: '1', B: '2' } }, admin: [['node', 'migrate.js']] }),
      config({ run: { env: { A: '1', B: '2' } }, services: [{ name: 'db', image: 'postgres', port: 5432 }] }),
    ];
    for (const v of variants) expect(configHash(v)).not.toBe(configHash(a));
  });

  it('does not change with settings a release does not bind', () => {
    const a = config({ run: { env: { A: '1' } } });
    const b = config({ run: { env: { A: '1' } }, 'fail-on': 'warn', dockerfile: 'Other.Dockerfile', ignore: [{ check: 'config/x', reason: 'y' }] });
    expect(configHash(a)).toBe(configHash(b));
  });
});

describe('release stage', () => {
  it('binds the build image id and the config hash; values never appear in release.json', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    const cfg = config({ run: { env: { API_TOKEN: SECRET } } });
    const { release, file } = releaseStage({ repoRoot: dir, config: cfg, artifactsDir: dir });
    expect(release.imageId).toBe(IMAGE_A);
    expect(release.configHash).toBe(configHash(cfg));
    expect(release.releaseId).toBe(deriveReleaseId(IMAGE_A, configHash(cfg)));
    expect(release.envNames).toEqual(['API_TOKEN']);
    expect(readFileSync(file, 'utf8')).not.toContain(SECRET);
    expect(readStageFile(dir, 'release')).toEqual(release);
    // The same image with another config is another release; another image with the same config too.
    expect(deriveReleaseId(IMAGE_A, configHash(config()))).not.toBe(release.releaseId);
    expect(deriveReleaseId(IMAGE_B, release.configHash)).not.toBe(release.releaseId);
  });

  it('refuses to release a failed build, naming build.json', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', { ...okBuild(), status: 'failed', imageId: undefined, error: { message: 'RUN npm ci exited 1', logTail: [] } });
    expect(() => releaseStage({ repoRoot: dir, config: config(), artifactsDir: dir })).toThrow(
      /build\.json: records a failed build \(RUN npm ci exited 1\); expected a successful build/,
    );
  });

  it('refuses without build.json', () => {
    const dir = tempDir();
    expect(() => releaseStage({ repoRoot: dir, config: config(), artifactsDir: dir })).toThrow(StageFileError);
  });
});

describe('verifyRelease catches edits', () => {
  const cfg = config({ run: { env: { A: '1' } } });
  const fresh = () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    return releaseStage({ repoRoot: dir, config: cfg, artifactsDir: dir }).release;
  };

  it('accepts the release as written, with the same config', () => {
    expect(() => verifyRelease(fresh(), 'release.json', cfg)).not.toThrow();
  });

  it('an edited image id', () => {
    expect(() => verifyRelease({ ...fresh(), imageId: IMAGE_B })).toThrow(/releaseId rel-[0-9a-f]+ does not match its imageId sha256:b+ and configHash/);
  });

  it('an edited image id with a re-derived release id but the old digest', () => {
    const r = fresh();
    const forged = { ...r, imageId: IMAGE_B, releaseId: deriveReleaseId(IMAGE_B, r.configHash) };
    expect(() => verifyRelease(forged)).toThrow(/digest .* does not match the file's contents; it was edited/);
  });

  it('edited env names', () => {
    expect(() => verifyRelease({ ...fresh(), envNames: ['A', 'B'] })).toThrow(/digest/);
  });

  it('a config that differs from the released one', () => {
    const r = fresh();
    expect(releaseDigest(r)).toBe(r.digest);
    expect(() => verifyRelease(r, 'release.json', config({ run: { env: { A: '2' } } }))).toThrow(
      /release rel-[0-9a-f]+ was made with configHash sha256:[0-9a-f]+; expected configHash sha256:[0-9a-f]+, the hash of the config given to this stage/,
    );
  });

  it('through the file: an edit on disk is refused on read + verify', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    releaseStage({ repoRoot: dir, config: cfg, artifactsDir: dir });
    const file = path.join(dir, 'release.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(IMAGE_A, IMAGE_B));
    expect(() => verifyRelease(readStageFile(dir, 'release'))).toThrow(StageFileError);
  });
});
