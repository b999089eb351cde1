import { commentMarker } from '../../render/markdown';
import type { GitHubClient } from './client';
import { type Identity, isOwnedBy } from './identity';
import { createChecked } from './retry';

export interface StickyCommentInput {
  owner: string;
  repo: string;
  issueNumber: number;
  key: string;
  /** Body including the marker (see `withMarker`). */
  body: string;
  identity: Identity;
  /**
   * When true, the comment is minimized (GraphQL `minimizeComment`, reason
   * RESOLVED) while every factor passes and restored (`unminimizeComment`)
   * when one fails again; no comment is opened just to be hidden.
   */
  hideWhenPassing: boolean;
  allClear: boolean;
  /** Delete and post anew instead of editing, so subscribers are notified of the change. */
  recreate?: boolean;
}

export type StickyAction = 'created' | 'updated' | 'recreated' | 'unchanged' | 'minimized' | 'skipped';

export interface StickyResult {
  action: StickyAction;
  id?: number;
  url?: string;
  /** Our own older duplicates (from concurrent runs) removed. */
  duplicatesRemoved: number;
  /** The comment was restored from minimized because a factor fails again. */
  restored?: boolean;
}

/** Puts the marker first unless the body already starts with it. */
export function withMarker(body: string, key: string): string {
  const marker = commentMarker(key);
  return body.startsWith(marker) ? body : `${marker}\n${body}`;
}

/**
 * Ours: written by our own login, with our marker at the very start of the
 * body. Every workflow's GITHUB_TOKEN comments as the same bot, and PR content
 * quoted in any comment may carry a marker, so neither the login nor the
 * marker somewhere in the text is enough.
 */
export function isOurComment(item: { body?: string | null; user?: { login?: string } | null }, marker: string, identity: Identity): boolean {
  return (item.body ?? '').startsWith(marker) && isOwnedBy(item, identity);
}

/** What we need of a comment, whichever endpoint returned it. */
interface Comment {
  id: number | bigint;
  html_url: string;
  node_id: string;
  body?: string;
}

async function listOurs(octokit: GitHubClient, input: StickyCommentInput) {
  const marker = commentMarker(input.key);
  const all = await octokit.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  return all.filter((c) => isOurComment(c, marker, input.identity));
}

/**
 * One comment per pull request and key, edited in place (or posted anew with
 * `recreate`). Found among all comments (paginated, 100 a page) by our own
 * identity and the hidden marker at the start of the body (see isOurComment):
 * a comment quoting the marker, even another bot's, is left alone.
 */
export async function upsertStickyComment(octokit: GitHubClient, input: StickyCommentInput): Promise<StickyResult> {
  const ours = await listOurs(octokit, input);
  const [first, ...duplicates] = ours;
  let removed = 0;
  for (const c of duplicates) {
    await deleteComment(octokit, input, c.id);
    removed++;
  }
  const hide = input.hideWhenPassing && input.allClear;
  if (!first) {
    // Nothing to hide, and nothing worth a notification while everything passes.
    if (hide) return { action: 'skipped', duplicatesRemoved: removed };
    const created = await createComment(octokit, input);
    return { action: 'created', id: Number(created.id), url: created.html_url, duplicatesRemoved: removed };
  }

  let current: Comment = first;
  let action: StickyAction = 'unchanged';
  if (first.body !== input.body) {
    if (input.recreate && !hide) {
      await deleteComment(octokit, input, first.id);
      current = await createComment(octokit, input);
      action = 'recreated';
    } else {
      const { data } = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: input.owner,
        repo: input.repo,
        comment_id: Number(first.id),
        body: input.body,
      });
      current = data;
      action = 'updated';
    }
  }
  let restored = false;
  if (input.hideWhenPassing && action !== 'recreated') {
    const minimized = await isMinimized(octokit, current.node_id);
    if (hide && !minimized) {
      await octokit.graphql(MINIMIZE, { id: current.node_id });
      action = 'minimized';
    } else if (hide) {
      action = action === 'unchanged' ? 'unchanged' : 'minimized';
    } else if (minimized) {
      await octokit.graphql(UNMINIMIZE, { id: current.node_id });
      restored = true;
    }
  }
  return { action, id: Number(current.id), url: current.html_url, duplicatesRemoved: removed, ...(restored ? { restored } : {}) };
}

const IS_MINIMIZED = `query($id: ID!) { node(id: $id) { ... on IssueComment { isMinimized } } }`;
const MINIMIZE = `mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: RESOLVED }) { minimizedComment { isMinimized } } }`;
const UNMINIMIZE = `mutation($id: ID!) { unminimizeComment(input: { subjectId: $id }) { unminimizedComment { isMinimized } } }`;

async function isMinimized(octokit: GitHubClient, id: string): Promise<boolean> {
  const data = await octokit.graphql<{ node: { isMinimized?: boolean } | null }>(IS_MINIMIZED, { id });
  return data.node?.isMinimized === true;
}

/**
 * Posts the comment once. A POST that fails without an answer (a 5xx or a
 * dropped connection) may still have been carried out, so before trying
 * again the comments are listed: a second sticky comment is never made
 * blindly.
 */
async function createComment(octokit: GitHubClient, input: StickyCommentInput): Promise<Comment> {
  const post = async () =>
    (
      await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: input.owner,
        repo: input.repo,
        issue_number: input.issueNumber,
        body: input.body,
      })
    ).data;
  return createChecked(post, async () => (await listOurs(octokit, input)).find((c) => c.body === input.body));
}

async function deleteComment(octokit: GitHubClient, input: StickyCommentInput, id: number | bigint): Promise<void> {
  await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: input.owner, repo: input.repo, comment_id: Number(id) });
}
