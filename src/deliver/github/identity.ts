import type { GitHubClient } from './client';

/** The login GitHub gives comments made with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface Identity {
  login: string;
  /** How we know: `GET /user`, the caller's override, or the GITHUB_TOKEN fallback. */
  source: 'user-endpoint' | 'configured' | 'actions-token-fallback';
}

/**
 * Whose comments we may edit. A personal token answers `GET /user`; an
 * installation token (GITHUB_TOKEN included) gets 403 "Resource not
 * accessible by integration" there and cannot ask `GET /app` either (that
 * needs the app's JWT). For those we fall back to `github-actions[bot]`,
 * which is who GITHUB_TOKEN comments as; a GitHub App token must pass its
 * `<slug>[bot]` login as `identity`. Other users' comments carrying our
 * marker are never edited.
 */
export async function resolveIdentity(octokit: GitHubClient, configured?: string): Promise<Identity> {
  if (configured) return { login: configured, source: 'configured' };
  try {
    const { data } = await octokit.request('GET /user');
    if (data.login) return { login: data.login, source: 'user-endpoint' };
  } catch (e) {
    const status = (e as { status?: number }).status;
    if (status !== 403 && status !== 401 && status !== 404) throw e;
  }
  return { login: ACTIONS_BOT_LOGIN, source: 'actions-token-fallback' };
}

export function isOwnedBy(item: { user?: { login?: string } | null }, identity: Identity): boolean {
  return item.user?.login === identity.login;
}
