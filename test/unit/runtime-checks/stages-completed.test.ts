import { describe, expect, it } from 'vitest';
import { stagesCompleted } from '../../../src/checks/build-release-run/stages-completed';
import { defaultConfig } from '../../../src/config/schema';
import type { StageStatus } from '../../../src/model/report';

const judge = (stages?: StageStatus[]) => stagesCompleted.judge({ config: defaultConfig(), ...(stages ? { stages } : {}) });

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

  it('is an error, not a pass, when the run harness could not start', () => {
    const [f] = judge([
      { stage: 'build', status: 'ok' },
      { stage: 'release', status: 'ok' },
      { stage: 'run', status: 'failed', reason: 'Docker engine not reachable' },
    ]);
    expect(f?.outcome).toBe('error');
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
