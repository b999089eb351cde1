import http from 'node:http';
import net from 'node:net';
import type { Listener } from './netstat';

/** One TCP connect attempt; true only when the peer accepted. */
export function tcpAccepts(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok: boolean) => {
      sock.removeAllListeners();
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

export interface HttpAnswer {
  status?: number;
  /** The body's first `keepBody` bytes, when asked for. */
  body?: string;
  error?: string;
}

export interface HttpRequest {
  host: string;
  port: number;
  path: string;
  method?: string;
  body?: string;
  contentType?: string;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Keep this many bytes of the answer's body; the rest is drained and discarded, never held. */
  keepBody?: number;
}

/** One bounded request. */
export function httpRequest(req: HttpRequest): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    const headers: Record<string, string> = { 'user-agent': 'twelve-factor-audit' };
    if (req.body !== undefined) {
      headers['content-length'] = String(Buffer.byteLength(req.body));
      if (req.contentType) headers['content-type'] = req.contentType;
    }
    // The signal ends an in-flight request at once: a Ctrl-C must not wait out a slow app's answer.
    const r = http.request(
      { host: req.host, port: req.port, path: req.path, method: req.method ?? 'GET', timeout: req.timeoutMs, agent: false, headers, ...(req.signal ? { signal: req.signal } : {}) },
      (res) => {
        const keep = req.keepBody ?? 0;
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (c: Buffer) => {
          if (kept >= keep) return;
          chunks.push(c.subarray(0, keep - kept));
          kept += Math.min(c.length, keep - kept);
        });
        const done = () => resolve({ status: res.statusCode ?? 0, ...(keep > 0 ? { body: Buffer.concat(chunks).toString('utf8') } : {}) });
        res.on('end', done);
        res.on('error', done);
      },
    );
    r.on('timeout', () => {
      r.destroy();
      resolve({ error: `no answer within ${req.timeoutMs} ms` });
    });
    r.on('error', (e) => resolve({ error: e.message }));
    r.end(req.body);
  });
}

/** A bounded GET: the body is drained and discarded, never held. */
export function httpGet(host: string, port: number, path: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  return httpRequest({ host, port, path, timeoutMs, ...(signal ? { signal } : {}) });
}

/** `['2xx', 301]` → a test of one status. */
export function statusAcceptor(accepted: readonly (number | string)[]): (status: number) => boolean {
  const exact = new Set(accepted.filter((a): a is number => typeof a === 'number'));
  const classes = new Set(accepted.filter((a): a is string => typeof a === 'string').map((c) => Number(c[0])));
  return (status) => exact.has(status) || classes.has(Math.floor(status / 100));
}

/** A port the app was given, and the variable that gave it (none when run.port fixed them all). */
export interface PortTarget {
  port: number;
  variable?: string;
}

export type PortWait =
  | { outcome: 'ready' | 'unhealthy'; target: PortTarget; ms: number; acceptedMs: number; httpStatus?: number }
  | { outcome: 'other-port'; ms: number; seenMs: number; listeners: Listener[] }
  | { outcome: 'timeout' | 'stopped' | 'aborted'; ms: number };

/**
 * A listener on a port nobody gave the app ends the wait once it has stood
 * this long without a given port answering: long enough for a server that
 * opens a metrics port just before its main one, short enough that a wrong
 * port is reported within a second instead of after the whole boot timeout.
 */
export const OTHER_PORT_GRACE_MS = 500;
/**
 * A 4xx on httpPath is the app's answer for that path, not a sign it is still
 * starting (a 5xx or no answer is); once it has stood this long the wait ends.
 */
export const CLIENT_ERROR_GRACE_MS = 2000;

const isClientError = (s: number) => s >= 400 && s < 500 && s !== 408 && s !== 429;

/**
 * Polls a container address until one of the given ports accepts a TCP
 * connection (and, with a path, answers an accepted status), the container
 * stops, the deadline passes, or, when `listeners` can read the container's
 * sockets, the app is found listening where it was not told to. A refused
 * connect returns in microseconds on a local bridge, so a short poll interval
 * keeps detection latency low.
 */
export async function waitForPort(opts: {
  host: string;
  targets: PortTarget[];
  httpPath?: string;
  accepts?: (status: number) => boolean;
  timeoutMs: number;
  startedAt: number;
  stopped: Promise<unknown>;
  signal?: AbortSignal;
  intervalMs?: number;
  /** The container's listeners, read from outside it; undefined when they cannot be read. */
  listeners?: () => Promise<Listener[] | undefined>;
  listenersEveryMs?: number;
}): Promise<PortWait> {
  const interval = opts.intervalMs ?? 10;
  const accepts = opts.accepts ?? statusAcceptor(['2xx', '3xx']);
  const given = new Set(opts.targets.map((t) => t.port));
  const elapsed = () => performance.now() - opts.startedAt;
  let stopped = false;
  opts.stopped.then(
    () => (stopped = true),
    () => (stopped = true),
  );
  let accepted: { target: PortTarget; ms: number } | undefined;
  let lastStatus: number | undefined;
  let clientErrorSince: number | undefined;
  let otherSince: number | undefined;
  let nextListenersAt = 0;
  const unhealthy = (a: { target: PortTarget; ms: number }): PortWait => ({
    outcome: 'unhealthy',
    target: a.target,
    ms: elapsed(),
    acceptedMs: a.ms,
    ...(lastStatus !== undefined ? { httpStatus: lastStatus } : {}),
  });

  while (elapsed() < opts.timeoutMs) {
    if (opts.signal?.aborted) return { outcome: 'aborted', ms: elapsed() };
    if (stopped) return { outcome: 'stopped', ms: elapsed() };
    if (!accepted) {
      for (const target of opts.targets) {
        if (await tcpAccepts(opts.host, target.port, 500)) {
          accepted = { target, ms: elapsed() };
          break;
        }
      }
    }
    if (accepted) {
      if (!opts.httpPath) return { outcome: 'ready', target: accepted.target, ms: accepted.ms, acceptedMs: accepted.ms };
      const left = Math.max(100, Math.min(5000, opts.timeoutMs - elapsed()));
      const answer = await httpGet(opts.host, accepted.target.port, opts.httpPath, left, opts.signal);
      if (answer.status !== undefined) {
        lastStatus = answer.status;
        if (accepts(answer.status)) return { outcome: 'ready', target: accepted.target, ms: elapsed(), acceptedMs: accepted.ms, httpStatus: answer.status };
        if (isClientError(answer.status)) {
          clientErrorSince ??= elapsed();
          if (elapsed() - clientErrorSince >= CLIENT_ERROR_GRACE_MS) return unhealthy(accepted);
        } else {
          clientErrorSince = undefined;
        }
      }
    } else if (opts.listeners && elapsed() >= nextListenersAt) {
      nextListenersAt = elapsed() + (opts.listenersEveryMs ?? 100);
      const ls = await opts.listeners();
      if (ls) {
        const wrong = wrongPlace(ls, given);
        if (wrong === 'loopback') return { outcome: 'other-port', ms: elapsed(), seenMs: elapsed(), listeners: ls };
        if (wrong === 'elsewhere') {
          otherSince ??= elapsed();
          if (elapsed() - otherSince >= OTHER_PORT_GRACE_MS) return { outcome: 'other-port', ms: elapsed(), seenMs: otherSince, listeners: ls };
        } else {
          otherSince = undefined;
        }
      }
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  if (accepted) return unhealthy(accepted);
  if (stopped) return { outcome: 'stopped', ms: elapsed() };
  // The grace waits for a main port that may still come; at the deadline none
  // will, so a listener in the wrong place is the finding even if it opened
  // late (an app slow to start on a loaded engine would otherwise be "not ready").
  if (opts.listeners && !opts.signal?.aborted) {
    const ls = await opts.listeners();
    if (ls && wrongPlace(ls, given)) return { outcome: 'other-port', ms: elapsed(), seenMs: otherSince ?? elapsed(), listeners: ls };
  }
  return { outcome: 'timeout', ms: elapsed() };
}

/**
 * Where the app listens when it does not accept on a given port: on a given
 * port but loopback only (unreachable from outside, and it will not change),
 * or on a port nobody gave it.
 */
function wrongPlace(ls: Listener[], given: Set<number>): 'loopback' | 'elsewhere' | undefined {
  if (ls.some((l) => given.has(l.port) && l.loopbackOnly)) return 'loopback';
  if (ls.some((l) => !given.has(l.port) && !l.loopbackOnly)) return 'elsewhere';
  return undefined;
}
