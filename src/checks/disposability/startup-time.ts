import { error, found, measured, needRuntime, notRun, skip, webOnly } from '../support';
import type { RuntimeCheck } from '../types';

export const startupTime: RuntimeCheck = {
  id: 'disposability/startup-time',
  factor: 'disposability',
  kind: 'runtime',
  role: 'core',
  question: 'startup',
  title: 'The app starts fast',
  rationale:
    'Factor IX: processes start in seconds so the platform can scale out and replace them freely. A slow boot stretches every deploy and every crash recovery; platforms kill apps that miss their boot limit (Heroku R10: 60 s).',
  remediation: 'Move slow work (cache warming, migrations, asset builds, calls to other services) out of startup: into the build, an admin process, or a lazy first use.',
  conditions: {
    fast: { rubric: 'light-startup', when: 'ready on the given port in less than half of min(boot timeout, 10 s)' },
    slow: { rubric: 'blocking-startup', when: 'ready, but slowly' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'startup time');
    if (Array.isArray(rt)) return rt;
    const notWeb = webOnly(rt, 'startup time') ?? notRun(rt, 'boot', 'startup time');
    if (notWeb) return notWeb;
    const b = rt.boot;
    if (b.outcome === 'ready') {
      const warnAt = Math.min(b.timeoutMs, 10_000);
      const slow = (b.readyMs ?? 0) > warnAt / 2;
      return [found(slow ? 'slow' : 'fast', `ready in ${b.readyMs} ms${slow ? ` (more than half of ${warnAt} ms)` : ''}`, [measured('startup time', b.readyMs ?? 0, 'ms', b.timeoutMs)])];
    }
    if (b.outcome === 'error') return error(b.message ?? 'the app could not be booted');
    // Listening, but http-path never said ready: when it would have been ready is not known.
    if (b.outcome === 'unhealthy') return skip(`startup not measured: ${b.message ?? `GET ${b.httpPath} never answered ${b.readyStatuses ?? '2xx or 3xx'}`}`);
    // One cause, one factor: an app that never binds the given port fails VII; its startup is simply not measured.
    const other = (b.listeners ?? []).filter((l) => l.port !== b.port);
    const seen = other.length > 0 ? `; it bound ${other.map((l) => l.port).join(', ')}` : (b.listeningPorts ?? []).length > 0 ? `; it bound ${b.listeningPorts!.join(', ')}` : '';
    if (b.outcome === 'exited') return skip(`startup not measured: the app exited with code ${b.exitCode} before binding the given port (see VII)`);
    return skip(`startup not measured: the app never bound the given port${seen} (see VII)`);
  },
};
