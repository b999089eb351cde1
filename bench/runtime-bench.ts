// Runtime probe benchmark: `npx tsx bench/runtime-bench.ts` prints JSON.
//  - shutdown measurement error for apps that exit 0, 500, 2000 and 5000 ms after SIGTERM (target ±50 ms)
//  - readiness detection latency after the port opens (target within 50 ms)
//  - the whole `run` stage (`twelve-factor run`: release check, probes, runtime.json) on a trivial app vs a
//    plain shell doing docker run, a curl loop, docker kill -s TERM and docker wait on the same image,
//    alternating, in one process (target 300 ms more or less)
//  - peak RSS of the auditor while the app writes 1 GiB of logs (target under 200 MB), in a child process
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigSchema } from '../src/config/schema';
import { buildImage, RUN_LABEL, runProbes, sweep } from '../src/evidence/container/index';
import { runCommand } from '../src/pipeline/commands';

const RUN = `tfa-bench-${process.pid}`;
const APP = `
const http = require('node:http');
const port = Number(process.env.PORT);
const bootDelay = Number(process.env.BOOT_DELAY_MS || 0);
const stopDelay = Number(process.env.STOP_DELAY_MS || 0);
const logBytes = Number(process.env.LOG_BYTES || 0);
function logFlood(done) {
  // Write logBytes of 1 KiB lines to stdout, respecting backpressure.
  const line = 'x'.repeat(1023) + '\\n';
  const chunk = line.repeat(64);
  let left = logBytes;
  const step = () => {
    while (left > 0) {
      left -= chunk.length;
      if (!process.stdout.write(chunk)) return process.stdout.once('drain', step);
    }
    done();
  };
  step();
}
function serve() {
  const s = http.createServer((_q, r) => r.end('ok\\n'));
  s.listen(port, () => console.log('LISTEN_AT ' + Date.now()));
  process.on('SIGTERM', () => {
    s.close();
    s.closeAllConnections();
    setTimeout(() => process.exit(0), stopDelay);
  });
}
setTimeout(() => (logBytes > 0 ? logFlood(serve) : serve()), bootDelay);
`;

function config(run: Record<string, unknown>) {
  return ConfigSchema.parse({ run: { replicas: 1, requests: 5, 'boot-timeout': 120, 'shutdown-timeout': 10, ...run } });
}

/** The bench app as a repository: its Dockerfile, and a config the run stage reads like the probes' below. */
function appRepo(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tfa-bench-'));
  fs.writeFileSync(path.join(dir, 'app.js'), APP);
  fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM tfa-base/node:24\nWORKDIR /app\nCOPY app.js ./\nCMD ["node", "app.js"]\n');
  fs.writeFileSync(path.join(dir, '.twelve-factor.yml'), JSON.stringify({ run: { replicas: 1, requests: 5, 'boot-timeout': 120, 'shutdown-timeout': 10 } }));
  return dir;
}

async function image(dir: string): Promise<string> {
  const res = await buildImage({ contextDir: dir, dockerfile: 'Dockerfile', buildArgs: {}, labels: {}, tag: 'tfa-test/bench:local', runId: 'tfa-test-fixtures', timeoutMs: 300_000 });
  if (!res.ok) throw new Error(`bench image: ${res.message}\n${res.logTail.join('\n')}`);
  return res.imageId;
}

async function rssChild(imageId: string): Promise<void> {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const facts = await runProbes({ imageId, runId: `${RUN}-rss`, config: config({ env: { LOG_BYTES: String(1024 ** 3) }, requests: 1 }) });
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
  console.log(
    JSON.stringify({
      peakRssMB: Math.round(peak / 1024 / 1024),
      // RSS of the same process before the probes: Node, tsx's transpiler and the loaded modules.
      baselineRssMB: Math.round(baseline / 1024 / 1024),
      loggedMB: Math.round((facts.logs.stdoutBytes + facts.logs.stderrBytes) / 1024 / 1024),
      loggedLines: facts.logs.stdoutLines,
      keptLines: facts.logs.head.length + facts.logs.tail.length,
      bootOutcome: facts.boot.outcome,
      seconds: Math.round(performance.now() - t) / 1000,
    }),
  );
}

async function main(): Promise<void> {
  // Timings on a shared machine mean little without how busy it was: recorded beside them.
  const loadBefore = os.loadavg()[0]!;
  const repo = appRepo();
  const imageId = await image(repo);
  if (process.argv[2] === '--rss-child') {
    fs.rmSync(repo, { recursive: true, force: true });
    return rssChild(imageId);
  }

  // Shutdown stopwatch error: the app exits exactly `delay` ms after receiving SIGTERM.
  const shutdown: { delayMs: number; measuredMs: number; errorMs: number; classification: string }[] = [];
  for (const delay of [0, 500, 2000, 5000]) {
    const f = await runProbes({ imageId, runId: `${RUN}-sd${delay}`, config: config({ env: { STOP_DELAY_MS: String(delay) }, requests: 0 }) });
    const measured = f.shutdown?.elapsedMs ?? Number.NaN;
    shutdown.push({ delayMs: delay, measuredMs: measured, errorMs: measured - delay, classification: f.shutdown?.classification ?? 'none' });
  }

  // Readiness detection: the app stamps the moment its socket listens; we stamp the moment probes saw it.
  const readiness: { latencyMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    let seenAt = 0;
    const f = await runProbes({
      imageId,
      runId: `${RUN}-rd${i}`,
      config: config({ env: { BOOT_DELAY_MS: '700' }, requests: 0 }),
      onProgress: (l) => {
        if (l.startsWith('ready on')) seenAt = Date.now();
      },
    });
    const listenAt = Number(f.logs.head.find((l) => l.text.startsWith('LISTEN_AT'))?.text.split(' ')[1]);
    readiness.push({ latencyMs: seenAt - listenAt });
  }

  // Overhead: the whole run stage as `twelve-factor run` does it (release.json checked, network, boot, 5 requests,
  // SIGTERM, diff, cleanup, runtime.json written) vs the plain shell loop, on the same image, taking turns.
  const baselineScript = `
set -e
cid=$(docker run -d --label ${RUN_LABEL}=${RUN}-base -e PORT=23456 "$1")
ip=$(docker inspect -f '{{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}' "$cid")
until curl -s -o /dev/null "http://$ip:23456/"; do sleep 0.05; done
for i in 1 2 3 4 5; do curl -s -o /dev/null "http://$ip:23456/"; done
docker kill -s TERM "$cid" >/dev/null
docker wait "$cid" >/dev/null
docker rm "$cid" >/dev/null
`;
  const artifacts = path.join(repo, '.twelve-factor');
  // The stage's own build (its labels make another image id); the baseline runs that same image.
  const built = await runCommand({ command: 'build', repoRoot: repo, artifacts, runId: `${RUN}-ov` });
  const released = (built.data as { 'image-id': string })['image-id'];
  await runCommand({ command: 'release', repoRoot: repo, artifacts });
  const overhead: { baselineMs: number; runStageMs: number; overheadMs: number }[] = [];
  for (let i = 0; i < 5; i++) {
    let t = performance.now();
    execFileSync('bash', ['-c', baselineScript, 'baseline', released], { stdio: 'ignore' });
    const baselineMs = Math.round(performance.now() - t);
    t = performance.now();
    await runCommand({ command: 'run', repoRoot: repo, artifacts, runId: `${RUN}-ov${i}` });
    const runStageMs = Math.round(performance.now() - t);
    overhead.push({ baselineMs, runStageMs, overheadMs: runStageMs - baselineMs });
  }
  fs.rmSync(repo, { recursive: true, force: true });

  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, '--rss-child'], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const rss = JSON.parse(child.stdout.trim().split('\n').pop() || '{}');

  await sweep({ runId: `${RUN}-base` });
  await sweep({ runId: `${RUN}-ov` });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  console.log(
    JSON.stringify(
      {
        shutdown: { runs: shutdown, maxAbsErrorMs: Math.max(...shutdown.map((s) => Math.abs(s.errorMs))), targetMs: 50 },
        readiness: { latenciesMs: readiness.map((r) => r.latencyMs), maxMs: Math.max(...readiness.map((r) => r.latencyMs)), targetMs: 50 },
        runStageOverhead: { runs: overhead, medianOverheadMs: median(overhead.map((o) => o.overheadMs)), targetMs: 300 },
        logs1GiB: { ...rss, targetMB: 200 },
        loadAverage1m: { before: Math.round(loadBefore * 10) / 10, after: Math.round(os.loadavg()[0]! * 10) / 10, cores: os.cpus().length },
      },
      null,
      2,
    ),
  );
}

await main();
