import type { FindingDraft, RuntimeCheck } from '../types';
import { m, needRuntime } from '../runtime/support';

export const servicesReachable: RuntimeCheck = {
  id: 'backing-services/services-reachable',
  factor: 'backing-services',
  kind: 'runtime',
  title: 'The app boots against backing services given by URL',
  rationale:
    'Factor IV: backing services are attached resources located by config. The app booted with service URLs in its environment and nothing else, so swapping a service means changing a URL, not the code.',
  remediation: 'Read each service location from one env variable (DATABASE_URL, REDIS_URL …) and connect at startup; do not hardcode hosts.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'backing services');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.services.length === 0) return [{ outcome: 'skip', message: 'no backing services configured (`services:` in .twelve-factor.yml)' }];
    return rt.services.map((s): FindingDraft => {
      if (!s.ready) return { outcome: 'error', message: `service ${s.name} (${s.image}) was not ready: ${s.message ?? 'unknown reason'}` };
      const booted = rt.boot.outcome === 'ready' || (!rt.web && rt.boot.outcome === 'not-applicable');
      const ev = [m(`connections to ${s.name}`, s.connections ?? 0, 'connections'), m(`${s.name} ready`, s.readyMs ?? 0, 'ms')];
      if (!booted) return { outcome: 'fail', message: `the app did not boot with ${s.name} at ${s.host}:${s.port} (${s.env.join(', ') || 'no env'}): ${rt.boot.message ?? rt.boot.outcome}`, evidence: ev };
      if (s.used === true) return { outcome: 'pass', message: `booted and connected to ${s.name} at ${s.host}:${s.port} given in ${s.env.join(', ')}`, evidence: ev };
      if (s.used === false) return { outcome: 'warn', message: `booted with ${s.name} in ${s.env.join(', ')} but no connection to it was seen`, evidence: ev };
      return { outcome: 'pass', message: `booted with ${s.name} given in ${s.env.join(', ')}`, evidence: ev };
    });
  },
};
