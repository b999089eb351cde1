/**
 * What the static benchmarks share: the CLI bundled as users run it, a
 * command timed under /usr/bin/time -v, and medians of back-to-back runs
 * (the machine is shared: one run says little, and CPU time, which other
 * work moves far less than wall time, is what a comparison is judged on).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const repoRoot = path.resolve(import.meta.dirname, '..');
export const nodeBin = path.join(repoRoot, 'node_modules/.bin/node');
export const round2 = (x: number) => Math.round(x * 100) / 100;

export interface Measured {
  wallSeconds: number;
  /** User plus system CPU time: on a shared machine it moves far less with the load than wall time does. */
  cpuSeconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time -v and reads wall time, CPU time and max RSS from its report. */
export function timed(cmd: string, args: string[], cwd: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time output for ${cmd}: ${r.stderr.slice(-500)}`);
  // Exit 1 is a finding (rg: no match; the audit: below its threshold); 2 and above are errors, never a time to report.
  if ((r.status ?? 2) >= 2) throw new Error(`${cmd} failed (exit ${r.status}): ${r.stderr.slice(0, 800)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { wallSeconds: seconds, cpuSeconds: round2(Number(user?.[1] ?? 0) + Number(sys?.[1] ?? 0)), peakRssMb: Math.round(Number(rss[1]) / 102.4) / 10, stdout: r.stdout };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
export const stats = (ms: Measured[]) => ({
  wallSeconds: { median: median(ms.map((m) => m.wallSeconds)), min: Math.min(...ms.map((m) => m.wallSeconds)), all: ms.map((m) => m.wallSeconds) },
  cpuSeconds: { median: median(ms.map((m) => m.cpuSeconds)), min: Math.min(...ms.map((m) => m.cpuSeconds)), all: ms.map((m) => m.cpuSeconds) },
  peakRssMb: Math.max(...ms.map((m) => m.peakRssMb)),
});
export type Stats = ReturnType<typeof stats>;

/** Bundles a checkout of the project (this one, or a baseline) as `npm run bundle` does, into `outDir`; returns its cli.js. */
export function bundleCli(checkout: string, outDir: string): string {
  execFileSync(nodeBin, [path.join(checkout, 'scripts/bundle.mjs'), outDir], { cwd: checkout, stdio: ['ignore', 'ignore', 'inherit'] });
  return path.join(outDir, 'cli.js');
}

/** The baseline checkout's figures from the same rounds, and this checkout's time as a share of it. */
export function baselineFigures(dir: string, current: Stats, base: Stats, tolerance: number) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  return {
    baseline: { checkout: dir, commit, ...base },
    ratioToBaseline: {
      wallMedian: round2(current.wallSeconds.median / base.wallSeconds.median),
      wallMin: round2(current.wallSeconds.min / base.wallSeconds.min),
      cpuMedian: round2(current.cpuSeconds.median / base.cpuSeconds.median),
      cpuMin: round2(current.cpuSeconds.min / base.cpuSeconds.min),
      toleranceShare: tolerance,
    },
  };
}

/** The 1-minute load average: wall times on a shared machine mean little without it. */
export const loadAverage = (): number => round2(loadavg()[0] ?? 0);

/**
 * Every secret the engine finds in a tree, as `file:line:rule` (the report
 * lists at most 50): the same code bundled with a tiny entry that prints
 * every hit. `work` is a scratch directory for the entry and its bundle.
 */
export async function engineSecretHits(work: string, tree: string): Promise<string[]> {
  const countEntry = path.join(work, 'count-entry.ts');
  writeFileSync(
    countEntry,
    `import { audit } from ${JSON.stringify(path.join(repoRoot, 'src/pipeline/audit'))};
import { defaultConfig } from ${JSON.stringify(path.join(repoRoot, 'src/config/schema'))};
import { secrets } from ${JSON.stringify(path.join(repoRoot, 'src/evidence/repo/artifacts'))};
const { snapshot } = audit({ repoRoot: process.argv[2], config: defaultConfig() });
process.stdout.write(JSON.stringify(secrets(snapshot).map((h) => h.file + ':' + h.line + ':' + h.rule)));
`,
  );
  const countFile = path.join(work, 'count.mjs');
  await build({ entryPoints: [countEntry], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile: countFile, logLevel: 'error', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });
  return JSON.parse(execFileSync(nodeBin, [countFile, tree], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as string[];
}

/** Not slower than the baseline: judged on CPU time, since the same rounds' wall times swing by 2x when other work shares the machine. */
export const notSlowerThan = (current: Stats, base: Stats, tolerance: number): boolean => current.cpuSeconds.median <= (1 + tolerance) * base.cpuSeconds.median;

/** Removes a benchmark's generated tree and scratch directory; BENCH_KEEP_TREE=1 leaves the tree for profiling (its path goes to stderr). */
export function removeTree(root: string, work: string): void {
  if (process.env.BENCH_KEEP_TREE === '1') process.stderr.write(`tree kept at ${root}\n`);
  else rmSync(root, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
}
