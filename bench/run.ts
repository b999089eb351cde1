// `npm run bench`: runs every benchmark in its own process (so one's memory
// does not colour another's) and writes the figures to BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const BENCHES = [
  { file: 'bench/cli-bench.ts', title: 'Bundle size and cold start (from dist/)', targets: 'cold start under 300 ms' },
  {
    file: 'bench/static-bench.ts',
    title: 'Static audit of a generated 20,000-file tree vs ripgrep',
    targets: 'within 3x of rg wall time, under 200 MB RSS, every planted secret found; with BENCH_BASELINE, CPU median within 5% of the baseline checkout',
  },
  {
    file: 'bench/runtime-bench.ts',
    title: 'Runtime probes',
    targets: 'shutdown error within 50 ms, readiness latency within 50 ms, the run stage within 300 ms of a shell baseline on the same image, peak RSS under 200 MB while the app logs 1 GiB',
  },
];

const only = process.argv.slice(2);
const sections: string[] = [];
let failed = false;
for (const b of BENCHES) {
  if (only.length > 0 && !only.some((o) => b.file.includes(o))) continue;
  if (!existsSync(path.join(root, b.file))) {
    sections.push(`## ${b.title}\n\n_Not run: ${b.file} is missing._\n`);
    continue;
  }
  process.stderr.write(`bench: ${b.file}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', b.file], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const json = extractJson(r.stdout);
  if (r.status !== 0 || !json) {
    failed = true;
    sections.push(`## ${b.title}\n\nFailed (exit ${r.status}):\n\n\`\`\`\n${(r.stderr || r.stdout).slice(-2000)}\n\`\`\`\n`);
    continue;
  }
  sections.push(
    `## ${b.title}\n\nTargets: ${b.targets}.\n\nCommand: \`${envPrefix(b.file)}npx tsx ${b.file}\` (also run by \`${envPrefix(b.file)}npm run bench\`)\n\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`,
  );
}

const header = `# Benchmarks

Produced by \`npm run bench\` (bench/run.ts), which runs each benchmark below in its own process and rewrites
this file. Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB,
Node ${process.version}, on ${new Date().toISOString().slice(0, 10)}.
`;
if (only.length === 0) writeFileSync(path.join(root, 'BENCHMARKS.md'), `${header}\n${sections.join('\n')}`);
else process.stdout.write(`${sections.join('\n')}\n`);
process.exitCode = failed ? 1 : 0;

/** The environment a benchmark read, written in front of its command so the figures can be reproduced. */
function envPrefix(file: string): string {
  const vars = file.includes('static-bench') ? ['BENCH_RUNS', 'BENCH_BASELINE'] : [];
  return vars.filter((v) => process.env[v]).map((v) => `${v}=${process.env[v]} `).join('');
}

function extractJson(stdout: string): unknown {
  const start = stdout.indexOf('{');
  if (start < 0) return undefined;
  try {
    return JSON.parse(stdout.slice(start));
  } catch {
    return undefined;
  }
}
