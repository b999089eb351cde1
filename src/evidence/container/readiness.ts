import http from 'node:http';
import net from 'node:net';

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
  error?: string;
}

/** A bounded GET: the body is drained and discarded, never held. */
export function httpGet(host: string, port: number, path: string, timeoutMs: number, signal?: AbortSignal): Promise<HttpAnswer> {
  return new Promise((resolve) => {
    // The signal ends an in-flight request at once: a Ctrl-C must not wait out a slow app's answer.
    const req = http.get({ host, port, path, timeout: timeoutMs, agent: false, headers: { 'user-agent': 'twelve-factor-audit' }, ...(signal ? { signal } : {}) }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0 }));
    });
    req.on('timeout', () => {
      req.destroy();
      resolve({ error: `no answer within ${timeoutMs} ms` });
    });
    req.on('error', (e) => resolve({ error: e.message }));
  });
}

export type WaitResult = { ready: true; ms: number; httpStatus?: number } | { ready: false; why: 'timeout' | 'stopped' | 'aborted'; ms: number };

/**
 * Polls a container address until it accepts a TCP connection (and, with a
 * path, answers HTTP), the deadline passes, or `stopped` resolves (the
 * container exited). A refused connect returns in microseconds on a local
 * bridge, so a short poll interval keeps detection latency low.
 */
export async function waitReady(opts: {
  host: string;
  port: number;
  httpPath?: string;
  timeoutMs: number;
  startedAt: number;
  stopped: Promise<unknown>;
  signal?: AbortSignal;
  intervalMs?: number;
}): Promise<WaitResult> {
  const interval = opts.intervalMs ?? 10;
  const elapsed = () => performance.now() - opts.startedAt;
  let stopped = false;
  opts.stopped.then(
    () => {
      stopped = true;
    },
    () => {
      stopped = true;
    },
  );
  while (elapsed() < opts.timeoutMs) {
    if (opts.signal?.aborted) return { ready: false, why: 'aborted', ms: elapsed() };
    if (stopped) return { ready: false, why: 'stopped', ms: elapsed() };
    if (await tcpAccepts(opts.host, opts.port, 500)) {
      const tcpMs = elapsed();
      if (!opts.httpPath) return { ready: true, ms: tcpMs };
      const left = Math.max(100, Math.min(5000, opts.timeoutMs - elapsed()));
      const answer = await httpGet(opts.host, opts.port, opts.httpPath, left);
      if (answer.status !== undefined) return { ready: true, ms: elapsed(), httpStatus: answer.status };
    }
    await new Promise((r) => setTimeout(r, interval));
  }
  return { ready: false, why: stopped ? 'stopped' : 'timeout', ms: elapsed() };
}
