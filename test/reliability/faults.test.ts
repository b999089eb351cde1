import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimeFacts } from '../../src/model/runtime';
import { runProbes, sweep } from '../../src/evidence/container/index';
import { recordFigure } from '../support/adversarial-figures';
import { factsOf, HERE, labelled, labelledByThisProcess, relConfig, relRunId, reliabilityImage, spawnChild } from './docker-support';

// Faults the auditor must survive: apps that misbehave inside the sandbox,
// and an engine that is gone or goes away mid-run. Each records a figure
// (crash = the auditor threw or died, hang = it never finished, leak =
// objects left) before asserting.

const probed: Record<string, { facts?: RuntimeFacts; error?: unknown; ms: number; runId: string }> = {};
const cases: Array<[string, Parameters<typeof relConfig>[0], string?]> = [
  ['oom', { run: { env: { MODE: 'oom' }, memory: '64m' } }],
  ['forkbomb', { run: { env: { MODE: 'forkbomb' }, pids: 64 } }],
  ['never-exit', { run: { env: { MODE: 'never-exit' } } }],
  ['exit-early', { run: { env: { MODE: 'exit-early' } } }],
  ['no-cmd', {}, 'no-cmd'],
];

beforeAll(async () => {
  await Promise.all(
    cases.map(async ([name, cfg, image]) => {
      const runId = relRunId(name);
      const t0 = Date.now();
      try {
        const imageId = await reliabilityImage(image ?? 'chaos');
        probed[name] = { facts: await runProbes({ imageId, runId, config: relConfig(cfg) }), ms: Date.now() - t0, runId };
      } catch (error) {
        probed[name] = { error, ms: Date.now() - t0, runId };
      }
      const left = labelled(runId);
      recordFigure({ klass: 'faults', case: `app: ${name}`, inputs: 1, crashes: probed[name]!.error ? 1 : 0, hangs: 0, leaks: left.length, maxMs: Date.now() - t0 });
    }),
  );
}, 300_000);

afterAll(async () => {
  const left = labelledByThisProcess();
  for (const runId of new Set(left.map((l) => l.split(' ')[2]!))) await sweep({ runId }).catch(() => undefined);
  expect(left).toEqual([]);
});

function facts(name: string): RuntimeFacts {
  const p = probed[name]!;
  if (p.error) throw p.error;
  expect(labelled(p.runId)).toEqual([]);
  return p.facts!;
}

describe('apps that misbehave', () => {
  it('an app over its memory limit is reported as OOM-killed', () => {
    const f = facts('oom');
    expect(f.boot.outcome === 'exited' ? f.boot.oomKilled : f.shutdown?.oomKilled).toBe(true);
  });

  it('a fork bomb is held by the pids limit and the app stays up', () => {
    const f = facts('forkbomb');
    expect(f.boot.outcome).toBe('ready');
    expect(f.shutdown?.classification).not.toBe('not-running');
  });

  it('an app that never exits is killed after the grace period', () => {
    const f = facts('never-exit');
    expect(f.boot.outcome).toBe('ready');
    expect(f.shutdown?.killed).toBe(true);
    expect(f.shutdown?.elapsedMs).toBeGreaterThanOrEqual(2000);
  });

  it('an app that exits before it is ready is reported with its exit code and output', () => {
    const f = facts('exit-early');
    expect(f.boot.outcome).toBe('exited');
    expect(f.boot.exitCode).toBe(3);
    expect(JSON.stringify(f.boot.logTail ?? f.logs.tail)).toContain('exiting before ready');
  });

  it('an image without a command is a recorded failure, not a crash', () => {
    const f = facts('no-cmd');
    expect(['exited', 'error']).toContain(f.boot.outcome);
    expect(f.command?.cmd ?? []).toEqual([]);
  });
});

describe('an engine that is gone', () => {
  it('no daemon: the whole CLI run ends with a clear error naming the socket, and a report', async () => {
    const dead = path.join(os.tmpdir(), `tfa-rel-dead-${process.pid}.sock`);
    const out = path.join(os.tmpdir(), `tfa-rel-dead-out-${process.pid}`);
    const t0 = Date.now();
    const child = spawnChild(['src/entry/cli.ts', 'all', path.join(HERE, 'apps/chaos'), '--artifacts', out], { DOCKER_HOST: `unix://${dead}` });
    const killer = setTimeout(() => child.proc.kill('SIGKILL'), 90_000);
    const { code, signal } = await child.exited;
    clearTimeout(killer);
    rmSync(out, { recursive: true, force: true });
    recordFigure({ klass: 'faults', case: 'no Docker daemon (CLI all)', inputs: 1, crashes: signal || (code ?? 0) > 2 ? 1 : 0, hangs: signal === 'SIGKILL' ? 1 : 0, leaks: 0, maxMs: Date.now() - t0 });
    expect(signal).toBeNull();
    expect(child.out()).toContain(dead);
    expect(child.out()).not.toMatch(/\n\s+at .*\(.*\.ts:\d+:\d+\)/); // a message, not a stack trace
  }, 120_000);

  it('daemon gone mid-run (a proxy killed during boot): the probe run ends, and a sweep removes what it left', async () => {
    const imageId = await reliabilityImage('chaos');
    const sock = path.join(os.tmpdir(), `tfa-rel-proxy-${process.pid}.sock`);
    rmSync(sock, { force: true });
    const conns = new Set<net.Socket>();
    const proxy = net.createServer((c) => {
      const up = net.connect('/var/run/docker.sock');
      conns.add(c).add(up);
      c.pipe(up).pipe(c);
      const drop = () => {
        c.destroy();
        up.destroy();
      };
      c.on('error', drop).on('close', drop);
      up.on('error', drop).on('close', drop);
    });
    await new Promise<void>((r) => proxy.listen(sock, r));
    const runId = relRunId('proxy');
    const t0 = Date.now();
    const cfg = relConfig({ run: { env: { MODE: 'good', BOOT_DELAY_MS: '5000' }, 'boot-timeout': 20 } });
    const child = spawnChild([path.join(HERE, 'scripts/probe-json.ts'), imageId, runId, JSON.stringify(cfg)], { DOCKER_HOST: `unix://${sock}` });
    await child.waitFor(/PROGRESS booting/, 60_000);
    // The engine "stops": every connection drops and nothing answers on the socket any more.
    proxy.close();
    for (const c of conns) c.destroy();
    const killer = setTimeout(() => child.proc.kill('SIGKILL'), 90_000);
    const { signal } = await child.exited;
    clearTimeout(killer);
    rmSync(sock, { force: true });
    const facts = factsOf(child.out());
    const stranded = labelled(runId);
    // The real engine kept running: what the auditor could not remove, the next run's (or the post step's) sweep does.
    const swept = await sweep({ runId });
    recordFigure({
      klass: 'faults',
      case: 'daemon gone mid-run (proxy killed during boot)',
      inputs: 1,
      crashes: signal ? 1 : 0,
      hangs: signal === 'SIGKILL' ? 1 : 0,
      leaks: labelled(runId).length,
      maxMs: Date.now() - t0,
      note: `${stranded.length} objects stranded by the lost engine, removed by sweep`,
    });
    expect(signal).toBeNull();
    // Facts with the lost engine recorded as probe errors, or a DockerUnavailableError: either way a clean end.
    expect(facts !== undefined || /ERROR \w+/.test(child.out())).toBe(true);
    if (facts) expect((facts.errors as unknown[]).length).toBeGreaterThan(0);
    expect(swept.errors).toEqual([]);
    expect(labelled(runId)).toEqual([]);
  }, 180_000);
});

describe('two audits at once on one engine', () => {
  it('both complete, on separate networks, and neither removes the other', async () => {
    const imageId = await reliabilityImage('chaos');
    const ids = [relRunId('twin'), relRunId('twin')];
    const t0 = Date.now();
    const results = await Promise.allSettled(ids.map((runId) => runProbes({ imageId, runId, config: relConfig({ run: { env: { MODE: 'good', BOOT_DELAY_MS: '500' } } }) })));
    const left = ids.flatMap((id) => labelled(id));
    recordFigure({ klass: 'faults', case: 'two audits at once', inputs: 2, crashes: results.filter((r) => r.status === 'rejected').length, hangs: 0, leaks: left.length, maxMs: Date.now() - t0 });
    const facts = results.map((r) => (r.status === 'fulfilled' ? r.value : Promise.reject(r.reason)));
    const [a, b] = (await Promise.all(facts)) as RuntimeFacts[];
    expect(a!.boot.outcome).toBe('ready');
    expect(b!.boot.outcome).toBe('ready');
    expect(a!.network.name).not.toBe(b!.network.name);
    expect(left).toEqual([]);
  }, 180_000);
});

describe('build failure', () => {
  it('a failing Dockerfile ends the CLI run with the build error in the report', async () => {
    const out = path.join(os.tmpdir(), `tfa-rel-buildfail-${process.pid}`);
    const app = path.join(os.tmpdir(), `tfa-rel-buildfail-app-${process.pid}`);
    rmSync(app, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', app]);
    execFileSync('sh', ['-c', `printf 'FROM tfa-base/debian:bookworm\\nRUN echo reliability-build-fails && exit 7\\n' > '${app}/Dockerfile'`]);
    const t0 = Date.now();
    const child = spawnChild(['src/entry/cli.ts', 'all', app, '--artifacts', out]);
    const killer = setTimeout(() => child.proc.kill('SIGKILL'), 120_000);
    const { code, signal } = await child.exited;
    clearTimeout(killer);
    rmSync(out, { recursive: true, force: true });
    rmSync(app, { recursive: true, force: true });
    recordFigure({ klass: 'faults', case: 'build failure (CLI all)', inputs: 1, crashes: signal || (code ?? 0) > 2 ? 1 : 0, hangs: signal === 'SIGKILL' ? 1 : 0, leaks: 0, maxMs: Date.now() - t0 });
    expect(signal).toBeNull();
    expect(code).not.toBeNull();
    expect(child.out()).toMatch(/exit code: 7|returned a non-zero code: 7/);
    expect(child.out()).toMatch(/build: failed/);
  }, 180_000);
});
