// Bundle size and cold start of the committed dist/ (what users run).
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');

function sizeOf(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const f of readdirSync(dir, { recursive: true }).map(String)) {
    const st = statSync(path.join(dir, f));
    if (st.isFile()) {
      files++;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

function coldStart(args: string[], runs: number): { medianMs: number; minMs: number; maxMs: number; runs: number } {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [path.join(dist, 'cli.js'), ...args], { cwd: root, stdio: 'pipe' });
    const ms = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`cli ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the page cache, not the process
  }
  times.sort((a, b) => a - b);
  return {
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    minMs: Math.round(times[0]!),
    maxMs: Math.round(times[times.length - 1]!),
    runs,
  };
}

const runs = Number(process.env.BENCH_RUNS ?? 15);
const result = {
  node: process.version,
  bundle: sizeOf(dist),
  cliEntryBytes: statSync(path.join(dist, 'cli.js')).size,
  coldStartVersion: coldStart(['--version'], runs),
  coldStartStaticAudit: coldStart(['audit', 'examples/node-app', '--format', 'json', '--quiet'], runs),
  targetMs: 300,
};
console.log(JSON.stringify(result, null, 2));
