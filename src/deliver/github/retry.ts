/**
 * Retries for GitHub API calls: server errors and rate limits wait and try
 * again, within a bounded total wait, so a flaky API never loses a report
 * and a long rate-limit reset never hangs a job. Everything else (403
 * permissions, 404, 422) fails at once: retrying cannot fix it.
 *
 * A POST that creates something (a comment, an issue, a check run) is
 * retried only on a rate limit, which GitHub answers before doing anything;
 * after a 5xx or a dropped connection it may have been carried out, so the
 * caller looks before creating again (`createChecked`).
 *
 * Why not @octokit/plugin-retry and @octokit/plugin-throttling: plugin-retry
 * retries every method, POSTs included, on any status outside its
 * do-not-retry list; neither bounds the total time one delivery may spend
 * waiting (an hour-long rate-limit reset would hold the job), and their
 * waits run on Bottleneck timers a test cannot step through. This module
 * follows GitHub's documented rate-limit rules (retry-after,
 * x-ratelimit-reset, a minute for secondary limits) within one budget, with
 * an injected clock.
 */
export interface RetryOptions {
  /** Attempts after the first. */
  retries: number;
  /** First backoff for 5xx without a hint; doubles each attempt. */
  baseDelayMs: number;
  /** A single wait longer than this (an hour-long rate-limit reset) gives up instead. */
  maxDelayMs: number;
  /** Sum of all waits for one request. */
  maxTotalWaitMs: number;
  /** Per-request time box. */
  requestTimeoutMs: number;
  /** Injected in tests to record waits without spending them. */
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

export const DEFAULT_RETRY: RetryOptions = {
  retries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  maxTotalWaitMs: 120_000,
  requestTimeoutMs: 30_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => Date.now(),
};

export interface HttpFailure {
  status?: number;
  headers?: Record<string, string | number | undefined>;
  message?: string;
}

export type RetryDecision = { retry: true; delayMs: number; reason: string } | { retry: false; reason: string };

function header(h: HttpFailure['headers'], name: string): string | undefined {
  const v = h?.[name];
  return v === undefined ? undefined : String(v);
}

/**
 * What GitHub's docs ask for: honour `retry-after`; with
 * `x-ratelimit-remaining: 0` wait until `x-ratelimit-reset`; for a secondary
 * rate limit without either, wait at least a minute, growing exponentially.
 */
export function retryDecision(err: HttpFailure, attempt: number, opts: Pick<RetryOptions, 'baseDelayMs' | 'now'>): RetryDecision {
  const status = err.status ?? 0;
  const retryAfter = Number(header(err.headers, 'retry-after'));
  const remaining = header(err.headers, 'x-ratelimit-remaining');
  const reset = Number(header(err.headers, 'x-ratelimit-reset'));
  const backoff = opts.baseDelayMs * 2 ** attempt;
  const secondary = /secondary rate limit|abuse detection/i.test(err.message ?? '');

  if (status === 403 || status === 429) {
    if (Number.isFinite(retryAfter) && retryAfter >= 0) return { retry: true, delayMs: retryAfter * 1000, reason: `rate limited (${status}, retry-after ${retryAfter}s)` };
    if (remaining === '0' && Number.isFinite(reset)) {
      return { retry: true, delayMs: Math.max(0, reset * 1000 - opts.now()) + 1000, reason: `rate limit exhausted (${status}, resets at ${new Date(reset * 1000).toISOString()})` };
    }
    if (secondary || status === 429) return { retry: true, delayMs: Math.max(60_000, backoff), reason: `secondary rate limit (${status})` };
    return { retry: false, reason: `forbidden (${status})` };
  }
  // status 0/500: octokit reports network failures and time-outs as 500.
  if (status >= 500 || status === 0) return { retry: true, delayMs: backoff, reason: `server error (${status || 'network'})` };
  return { retry: false, reason: `HTTP ${status}` };
}

/**
 * Runs `call`, retrying per `retryDecision` within the bounds. Throws the last
 * error when it gives up. A call that is not `idempotent` is retried only on
 * a rate limit.
 */
export async function withRetry<T>(call: () => Promise<T>, opts: RetryOptions, log?: (line: string) => void, idempotent = true): Promise<T> {
  let waited = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const err = e as HttpFailure & { response?: { headers?: HttpFailure['headers'] } };
      const decision = retryDecision({ status: err.status, headers: err.response?.headers ?? err.headers, message: err.message }, attempt, opts);
      if (!decision.retry || attempt >= opts.retries) throw e;
      if (!idempotent && !isRateLimit(err.status)) throw e;
      if (decision.delayMs > opts.maxDelayMs || waited + decision.delayMs > opts.maxTotalWaitMs) {
        log?.(`GitHub API: ${decision.reason}; waiting ${Math.round(decision.delayMs / 1000)}s is beyond the retry budget, giving up`);
        throw e;
      }
      log?.(`GitHub API: ${decision.reason}; retrying in ${Math.round(decision.delayMs)} ms (attempt ${attempt + 2} of ${opts.retries + 1})`);
      await opts.sleep(decision.delayMs);
      waited += decision.delayMs;
    }
  }
}

const isRateLimit = (status: number | undefined) => status === 403 || status === 429;

/** A failure after which a create may or may not have happened: no answer, or a server error. */
export function isAmbiguous(e: unknown): boolean {
  const status = (e as { status?: number }).status ?? 0;
  return status === 0 || status >= 500;
}

/**
 * Creates something once: after an ambiguous failure it asks `find` whether
 * the first attempt took effect and creates again only when it did not.
 */
export async function createChecked<T>(create: () => Promise<T>, find: () => Promise<T | undefined>): Promise<T> {
  try {
    return await create();
  } catch (e) {
    if (!isAmbiguous(e)) throw e;
    const found = await find();
    if (found !== undefined) return found;
    return create();
  }
}
