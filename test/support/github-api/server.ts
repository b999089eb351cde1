import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { schema as githubGraphqlSchema } from '@octokit/graphql-schema';
import { zipSync } from 'fflate';
import { buildClientSchema, type GraphQLSchema, graphql, parse, validate } from 'graphql';
import { checkRequest } from './openapi';

/**
 * A local stand-in for api.github.com that checks every request against
 * GitHub's OpenAPI description (a bad request gets 422 and is recorded as a
 * violation, so a test fails on it) and answers like GitHub for the
 * endpoints delivery uses: issue comments with Link pagination, issues,
 * check runs, pulls, GET /user. GraphQL requests are validated against
 * GitHub's published schema (@octokit/graphql-schema) and executed against
 * it, for comment minimizing. Tokens carry an identity and permissions;
 * faults (5xx, rate limits) are injected per request.
 */

let graphqlSchema: GraphQLSchema | undefined;
/** GitHub's schema, built once per process (it is large). */
function githubSchema(): GraphQLSchema {
  graphqlSchema ??= buildClientSchema(githubGraphqlSchema.json as unknown as Parameters<typeof buildClientSchema>[0]);
  return graphqlSchema;
}

export interface TokenInfo {
  login: string;
  /** `app`: an installation token (GITHUB_TOKEN) — GET /user answers 403. */
  kind: 'user' | 'app';
  /** false: a fork PR's read-only token — every write answers 403. */
  write: boolean;
}

export interface Fault {
  method?: string;
  path?: RegExp;
  status: number;
  headers?: Record<string, string>;
  message?: string;
  /** How many matching requests fail; default 1. */
  times?: number;
  /** The request is carried out, then answered with the fault (a proxy that timed out after GitHub did the work). */
  afterEffect?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  operationId?: string;
  login?: string;
}

export interface MockComment {
  id: number;
  issue: number;
  body: string;
  login: string;
  created_at: string;
  updated_at: string;
  /** The classifier it was minimized with (GraphQL `minimizeComment`), when it is. */
  minimized?: string;
}

export interface MockIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason: string | null;
  labels: string[];
  login: string;
  pull_request: boolean;
}

export interface MockCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  title: string;
  summary: string;
  annotations: Record<string, unknown>[];
}

export interface MockPull {
  number: number;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  headOwner: string;
}

export interface MockArtifact {
  id: number;
  name: string;
  /** The archive GitHub serves for it: a zip of the uploaded files. */
  zip: Uint8Array;
  created_at: string;
  /** Past its retention: listed with `expired: true`, its download answers 410. */
  expired: boolean;
}

/** A workflow run of this repository, for the base-commit baseline lookup. */
export interface MockWorkflowRun {
  id: number;
  event: string;
  head_sha: string;
  head_branch: string;
  /** owner/name the head commit came from; a fork's for a fork pull request. */
  head_repository: string;
  created_at: string;
  artifacts: MockArtifact[];
}

export class MockGitHub {
  readonly owner: string;
  readonly repo: string;
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly comments: MockComment[] = [];
  readonly issues: MockIssue[] = [];
  readonly checkRuns: MockCheckRun[] = [];
  readonly pulls: MockPull[] = [];
  readonly workflowRuns: MockWorkflowRun[] = [];
  private readonly tokens: Record<string, TokenInfo>;
  private readonly faults: Fault[] = [];
  private server?: Server;
  private nextId = 1000;
  private clock = Date.parse('2026-01-15T12:00:00Z');
  url = '';

  constructor(opts: { repository?: string; tokens?: Record<string, TokenInfo> } = {}) {
    [this.owner, this.repo] = (opts.repository ?? 'acme/shop').split('/') as [string, string];
    this.tokens = opts.tokens ?? {
      'gha-token': { login: 'github-actions[bot]', kind: 'app', write: true },
      'user-token': { login: 'octocat', kind: 'user', write: true },
      'fork-token': { login: 'github-actions[bot]', kind: 'app', write: false },
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((e: unknown) => {
        this.violations.push(`mock crashed: ${(e as Error).stack}`);
        send(res, 500, { message: 'mock crashed' });
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  seedComment(issue: number, login: string, body: string): MockComment {
    const c = { id: this.nextId++, issue, body, login, created_at: this.now(), updated_at: this.now() };
    this.comments.push(c);
    return c;
  }

  seedIssue(issue: Partial<MockIssue> & { title: string; body: string; login: string }): MockIssue {
    const i: MockIssue = { number: this.nextNumber(), state: 'open', state_reason: null, labels: [], pull_request: false, ...issue };
    this.issues.push(i);
    return i;
  }

  /** A finished run with its artifacts (name → files by path inside the artifact). */
  seedWorkflowRun(run: { id: number; event: string; head_sha: string; head_branch: string; head_repository?: string; artifacts: Record<string, Record<string, Uint8Array>> }): MockWorkflowRun {
    const created_at = this.now();
    const r: MockWorkflowRun = {
      id: run.id,
      event: run.event,
      head_sha: run.head_sha,
      head_branch: run.head_branch,
      head_repository: run.head_repository ?? `${this.owner}/${this.repo}`,
      created_at,
      artifacts: Object.entries(run.artifacts).map(([name, files]) => ({ id: this.nextId++, name, zip: zipSync(files), created_at, expired: false })),
    };
    this.workflowRuns.push(r);
    return r;
  }

  commentsOn(issue: number): MockComment[] {
    return this.comments.filter((c) => c.issue === issue);
  }

  /** Requests other than reads, for "nothing was written" assertions. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString();
  }

  private nextNumber(): number {
    return 1 + Math.max(0, ...this.issues.map((i) => i.number), ...this.pulls.map((p) => p.number));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = req.method ?? 'GET';
    const raw = await readBody(req);
    let body: unknown;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        this.violations.push(`${method} ${url.pathname}: body is not JSON`);
        return this.reply(req, res, 400, { message: 'Problems parsing JSON' });
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), body, status: 0 };
    this.requests.push(record);
    let lateFault: Fault | undefined;
    const reply = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      if (lateFault) [status, data, headers] = [lateFault.status, { message: lateFault.message ?? 'Server Error' }, lateFault.headers ?? {}];
      record.status = status;
      this.reply(req, res, status, data, headers);
    };
    if (method === 'POST' && url.pathname === '/graphql') return this.graphql(req, record, body, reply);
    // Where an artifact download redirects: signed storage, outside the REST API, no token needed.
    const blob = method === 'GET' ? /^\/_blobs\/(\d+)$/.exec(url.pathname) : null;
    if (blob) {
      const artifact = this.workflowRuns.flatMap((r) => r.artifacts).find((a) => a.id === Number(blob[1]));
      record.operationId = 'blob';
      record.status = artifact ? 200 : 404;
      res.writeHead(record.status, { 'content-type': 'application/zip' });
      res.end(artifact ? Buffer.from(artifact.zip) : undefined);
      return;
    }

    const checked = checkRequest(method, url.pathname, url.searchParams, body, raw.length > 0);
    if (checked.operationId) record.operationId = checked.operationId;
    if (checked.violations.length > 0) {
      this.violations.push(...checked.violations.map((v) => `${method} ${url.pathname}: ${v}`));
      return reply(422, { message: 'Validation Failed', errors: checked.violations, documentation_url: 'https://docs.github.com/rest' });
    }

    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = auth ? this.tokens[auth] : undefined;
    if (!who) return reply(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    record.login = who.login;

    const faultIndex = this.faults.findIndex((f) => (!f.method || f.method === method) && (!f.path || f.path.test(url.pathname)));
    if (faultIndex >= 0) {
      const fault = this.faults[faultIndex]!;
      fault.times = (fault.times ?? 1) - 1;
      if (fault.times <= 0) this.faults.splice(faultIndex, 1);
      if (fault.afterEffect) lateFault = fault;
      else return reply(fault.status, { message: fault.message ?? 'Server Error', documentation_url: 'https://docs.github.com/rest' }, fault.headers);
    }

    const p = checked.pathParams;
    if ((p.owner !== undefined || p.repo !== undefined) && (p.owner !== this.owner || p.repo !== this.repo)) return reply(404, { message: 'Not Found' });
    if (method !== 'GET' && !who.write) {
      return reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    const b = (body ?? {}) as Record<string, unknown>;

    switch (checked.operationId) {
      case 'users/get-authenticated':
        if (who.kind === 'app') return reply(403, { message: 'Resource not accessible by integration', status: '403' });
        return reply(200, this.user(who.login));

      case 'issues/list-comments': {
        const list = this.commentsOn(Number(p.issue_number)).map((c) => this.commentJson(c));
        return this.paginate(req, res, record, url, list);
      }
      case 'issues/create-comment': {
        const issue = Number(p.issue_number);
        const c = this.seedComment(issue, who.login, String(b.body));
        return reply(201, this.commentJson(c));
      }
      case 'issues/update-comment': {
        const c = this.comments.find((x) => x.id === Number(p.comment_id));
        if (!c) return reply(404, { message: 'Not Found' });
        if (c.login !== who.login && who.kind === 'app') return reply(403, { message: 'Resource not accessible by integration' });
        c.body = String(b.body);
        c.updated_at = this.now();
        return reply(200, this.commentJson(c));
      }
      case 'issues/delete-comment': {
        const i = this.comments.findIndex((x) => x.id === Number(p.comment_id));
        if (i < 0) return reply(404, { message: 'Not Found' });
        this.comments.splice(i, 1);
        return reply(204, undefined);
      }

      case 'issues/list-for-repo': {
        const state = url.searchParams.get('state') ?? 'open';
        const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean);
        const list = this.issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .sort((x, y) => (url.searchParams.get('direction') === 'asc' ? x.number - y.number : y.number - x.number))
          .map((i) => this.issueJson(i));
        return this.paginate(req, res, record, url, list);
      }
      case 'issues/create': {
        const labels = Array.isArray(b.labels) ? (b.labels as unknown[]).map((l) => (typeof l === 'string' ? l : String((l as { name?: string }).name))) : [];
        const i = this.seedIssue({ title: String(b.title), body: String(b.body ?? ''), login: who.login, labels });
        return reply(201, this.issueJson(i));
      }
      case 'issues/update': {
        const i = this.issues.find((x) => x.number === Number(p.issue_number));
        if (!i) return reply(404, { message: 'Not Found' });
        if (typeof b.title === 'string') i.title = b.title;
        if (typeof b.body === 'string') i.body = b.body;
        if (b.state === 'open' || b.state === 'closed') {
          i.state = b.state;
          i.state_reason = b.state === 'closed' ? String(b.state_reason ?? 'completed') : 'reopened';
        }
        return reply(200, this.issueJson(i));
      }

      case 'checks/create': {
        const output = (b.output ?? {}) as Record<string, unknown>;
        const run: MockCheckRun = {
          id: this.nextId++,
          name: String(b.name),
          head_sha: String(b.head_sha),
          status: String(b.status ?? 'queued'),
          conclusion: typeof b.conclusion === 'string' ? b.conclusion : null,
          title: String(output.title ?? ''),
          summary: String(output.summary ?? ''),
          annotations: [...((output.annotations as Record<string, unknown>[]) ?? [])],
        };
        this.checkRuns.push(run);
        return reply(201, this.checkRunJson(run));
      }
      case 'checks/update': {
        const run = this.checkRuns.find((r) => r.id === Number(p.check_run_id));
        if (!run) return reply(404, { message: 'Not Found' });
        const output = (b.output ?? {}) as Record<string, unknown>;
        // Annotations are appended, as GitHub documents.
        run.annotations.push(...((output.annotations as Record<string, unknown>[]) ?? []));
        if (typeof output.title === 'string') run.title = output.title;
        if (typeof output.summary === 'string') run.summary = output.summary;
        return reply(200, this.checkRunJson(run));
      }

      case 'pulls/list': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const list = this.pulls
          .filter((x) => state === 'all' || x.state === state)
          .filter((x) => !head || `${x.headOwner}:${x.headRef}` === head)
          .map((x) => this.pullJson(x));
        return this.paginate(req, res, record, url, list);
      }
      case 'repos/list-pull-requests-associated-with-commit': {
        const list = this.pulls.filter((x) => x.headSha === p.commit_sha && x.headOwner === this.owner).map((x) => this.pullJson(x));
        return this.paginate(req, res, record, url, list);
      }
      case 'actions/list-workflow-runs-for-repo': {
        const q = url.searchParams;
        const list = this.workflowRuns
          .filter((r) => (!q.get('head_sha') || r.head_sha === q.get('head_sha')) && (!q.get('branch') || r.head_branch === q.get('branch')) && (!q.get('event') || r.event === q.get('event')))
          .sort((a, b) => b.id - a.id)
          .map((r) => this.workflowRunJson(r));
        const perPage = Math.min(100, Number(q.get('per_page') ?? 30));
        const page = Number(q.get('page') ?? 1);
        return reply(200, { total_count: list.length, workflow_runs: list.slice((page - 1) * perPage, page * perPage) });
      }
      case 'actions/list-workflow-run-artifacts': {
        const r = this.workflowRuns.find((x) => x.id === Number(p.run_id));
        if (!r) return reply(404, { message: 'Not Found' });
        const name = url.searchParams.get('name');
        const list = r.artifacts.filter((a) => !name || a.name === name).map((a) => this.artifactJson(a, r));
        return reply(200, { total_count: list.length, artifacts: list });
      }
      case 'actions/download-artifact': {
        const a = this.workflowRuns.flatMap((r) => r.artifacts).find((x) => x.id === Number(p.artifact_id));
        if (!a || p.archive_format !== 'zip') return reply(404, { message: 'Not Found' });
        if (a.expired) return reply(410, { message: 'Artifact has expired' });
        return reply(302, undefined, { location: `${this.url}/_blobs/${a.id}` });
      }
      default:
        this.violations.push(`${method} ${url.pathname}: valid request, but the mock does not implement ${checked.operationId}`);
        return reply(501, { message: 'not implemented by the mock' });
    }
  }

  /** GitHub's GraphQL endpoint: a document the schema rejects is a violation; a valid one runs against the mock's comments. */
  private async graphql(req: IncomingMessage, record: RecordedRequest, body: unknown, reply: (status: number, data: unknown) => void): Promise<void> {
    record.operationId = 'graphql';
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') {
      this.violations.push('POST /graphql: no query');
      return reply(400, { message: 'A query attribute must be specified and must be a string.' });
    }
    let errors: readonly { message: string }[];
    try {
      errors = validate(githubSchema(), parse(query));
    } catch (e) {
      errors = [{ message: (e as Error).message }];
    }
    if (errors.length > 0) {
      this.violations.push(...errors.map((e) => `POST /graphql: ${e.message}`));
      return reply(200, { errors: errors.map((e) => ({ message: e.message })) });
    }
    const auth = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const who = auth ? this.tokens[auth] : undefined;
    if (!who) return reply(401, { message: 'Bad credentials' });
    record.login = who.login;
    const byNode = (id: unknown) => this.comments.find((c) => `IC_${c.id}` === id);
    const commentNode = (c: MockComment) => ({ __typename: 'IssueComment', id: `IC_${c.id}`, isMinimized: c.minimized !== undefined, minimizedReason: c.minimized ?? null });
    const forbidden = () => {
      throw new Error('Resource not accessible by integration');
    };
    const rootValue = {
      node: ({ id }: { id: string }) => {
        const c = byNode(id);
        return c ? commentNode(c) : null;
      },
      minimizeComment: ({ input }: { input: { subjectId: string; classifier: string } }) => {
        if (!who.write) forbidden();
        const c = byNode(input.subjectId);
        if (!c) throw new Error(`Could not resolve to a node with the global id of '${input.subjectId}'`);
        c.minimized = input.classifier;
        return { minimizedComment: commentNode(c) };
      },
      unminimizeComment: ({ input }: { input: { subjectId: string } }) => {
        if (!who.write) forbidden();
        const c = byNode(input.subjectId);
        if (!c) throw new Error(`Could not resolve to a node with the global id of '${input.subjectId}'`);
        delete c.minimized;
        return { unminimizedComment: commentNode(c) };
      },
    };
    const result = await graphql({
      schema: githubSchema(),
      source: query,
      rootValue,
      ...(variables ? { variableValues: variables } : {}),
      typeResolver: (value) => (value as { __typename?: string }).__typename,
    });
    if (result.errors?.some((e) => !/Resource not accessible|Could not resolve/.test(e.message))) {
      this.violations.push(...result.errors.map((e) => `POST /graphql: ${e.message}`));
    }
    return reply(200, { ...(result.data !== undefined ? { data: result.data } : {}), ...(result.errors ? { errors: result.errors.map((e) => ({ message: e.message, path: e.path })) } : {}) });
  }

  private paginate(req: IncomingMessage, res: ServerResponse, record: RecordedRequest, url: URL, items: unknown[]): void {
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
    const page = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const link = (n: number) => {
      const u = new URL(url.toString());
      u.searchParams.set('page', String(n));
      return u.toString();
    };
    const rels: string[] = [];
    if (page < last) rels.push(`<${link(page + 1)}>; rel="next"`, `<${link(last)}>; rel="last"`);
    if (page > 1) rels.push(`<${link(1)}>; rel="first"`, `<${link(page - 1)}>; rel="prev"`);
    record.status = 200;
    this.reply(req, res, 200, slice, rels.length > 0 ? { link: rels.join(', ') } : {});
  }

  private reply(_req: IncomingMessage, res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
    const base = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600), 'x-github-request-id': `MOCK:${this.requests.length}` };
    send(res, status, data, { ...base, ...headers });
  }

  private user(login: string) {
    const bot = login.endsWith('[bot]');
    return {
      login,
      id: bot ? 41898282 : 583231,
      node_id: 'MDQ6VXNlcjE=',
      avatar_url: `https://avatars.githubusercontent.com/u/1`,
      gravatar_id: '',
      url: `https://api.github.com/users/${encodeURIComponent(login)}`,
      html_url: `https://github.com/${encodeURIComponent(login)}`,
      type: bot ? 'Bot' : 'User',
      site_admin: false,
    };
  }

  private commentJson(c: MockComment) {
    const html = `https://github.com/${this.owner}/${this.repo}/pull/${c.issue}#issuecomment-${c.id}`;
    return {
      id: c.id,
      node_id: `IC_${c.id}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/comments/${c.id}`,
      html_url: html,
      issue_url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${c.issue}`,
      body: c.body,
      user: this.user(c.login),
      created_at: c.created_at,
      updated_at: c.updated_at,
      author_association: c.login.endsWith('[bot]') ? 'NONE' : 'MEMBER',
      performed_via_github_app: c.login === 'github-actions[bot]' ? { id: 15368, slug: 'github-actions', name: 'GitHub Actions' } : null,
    };
  }

  private issueJson(i: MockIssue) {
    return {
      id: 5000 + i.number,
      node_id: `I_${i.number}`,
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.state_reason,
      labels: i.labels.map((name, k) => ({ id: k + 1, name, color: 'ededed' })),
      user: this.user(i.login),
      html_url: `https://github.com/${this.owner}/${this.repo}/issues/${i.number}`,
      url: `${this.url}/repos/${this.owner}/${this.repo}/issues/${i.number}`,
      ...(i.pull_request ? { pull_request: { url: `${this.url}/repos/${this.owner}/${this.repo}/pulls/${i.number}` } } : {}),
    };
  }

  private checkRunJson(r: MockCheckRun) {
    return {
      id: r.id,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion,
      html_url: `https://github.com/${this.owner}/${this.repo}/runs/${r.id}`,
      output: { title: r.title, summary: r.summary, annotations_count: r.annotations.length },
    };
  }

  private workflowRunJson(r: MockWorkflowRun) {
    const repo = (fullName: string) => ({ id: 1, node_id: 'R_1', name: fullName.split('/')[1], full_name: fullName, owner: this.user(fullName.split('/')[0]!), private: false });
    return {
      id: r.id,
      name: 'twelve-factor',
      node_id: `WFR_${r.id}`,
      head_branch: r.head_branch,
      head_sha: r.head_sha,
      run_number: r.id,
      run_attempt: 1,
      event: r.event,
      status: 'completed',
      conclusion: 'success',
      workflow_id: 1,
      created_at: r.created_at,
      updated_at: r.created_at,
      html_url: `https://github.com/${this.owner}/${this.repo}/actions/runs/${r.id}`,
      pull_requests: [],
      repository: repo(`${this.owner}/${this.repo}`),
      head_repository: repo(r.head_repository),
    };
  }

  private artifactJson(a: MockArtifact, r: MockWorkflowRun) {
    return {
      id: a.id,
      node_id: `MDg6QXJ0aWZhY3Qx${a.id}`,
      name: a.name,
      size_in_bytes: a.zip.byteLength,
      url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.owner}/${this.repo}/actions/artifacts/${a.id}/zip`,
      expired: a.expired,
      created_at: a.created_at,
      expires_at: a.created_at,
      updated_at: a.created_at,
      workflow_run: { id: r.id, head_branch: r.head_branch, head_sha: r.head_sha },
    };
  }

  private pullJson(x: MockPull) {
    return {
      number: x.number,
      state: x.state,
      head: { sha: x.headSha, ref: x.headRef, label: `${x.headOwner}:${x.headRef}`, repo: { full_name: `${x.headOwner}/${this.repo}` } },
      base: { ref: 'main', repo: { full_name: `${this.owner}/${this.repo}` } },
    };
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, data: unknown, headers: Record<string, string> = {}): void {
  const text = data === undefined ? '' : JSON.stringify(data);
  res.writeHead(status, { ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...headers });
  res.end(text);
}
