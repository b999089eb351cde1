import * as core from '@actions/core';
import { contradictedClaims, gateOf, isAllClear } from '../../judge/exit-policy';
import type { Report } from '../../model/report';
import type { FailOn } from '../../model/verdict';
import { DEFAULT_MAX_LENGTH, renderMarkdown } from '../../render/markdown';
import { type Annotator, emitToolkitAnnotations, lineAnnotations, TOOLKIT_ANNOTATION_CAP } from './annotations';
import { type CheckConclusion, createCheckRun } from './check-run';
import { apiError, createClient, type GitHubClient, splitRepository } from './client';
import { upsertStickyComment, withMarker } from './comment';
import { eventFacts, readEvent, workflowRunFacts } from './event';
import { type Identity, resolveIdentity } from './identity';
import { syncTrackingIssue } from './issue';
import { findPullRequests, trustedView } from './workflow-run';
import type { RetryOptions } from './retry';

export interface DeliverLogger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export interface DeliverOptions {
  token: string;
  /** GITHUB_API_URL. */
  apiUrl: string;
  /** GITHUB_SERVER_URL, for links. */
  serverUrl: string;
  /** GITHUB_REPOSITORY, "owner/name". */
  repository: string;
  eventName: string;
  /** GITHUB_EVENT_PATH; the PR number, head sha and fork status are read from it. */
  eventPath: string;
  /** GITHUB_SHA; a PR's head sha from the event wins for the check run. */
  sha: string;
  comment: boolean;
  commentKey: string;
  hideWhenPassing: boolean;
  /** Delete and post the sticky comment anew instead of editing it. */
  recreateComment?: boolean;
  checkRun: boolean;
  checkName: string;
  /** Keep one tracking issue updated (scheduled or other non-PR runs). */
  trackingIssue: boolean;
  annotations: boolean;
  failOn: FailOn;
  artifactHint?: string;
  /** The already-rendered report; re-rendered from `report` when absent or over the comment limit. */
  markdown?: string;
  /** Login whose comments we own when `GET /user` is not allowed (a GitHub App token: `<slug>[bot]`). */
  identity?: string;
  /** Toolkit annotations at most (default 10). */
  maxAnnotations?: number;
  logger?: DeliverLogger;
  annotator?: Annotator;
  retry?: Partial<RetryOptions>;
}

export type DeliverStep = 'comment' | 'check-run' | 'annotations' | 'tracking-issue';

export interface DeliverStepResult {
  step: DeliverStep;
  status: 'done' | 'skipped' | 'failed';
  /** What happened: created, updated, deleted, opened, closed, … */
  action?: string;
  url?: string;
  /** HTTP status of the failure, when there was one. */
  httpStatus?: number;
  message: string;
}

export interface DeliverResult {
  /** False when any step failed (the report itself is never lost: it is in the job summary and artifact). */
  ok: boolean;
  steps: DeliverStepResult[];
  /** One line per degraded or notable step, for `core.notice`. */
  notes: string[];
  pullRequest?: number;
  commentUrl?: string;
  checkRunUrl?: string;
  issueUrl?: string;
}

export const FORK_NOTE = 'fork PR: read-only token; report in job summary and artifact';

const coreLogger: DeliverLogger = { info: core.info, warning: core.warning, debug: core.debug };

/**
 * Delivers the report where people look: sticky PR comment, check run,
 * line annotations, tracking issue. Never throws for GitHub trouble:
 * retryable errors are retried inside the client, the rest degrade into a
 * failed step with a message, and the caller has already written the job
 * summary and artifact.
 */
export async function deliver(report: Report, opts: DeliverOptions): Promise<DeliverResult> {
  // Both are narrowed below for a workflow_run event; the caller's objects are not touched.
  const log = opts.logger ?? coreLogger;
  const steps: DeliverStepResult[] = [];
  const notes: string[] = [];
  const result = (): DeliverResult => finish(steps, notes, log);

  const { payload, problem } = readEvent(opts.eventPath);
  if (problem) log.debug(`event payload: ${problem}`);
  const event = eventFacts(payload);
  // A `workflow_run` after a (fork) pull request's audit: the PR and the head commit come from this event only.
  const run = opts.eventName === 'workflow_run' ? workflowRunFacts(payload) : undefined;
  if (run) {
    report = trustedView(report, opts.repository, opts.serverUrl, run);
    // Rendered again from the trusted view; the Markdown written from the artifact's repository is not used.
    opts = { ...opts, markdown: undefined };
  }
  const allClear = isAllClear(report);

  if (opts.annotations) {
    const count = emitToolkitAnnotations(lineAnnotations(report), opts.annotator ?? core, opts.maxAnnotations ?? TOOLKIT_ANNOTATION_CAP);
    steps.push({ step: 'annotations', status: 'done', action: `${count}`, message: `${count} line annotation${count === 1 ? '' : 's'}` });
  }

  const onPullRequest = event.pullRequest !== undefined || run !== undefined;
  const wantComment = opts.comment && onPullRequest;
  const wantIssue = opts.trackingIssue && !onPullRequest;
  if (!wantComment && !opts.checkRun && !wantIssue) {
    if (opts.comment && !onPullRequest) steps.push(skip('comment', notPullRequest(opts)));
    return result();
  }

  let owner: string;
  let repo: string;
  try {
    ({ owner, repo } = splitRepository(opts.repository));
  } catch (e) {
    for (const step of wanted(wantComment, opts.checkRun, wantIssue)) steps.push(failed(step, (e as Error).message));
    return result();
  }
  if (!opts.token) {
    for (const step of wanted(wantComment, opts.checkRun, wantIssue)) steps.push(skip(step, 'no token given'));
    return result();
  }
  const octokit = createClient({ token: opts.token, apiUrl: opts.apiUrl, ...(opts.retry ? { retry: opts.retry } : {}), log: log.info });
  let identity: Identity | undefined;
  const getIdentity = async () => {
    identity ??= await resolveIdentity(octokit, opts.identity);
    return identity;
  };

  const pullRequests: number[] = [];
  if (wantComment && run) {
    try {
      pullRequests.push(...(await findPullRequests(octokit, owner, repo, run)));
      if (pullRequests.length === 0) steps.push(skip('comment', `no open pull request has head ${run.headSha} (a newer push superseded it)`));
    } catch (e) {
      steps.push(failed('comment', `cannot find the pull request for ${run.headSha}: ${describe(apiError(e))}`, apiError(e).status));
    }
  } else if (wantComment && event.pullRequest !== undefined) pullRequests.push(event.pullRequest);

  for (const pr of pullRequests) {
    try {
      const body = commentBody(report, opts);
      const r = await upsertStickyComment(octokit, {
        owner,
        repo,
        issueNumber: pr,
        key: opts.commentKey,
        body,
        identity: await getIdentity(),
        hideWhenPassing: opts.hideWhenPassing,
        allClear,
        recreate: opts.recreateComment ?? false,
      });
      const message = `comment ${r.action}${r.restored ? ' and restored from minimized' : ''} on #${pr}`;
      steps.push({ step: 'comment', status: 'done', action: r.action, ...(r.url ? { url: r.url } : {}), message });
    } catch (e) {
      const err = apiError(e);
      const message =
        err.status === 403 && event.fork
          ? FORK_NOTE
          : err.status === 403
            ? `cannot comment on #${pr}: ${err.message} (the token needs pull-requests: write); report in job summary and artifact`
            : `cannot comment on #${pr}: ${describe(err)}; report in job summary and artifact`;
      steps.push(failed('comment', message, err.status));
    }
  }
  if (!wantComment && opts.comment) steps.push(skip('comment', notPullRequest(opts)));

  if (opts.checkRun) {
    const sha = run?.headSha ?? event.headSha ?? opts.sha;
    try {
      if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`no commit sha to attach the check run to (got "${sha}")`);
      const r = await createCheckRun(octokit, {
        owner,
        repo,
        sha,
        name: opts.checkName,
        conclusion: conclusionFor(report, opts.failOn),
        title: checkTitle(report),
        summary: renderMarkdown(report, { maxLength: 60_000, ...(opts.artifactHint ? { artifactHint: opts.artifactHint } : {}) }),
        annotations: lineAnnotations(report),
      });
      steps.push({
        step: 'check-run',
        status: 'done',
        action: 'created',
        ...(r.url ? { url: r.url } : {}),
        message: `check run created with ${r.annotationsSent} annotation${r.annotationsSent === 1 ? '' : 's'} in ${r.requests} request${r.requests === 1 ? '' : 's'}`,
      });
    } catch (e) {
      const err = apiError(e);
      const message =
        err.status === 403
          ? event.fork
            ? FORK_NOTE
            : `cannot create a check run: ${err.message} (the token needs checks: write)`
          : `cannot create a check run: ${describe(err)}`;
      steps.push(failed('check-run', message, err.status));
    }
  }

  if (wantIssue) {
    try {
      const r = await syncTrackingIssue(octokit, {
        owner,
        repo,
        key: opts.commentKey,
        title: `12-Factor audit: ${checkTitle(report)}`,
        body: commentBody(report, opts),
        allClear,
        identity: await getIdentity(),
      });
      steps.push({
        step: 'tracking-issue',
        status: 'done',
        action: r.action,
        ...(r.url ? { url: r.url } : {}),
        message: `tracking issue ${r.action}${r.number ? ` (#${r.number})` : ''}`,
      });
    } catch (e) {
      const err = apiError(e);
      steps.push(failed('tracking-issue', `cannot update the tracking issue: ${describe(err)}${err.status === 403 ? ' (the token needs issues: write)' : ''}`, err.status));
    }
  }

  const out = result();
  const pr = event.pullRequest ?? pullRequests[0];
  if (pr !== undefined) out.pullRequest = pr;
  return out;
}

function notPullRequest(opts: DeliverOptions): string {
  return opts.eventName === 'workflow_run'
    ? 'not a workflow_run event with a head commit (the payload lacks workflow_run.head_sha)'
    : `not a pull request event (${opts.eventName || 'unknown'})`;
}

function wanted(comment: boolean, checkRun: boolean, issue: boolean): DeliverStep[] {
  return [...(comment ? (['comment'] as const) : []), ...(checkRun ? (['check-run'] as const) : []), ...(issue ? (['tracking-issue'] as const) : [])];
}

/** The comment body: the caller's Markdown when it fits, with our marker; otherwise re-rendered to fit. */
export function commentBody(report: Report, opts: Pick<DeliverOptions, 'markdown' | 'commentKey' | 'artifactHint'>): string {
  if (opts.markdown !== undefined) {
    const body = withMarker(opts.markdown, opts.commentKey);
    if (body.length <= DEFAULT_MAX_LENGTH) return body;
  }
  return renderMarkdown(report, { commentKey: opts.commentKey, ...(opts.artifactHint ? { artifactHint: opts.artifactHint } : {}) });
}

/** Fails as the job would fail; warnings that do not fail the job are neutral. */
export function conclusionFor(report: Report, failOn: FailOn): CheckConclusion {
  return gateOf(report, failOn).conclusion;
}

export function checkTitle(report: Report): string {
  const n = (v: string) => report.factors.filter((f) => f.verdict === v).length;
  const parts = [`${n('pass')} passing`];
  if (n('fail')) parts.push(`${n('fail')} failing`);
  if (n('warn')) parts.push(`${n('warn')} warning${n('warn') === 1 ? '' : 's'}`);
  if (n('error')) parts.push(`${n('error')} errored`);
  if (n('not-verified')) parts.push(`${n('not-verified')} not verified`);
  const contradicted = contradictedClaims(report).length;
  if (contradicted) parts.push(`${contradicted} claim${contradicted === 1 ? '' : 's'} contradicted`);
  return parts.join(', ');
}

function describe(err: { status?: number; message: string }): string {
  return err.status ? `HTTP ${err.status}: ${err.message}` : err.message;
}

function skip(step: DeliverStep, message: string): DeliverStepResult {
  return { step, status: 'skipped', message };
}

function failed(step: DeliverStep, message: string, httpStatus?: number): DeliverStepResult {
  return { step, status: 'failed', message, ...(httpStatus !== undefined ? { httpStatus } : {}) };
}

function finish(steps: DeliverStepResult[], notes: string[], log: DeliverLogger): DeliverResult {
  for (const s of steps) {
    if (s.status === 'failed') {
      // The caller turns notes into notices; a warning here would annotate the run twice.
      notes.push(s.message);
      log.info(`${s.step} degraded: ${s.message}`);
    } else log.info(`${s.step}: ${s.message}`);
  }
  const url = (step: DeliverStep) => steps.find((s) => s.step === step && s.url)?.url;
  const commentUrl = url('comment');
  const checkRunUrl = url('check-run');
  const issueUrl = url('tracking-issue');
  return {
    ok: steps.every((s) => s.status !== 'failed'),
    steps,
    notes: [...new Set(notes)],
    ...(commentUrl ? { commentUrl } : {}),
    ...(checkRunUrl ? { checkRunUrl } : {}),
    ...(issueUrl ? { issueUrl } : {}),
  };
}

export type { GitHubClient };
