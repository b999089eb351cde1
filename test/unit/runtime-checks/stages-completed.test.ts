import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import type { BuildFile } from '../../../src/model/stages';
import type { StageStatus } from '../../../src/model/report';
import { runRuntimeChecks } from '../../../src/pipeline/run-checks';

const judge = (stages?: StageStatus[], build?: BuildFile) =>
  runRuntimeChecks({ config: defaultConfig(), ...(stages ? { stages } : {}), ...(build ? { build } : {}) }, 'runtime not run').filter((f) => f.check === 'build-release-run/stages-completed');

describe('build-release-run/stages-completed', () => {
  it('fails when the image does not build, naming the step', () => {
    const [f] = judge([
      { stage: 'static', status: 'ok' },
      { stage: 'build', status: 'failed', reason: 'step RUN npm ci exited 1' },
      { stage: 'release', status: 'skipped', reason: 'not run because the build stage failed' },
      { stage: 'run', status: 'skipped', reason: 'not run because the release stage was skipped' },
    ]);
    expect(f?.outcome).toBe('fail');
    expect(f?.message).toContain('RUN npm ci exited 1');
  });

  it('a run harness that could not start says the image built, and leaves the runtime questions as errors, not failures', () => {
    const stages: StageStatus[] = [
      { stage: 'build', status: 'ok' },
      { stage: 'release', status: 'ok' },
      { stage: 'run', status: 'failed', reason: 'Docker engine not reachable' },
    ];
    const [f] = judge(stages);
    expect(f?.outcome).toBe('pass');
    expect(f?.message).toContain('Docker engine not reachable');
    const all = runRuntimeChecks({ config: defaultConfig(), stages }, 'x');
    expect(all.find((x) => x.check === 'port-binding/binds-port')).toMatchObject({ outcome: 'error', message: expect.stringContaining('Docker engine not reachable') });
  });

  it('an unreachable registry is an error with the cause, never a failed build of the app', () => {
    const reason = 'failed to resolve source metadata for docker.io/library/node:20: dial tcp: lookup registry-1.docker.io: no such host';
    const build: BuildFile = { schemaVersion: 1, tool: { name: 't', version: '0' }, stage: 'build', status: 'failed', dockerfile: 'Dockerfile', context: '.', labels: {}, builder: 'buildkit', startedAt: '', durationMs: 1, error: { message: reason, logTail: [] } };
    const [f] = judge([{ stage: 'build', status: 'failed', reason }], build);
    expect(f).toMatchObject({ outcome: 'error', message: expect.stringContaining('no such host') });
  });

  it('passes with a measurement when every stage completed', () => {
    const [f] = judge([
      { stage: 'static', status: 'ok' },
      { stage: 'build', status: 'ok' },
      { stage: 'release', status: 'ok' },
      { stage: 'run', status: 'ok' },
    ]);
    expect(f?.outcome).toBe('pass');
    expect(f?.evidence?.[0]).toMatchObject({ kind: 'measurement', value: 3, threshold: 3 });
  });

  it('skips a static-only audit', () => {
    expect(judge([{ stage: 'static', status: 'ok' }])[0]?.outcome).toBe('skip');
    expect(judge()[0]?.outcome).toBe('skip');
  });
});
