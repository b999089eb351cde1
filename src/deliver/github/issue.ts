import { commentMarker } from '../../render/markdown';
import type { GitHubClient } from './client';
import { type Identity, isOwnedBy } from './identity';

export const TRACKING_LABEL = 'twelve-factor-audit';

export interface TrackingIssueInput {
  owner: string;
  repo: string;
  key: string;
  title: string;
  /** Body including the marker. */
  body: string;
  allClear: boolean;
  identity: Identity;
}

export type TrackingAction = 'opened' | 'updated' | 'reopened' | 'closed' | 'unchanged' | 'skipped';

export interface TrackingResult {
  action: TrackingAction;
  number?: number;
  url?: string;
}

/**
 * One tracking issue per repository and key for scheduled audits: found by
 * our label and marker (closed ones too, so a recurring failure reopens the
 * same issue rather than opening a duplicate), updated with the latest
 * report, closed when everything passes.
 */
export async function syncTrackingIssue(octokit: GitHubClient, input: TrackingIssueInput): Promise<TrackingResult> {
  const marker = commentMarker(input.key);
  const candidates = await octokit.paginate('GET /repos/{owner}/{repo}/issues', {
    owner: input.owner,
    repo: input.repo,
    labels: TRACKING_LABEL,
    state: 'all',
    sort: 'created',
    direction: 'asc',
    per_page: 100,
  });
  const ours = candidates.filter((i) => !i.pull_request && (i.body ?? '').includes(marker) && isOwnedBy(i, input.identity));
  // Prefer an open issue; otherwise the most recently closed one.
  const existing = ours.find((i) => i.state === 'open') ?? ours.at(-1);

  if (input.allClear) {
    if (!existing || existing.state === 'closed') return { action: 'skipped', ...(existing ? { number: existing.number, url: existing.html_url } : {}) };
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: input.owner,
      repo: input.repo,
      issue_number: existing.number,
      title: input.title,
      body: input.body,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: data.number, url: data.html_url };
  }

  if (!existing) {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
      owner: input.owner,
      repo: input.repo,
      title: input.title,
      body: input.body,
      labels: [TRACKING_LABEL],
    });
    return { action: 'opened', number: data.number, url: data.html_url };
  }
  const reopen = existing.state === 'closed';
  if (!reopen && existing.body === input.body && existing.title === input.title) {
    return { action: 'unchanged', number: existing.number, url: existing.html_url };
  }
  const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: input.owner,
    repo: input.repo,
    issue_number: existing.number,
    title: input.title,
    body: input.body,
    ...(reopen ? { state: 'open' as const } : {}),
  });
  return { action: reopen ? 'reopened' : 'updated', number: data.number, url: data.html_url };
}
