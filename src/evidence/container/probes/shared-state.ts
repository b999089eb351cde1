import type { RuntimeFacts, SharedStateFacts } from '../../../model/runtime';
import { inert } from '../log-capture';
import { type HttpAnswer, httpRequest, statusAcceptor } from '../readiness';
import type { Session } from './session';

type StateRequest = SharedStateFacts['requests'][number];
/** Bytes of each answer compared; enough for a counter, a session or a small JSON document. */
const COMPARED_BYTES = 4096;
/** Characters of each answer kept as evidence. */
const SHOWN_CHARS = 200;

export interface Replica {
  /** 1 for the first copy, 2 for the one beside it. */
  n: number;
  ip: string;
  port: number;
}

/**
 * Shared-state probe (factor VI): state written through one replica must be
 * visible through the other, or the app keeps it in the process (memory,
 * local disk) and breaks as soon as it runs twice.
 *
 * With run.replica-check: read through replica 2, write through replica 1,
 * read through both. Replica 2 still answering as before the write is
 * `not-shared`; answering what replica 1 now answers is `shared`.
 *
 * With only run.http-path, GETs are the writes: replica 1 is asked twice and
 * replica 2 once, each having answered one readiness request before. When
 * replica 1's answer changes between its two requests (a counter, a visit
 * list) and replica 2 answers what replica 1 answered first, both count on
 * their own: `not-shared`. Anything else cannot prove sharing with GETs
 * alone: `inconclusive`, with why.
 */
export async function checkSharedState(s: Session, one: Replica, two: Replica, facts: RuntimeFacts): Promise<void> {
  const cfg = s.config.run;
  const requests: StateRequest[] = [];
  const send = async (r: Replica, req: { method: string; path: string; body?: string; 'content-type'?: string }): Promise<HttpAnswer> => {
    s.check();
    const a = await httpRequest({
      host: r.ip,
      port: r.port,
      method: req.method,
      path: req.path,
      ...(req.body !== undefined ? { body: req.body } : {}),
      ...(req['content-type'] ? { contentType: req['content-type'] } : {}),
      timeoutMs: 5000,
      keepBody: COMPARED_BYTES,
      ...(s.signal ? { signal: s.signal } : {}),
    });
    s.check();
    requests.push({
      replica: r.n,
      method: req.method,
      path: req.path,
      ...(a.status !== undefined ? { status: a.status } : {}),
      ...(a.body !== undefined ? { body: shown(a.body) } : {}),
      ...(a.error ? { error: a.error } : {}),
    });
    return a;
  };
  const record = (status: SharedStateFacts['status'], mode: SharedStateFacts['mode'], message: string) => {
    facts.sharedState = { status, ...(mode ? { mode } : {}), message, requests };
    s.progress(`shared state: ${status}: ${message}`);
  };
  const failed = (answers: HttpAnswer[]) => answers.find((a) => a.status === undefined);

  const check = cfg['replica-check'];
  if (check) {
    const read = { method: check.read.method, path: check.read.path, ...(check.read.body !== undefined ? { body: check.read.body } : {}), ...(check.read['content-type'] ? { 'content-type': check.read['content-type'] } : {}) };
    const before = await send(two, read);
    const write = await send(one, { method: check.write.method, path: check.write.path, ...(check.write.body !== undefined ? { body: check.write.body } : {}), ...(check.write['content-type'] ? { 'content-type': check.write['content-type'] } : {}) });
    const afterOne = await send(one, read);
    const afterTwo = await send(two, read);
    const noAnswer = failed([before, write, afterOne, afterTwo]);
    if (noAnswer) return record('inconclusive', 'replica-check', `a request got no answer: ${noAnswer.error}`);
    if (!statusAcceptor(cfg['ready-status'])(write.status!)) return record('inconclusive', 'replica-check', `the write ${check.write.method} ${check.write.path} answered ${write.status}`);
    if (afterOne.body === before.body) return record('inconclusive', 'replica-check', `the write changed nothing ${check.read.method} ${check.read.path} shows`);
    if (afterTwo.body === afterOne.body) return record('shared', 'replica-check', `replica 2 reads what was written through replica 1`);
    if (afterTwo.body === before.body) {
      return record('not-shared', 'replica-check', `replica 2 still answers ${check.read.method} ${check.read.path} as before the write through replica 1: the state lives in each process`);
    }
    return record('inconclusive', 'replica-check', "replica 2's answer changed after the write, but not to replica 1's");
  }

  const path = cfg['http-path'];
  if (!path) return record('not-checked', undefined, 'neither run.http-path nor run.replica-check is set, so there is no request to write and read with');
  const get = { method: 'GET', path };
  const first = await send(one, get);
  const second = await send(one, get);
  const other = await send(two, get);
  const noAnswer = failed([first, second, other]);
  if (noAnswer) return record('inconclusive', 'http-path', `a request got no answer: ${noAnswer.error}`);
  if (first.body === second.body) return record('inconclusive', 'http-path', `GET ${path} answers the same each time, so it shows no state; set run.replica-check to a write and a read`);
  if (other.body === first.body) {
    return record('not-shared', 'http-path', `GET ${path} changes what replica 1 answers, and replica 2 answers as replica 1 did before: each process keeps its own state`);
  }
  return record('inconclusive', 'http-path', `replica 2 did not answer as a fresh copy, but GETs alone cannot show that state is shared; set run.replica-check to a write and a read`);
}

function shown(body: string): string {
  const text = inert(body).trim();
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}
