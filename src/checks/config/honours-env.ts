import type { RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const honoursEnv: RuntimeCheck = {
  id: 'config/honours-env',
  factor: 'config',
  kind: 'runtime',
  title: 'The app honours config given through the environment',
  rationale:
    'Factor III: config that varies between deploys lives in the environment. The auditor gives the app a random PORT no framework defaults to; an app that uses it reads its config from the environment rather than from code.',
  remediation: 'Read every deploy-specific value (port, URLs, credentials) from environment variables at startup.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'env config');
    if (Array.isArray(rt)) return rt;
    if (!rt.web) return [{ outcome: 'skip', message: 'env config: no web process, so no PORT to observe' }];
    const b = rt.boot;
    if (b.outcome === 'ready') return [{ outcome: 'pass', message: `used PORT=${b.port} from its environment`, evidence: [m('PORT honoured', b.port ?? 0, 'port')] }];
    if (b.outcome === 'timeout' && (b.listeningPorts ?? []).length > 0) {
      return [{ outcome: 'fail', message: `ignored PORT=${b.port} from its environment: ${b.message ?? ''}`.trim(), evidence: (b.listeningPorts ?? []).map((p) => m('listening port', p, 'port')) }];
    }
    return [{ outcome: 'skip', message: 'env config: the app never listened, so whether it reads PORT is unknown' }];
  },
};
