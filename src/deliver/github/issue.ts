import { commentMarker } from '../../render/markdown';
import type { GitHubClient } from './client';
import { isOurComment } from './comment';
import type { Identity } from './identity';
import { createChecked } from './retry';

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
  /** Newer open duplicates of our issue closed as duplicates. */
  duplicatesClosed?: number;
}

/**
 * One tracking issue per repository and key for scheduled audits: found by
 * our label and marker (closed ones too, so a recurring failure reopens the
 * same issue rather than opening a duplicate), updated with the latest
 * report, closed when everything passes. A duplicate left by a concurrent
 * run is closed as `duplicate`.
 */
export async function syncTrackingIssue(octokit: GitHubClient, input: TrackingIssueInput): Promise<TrackingResult> {
  const list = async () => {
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
    return candidates.filter((i) => !i.pull_request && isOurComment(i, marker, input.identity));
  };
  const ours = await list();
  // Prefer an open issue (the oldest); otherwise the most recently closed one.
  const existing = ours.find((i) => i.state === 'open') ?? ours.at(-1);
  // Two concurrent runs (or a create that was retried by someone else) may have opened a second one: close the newer as a duplicate.
  const duplicates = ours.filter((i) => i !== existing && i.state === 'open');
  for (const d of duplicates) {
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: input.owner,
      repo: input.repo,
      issue_number: d.number,
      state: 'closed',
      state_reason: 'duplicate',
    });
  }
  const cleaned = duplicates.length > 0 ? { duplicatesClosed: duplicates.length } : {};

  if (input.allClear) {
    if (!existing || existing.state === 'closed') return { action: 'skipped', ...(existing ? { number: existing.number, url: existing.html_url } : {}), ...cleaned };
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
      owner: input.owner,
      repo: input.repo,
      issue_number: existing.number,
      title: input.title,
      body: input.body,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: data.number, url: data.html_url, ...cleaned };
  }

  if (!existing) {
    // Never a second issue: after a failure that may have created it, look before creating again.
    const data = await createChecked<{ number: number; html_url: string }>(
      async () =>
        (
          await octokit.request('POST /repos/{owner}/{repo}/issues', {
            owner: input.owner,
            repo: input.repo,
            title: input.title,
            body: input.body,
            labels: [TRACKING_LABEL],
          })
        ).data,
      async () => (await list()).find((i) => i.state === 'open'),
    );
    return { action: 'opened', number: data.number, url: data.html_url, ...cleaned };
  }
  const reopen = existing.state === 'closed';
  if (!reopen && existing.body === input.body && existing.title === input.title) {
    return { action: 'unchanged', number: existing.number, url: existing.html_url, ...cleaned };
  }
  const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
    owner: input.owner,
    repo: input.repo,
    issue_number: existing.number,
    title: input.title,
    body: input.body,
    ...(reopen ? { state: 'open' as const } : {}),
  });
  return { action: reopen ? 'reopened' : 'updated', number: data.number, url: data.html_url, ...cleaned };
}
