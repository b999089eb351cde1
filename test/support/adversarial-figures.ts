import { appendFileSync } from 'node:fs';

/**
 * Reliability figures: each reliability or fuzz test appends one row per case
 * it tried, before asserting, so a failing run still records what failed.
 * Rows go to the JSON-lines file named by TFA_RELIABILITY_OUT (set by
 * scripts/reliability-figures.ts); without it, recording is a no-op.
 */
export interface FigureRow {
  /** Class of case, one section of RELIABILITY.md: 'fuzz', 'adversarial-files', 'redos', 'faults', 'sandbox', 'injection'. */
  klass: string;
  /** What was tried, e.g. 'parseDockerfile' or 'SIGTERM during build'. */
  case: string;
  /** Inputs generated or faults injected. */
  inputs: number;
  /** Exceptions that escaped their boundary (or a process that died abnormally). */
  crashes: number;
  /** Inputs over their time budget (or a wait that never ended). */
  hangs: number;
  /** Docker objects (or processes) left behind. */
  leaks: number;
  /** Inputs whose output broke an invariant (an injection that landed live, an unbounded output). */
  violations?: number;
  /** Slowest single input, milliseconds. */
  maxMs?: number;
  note?: string;
}

export function recordFigure(row: FigureRow): void {
  const out = process.env.TFA_RELIABILITY_OUT;
  if (!out) return;
  appendFileSync(out, `${JSON.stringify({ ...row, maxMs: row.maxMs === undefined ? undefined : Math.round(row.maxMs * 10) / 10 })}\n`);
}
