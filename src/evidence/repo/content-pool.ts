import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import { type ChunkResults, type ContentJob, type ContentResult, decodeChunk, encodeJobs } from './content-rules';
import type { ScanStart } from './content-worker';

/**
 * Worker threads that share the content pass of a large repository with the
 * main thread. They are started while the walk is still listing files (so
 * their start-up overlaps it), given the jobs when the pass begins, and take
 * chunks of files from a shared counter, as the main thread does. Results
 * are put back in file order, so the outcome is the same as one thread's.
 * The pass stays synchronous: the main thread blocks on Atomics.wait and
 * takes results with receiveMessageOnPort. A worker that fails or stalls
 * costs time, never results: its chunks are scanned on the main thread.
 */

/** Files in the walk from which a worker pays for its start-up (~30 ms of a core, its own heap). */
export const PARALLEL_MIN_FILES = 2000;
/** Files per chunk taken from the counter: small enough to balance, large enough that messages stay few. */
const CHUNK = 128;
/** Workers at most: each holds its own heap (~25 MB). */
const MAX_WORKERS = 2;
/** A worker that returns nothing for this long is given up on. */
const STALL_MS = 30_000;

/**
 * Workers to start: one per core beyond this thread's (at most MAX_WORKERS),
 * none when the machine is already saturated (1-minute load average at or
 * above the core count): measured on a shared 2-core machine, another thread
 * then only competes for the same cores and the pass gets slower, while on
 * an idle one it is faster. TFA_SCAN_WORKERS overrides (0 turns them off).
 */
export function helperCount(): number {
  const fromEnv = process.env.TFA_SCAN_WORKERS;
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Math.min(Number(fromEnv), MAX_WORKERS);
  const cores = availableParallelism();
  if (loadavg()[0]! >= cores) return 0;
  return Math.max(0, Math.min(cores - 1, MAX_WORKERS));
}

/** The worker entry bundled beside the code (dist/scan-worker.js, with this module in dist/ or dist/chunks/); absent when running from source. */
function bundledWorker(): URL | undefined {
  for (const rel of ['./scan-worker.js', '../scan-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}

export class ScanHelpers {
  /** Chunks of the last scan that workers returned (the rest were scanned on the main thread). */
  workerChunks = 0;

  private constructor(private readonly workers: Array<{ worker: Worker; port: MessagePort }>) {}

  /** Starts `count` workers from `entry` (default: the bundled one); undefined when none could start. */
  static start(count: number, entry: URL | undefined = bundledWorker()): ScanHelpers | undefined {
    const workers: Array<{ worker: Worker; port: MessagePort }> = [];
    for (let k = 0; entry && k < count; k++) {
      try {
        const { port1, port2 } = new MessageChannel();
        const worker = new Worker(entry, { workerData: { port: port2 }, transferList: [port2] });
        // Never keeps the process alive; a worker that fails leaves its work to the main thread (see scan()).
        worker.unref();
        worker.on('error', () => undefined);
        port1.unref();
        workers.push({ worker, port: port1 });
      } catch {
        break;
      }
    }
    return workers.length > 0 ? new ScanHelpers(workers) : undefined;
  }

  /** Scans every job, here (`scanHere`) and in the workers, and returns the results in job order. */
  scan(jobs: ContentJob[], rootPrefix: string, scanHere: (job: ContentJob) => ContentResult): ContentResult[] {
    const results: ContentResult[] = new Array(jobs.length);
    this.workerChunks = 0;
    const chunks = Math.ceil(jobs.length / CHUNK);
    const done = new Uint8Array(chunks);
    const scanChunk = (c: number) => {
      for (let i = c * CHUNK; i < Math.min(jobs.length, (c + 1) * CHUNK); i++) results[i] = scanHere(jobs[i]!);
      done[c] = 1;
    };
    const counters = new Int32Array(new SharedArrayBuffer(8));
    const start: ScanStart = { jobs: encodeJobs(jobs), rootPrefix, chunk: CHUNK, counters: counters.buffer as SharedArrayBuffer };
    for (const { port } of this.workers) port.postMessage(start);

    let own = 0;
    for (let c = Atomics.add(counters, 0, 1); c < chunks; c = Atomics.add(counters, 0, 1)) {
      scanChunk(c);
      own++;
    }
    // Every chunk not scanned here was taken by a worker: collect them.
    let awaited = chunks - own;
    let lastProgress = Date.now();
    while (awaited > 0) {
      const posted = Atomics.load(counters, 1);
      for (const { port } of this.workers) {
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          const msg = m.message as ChunkResults | { chunk: number; failed: true };
          if ('state' in msg) {
            const rs = decodeChunk(msg);
            for (let j = 0; j < rs.length; j++) results[msg.chunk * CHUNK + j] = rs[j]!;
            done[msg.chunk] = 1;
            this.workerChunks++;
          }
          awaited--;
          lastProgress = Date.now();
        }
      }
      if (awaited === 0 || Date.now() - lastProgress > STALL_MS) break;
      Atomics.wait(counters, 1, posted, 100);
    }
    // A chunk a worker failed on, or never returned, is scanned here.
    for (let c = 0; c < chunks; c++) if (!done[c]) scanChunk(c);
    return results;
  }

  stop(): void {
    for (const { worker, port } of this.workers) {
      port.close();
      void worker.terminate();
    }
  }
}
