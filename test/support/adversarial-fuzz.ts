import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { recordFigure } from './adversarial-figures';

/** Runs per property: small in CI, `npm run fuzz` sets FUZZ_RUNS=20000. */
export function fuzzRuns(): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isFinite(n) && n > 0 ? Math.floor(n) : 200;
}

/** The budget: each input handled within 100 ms of CPU time… */
export const INPUT_BUDGET_MS = Number(process.env.FUZZ_INPUT_MS) || 100;
/**
 * …up to this size; beyond it the budget grows linearly (linear time is the
 * contract, a fixed time for a 1 MiB file is not). Super-linear paths are
 * caught by the scaling properties (test/fuzz/scaling.test.ts), which compare
 * an input with its fourfold repetition instead of trusting a wall clock.
 */
export const BUDGET_BYTES = 16 * 1024;

export function budgetFor(size: number): number {
  return INPUT_BUDGET_MS * Math.max(1, size / BUDGET_BYTES);
}

/**
 * How far over budget an input must be to fail the property. The figures
 * runs (`npm run fuzz`, scripts/reliability-figures.ts) set FUZZ_STRICT=1 and
 * hold every input to the 100 ms budget itself. Inside the whole suite the
 * Docker suites share the two cores, and a thread's CPU time still swells
 * with a busy neighbour (caches, frequency), so there only a clear hang fails
 * CI; the slowest input is still recorded either way.
 */
export const HANG_FACTOR = Number(process.env.FUZZ_HANG_FACTOR) || (process.env.FUZZ_STRICT === '1' ? 1 : 5);

/** A reproducible seed when FUZZ_SEED is set; fast-check prints the seed of any failure. */
function seedOption(): { seed?: number } {
  const s = Number(process.env.FUZZ_SEED);
  return Number.isFinite(s) && process.env.FUZZ_SEED ? { seed: s } : {};
}

/**
 * CPU time of this thread, in ms. The runner shares two cores with other
 * suites (load averages above 10 are normal), so wall time measures the
 * neighbours; the thread's own CPU time measures the code.
 */
export function cpuNow(): number {
  const p = process as unknown as { threadCpuUsage?: () => NodeJS.CpuUsage };
  const u = p.threadCpuUsage ? p.threadCpuUsage() : process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Runs fn once, measuring its CPU time. */
export function timed<R>(fn: () => R): { ms: number; value?: R; error?: unknown } {
  const t0 = cpuNow();
  try {
    const value = fn();
    return { ms: cpuNow() - t0, value };
  } catch (error) {
    return { ms: cpuNow() - t0, error };
  }
}

export interface BoundaryOptions<T, R> {
  /** Errors that are the function's documented way to fail (ConfigError for parseConfig). Anything else is a crash. */
  allow?: (e: unknown) => boolean;
  /** Extra assertions on a result (bounded size, invariants); throw to fail the input. */
  check?: (input: T, output: R) => void;
  /** Figures class; 'fuzz' by default. */
  klass?: string;
}

/**
 * Property: `run` never throws past its boundary and handles each input
 * within INPUT_BUDGET_MS of CPU time. An input over budget is timed up to
 * three more times and its fastest run counts, so a garbage-collection
 * pause is not mistaken for a super-linear path (which is slow every time). Counts go to
 * the reliability figures whether the property holds or not.
 */
export function fuzzBoundary<T, R>(name: string, arb: fc.Arbitrary<T>, run: (input: T) => R, opts: BoundaryOptions<T, R> = {}): void {
  let inputs = 0;
  let crashes = 0;
  let hangs = 0;
  let maxMs = 0;
  let violations = 0;
  let firstFailure: string | undefined;
  try {
    fc.assert(
      fc.property(arb, (input) => {
        inputs++;
        const budget = budgetFor(sizeOf(input)) * HANG_FACTOR;
        let r = timed(() => run(input));
        // A super-linear path is slow every time; a GC pause or a cold cache is not.
        for (let retry = 0; retry < 3 && r.ms > budget; retry++) {
          const again = timed(() => run(input));
          if (again.ms < r.ms) r = again;
        }
        const dump = () => {
          if (!process.env.FUZZ_DUMP_DIR) return;
          mkdirSync(process.env.FUZZ_DUMP_DIR, { recursive: true });
          writeFileSync(path.join(process.env.FUZZ_DUMP_DIR, `${name.replace(/[^\w.-]+/g, '_')}.json`), JSON.stringify(input));
        };
        if (r.error !== undefined && !(opts.allow?.(r.error) ?? false)) {
          dump();
          crashes++;
          firstFailure ??= `crash: ${String((r.error as Error)?.stack ?? r.error).slice(0, 500)}`;
          throw r.error;
        }
        maxMs = Math.max(maxMs, r.ms);
        if (r.ms > budget) {
          hangs++;
          dump();
          firstFailure ??= `over budget: ${r.ms.toFixed(0)} ms`;
          throw new Error(`${name} took ${r.ms.toFixed(0)} ms (budget ${budget.toFixed(0)} ms) on an input of ${describeSize(input)}`);
        }
        if (r.error === undefined && opts.check) {
          try {
            opts.check(input, r.value as R);
          } catch (e) {
            violations++;
            firstFailure ??= `invariant: ${String((e as Error).message).slice(0, 300)}`;
            throw e;
          }
        }
      }),
      // No shrinking: a slow input shrinks slowly, and FUZZ_DUMP_DIR keeps the failing input anyway.
      { numRuns: fuzzRuns(), endOnFailure: true, ...seedOption() },
    );
  } finally {
    recordFigure({ klass: opts.klass ?? 'fuzz', case: name, inputs, crashes, hangs, leaks: 0, violations, maxMs, ...(firstFailure ? { note: firstFailure } : {}) });
  }
}

function sizeOf(input: unknown): number {
  if (typeof input === 'string') return input.length;
  try {
    return JSON.stringify(input)?.length ?? 0;
  } catch {
    return 0;
  }
}

function describeSize(input: unknown): string {
  if (typeof input === 'string') return `${input.length} characters`;
  try {
    return `${JSON.stringify(input).length} JSON characters`;
  } catch {
    return 'unknown size';
  }
}

/** Asserts a result's JSON is not much larger than its input: parsers must not amplify (alias bombs, variable expansion). */
export function assertBoundedOutput(inputLength: number, output: unknown, factor = 100, slack = 1024 * 1024): void {
  const size = JSON.stringify(output)?.length ?? 0;
  const limit = inputLength * factor + slack;
  if (size > limit) throw new Error(`output of ${size} characters for an input of ${inputLength} (limit ${limit})`);
}

/** Characters of the smaller text in a scaling comparison; the larger is four times it. */
const SCALING_BASE = 25_000;

/**
 * Property: `run` is (close to) linear. For each generated line and
 * separator, the line repeated to ~25 KB and to ~100 KB are timed (fastest
 * of three, CPU time); linear code takes about 4× as long on the larger, a
 * quadratic path 16×. Failing needs more than 8× plus 25 ms of slack, so
 * timer granularity on small inputs never fails a run. This catches what a
 * fixed budget cannot: the Dockerfile continuation join took 2 s on 16,000
 * lines but only 15 ms on 4,000.
 */
export function fuzzScaling(
  name: string,
  line: fc.Arbitrary<string>,
  run: (text: string) => unknown,
  opts: { allow?: (e: unknown) => boolean; record?: boolean; numRuns?: number } = {},
): void {
  let inputs = 0;
  let crashes = 0;
  let hangs = 0;
  let maxMs = 0;
  let firstFailure: string | undefined;
  const fastest = (text: string) => {
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 3; i++) {
      const r = timed(() => run(text));
      if (r.error !== undefined && !(opts.allow?.(r.error) ?? false)) {
        crashes++;
        firstFailure ??= `crash: ${String((r.error as Error)?.stack ?? r.error).slice(0, 500)}`;
        throw r.error;
      }
      best = Math.min(best, r.ms);
    }
    return best;
  };
  try {
    fc.assert(
      fc.property(line.filter((l) => l.length > 0), fc.constantFrom('\n', '\\\n', '', ' ', '\r\n'), (l, sep) => {
        inputs++;
        const n = Math.ceil(SCALING_BASE / (l.length + sep.length));
        const small = Array(n).fill(l).join(sep);
        const large = Array(4 * n).fill(l).join(sep);
        const tSmall = fastest(small);
        const tLarge = fastest(large);
        maxMs = Math.max(maxMs, tLarge);
        if (tLarge > 8 * tSmall + 25) {
          hangs++;
          firstFailure ??= `super-linear: ${tSmall.toFixed(0)} ms → ${tLarge.toFixed(0)} ms`;
          throw new Error(`${name}: ${small.length} chars took ${tSmall.toFixed(1)} ms, ${large.length} chars took ${tLarge.toFixed(1)} ms (more than 8×): super-linear on ${JSON.stringify(l.slice(0, 120))} joined by ${JSON.stringify(sep)}`);
        }
      }),
      { numRuns: opts.numRuns ?? Math.max(10, Math.floor(fuzzRuns() / 10)), endOnFailure: true, ...seedOption() },
    );
  } finally {
    if (opts.record !== false) recordFigure({ klass: 'scaling', case: name, inputs, crashes, hangs, leaks: 0, maxMs, ...(firstFailure ? { note: firstFailure } : {}) });
  }
}
