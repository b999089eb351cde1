import { readFileSync, statSync } from 'node:fs';
import { parseReport } from '../../judge/baseline';
import { isAllClear } from '../../judge/exit-policy';
import type { Report } from '../../model/report';
import type { FailOn } from '../../model/verdict';
import { renderMarkdown } from '../../render/markdown';
import { createCheckRun } from './check-run';
import { lineAnnotations } from './annotations';
import { apiError, createClient, type GitHubClient, splitRepository } from './client';
import { upsertStickyComment } from './comment';
import { checkTitle, conclusionFor, type DeliverLogger, type DeliverResult, type DeliverStepResult } from './deliver';
import { readEvent, type WorkflowRunFacts, workflowRunFacts } from './event';
import { resolveIdentity } from './identity';
import type { RetryOptions } from './retry';

/** A report artifact larger than this is not ours. */
export const MAX_ARTIFACT_BYTES = 20 * 1024 * 1024;

export interface WorkflowRunPosterOptions {
  token: string;
  apiUrl: string;
  serverUrl: string;
  /** GITHUB_REPOSITORY of the workflow_run workflow (the base repository). */
  repository: string;
  /** GITHUB_EVENT_PATH of the `workflow_run` event: the only source of the PR. */
  eventPath: string;
  /** The downloaded report.json from the untrusted run (or its text in `reportJson`). */
  reportPath?: string;
  reportJson?: string;
  commentKey: string;
  hideWhenPassing: boolean;
  artifactHint?: string;
  /** Also post a check run on the PR head commit (the fork run could not). */
  checkRun?: boolean;
  checkName?: string;
  failOn?: FailOn;
  identity?: string;
  logger?: DeliverLogger;
  retry?: Partial<RetryOptions>;
}

const silent: DeliverLogger = { info: () => {}, warning: () => {}, debug: () => {} };

/**
 * The privileged half of the fork-PR relay, run by a `workflow_run`
 * workflow that never checks out PR code. The artifact came from code the
 * PR author controls: it is size-bounded, validated against the report
 * schema, stripped of anything that steers where we post (the PR is taken
 * from the event; links are rebuilt from this repository and the event's
 * head sha) and re-rendered by us, never pasted.
 */
export async function workflowRunPoster(opts: WorkflowRunPosterOptions): Promise<DeliverResult> {
  const log = opts.logger ?? silent;
  const steps: DeliverStepResult[] = [];
  const done = (): DeliverResult => {
    const notes = steps.filter((s) => s.status === 'failed').map((s) => s.message);
    for (const s of steps) log.info(`${s.step}: ${s.message}`);
    const commentUrl = steps.find((s) => s.step === 'comment' && s.url)?.url;
    return { ok: notes.length === 0, steps, notes, ...(commentUrl ? { commentUrl } : {}) };
  };

  const { payload, problem } = readEvent(opts.eventPath);
  const run = workflowRunFacts(payload);
  if (!run) {
    steps.push({ step: 'comment', status: 'failed', message: `not a workflow_run event with a head sha${problem ? ` (${problem})` : ''}` });
    return done();
  }

  let report: Report;
  try {
    report = trustedView(loadArtifact(opts), opts, run);
  } catch (e) {
    steps.push({ step: 'comment', status: 'failed', message: `report artifact rejected: ${(e as Error).message}` });
    return done();
  }

  let owner: string;
  let repo: string;
  try {
    ({ owner, repo } = splitRepository(opts.repository));
  } catch (e) {
    steps.push({ step: 'comment', status: 'failed', message: (e as Error).message });
    return done();
  }
  const octokit = createClient({ token: opts.token, apiUrl: opts.apiUrl, ...(opts.retry ? { retry: opts.retry } : {}), log: log.info });

  let prs: number[];
  try {
    prs = await findPullRequests(octokit, owner, repo, run);
  } catch (e) {
    steps.push({ step: 'comment', status: 'failed', message: `cannot find the pull request for ${run.headSha}: ${apiError(e).message}` });
    return done();
  }
  if (prs.length === 0) steps.push({ step: 'comment', status: 'skipped', message: `no open pull request has head ${run.headSha}` });

  const body = renderMarkdown(report, { commentKey: opts.commentKey, ...(opts.artifactHint ? { artifactHint: opts.artifactHint } : {}) });
  const allClear = isAllClear(report);
  for (const pr of prs) {
    try {
      const identity = await resolveIdentity(octokit, opts.identity);
      const r = await upsertStickyComment(octokit, { owner, repo, issueNumber: pr, key: opts.commentKey, body, identity, hideWhenPassing: opts.hideWhenPassing, allClear });
      steps.push({ step: 'comment', status: 'done', action: r.action, ...(r.url ? { url: r.url } : {}), message: `comment ${r.action} on #${pr}` });
    } catch (e) {
      const err = apiError(e);
      steps.push({ step: 'comment', status: 'failed', message: `cannot comment on #${pr}: ${err.message}`, ...(err.status ? { httpStatus: err.status } : {}) });
    }
  }

  if (opts.checkRun) {
    try {
      const r = await createCheckRun(octokit, {
        owner,
        repo,
        sha: run.headSha,
        name: opts.checkName ?? 'twelve-factor-audit',
        conclusion: conclusionFor(report, opts.failOn ?? 'fail'),
        title: checkTitle(report),
        summary: renderMarkdown(report, { maxLength: 60_000 }),
        annotations: lineAnnotations(report),
      });
      steps.push({ step: 'check-run', status: 'done', action: 'created', ...(r.url ? { url: r.url } : {}), message: `check run created on ${run.headSha}` });
    } catch (e) {
      const err = apiError(e);
      steps.push({ step: 'check-run', status: 'failed', message: `cannot create a check run: ${err.message}`, ...(err.status ? { httpStatus: err.status } : {}) });
    }
  }
  return done();
}

function loadArtifact(opts: WorkflowRunPosterOptions): Report {
  if (opts.reportJson !== undefined) {
    if (opts.reportJson.length > MAX_ARTIFACT_BYTES) throw new Error(`larger than ${MAX_ARTIFACT_BYTES} bytes`);
    return parseReport(opts.reportJson, 'report artifact');
  }
  if (!opts.reportPath) throw new Error('no report path given');
  const size = statSync(opts.reportPath).size;
  if (size > MAX_ARTIFACT_BYTES) throw new Error(`${opts.reportPath} is ${size} bytes, larger than ${MAX_ARTIFACT_BYTES}`);
  return parseReport(readFileSync(opts.reportPath, 'utf8'), opts.reportPath);
}

/** Replaces every field that decides where links point with trusted values. */
function trustedView(report: Report, opts: WorkflowRunPosterOptions, run: WorkflowRunFacts): Report {
  return {
    ...report,
    repository: { ...report.repository, slug: opts.repository, serverUrl: opts.serverUrl, commit: run.headSha },
  };
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
