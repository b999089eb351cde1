import type { MeasurementEvidence } from '../../model/report';
import type { RuntimeFacts } from '../../model/runtime';
import type { FindingDraft, RuntimeContext } from '../types';

export const m = (name: string, value: number, unit: string, threshold?: number): MeasurementEvidence => ({
  kind: 'measurement',
  name,
  value,
  unit,
  ...(threshold !== undefined ? { threshold } : {}),
});

export const REVISION = 'org.opencontainers.image.revision';

/** Facts or the reason they are missing, so each check says the same thing when the run did not happen. */
export function needRuntime(ctx: RuntimeContext, what: string): RuntimeFacts | FindingDraft[] {
  if (!ctx.runtime) {
    const why = ctx.build?.status === 'failed' ? 'the image did not build' : 'the run stage did not happen';
    return [{ outcome: 'skip', message: `${what} not measured: ${why}` }];
  }
  return ctx.runtime;
}

/** A web probe is meaningless for a worker and for an app that never booted; say which. */
export function webOnly(rt: RuntimeFacts, what: string): FindingDraft[] | undefined {
  if (!rt.web) return [{ outcome: 'skip', message: `${what}: the app has no web process (run.web is false or the Procfile has no web)` }];
  if (rt.cancelled && rt.boot.outcome === 'error') return [{ outcome: 'error', message: `${what}: the run was cancelled before the app booted` }];
  return undefined;
}

export function tail(lines: string[] | undefined, n = 10): string[] {
  return (lines ?? []).slice(-n);
}
