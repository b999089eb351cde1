// Runs the fuzz and reliability suites and writes RELIABILITY.md from the
// figures the tests themselves record (test/support/adversarial-figures.ts):
// every number in the document comes from this run, none is typed by hand.
//
//   npx tsx scripts/reliability-figures.ts            # CI-sized runs (FUZZ_RUNS=200)
//   FUZZ_RUNS=20000 npx tsx scripts/reliability-figures.ts   # the long fuzz
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FigureRow } from '../test/support/adversarial-figures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-figures-'));
const out = path.join(tmp, 'figures.jsonl');
const runs = process.env.FUZZ_RUNS ?? '200';
/** The whole trust boundary at once, as the runner runs the action (the figures of the trust sections come from it too). */
const HOSTILE_PR = 'test/integration/action/hostile-pr.test.ts';
const started = Date.now();
const res = spawnSync(path.join(root, 'node_modules/.bin/vitest'), ['run', 'test/fuzz', 'test/reliability', HOSTILE_PR], {
  cwd: root,
  env: { ...process.env, TFA_RELIABILITY_OUT: out, FUZZ_RUNS: runs, FUZZ_STRICT: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const seconds = Math.round((Date.now() - started) / 1000);
const rows: FigureRow[] = existsSync(out)
  ? readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as FigureRow)
  : [];
rmSync(tmp, { recursive: true, force: true });

const CLASSES: Array<[string, string, string]> = [
  ['fuzz', 'Property-based fuzzing', 'fast-check token soups per format (keywords, NUL, BOM, CR, lone surrogates, bidi, escapes, long runs), alias bombs and 10,000-deep nesting mixed in. A crash is an exception past the boundary (parseConfig may only throw ConfigError); a hang is an input over 100 ms of CPU time (linear allowance above 16 KiB; fastest of four timings; this run holds every input to it with FUZZ_STRICT=1, while inside the whole CI suite, where Docker suites share the cores, only 5× over budget fails); a violation is an output over 100× its input + 1 MiB or a diagnostic line outside the file.'],
  ['scaling', 'Linear scaling', 'Each generated line repeated to ~25 KB and to ~100 KB; a hang is the larger taking more than 8× the smaller plus 25 ms (linear is 4×, quadratic 16×).'],
  ['redos', 'ReDoS per secret rule', 'Per rule: 100 KB texts of its keywords followed by long runs of what its quantifiers accept, near-misses and thousands of matches on one line. A hang is any text over 50 ms of CPU time (fastest of three).'],
  ['adversarial-files', 'Adversarial repositories (whole static audit)', 'audit() on repositories built in temp dirs. A crash is a throw, an invalid report or a check that crashed; a hang is over 10 s of CPU.'],
  ['injection', 'Output injection', 'Reports whose every attacker-influenced string (log lines, file names, README text, branch names, messages) is a payload, through each output. A violation is a payload that lands live: HTML, link, mention, heading, control character, a second workflow command, a resumed command token.'],
  ['faults', 'Faults', 'Real engine. A crash is the auditor throwing or dying; a hang is no end within its time-box; a leak is a labelled container, network or volume left afterwards.'],
  ['signals', 'SIGINT / SIGTERM to the CLI in every phase', 'A crash is an exit code other than 130/143; a hang is more than 5 s from the signal to exit; a leak is anything of the run (containers, networks, the interrupted build\'s image) left 5 s after the signal.'],
  ['trust-commands', 'Workflow commands from the pull request', '`node dist/action.js` on a pull request whose Dockerfile, container, admin command and file names print workflow commands (`::error::`, `::add-mask::`, `::stop-commands::`, `##[error]`), read through a model of the runner (v2 commands at the start of a line, v1 anywhere, stop-commands blocks). A violation is a command the auditor did not emit reaching the runner, or one of its own swallowed by a block left open.'],
  ['trust-policy', 'A pull request that judges itself', 'The hostile pull request\'s own `.twelve-factor.yml` asks for an ignore with reason ".", `fail-on: never`, `run.web: false`, a bridge network, `memory: "0"`, 65536 pids, its own admin command and services, through `node dist/action.js` on a pull_request event. A violation is a key of the pull request that took effect (visible in the exit code, the ignored list or what the run did), or a change not listed in the headline.'],
  ['trust-comment', 'Forged comment ownership', 'The mock GitHub API holds a bot comment that quotes the marker and the real sticky comment; the pull request\'s content carries another key\'s marker. A violation is the quoting comment edited or deleted, the real one not updated, a duplicate, or another key\'s marker in the body.'],
  ['trust-values', 'Values that leak', 'Distinct values planted in `run.env`, `build.args`, a service\'s env (a URL with a password) and the image\'s `ENV`, then every output searched: stdout, stderr, job summary, step outputs, PR comments and each stage file. A violation is a planted value found anywhere.'],
  ['trust-paths', 'Config that reaches outside the repository', 'A repository whose config points `context`, `dockerfile`, `path` or the artifacts directory outside the workspace (`..`, a committed symlink), run through the CLI. A violation is a file outside the workspace read into the output or stage files (a planted secret, a Dockerfile\'s first line), anything outside written or removed, or an exit code other than 2.'],
  ['trust-symlink', 'A symlink that could take the host down', '`.twelve-factor.yml` and `.dockerignore` as symlinks to /dev/zero, audited and built by the bundled CLI inside a container capped at 256 MiB. A crash is the cap killing the auditor (exit 137): an unbounded read.'],
  ['bounded', 'Bounded work (resource abuse)', 'Work the repository or the container can make the auditor do: a docker diff of 100,000 written paths, a build context holding a 4 GB sparse file, an app that boots slower than the run stage\'s time limit. Each runs where a regression cannot take the suite down (a child with a kill timer, a size checked before anything is streamed). A hang is a kill by the timer or a stage past its limit.'],
  ['trust-host', 'The sandbox and the host', 'A container that opens connections from the run network (internal and bridge) to a listener on the bridge gateway and on the host\'s own address, with the per-run firewall rule; and the stale sweep on a rule left by a killed run. A violation is a connection that reached the host (or a live run\'s rule removed); a leak is a rule or object left afterwards.'],
  ['sandbox', 'Sandbox (docker inspect of running containers)', 'Inputs are containers inspected while running; the note lists any property that was not as required (privileged, mounts, no-new-privileges, dropped capabilities, memory/CPU/pids limits, user, read-only root with tmpfs, internal network); and images that would run as root or need a writable root.'],
];

const fmt = (n: number | undefined) => (n === undefined ? '' : String(n));
const lines: string[] = [];
const total = (rs: FigureRow[], k: keyof FigureRow) => rs.reduce((a, r) => a + (Number(r[k]) || 0), 0);
const all = { inputs: total(rows, 'inputs'), crashes: total(rows, 'crashes'), hangs: total(rows, 'hangs'), leaks: total(rows, 'leaks'), violations: total(rows, 'violations') };
lines.push(
  '# Reliability',
  '',
  'Generated by `npx tsx scripts/reliability-figures.ts` (which runs `vitest run test/fuzz test/reliability` and the',
  '`node dist/action.js` hostile pull request test with',
  `\`FUZZ_RUNS=${runs}\`); every figure below is recorded by the tests themselves while they run, before they assert.`,
  'Re-run the command to reproduce them; `FUZZ_RUNS=20000 npx tsx scripts/reliability-figures.ts` for the long fuzz',
  '(`npm run fuzz` runs the same fuzz folder without writing this file).',
  '',
  `Last run: ${new Date().toISOString().slice(0, 10)}, ${seconds} s, suite exit code ${res.status ?? res.signal}.`,
  '',
  `**Totals: ${all.inputs} inputs or faults tried; ${all.crashes} crashes, ${all.hangs} hangs, ${all.leaks} leaked objects, ${all.violations} invariant violations** (target: zero for each).`,
  '',
);
for (const [klass, title, how] of CLASSES) {
  const rs = rows.filter((r) => r.klass === klass);
  if (rs.length === 0) continue;
  lines.push(`## ${title}`, '', how, '', '| case | inputs | crashes | hangs | leaks | violations | slowest (ms) | note |', '|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of rs) {
    lines.push(`| ${r.case.replace(/\|/g, '\\|')} | ${r.inputs} | ${r.crashes} | ${r.hangs} | ${r.leaks} | ${fmt(r.violations)} | ${r.maxMs === undefined ? '' : Math.round(r.maxMs)} | ${(r.note ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 160)} |`);
  }
  lines.push(`| **total** | **${total(rs, 'inputs')}** | **${total(rs, 'crashes')}** | **${total(rs, 'hangs')}** | **${total(rs, 'leaks')}** | **${total(rs, 'violations')}** | | |`, '');
}
lines.push(
  '## What the suite found and the fixes',
  '',
  'Found by these tests while they were written (each fix is in the commit that names it; the tests keep them fixed):',
  '',
  '- `parseDockerfile`: `ENV A=$A$A` doubles a value per line; about 40 lines threw `RangeError: Invalid string length` (a crash, and memory exhaustion before it). Substitution now has a 64 KiB budget per value.',
  '- `parseDockerfile` and `requirements.txt`: continuation lines were joined by re-reading a growing string per line, quadratic: 2 s (Dockerfile) and 3.7 s (requirements) on 16,000 lines. Now joined once.',
  '- `parseDotenv`: `/\\s+#.*$/` backtracked over long runs of spaces: 32 s on a 160 KB line. Now a linear search.',
  '- `scanSecrets`: thousands of matches on one line made the accept filter and the overlap pass quadratic (184 ms on 100 KB). The accept filter sees a window around its match; hits per file are capped at 200.',
  '- `parseDockerfile`: every FROM scanned all earlier stages for its parent: 289 ms for 20,000 stages against 16 ms for 5,000. Stages are now looked up by name.',
  '- `parseCompose` and the pnpm-lock reader: yaml\'s `toJS` stringifies mapping keys that are themselves mappings, exponentially when nested (`{{{{…`): 20 s of CPU for a 4.6 KB compose file. Such keys are now rejected first, with a diagnostic.',
  '- `parseConfig` threw `RangeError: Maximum call stack size exceeded` (not a ConfigError) on thousands of nested `? ` explicit keys; the YAML parser recurses per level. It is now a ConfigError naming the file.',
  '- `parseConfig`: yaml\'s `uniqueKeys` compares every key with every earlier one: 17.8 s for a 20,000-key map within the 256 KiB limit. Duplicate keys are now found in one pass, same message.',
  '- `renderMarkdown` and `renderSarif` threw `URIError` on a lone surrogate in a file path (valid in an untrusted report\'s JSON). Paths are made well-formed first.',
  '- Terminal output let bidi isolates (U+2066–U+2069) and controls inside measurement evidence through; SARIF locations followed absolute, URL and `../` paths from an untrusted report.',
  '- The CLI exited 0 when SIGINT/SIGTERM cut a build short (an interrupted CI job read as a pass); it now exits 130/143 in every phase.',
  '- An in-flight exercise request ignored the abort signal, holding Ctrl-C for up to 5 s; it is now aborted with the run.',
  '- Trust boundary (issue 14), found by trying each route as a pull request would: build output and admin commands printed `::error::`, `::add-mask::` and an unclosed `::stop-commands::` into the job log (now one writer, untrusted blocks inside per-run stop-commands tokens); `context: ../..`, `dockerfile: ../file`, `path: ../victim` and committed symlinks read or wrote outside the workspace (now refused, exit 2); `.twelve-factor.yml -> /dev/zero` took 24 GB of memory (now lstat, regular file, size cap); the pull request\'s config could ignore a committed secret with reason "." and set `fail-on: never` (policy now from the base commit); a quoted marker made the auditor edit another bot\'s comment and delete its own; run.env, service and image ENV values appeared in runtime.json and the comment (now `[REDACTED:NAME]`); a diff of 40,000 paths took 354 s (now linear with a 20,000 cap); and the run network reached listeners on the bridge gateway and the host (now a per-run firewall rule where the auditor is root; the app runs non-root on a read-only root).',
  '',
  '## Notes',
  '',
  '- Tests run as root, and root reads mode-000 files; the unreadable-file case therefore audits as uid 65534 (`nobody`) in a child process.',
  '- The "daemon stopped mid-run" case never stops the shared engine: the auditor talks to a unix-socket proxy to `/var/run/docker.sock` that the test kills during boot. The auditor ends with facts recording the lost engine; objects it created before the loss are stranded on the (still running) engine and removed by `sweep({ runId })`, the same path the action\'s post step and the next run take.',
  '- Times are the test thread\'s CPU time (`process.threadCpuUsage`), not wall time: the runner shares two cores with other suites, so wall time would measure the neighbours.',
  '- A run of the whole suite ends with a check that no container, network or volume with the auditor\'s run label was left (test/global-setup.ts teardown; enforced when `CI` is set, reported otherwise because engineers share one engine locally).',
  '',
);
writeFileSync(path.join(root, 'RELIABILITY.md'), `${lines.join('\n')}`);
console.log(`RELIABILITY.md: ${rows.length} cases, ${all.inputs} inputs; crashes ${all.crashes}, hangs ${all.hangs}, leaks ${all.leaks}, violations ${all.violations}`);
process.exitCode = res.status ?? 1;
