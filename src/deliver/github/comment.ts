import { commentMarker } from '../../render/markdown';
import type { GitHubClient } from './client';
import { type Identity, isOwnedBy } from './identity';

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** Body including the marker (see `withMarker`). */
  body: string;
  identity: Identity;
  /** When true and `allClear`, an existing comment is deleted and none is created. */
  hideWhenPassing: boolean;
  allClear: boolean;
}

export type StickyAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'skipped';

export interface StickyResult {
  action: StickyAction;
  id?: number;
  url?: string;
  /** Our own older duplicates (from concurrent runs) removed. */
  duplicatesRemoved: number;
}

/** Puts the marker first unless the body already carries it. */
export function withMarker(body: string, key: string): string {
  const marker = commentMarker(key);
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/**
 * One comment per pull request and key, edited in place. Found by the
 * hidden marker among all comments (paginated, 100 a page) and only when
 * written by our own identity: someone quoting the marker is left alone.
 */
export async function upsertStickyComment(octokit: GitHubClient, input: StickyCommentInput): Promise<StickyResult> {
  const marker = commentMarker(input.key);
  const all = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  const ours = all.filter((c) => (c.body ?? '').includes(marker) && isOwnedBy(c, input.identity));
  const [first, ...duplicates] = ours;

  if (input.hideWhenPassing && input.allClear) {
    for (const c of ours) await deleteComment(octokit, input, c.id);
    return { action: ours.length > 0 ? 'deleted' : 'skipped', duplicatesRemoved: 0 };
  }

  let removed = 0;
  for (const c of duplicates) {
    await deleteComment(octokit, input, c.id);
    removed++;
  }
  if (first) {
    if (first.body === input.body) return { action: 'unchanged', id: Number(first.id), url: first.html_url, duplicatesRemoved: removed };
    const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
      owner: input.owner,
      repo: input.repo,
      comment_id: first.id,
      body: input.body,
    });
    return { action: 'updated', id: Number(data.id), url: data.html_url, duplicatesRemoved: removed };
  }
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    body: input.body,
  });
  return { action: 'created', id: Number(data.id), url: data.html_url, duplicatesRemoved: removed };
}

async function deleteComment(octokit: GitHubClient, input: StickyCommentInput, id: number): Promise<void> {
  await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: input.owner, repo: input.repo, comment_id: id });
}
