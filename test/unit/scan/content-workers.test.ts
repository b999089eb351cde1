import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentJobs, scanContent } from '../../../src/evidence/repo/content';
import { PARALLEL_MIN_FILES, ScanHelpers } from '../../../src/evidence/repo/content-pool';
import { type ContentResult, scanText } from '../../../src/evidence/repo/content-rules';
import { hasBinaryExtension, readBounded } from '../../../src/evidence/repo/read';
import { MAX_READ_BYTES, readerOf, scanRepository } from '../../../src/evidence/repo/snapshot';

const work = mkdtempSync(path.join(tmpdir(), 'tfa-workers-'));
const root = path.join(work, 'repo');
let workerUrl: URL;
let savedEnv: string | undefined;

/** A repository past the worker threshold: sources with signals, planted secrets, binaries and an oversized file. */
function plant(): void {
  const files = PARALLEL_MIN_FILES + 700;
  for (let i = 0; i < files; i++) {
    const dir = path.join(root, `svc${i % 7}`, `m${i % 13}`);
    mkdirSync(dir, { recursive: true });
    const ext = ['js', 'py', 'go', 'yml', 'md'][i % 5]!;
    let body = `// file ${i}\nconst port = process.env.PORT;\nconst db = process.env.DATABASE_URL;\n`;
    if (i % 97 === 3) body += `const gh = "ghp_${'aB3dE5gH7jK9mN1pQ3sT5vX7zA9cE1gI3kM5'}";\n`;
    if (i % 89 === 5) body += `password = "hunter22"\napp.listen(3000)\n`;
    writeFileSync(path.join(dir, `f${i}.${ext}`), body);
  }
  writeFileSync(path.join(root, 'svc0', 'blob.dat'), Buffer.from([0x41, 0, 0x42]));
  writeFileSync(path.join(root, 'svc1', 'logo.png'), 'not read');
  writeFileSync(path.join(root, 'svc2', 'big.txt'), `${'x'.repeat(MAX_READ_BYTES)}\nAKIA${'Q'.repeat(16)}\n`);
  writeFileSync(path.join(root, 'svc3', 'big.yml'), `a: 1\n${'# pad\n'.repeat(60_000)}password: "hunter22"\n`);
}

beforeAll(async () => {
  plant();
  // Tests run from source: the worker entry is bundled here, as scripts/bundle.mjs does for dist/.
  const outfile = path.join(work, 'scan-worker.js');
  await build({ entryPoints: [path.resolve(import.meta.dirname, '../../../src/evidence/repo/content-worker.ts')], bundle: true, platform: 'node', format: 'esm', outfile, logLevel: 'error' });
  workerUrl = pathToFileURL(outfile);
  savedEnv = process.env.TFA_SCAN_WORKERS;
  process.env.TFA_SCAN_WORKERS = '1';
}, 60_000);
afterAll(() => {
  if (savedEnv === undefined) delete process.env.TFA_SCAN_WORKERS;
  else process.env.TFA_SCAN_WORKERS = savedEnv;
  rmSync(work, { recursive: true, force: true });
});

function scanned(snapshot: ReturnType<typeof scanRepository>) {
  const { secrets, signals } = scanContent(snapshot);
  return { secrets, signals: signals.all, sourceFiles: [...signals.sourceFiles], scannedFiles: signals.scannedFiles, diagnostics: snapshot.diagnostics };
}

describe('content pass shared with worker threads', () => {
  it('finds exactly what the main thread alone finds, diagnostics included', () => {
    const alone = scanned(scanRepository(root));
    const shared = scanRepository(root, '.', { contentWorkers: true, workerUrl });
    expect(readerOf(shared)!.helpers).toBeDefined();
    // How the chunks split between threads depends on timing; the outcome must not.
    expect(scanned(shared)).toEqual(alone);
    expect(alone.secrets.map((s) => s.rule)).toContain('github-token');
    expect(alone.secrets.some((s) => s.file === 'svc2/big.txt')).toBe(false);
    expect(alone.signals.some((s) => s.file === 'svc3/big.yml')).toBe(false);
    const messages = alone.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/binary files skipped.*svc0\/blob\.dat/);
    expect(messages).toMatch(/larger than 1 MiB.*svc2\/big\.txt/);
  }, 60_000);

  /** Jobs of the test repository scanned by this thread alone and together with one worker started from `entry`. */
  function alongside(entry: URL) {
    const snapshot = scanRepository(root);
    const jobs = contentJobs(snapshot);
    const rootPrefix = readerOf(snapshot)!.rootPrefix;
    const here = (job: (typeof jobs)[number]) => scanText(job, hasBinaryExtension(job.path) ? { kind: 'binary' } : readBounded(rootPrefix + job.path));
    // Results without the text a main-thread read carries, as a worker sends them.
    const plain = (rs: ContentResult[]) => rs.map((r) => ({ ...r, read: r.read.kind === 'text' ? { kind: 'text', truncated: r.read.truncated, size: r.read.size } : r.read }));
    const helpers = ScanHelpers.start(1, entry)!;
    // This thread is held back (3 ms a file, for its first 400 files) so that the worker, once started, takes chunks.
    let calls = 0;
    const slowHere = (job: (typeof jobs)[number]) => {
      if (calls++ < 400) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3);
      return here(job);
    };
    try {
      const together = plain(helpers.scan(jobs, rootPrefix, slowHere));
      return { together, alone: plain(jobs.map(here)), workerChunks: helpers.workerChunks };
    } finally {
      helpers.stop();
    }
  }

  it('puts the chunks a worker scanned back in file order', () => {
    const { together, alone, workerChunks } = alongside(workerUrl);
    expect(workerChunks).toBeGreaterThan(0);
    expect(together).toEqual(alone);
  }, 120_000);

  it('scans on the main thread what a worker fails on', () => {
    // A worker that takes one chunk, reports it failed, and stops.
    const failing = path.join(work, 'failing-worker.mjs');
    writeFileSync(
      failing,
      `import { workerData } from 'node:worker_threads';
const port = workerData.port;
port.once('message', (start) => {
  const counters = new Int32Array(start.counters);
  port.postMessage({ chunk: Atomics.add(counters, 0, 1), failed: true });
  Atomics.add(counters, 1, 1);
  Atomics.notify(counters, 1);
  port.close();
});
`,
    );
    const { together, alone, workerChunks } = alongside(pathToFileURL(failing));
    expect(workerChunks).toBe(0);
    expect(together).toEqual(alone);
  }, 120_000);

  it('goes on alone, without an uncaught error, when a worker cannot even load', async () => {
    const broken = path.join(work, 'broken-worker.mjs');
    writeFileSync(broken, 'throw new Error("worker failed to load");\n');
    const uncaught: unknown[] = [];
    const onUncaught = (e: unknown) => uncaught.push(e);
    process.on('uncaughtException', onUncaught);
    try {
      const alone = scanned(scanRepository(root));
      expect(scanned(scanRepository(root, '.', { contentWorkers: true, workerUrl: pathToFileURL(broken) }))).toEqual(alone);
      // The worker's error arrives once this thread is free again.
      await new Promise((r) => setTimeout(r, 500));
      expect(uncaught).toEqual([]);
    } finally {
      process.off('uncaughtException', onUncaught);
    }
  }, 60_000);
});
