import { getOctokit } from '@actions/github';
import { DEFAULT_RETRY, type RetryOptions, withRetry } from './retry';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  /** GITHUB_API_URL: api.github.com, a GHES `/api/v3` or a test server. */
  apiUrl: string;
  retry?: Partial<RetryOptions>;
  log?: (line: string) => void;
}

/** An Octokit whose every request is time-boxed and retried per `retry.ts`. */
export function createClient(opts: ClientOptions): GitHubClient {
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...opts.retry };
  const octokit = getOctokit(opts.token, { baseUrl: opts.apiUrl.replace(/\/+$/, ''), log: quietLog });
  octokit.hook.wrap('request', (request, options) =>
    withRetry(
      async () => request({ ...options, request: { ...options.request, signal: AbortSignal.timeout(retry.requestTimeoutMs) } }),
      retry,
      opts.log,
      // GraphQL here only reads and (un)minimizes, which is idempotent; a REST POST creates.
      options.method !== 'POST' || options.url === '/graphql',
    ),
  );
  return octokit;
}

// Octokit logs deprecation notices and request errors to the console itself;
// we report failures through the delivery result instead.
const quietLog = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

export function splitRepository(repository: string): { owner: string; repo: string } {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw new Error(`repository must be "owner/name", got "${repository}"`);
  return { owner: m[1]!, repo: m[2]! };
}

export interface ApiError {
  status?: number;
  message: string;
}

export function apiError(e: unknown): ApiError {
  const err = e as { status?: number; message?: string; response?: { data?: { message?: string } } };
  const message = err.response?.data?.message ?? err.message ?? String(e);
  return { ...(err.status !== undefined ? { status: err.status } : {}), message };
}
