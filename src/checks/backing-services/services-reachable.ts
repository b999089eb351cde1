import { error, found, measured, needRuntime, skip } from '../support';
import type { FindingDraft, RuntimeCheck } from '../types';

export const servicesReachable: RuntimeCheck = {
  id: 'backing-services/services-reachable',
  factor: 'backing-services',
  kind: 'runtime',
  role: 'core',
  question: 'service-location',
  title: 'The app connects to backing services given by URL',
  rationale:
    'Factor IV: backing services are attached resources located by config. The app booted with service URLs in its environment and nothing else and connected to them: swapping a service means changing a URL, not the code.',
  remediation: 'Read each service location from one env variable (DATABASE_URL, REDIS_URL …) and connect at startup; do not hardcode hosts.',
  conditions: {
    connected: { rubric: 'located-by-config', when: 'the booted app connected to the service at the address given in its environment' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'backing services');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.services.length === 0) return skip('no backing services configured (`services:` in .twelve-factor.yml)');
    if (rt.services.length === 0) return rt.cancelled ? skip('backing services: cancelled before they started') : error('backing services were configured but none was started');
    return rt.services.map((s): FindingDraft => {
      // A service image that cannot be pulled or started is the infrastructure's failure, not the app's.
      if (!s.ready) return { outcome: 'error', message: `service ${s.name} (${s.image}) was not ready: ${s.message ?? 'unknown reason'}` };
      // Up with the service's env, wherever it listens: the port is port binding's question.
      const booted = ['ready', 'other-port', 'unhealthy'].includes(rt.boot.outcome) || (!rt.web && rt.boot.outcome === 'not-applicable');
      const ev = [measured(`connections to ${s.name}`, s.connections ?? 0, 'connections'), measured(`${s.name} ready`, s.readyMs ?? 0, 'ms')];
      if (!booted) return { outcome: 'skip', message: `not measured: the app did not boot (${rt.boot.outcome}), so whether it uses ${s.name} from ${s.env.join(', ') || 'its environment'} is unknown` };
      if (s.used === true) return found('connected', `booted and connected to ${s.name} at ${s.host}:${s.port} given in ${s.env.join(', ')}`, ev);
      return { outcome: 'skip', message: `booted with ${s.name} in ${s.env.join(', ') || 'its environment'}, but no connection was seen while it ran (it may connect on first use)` };
    });
  },
};
