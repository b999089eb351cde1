import type { Report } from '../../model/report';
import type { GitHubClient } from './client';
import type { WorkflowRunFacts } from './event';

/**
 * The privileged half of the fork-PR relay, run by a `workflow_run`
 * workflow that never checks out PR code: the report was judged from stage
 * files the PR author controls (schema-validated, never executed), so
 * everything that decides where links point is replaced with values from
 * this repository and the event, and the pull request comes from the event,
 * never from an artifact.
 */
export function trustedView(report: Report, repository: string, serverUrl: string, run: WorkflowRunFacts): Report {
  return { ...report, repository: { ...report.repository, slug: repository, serverUrl, commit: run.headSha } };
}

/**
 * The PR for a workflow_run: the event's `pull_requests[]` (filtered to the
 * head sha), which GitHub leaves empty for forks; then open PRs whose head
 * is `<fork owner>:<branch>`; then the commit's associated PRs. Every
 * candidate must have the run's head sha as its head, so a later push
 * never receives an older report.
 */
export async function findPullRequests(octokit: GitHubClient, owner: string, repo: string, run: WorkflowRunFacts): Promise<number[]> {
  if (run.pullRequests.length > 0) return run.pullRequests;
  if (run.headOwner && run.headBranch) {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls', {
      owner,
      repo,
      state: 'open',
      head: `${run.headOwner}:${run.headBranch}`,
      per_page: 100,
    });
    const found = data.filter((p) => p.head.sha === run.headSha).map((p) => p.number);
    if (found.length > 0) return found;
  }
  const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { owner, repo, commit_sha: run.headSha, per_page: 100 });
  return data.filter((p) => p.state === 'open' && p.head.sha === run.headSha).map((p) => p.number);
}
