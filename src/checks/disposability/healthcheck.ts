import { lastInStage } from '../../evidence/repo/parsers/dockerfile';
import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';

export const healthcheck: StaticCheck = {
  id: 'disposability/healthcheck',
  factor: 'disposability',
  kind: 'static',
  role: 'advice',
  title: 'A health check tells when the app is ready',
  rationale: 'Fast startup only helps when the platform can tell the process is ready. A HEALTHCHECK (or a compose healthcheck, or the platform\'s readiness probe) lets rolling deploys wait for readiness and replace hung processes.',
  remediation: 'Add `HEALTHCHECK CMD …` probing a cheap endpoint, a compose `healthcheck:`, or a readiness probe in the deploy manifest.',
  conditions: {
    declared: { outcome: 'pass', when: 'a health check or readiness probe is declared' },
    missing: { outcome: 'warn', when: 'no health check or readiness probe' },
  },
  run({ app }) {
    if (app.kind !== 'web') return skip('health checks apply to a process that serves a port');
    const df = app.dockerfile;
    const hc = df && app.finalStage ? lastInStage(df, app.finalStage, 'HEALTHCHECK') : undefined;
    if (hc && !/^NONE\b/i.test(hc.body)) return [found('declared', 'the image declares a HEALTHCHECK', [fileEv(df!.file, hc.line, hc.args.slice(0, 200))])];
    const svc = app.runService;
    if (svc?.healthcheck) return [found('declared', `compose service ${svc.name} declares a healthcheck`, [fileEv(svc.at.file, svc.at.line)])];
    const repo = app.snapshot.at('.');
    for (const d of app.deploy.descriptors) {
      const lines = (repo.read(d.file) ?? '').split('\n');
      const i = lines.findIndex((l) => /^\s*(?:readinessProbe|livenessProbe|health_check|healthcheck):/.test(l));
      if (i >= 0) return [found('declared', `${d.file} declares ${lines[i]!.trim().replace(/:$/, '')}`, [fileEv(d.file, i + 1)])];
    }
    return [found('missing', 'no HEALTHCHECK, compose healthcheck or readiness probe', df ? [fileEv(df.file)] : [])];
  },
};
