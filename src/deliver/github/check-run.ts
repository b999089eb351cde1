import type { GitHubClient } from './client';
import type { LineAnnotation } from './annotations';

/** The Checks API takes at most 50 annotations per request; more go in follow-up PATCHes. */
export const CHECK_RUN_ANNOTATION_BATCH = 50;
/** Our own bound on follow-up requests: 10 requests' worth. The SARIF upload carries the full list. */
export const CHECK_RUN_ANNOTATION_CAP = 500;
/** `output.summary` and `output.text` are limited to 65,535 characters. */
export const CHECK_RUN_TEXT_LIMIT = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunInput {
  owner: string;
  repo: string;
  sha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: LineAnnotation[];
  detailsUrl?: string;
}

export interface CheckRunResult {
  id: number;
  url?: string;
  annotationsSent: number;
  requests: number;
}

export async function createCheckRun(octokit: GitHubClient, input: CheckRunInput): Promise<CheckRunResult> {
  const all = input.annotations.slice(0, CHECK_RUN_ANNOTATION_CAP).map(toApi);
  const batches: (typeof all)[] = [];
  for (let i = 0; i < all.length; i += CHECK_RUN_ANNOTATION_BATCH) batches.push(all.slice(i, i + CHECK_RUN_ANNOTATION_BATCH));
  const summary = input.summary.length > CHECK_RUN_TEXT_LIMIT ? `${input.summary.slice(0, CHECK_RUN_TEXT_LIMIT - 40)}\n\n…truncated` : input.summary;
  const title = input.title.slice(0, 1000);

  const { data } = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
    owner: input.owner,
    repo: input.repo,
    name: input.name,
    head_sha: input.sha,
    status: 'completed',
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
    ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
    output: { title, summary, ...(batches[0] ? { annotations: batches[0] } : {}) },
  });
  let requests = 1;
  for (const batch of batches.slice(1)) {
    await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
      owner: input.owner,
      repo: input.repo,
      check_run_id: data.id,
      output: { title, summary, annotations: batch },
    });
    requests++;
  }
  return { id: Number(data.id), url: data.html_url ?? undefined, annotationsSent: all.length, requests };
}

function toApi(a: LineAnnotation) {
  return {
    path: a.file,
    start_line: a.startLine,
    end_line: a.endLine,
    annotation_level: a.level,
    title: a.title,
    message: a.message,
  };
}
