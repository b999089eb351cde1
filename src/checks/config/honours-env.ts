import { found, measured, needRuntime, notRun, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const honoursEnv: RuntimeCheck = {
  id: 'config/honours-env',
  factor: 'config',
  kind: 'runtime',
  role: 'core',
  question: 'env-config',
  title: 'The app honours config given through the environment',
  rationale:
    'Factor III: config that varies between deploys lives in the environment. The auditor gives the app a random port no framework defaults to; an app that binds it reads its config from the environment, measured rather than inferred from the code.',
  remediation: 'Read every deploy-specific value (port, URLs, credentials) from environment variables at startup.',
  conditions: {
    honoured: { rubric: 'from-env', when: 'the booted app used the port it was given in its environment' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'env config');
    if (Array.isArray(rt)) return rt;
    if (!rt.web) return skip('env config: no web process, so no port to observe');
    if (ctx.config.run.port !== undefined) return skip(`env config: run.port fixes the port at ${ctx.config.run.port}, so honouring PORT was not tested`);
    const cancelled = notRun(rt, 'boot', 'env config');
    if (cancelled) return cancelled;
    const b = rt.boot;
    // Accepting on the given port is using it, whatever the health path then answered.
    if (b.outcome === 'ready' || b.outcome === 'unhealthy') return [found('honoured', `used ${b.portVariable ?? 'PORT'}=${b.port} from its environment`, [measured('PORT honoured', b.port ?? 0, 'port')])];
    // An app that ignores $PORT fails factor VII for it; charging config too would count one cause twice.
    if ((b.listeningPorts ?? []).length > 0) return skip(`env config: not judged here: the app ignored PORT=${b.port} (see port binding, factor VII)`);
    return skip('env config: the app never listened, so whether it reads its environment is not measured');
  },
};
