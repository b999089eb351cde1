import { readFileSync, statSync } from 'node:fs';

/** Event payloads are small; anything this large is not one GitHub wrote. */
const MAX_EVENT_BYTES = 25 * 1024 * 1024;

export interface EventFacts {
  pullRequest?: number;
  /**
   * The PR's base commit and branch when the event was sent: the trusted side
   * whose config decides the policy, and what an automatic baseline compares with.
   */
  base?: { sha: string; ref: string };
  /** The PR head commit: check runs go there so they show on the PR, not on the merge commit. */
  headSha?: string;
  /** Head and base repositories differ: the token is read-only. */
  fork: boolean;
}

/** Reads GITHUB_EVENT_PATH. A missing or unreadable payload means "no PR", never a crash. */
export function readEvent(eventPath: string): { payload: Record<string, unknown>; problem?: string } {
  if (!eventPath) return { payload: {}, problem: 'no GITHUB_EVENT_PATH' };
  try {
    if (statSync(eventPath).size > MAX_EVENT_BYTES) return { payload: {}, problem: `${eventPath} is larger than ${MAX_EVENT_BYTES} bytes` };
    const data: unknown = JSON.parse(readFileSync(eventPath, 'utf8'));
    return data && typeof data === 'object' ? { payload: data as Record<string, unknown> } : { payload: {}, problem: `${eventPath} is not a JSON object` };
  } catch (e) {
    return { payload: {}, problem: `cannot read ${eventPath}: ${(e as Error).message}` };
  }
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function eventFacts(payload: Obj): EventFacts {
  const pr = obj(payload.pull_request);
  const number = pr?.number;
  if (!pr || typeof number !== 'number' || !Number.isInteger(number) || number <= 0) return { fork: false };
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headRepo = str(obj(head?.repo)?.full_name);
  const baseRepo = str(obj(base?.repo)?.full_name);
  const sha = str(head?.sha);
  const baseSha = str(base?.sha);
  // The base branch's name as shown and looked up: a pull request cannot shape it, but it stays inert text all the same.
  const baseRef = str(base?.ref) ?? 'base';
  return {
    pullRequest: number,
    ...(baseSha && /^([0-9a-f]{40}|[0-9a-f]{64})$/.test(baseSha) ? { base: { sha: baseSha, ref: baseRef.replace(/[^\w./-]/g, '-').slice(0, 100) } } : {}),
    ...(sha && /^[0-9a-f]{40,64}$/.test(sha) ? { headSha: sha } : {}),
    // A deleted fork has head.repo null: still a fork.
    fork: headRepo === undefined || (baseRepo !== undefined && headRepo !== baseRepo),
  };
}

export interface WorkflowRunFacts {
  headSha: string;
  headBranch?: string;
  headOwner?: string;
  /** PR numbers GitHub listed in the event for this head sha (empty for forks). */
  pullRequests: number[];
  runId?: number;
  conclusion?: string;
}

/** The trusted half of the fork-PR relay: everything about the PR comes from here, never from the artifact. */
export function workflowRunFacts(payload: Obj): WorkflowRunFacts | undefined {
  const run = obj(payload.workflow_run);
  const headSha = str(run?.head_sha);
  if (!run || !headSha || !/^[0-9a-f]{40,64}$/.test(headSha)) return undefined;
  const prs = Array.isArray(run.pull_requests) ? run.pull_requests : [];
  const numbers = prs
    .map(obj)
    .filter((p): p is Obj => !!p && str(obj(p.head)?.sha) === headSha && typeof p.number === 'number')
    .map((p) => p.number as number);
  const headOwner = str(obj(obj(run.head_repository)?.owner)?.login);
  const headBranch = str(run.head_branch);
  return {
    headSha,
    pullRequests: [...new Set(numbers)],
    ...(headBranch ? { headBranch } : {}),
    ...(headOwner ? { headOwner } : {}),
    ...(typeof run.id === 'number' ? { runId: run.id } : {}),
    ...(str(run.conclusion) ? { conclusion: str(run.conclusion) } : {}),
  };
}
