export const OUTCOMES = ['pass', 'warn', 'fail', 'skip', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const VERDICTS = ['pass', 'warn', 'fail', 'skip', 'error', 'not-verified'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * Severity for "worst of". An `error` ranks below `fail` (a failure is proven,
 * an error is not) but above `warn`: a check that could not run must never let
 * a factor look cleaner than a warning would.
 */
const SEVERITY: Record<Outcome, number> = { skip: 0, pass: 1, warn: 2, error: 3, fail: 4 };

export function worstOutcome(outcomes: Iterable<Outcome>): Outcome | undefined {
  let worst: Outcome | undefined;
  for (const o of outcomes) {
    if (worst === undefined || SEVERITY[o] > SEVERITY[worst]) worst = o;
  }
  return worst;
}

/**
 * A factor's verdict: the worst evaluated finding. Skips alone do not make a
 * verdict: a factor nobody could judge is "not verified", never "pass". The
 * only `skip` verdict is one the user asked for, by ignoring every check of
 * the factor in the config.
 */
export function factorVerdict(outcomes: readonly Outcome[], opts: { allIgnored?: boolean } = {}): Verdict {
  const evaluated = outcomes.filter((o) => o !== 'skip');
  if (evaluated.length === 0) return opts.allIgnored ? 'skip' : 'not-verified';
  return worstOutcome(evaluated) ?? 'not-verified';
}

export const FAIL_ON = ['fail', 'warn', 'regression', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
