import { error, found, measured, skip } from '../support';
import type { RuntimeCheck } from '../types';

/**
 * Build failures that are the infrastructure's, not the Dockerfile's: an
 * unreachable registry or network, a refused pull, a daemon that went away.
 */
const INFRASTRUCTURE =
  /\b(?:dial tcp|lookup [\w.-]+(?: on [\d.:]+)?: (?:no such host|server misbehaving)|no such host|i\/o timeout|TLS handshake timeout|connection (?:refused|reset)|network is unreachable|temporary failure in name resolution|could not resolve host|failed to resolve source metadata|failed to do request|toomanyrequests|rate limit|503 Service Unavailable|502 Bad Gateway|pull access denied|unauthorized: authentication required|Cannot connect to the Docker daemon|context deadline exceeded|no space left on device)\b/i;

/** Whether a failed build's message names an infrastructure cause. */
export function infrastructureCause(message: string | undefined): boolean {
  return INFRASTRUCTURE.test(message ?? '');
}

export const stagesCompleted: RuntimeCheck = {
  id: 'build-release-run/stages-completed',
  factor: 'build-release-run',
  kind: 'runtime',
  role: 'core',
  title: 'The image builds from the repository',
  rationale:
    'Factor V: the build stage turns a commit into an executable bundle that every release and run starts from. A Dockerfile that no longer builds means nothing can be released; a registry or network that could not be reached says nothing about the app.',
  remediation:
    'Fix the failing Dockerfile step named in the finding (the last lines of its output are in the details), then re-run. When the cause is the registry, the network or the Docker engine, fix or retry the environment.',
  conditions: {
    built: { rubric: 'baked-at-build', when: 'the image built from the repository (and was released and run as separate stages)' },
    broken: { rubric: 'no-build', when: 'the Dockerfile does not build' },
  },
  judge({ stages, build }) {
    const ran = (stages ?? []).filter((s) => s.stage !== 'static' && s.status !== 'absent');
    if (ran.length === 0) return skip('no build, release or run stage ran (static-only audit)');
    const b = ran.find((s) => s.stage === 'build');
    if (b?.status === 'failed') {
      const why = b.reason ?? build?.error?.message ?? 'no reason recorded';
      if (infrastructureCause(`${why}\n${(build?.error?.logTail ?? []).join('\n')}`)) return error(`the build could not run: ${why} (an infrastructure failure, not the app's)`);
      return [found('broken', `the image does not build: ${why}`, [measured('stages completed', 0, 'stages', 3)], build?.error?.logTail?.slice(-10))];
    }
    const broken = ran.find((s) => s.status === 'failed');
    if (b?.status === 'ok' || build?.status === 'ok') {
      const ok = ran.filter((s) => s.status === 'ok');
      const note = broken ? `; the ${broken.stage} stage could not complete: ${broken.reason ?? 'no reason recorded'}` : '';
      return [found('built', `the image built from the repository (${ok.map((s) => s.stage).join(', ')} completed as separate stages)${note}`, [measured('stages completed', ok.length, 'stages', ran.length)])];
    }
    if (broken) return error(`the ${broken.stage} stage could not complete: ${broken.reason ?? 'no reason recorded'}`);
    const skipped = ran.find((s) => s.status === 'skipped');
    return skip(skipped ? `the ${skipped.stage} stage was skipped: ${skipped.reason ?? 'no reason recorded'}` : 'no stage completed');
  },
};
