/**
 * What a finding says: `pass`, `warn` and `fail` judge the app; `n/a` says the
 * subject the check is about is absent (no backing service, no port served,
 * no admin task), with the reason; `skip` says the check could not read its
 * subject (the runtime did not run, a language the tool does not read);
 * `error` says the tool or its infrastructure could not run the check.
 */
export const OUTCOMES = ['pass', 'warn', 'fail', 'n/a', 'skip', 'error'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/**
 * A factor's verdict (RUBRIC.md): `not-verified` when the subject may exist
 * but nothing could read it; `skip` only when the user ignored every check of
 * the factor.
 */
export const VERDICTS = ['pass', 'warn', 'fail', 'n/a', 'not-verified', 'error', 'skip'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Whether a check answers its factor's question (`core`) or gives good-practice advice that never changes a verdict. */
export const ROLES = ['core', 'advice'] as const;
export type Role = (typeof ROLES)[number];

export const FAIL_ON = ['fail', 'warn', 'regression', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];
