import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/checks/index';
import { runCommand } from '../../../src/pipeline/commands';
import { StageFailedError } from '../../../src/pipeline/stages/context';
import { readStageFile, StageFileError } from '../../../src/pipeline/stages/files';

/** A Dockerfile that fails in a RUN step, through the real engine. */
const APP = path.resolve(import.meta.dirname, '../../fixtures/stages/broken-build');
const RUNTIME_CHECKS = new Set(CATALOGUE.filter((e) => e.kind === 'runtime').map((e) => e.id));
const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), 'tfa-broken-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('a failing build', () => {
  it('is recorded in build.json with the failing step and output, and the build command fails', async () => {
    const dir = tempDir();
    const err = await runCommand({ command: 'build', repoRoot: APP, artifacts: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StageFailedError);
    expect((err as StageFailedError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(/^build stage failed: .*\(recorded in .*build\.json\)$/);
    const build = readStageFile(dir, 'build');
    expect(build.status).toBe('failed');
    expect(build.imageId).toBeUndefined();
    expect(build.error?.message).toBeTruthy();
    expect(build.error?.logTail.join('\n')).toContain('no lockfile, giving up');
    expect(existsSync(path.join(dir, 'image.tar.gz'))).toBe(false);

    // release refuses it, naming build.json
    const rel = await runCommand({ command: 'release', repoRoot: APP, artifacts: dir }).catch((e: unknown) => e);
    expect(rel).toBeInstanceOf(StageFileError);
    expect((rel as Error).message).toMatch(/build\.json: records a failed build/);

    // report says which stage failed and why; runtime factors stay unverified
    const { report } = await runCommand({ command: 'report', repoRoot: APP, artifacts: dir });
    expect(report!.stages[1]).toMatchObject({ stage: 'build', status: 'failed' });
    expect(report!.stages[1]?.reason).toContain(build.error!.message);
    expect(report!.stages.slice(2)).toEqual([
      { stage: 'release', status: 'skipped', reason: 'not run because the build stage failed' },
      { stage: 'run', status: 'skipped', reason: 'not run because the release stage was skipped' },
    ]);
    const runtimeFindings = report!.factors.flatMap((f) => f.findings).filter((f) => RUNTIME_CHECKS.has(f.check));
    for (const f of runtimeFindings) expect(f.outcome, f.check).not.toBe('pass');
    for (const factor of report!.factors) {
      if (factor.findings.every((f) => RUNTIME_CHECKS.has(f.check))) expect(factor.verdict, factor.slug).toBe('not-verified');
    }
  });

  it('`all` still produces the report, with the same stage statuses', async () => {
    const dir = tempDir();
    const { report } = await runCommand({ command: 'all', repoRoot: APP, artifacts: dir });
    expect(report!.stages.map((s) => `${s.stage}:${s.status}`)).toEqual(['static:ok', 'build:failed', 'release:skipped', 'run:skipped']);
    expect(existsSync(path.join(dir, 'report.json'))).toBe(true);
  });
});
