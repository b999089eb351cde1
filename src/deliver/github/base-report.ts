import { strFromU8, unzipSync } from 'fflate';
import { apiError, createClient, splitRepository } from './client';
import type { RetryOptions } from './retry';

/** The report.json inside the artifact, at most this large once inflated (a larger one is not ours). */
export const MAX_BASE_REPORT_BYTES = 32 * 1024 * 1024;
/** The artifact's zip, at most this large before it is downloaded. */
const MAX_ARTIFACT_BYTES = 64 * 1024 * 1024;
/** Runs of the base commit looked at, newest first. */
const MAX_RUNS = 10;
/**
 * Runs that only the repository's own writers can start on its own
 * branches. A `pull_request` run can carry the same head commit (a branch
 * opened at the base commit, from a fork too) and upload any artifact it
 * likes; its report would be a baseline chosen by the pull request.
 */
const TRUSTED_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch']);

export interface BaseReportQuery {
  token: string;
  apiUrl: string;
  /** owner/name of the repository the pull request targets. */
  repository: string;
  /** The pull request's base commit and branch. */
  commit: string;
  branch: string;
  /** The artifact the base commit's run uploaded its report in (`tfa-report__<call>` for the reusable workflow). */
  artifact: string;
  retry?: Partial<RetryOptions>;
}

export type BaseReportResult =
  /** The report.json text as found: untrusted until the caller validates it. */
  | { found: true; text: string; origin: string }
  | { found: false; why: string };

/**
 * The last report of the base commit's own run: the newest run of a trusted
 * event on the base branch, in this repository, whose artifact `artifact`
 * holds a report.json. Answers why not when there is none (no run, no such
 * artifact, expired, too large, no `actions: read`); never throws.
 */
export async function findBaseReport(q: BaseReportQuery): Promise<BaseReportResult> {
  try {
    const { owner, repo } = splitRepository(q.repository);
    const octokit = createClient({ token: q.token, apiUrl: q.apiUrl, ...(q.retry ? { retry: q.retry } : {}) });
    const { data: runs } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs', { owner, repo, head_sha: q.commit, branch: q.branch, per_page: 30, exclude_pull_requests: true });
    const candidates = runs.workflow_runs
      .filter((r) => r.head_sha === q.commit && r.head_branch === q.branch && TRUSTED_EVENTS.has(r.event) && r.head_repository?.full_name === q.repository)
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
      .slice(0, MAX_RUNS);
    if (candidates.length === 0) return { found: false, why: `no push, schedule or workflow_dispatch run of ${q.branch} at ${q.commit.slice(0, 12)}` };
    for (const run of candidates) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts', { owner, repo, run_id: Number(run.id), name: q.artifact, per_page: 10 });
      const artifact = data.artifacts.filter((a) => a.name === q.artifact && !a.expired).sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? ''))[0];
      if (!artifact) continue;
      const origin = `artifact ${q.artifact} of run ${run.id}`;
      if (artifact.size_in_bytes > MAX_ARTIFACT_BYTES) return { found: false, why: `${origin} is ${artifact.size_in_bytes} bytes; the limit is ${MAX_ARTIFACT_BYTES}` };
      const { data: zip } = await octokit.request('GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}', { owner, repo, artifact_id: artifact.id, archive_format: 'zip' });
      const text = reportInZip(new Uint8Array(zip as ArrayBuffer), origin);
      return { found: true, text, origin };
    }
    return { found: false, why: `no unexpired artifact ${q.artifact} in the runs of ${q.branch} at ${q.commit.slice(0, 12)}` };
  } catch (e) {
    const err = apiError(e);
    const hint = err.status === 403 || err.status === 404 ? ' (reading the base commit\'s artifacts needs actions: read)' : '';
    return { found: false, why: `${err.status ? `HTTP ${err.status}: ` : ''}${err.message}${hint}` };
  }
}

/**
 * The top-level report.json of an artifact's zip (the reusable workflow's
 * report artifact also holds one per app in subfolders). The size comes
 * from the zip's directory and bounds what is inflated: an entry that lies
 * about it yields at most that many bytes, which then fail validation.
 */
export function reportInZip(zip: Uint8Array, origin: string): string {
  if (zip.byteLength > MAX_ARTIFACT_BYTES) throw new Error(`${origin} is ${zip.byteLength} bytes; the limit is ${MAX_ARTIFACT_BYTES}`);
  let tooLarge: number | undefined;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(zip, {
      filter: (f) => {
        if (f.name !== 'report.json') return false;
        if (f.originalSize > MAX_BASE_REPORT_BYTES) tooLarge = f.originalSize;
        return tooLarge === undefined;
      },
    });
  } catch (e) {
    throw new Error(`${origin} is not a zip archive (${(e as Error).message})`);
  }
  if (tooLarge !== undefined) throw new Error(`${origin}: report.json is ${tooLarge} bytes; the limit is ${MAX_BASE_REPORT_BYTES}`);
  const report = files['report.json'];
  if (!report) throw new Error(`${origin} holds no report.json at its top`);
  return strFromU8(report);
}
