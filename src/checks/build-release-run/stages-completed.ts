import type { RuntimeCheck } from '../types';

/**
 * A broken build is a verdict, not a gap: without it a PR whose Dockerfile no
 * longer builds would show only "not verified" runtime factors and could pass
 * a `fail-on: fail` gate on its static results alone.
 */
export const stagesCompleted: RuntimeCheck = {
  id: 'build-release-run/stages-completed',
  factor: 'build-release-run',
  kind: 'runtime',
  title: 'The image builds, is released and runs',
  rationale:
    'Factor V: the build stage turns the code into an executable bundle that every release and run starts from. A build that fails means nothing can be released; a run that could not start means no runtime factor was verified.',
  remediation:
    'Fix the failing Dockerfile step named in the finding (the last lines of its output are in the details), then re-run. When the run stage itself could not start (no Docker engine, a refused release), fix the environment or the stage files it names.',
  judge({ stages }) {
    const ran = (stages ?? []).filter((s) => s.stage !== 'static' && s.status !== 'absent');
    if (ran.length === 0) return [{ outcome: 'skip', message: 'no build, release or run stage ran (static-only audit)' }];
    const build = ran.find((s) => s.stage === 'build');
    if (build?.status === 'failed') {
      return [
        {
          outcome: 'fail',
          message: `the image does not build: ${build.reason ?? 'no reason recorded'}`,
          evidence: [{ kind: 'measurement', name: 'stages completed', value: 0, unit: 'stages', threshold: 3 }],
        },
      ];
    }
    const broken = ran.find((s) => s.status === 'failed');
    if (broken) {
      return [{ outcome: 'error', message: `the ${broken.stage} stage could not complete: ${broken.reason ?? 'no reason recorded'}` }];
    }
    const ok = ran.filter((s) => s.status === 'ok').length;
    const skipped = ran.find((s) => s.status === 'skipped');
    if (skipped) return [{ outcome: 'skip', message: `the ${skipped.stage} stage was skipped: ${skipped.reason ?? 'no reason recorded'}` }];
    return [
      {
        outcome: 'pass',
        message: `${ran.map((s) => s.stage).join(', ')} completed as separate stages`,
        evidence: [{ kind: 'measurement', name: 'stages completed', value: ok, unit: 'stages', threshold: ran.length }],
      },
    ];
  },
};
