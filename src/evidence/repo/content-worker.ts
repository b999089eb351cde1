import { type MessagePort, workerData } from 'node:worker_threads';
import { decodeJobs, encodeChunk, type JobBatch, scanJobs } from './content-rules';

/**
 * Entry of a content-scan worker thread (bundled as dist/scan-worker.js). It
 * starts while the main thread still walks the repository, waits for the
 * jobs, then takes chunks of files from the shared counter until none are
 * left, posting each chunk's results. It loads the rules and nothing else.
 */
export interface ScanStart {
  jobs: JobBatch;
  rootPrefix: string;
  chunk: number;
  /** Int32 counters: [0] next chunk to take, [1] chunks posted by workers. */
  counters: SharedArrayBuffer;
}

/** A worker never given jobs (the audit needed no content pass) ends on its own. */
const IDLE_MS = 60_000;

const port = (workerData as { port: MessagePort }).port;
const idle = setTimeout(() => port.close(), IDLE_MS);
port.once('message', (start: ScanStart) => {
  clearTimeout(idle);
  const jobs = decodeJobs(start.jobs);
  const counters = new Int32Array(start.counters);
  const chunks = Math.ceil(jobs.length / start.chunk);
  for (let c = Atomics.add(counters, 0, 1); c < chunks; c = Atomics.add(counters, 0, 1)) {
    let message: unknown;
    try {
      message = encodeChunk(c, scanJobs(jobs, c * start.chunk, Math.min(jobs.length, (c + 1) * start.chunk), start.rootPrefix));
    } catch {
      // The main thread scans a chunk that failed here itself.
      message = { chunk: c, failed: true };
    }
    port.postMessage(message);
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
  port.close();
});
