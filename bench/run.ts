// `npm run bench`: runs every benchmark in its own process (so one's memory
// does not colour another's) and writes the figures to BENCHMARKS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
    file: 'bench/large-repo-bench.ts',
    title: 'Static audit of a generated 100,000-file repository',
    targets:
      'under 30 s wall (issue 14); every secret planted in the app found, none reported from node_modules, the virtualenv or the `.gitignore`d build output; with BENCH_BASELINE, CPU median within 5% of the baseline checkout',
  },
  {
    file: 'bench/runtime-bench.ts',
    title: 'Runtime probes',
    targets: 'shutdown error within 50 ms, readiness latency within 50 ms, the run stage within 300 ms of a shell baseline on the same image, peak RSS under 200 MB while the app logs 1 GiB',
  },
];

const only = process.argv.slice(2);
const today = new Date().toISOString().slice(0, 10);
const sections: string[] = [];
let failed = false;
for (const b of BENCHES) {
  if (only.length > 0 && !only.some((o) => b.file.includes(o))) continue;
  if (!existsSync(path.join(root, b.file))) {
    sections.push(`## ${b.title}\n\n_Not run: ${b.file} is missing._\n`);
    continue;
  }
  process.stderr.write(`bench: ${b.file}\n`);
  const load = os.loadavg()[0]!.toFixed(1);
  const r = spawnSync(process.execPath, ['--import', 'tsx', b.file], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const json = extractJson(r.stdout);
  if (r.status !== 0 || !json) {
    failed = true;
    sections.push(`## ${b.title}\n\nFailed (exit ${r.status}):\n\n\`\`\`\n${(r.stderr || r.stdout).slice(-2000)}\n\`\`\`\n`);
    continue;
  }
  sections.push(
    `## ${b.title}\n\nTargets: ${b.targets}.\n\nCommand: \`${envPrefix(b.file)}npx tsx ${b.file}\` (also run by \`${envPrefix(b.file)}npm run bench${only.length > 0 ? ` ${only.join(' ')}` : ''}\`), on ${today}, 1-minute load average ${load} at the start.\n\n\`\`\`json\n${JSON.stringify(json, null, 2)}\n\`\`\`\n`,
  );
}

const header = `# Benchmarks

Produced by \`npm run bench\` (bench/run.ts), which runs each benchmark below in its own process and rewrites
this file; \`npm run bench <name>\` (for example \`npm run bench static\`) reruns the named ones and rewrites
only their sections, each of which says when it was run. Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB,
Node ${process.version}.
`;
const file = path.join(root, 'BENCHMARKS.md');
writeFileSync(file, `${header}\n${(only.length === 0 ? sections : merged(existsSync(file) ? readFileSync(file, 'utf8') : '', sections)).join('\n')}`);
process.exitCode = failed ? 1 : 0;

/** The sections of the current file in BENCHES order, those just run replacing their old text. */
function merged(current: string, fresh: string[]): string[] {
  const titleOf = (section: string) => section.slice(3, section.indexOf('\n'));
  const old = current.split(/^(?=## )/m).filter((s) => s.startsWith('## '));
  return BENCHES.map((b) => fresh.find((s) => titleOf(s) === b.title) ?? old.find((s) => titleOf(s) === b.title)).filter((s): s is string => s !== undefined).map((s) => s.replace(/\n*$/, '\n'));
}

/** The environment a benchmark read, written in front of its command so the figures can be reproduced. */
function envPrefix(file: string): string {
  const vars = file.includes('static-bench') || file.includes('large-repo-bench') ? ['BENCH_RUNS', 'BENCH_BASELINE'] : [];
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
