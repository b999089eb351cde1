import type { Evidence, MeasurementEvidence } from '../model/report';
import { describeAnswers, type ProbeName, type RuntimeFacts } from '../model/runtime';
import type { Signal } from '../evidence/repo/source-signals';
import type { FindingDraft, RuntimeContext } from './types';

/** Evidence lists in findings stay short; the rest is counted in the message or details. */
export const MAX_EVIDENCE = 10;

export const fileEv = (file: string, line?: number, snippet?: string): Evidence => ({
  kind: 'file',
  file,
  ...(line !== undefined && line > 0 ? { line } : {}),
  ...(snippet ? { snippet: snippet.slice(0, 400) } : {}),
});

export const measured = (name: string, value: number, unit: string, threshold?: number): MeasurementEvidence => ({
  kind: 'measurement',
  name,
  value,
  unit,
  ...(threshold !== undefined ? { threshold } : {}),
});

export const signalEv = (s: Signal): Evidence => fileEv(s.file, s.line, s.snippet);

export const where = (s: { file: string; line?: number }) => (s.line ? `${s.file}:${s.line}` : s.file);

/** Evidence for up to MAX_EVIDENCE places, and a note on how many more there are. */
export function placesOf(signals: Signal[]): { evidence: Evidence[]; more: string } {
  const evidence = signals.slice(0, MAX_EVIDENCE).map(signalEv);
  const rest = signals.length - evidence.length;
  return { evidence, more: rest > 0 ? ` (and ${rest} more)` : '' };
}

/** A finding for one row of the check's severity table. */
export function found(condition: string, message: string, evidence: Evidence[] = [], details?: string[]): FindingDraft {
  return { condition, message, evidence, ...(details && details.length > 0 ? { details } : {}) };
}

/** The check could not read its subject: the factor stays not verified unless another check judges it. */
export const skip = (message: string): FindingDraft[] => [{ outcome: 'skip', message }];

/** The tool or its infrastructure could not run the check: never the app's fault. */
export const error = (message: string): FindingDraft[] => [{ outcome: 'error', message }];

export const REVISION_LABEL = 'org.opencontainers.image.revision';

/** Facts or the reason they are missing, so each runtime check says the same thing when the run did not happen. */
export function needRuntime(ctx: RuntimeContext, what: string): RuntimeFacts | FindingDraft[] {
  if (!ctx.runtime) {
    // A run stage that failed to run (no engine, a refused release) is the infrastructure's failure, not the app's.
    const run = ctx.stages?.find((s) => s.stage === 'run' && s.status === 'failed');
    if (run && ctx.build?.status !== 'failed') return error(`${what} not measured: the run stage could not run (${run.reason ?? 'no reason recorded'})`);
    const why = ctx.build?.status === 'failed' ? 'the image did not build' : 'runtime not run: the run stage did not happen';
    return skip(`${what} not measured: ${why}`);
  }
  return ctx.runtime;
}

/** A web probe is meaningless for a worker and for an app whose boot was cancelled; say which. */
export function webOnly(rt: RuntimeFacts, what: string): FindingDraft[] | undefined {
  if (!rt.web) return skip(`${what}: the app has no web process (run.web is false or the Procfile has no web)`);
  if (rt.cancelled && rt.boot.outcome === 'error') return skip(`${what}: cancelled before the app booted`);
  return undefined;
}

/**
 * A probe that did not run is never judged as if it had: `cancelled`, or
 * `not tried` and why. Undefined when it ran (or the facts predate probe
 * statuses), so the check judges what was measured.
 */
export function notRun(rt: RuntimeFacts, probe: ProbeName, what: string): FindingDraft[] | undefined {
  const st = rt.probes?.[probe];
  if (!st || st.status === 'done') return undefined;
  if (st.status === 'cancelled') return skip(`${what}: cancelled`);
  if (st.status === 'not-tried') return skip(`${what}: not tried: ${st.why ?? 'no reason recorded'}`);
  return error(`${what}: the probe failed${st.why ? `: ${st.why}` : ''}`);
}

/**
 * For checks that look at the app after it served traffic: when every
 * exercise request failed, what they did not find proves little. Undefined
 * when the app served at least one request (or was not exercised).
 */
export function unservedExercise(rt: RuntimeFacts): string | undefined {
  const e = rt.exercise;
  if (!e || e.requests === 0 || e.served === undefined || e.served > 0) return undefined;
  return `none of the ${e.requests} requests to ${e.path} was served (${describeAnswers(e)}), so the app was not exercised; set run.http-path to a path it serves`;
}

/** Every port the app was given (PORT, SERVER_PORT …), old facts included. */
export function givenPorts(rt: RuntimeFacts): Set<number> {
  const b = rt.boot;
  return new Set([...Object.values(b.ports ?? {}), ...(b.port !== null ? [b.port] : [])]);
}

export function tail(lines: string[] | undefined, n = 10): string[] {
  return (lines ?? []).slice(-n);
}
