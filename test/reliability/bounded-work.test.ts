import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImage } from '../../src/evidence/container/index';
import { STAGE_SCHEMA_VERSION } from '../../src/model/stages';
import { runCommand } from '../../src/pipeline/commands';
import { writeStageFile } from '../../src/pipeline/stages/files';
import { recordFigure } from '../support/adversarial-figures';
import { runIdsOfThisFile } from '../support/docker';
import { APPS, factsOf, HERE, labelled, relConfig, relRunId, reliabilityImage, spawnChild } from './docker-support';

// Work the repository or the container can make the auditor do is bounded:
// a diff of 100,000 written paths, a build context with a 4 GB file, a run
// stage whose app never comes up. Each case runs where a regression cannot
// take the suite down with it (a child with a kill timer, a size checked
// before anything is streamed) and records a figure before it asserts.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-rel-bounded-'));
const myRunId = runIdsOfThisFile(relRunId, labelled);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function inChild(args: string[], killAfterMs: number, env: NodeJS.ProcessEnv = {}) {
  const t0 = Date.now();
  const child = spawnChild(args, env);
  const killer = setTimeout(() => child.proc.kill('SIGKILL'), killAfterMs);
  const exit = await child.exited;
  clearTimeout(killer);
  return { ...exit, out: child.out(), ms: Date.now() - t0 };
}

describe('docker diff classification is bounded', () => {
  it('100,000 written paths are classified in well under a second of work, with the count kept and the list capped', async () => {
    const r = await inChild([path.join(HERE, 'scripts/classify-many.ts'), '100000'], 60_000);
    const line = r.out.split('\n').find((l) => l.startsWith('RESULT '));
    const result = line ? (JSON.parse(line.slice(7)) as { ms: number; shown: number; total?: number; capped?: boolean }) : undefined;
    recordFigure({ klass: 'bounded', case: 'classify a diff of 100,000 written paths', inputs: 1, crashes: r.code === 0 || r.signal ? 0 : 1, hangs: r.signal ? 1 : 0, leaks: 0, ...(result ? { maxMs: result.ms } : {}) });
    expect(r.signal, `killed after 60 s: the classification is not bounded\n${r.out.slice(-500)}`).toBeNull();
    expect(result).toMatchObject({ capped: true });
    expect(result!.total).toBeGreaterThanOrEqual(100_000);
    expect(result!.shown).toBeLessThanOrEqual(200);
  }, 90_000);

  it('a container that writes 100,000 files is audited with the diff reported as capped', async () => {
    const imageId = await reliabilityImage('chaos');
    const runId = myRunId('write-many');
    const cfg = relConfig({ run: { env: { MODE: 'write-many', FILES: '100000' }, 'boot-timeout': 120, requests: 1 } });
    const r = await inChild([path.join(HERE, 'scripts/probe-json.ts'), imageId, runId, JSON.stringify(cfg)], 240_000);
    const facts = factsOf(r.out) as { filesystem?: { total?: number; capped?: boolean; written: string[] }; boot: { outcome: string; readyMs?: number }; durationMs?: number } | undefined;
    const left = labelled(runId);
    recordFigure({
      klass: 'bounded',
      case: 'container that writes 100,000 files (boot, probes, docker diff)',
      inputs: 1,
      crashes: facts ? 0 : 1,
      hangs: r.signal ? 1 : 0,
      leaks: left.length,
      maxMs: r.ms,
      note: facts ? `probes ${facts.durationMs} ms, of which boot (writing the files) ${facts.boot.readyMs} ms; diff total ${facts.filesystem?.total}, capped ${facts.filesystem?.capped}` : undefined,
    });
    expect(r.signal, r.out.slice(-2000)).toBeNull();
    expect(facts?.boot.outcome, JSON.stringify(facts?.boot)).toBe('ready');
    expect(facts?.filesystem).toMatchObject({ capped: true });
    expect(facts!.filesystem!.total).toBeGreaterThanOrEqual(100_000);
    expect(facts!.filesystem!.written.length).toBeGreaterThan(0);
    expect(left).toEqual([]);
  }, 300_000);
});

describe('the build context is bounded', () => {
  it('a 4 GB sparse file in the context is refused before it is streamed, with a clear error', async () => {
    const ctx = path.join(tmp, 'big-context');
    cpSync(path.join(APPS, 'no-cmd'), ctx, { recursive: true });
    execFileSync('truncate', ['-s', '4G', path.join(ctx, 'big.bin')]);
    const t0 = Date.now();
    const r = await buildImage({ contextDir: ctx, dockerfile: 'Dockerfile', buildArgs: {}, labels: {}, runId: myRunId('big-context'), timeoutMs: 120_000 });
    const ms = Date.now() - t0;
    recordFigure({ klass: 'bounded', case: 'build context with a 4 GB sparse file', inputs: 1, crashes: 0, hangs: ms > 30_000 ? 1 : 0, leaks: 0, maxMs: ms, note: r.ok ? 'built: the file was streamed' : r.message });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(/build context is larger than 2 GiB.*big\.bin/);
  }, 180_000);
});

describe('each stage has a time limit', () => {
  it('the run stage ends at run.timeout even when the app would take longer to boot', async () => {
    const app = path.join(tmp, 'slow-app');
    cpSync(path.join(APPS, 'chaos'), app, { recursive: true });
    const config = { run: { env: { MODE: 'good', BOOT_DELAY_MS: '120000' }, 'boot-timeout': 300, timeout: 8, replicas: 1, requests: 1 } };
    writeFileSync(path.join(app, '.twelve-factor.yml'), JSON.stringify(config));
    const artifacts = path.join(tmp, 'slow-app-out');
    const runId = myRunId('run-timeout');
    // The chaos image is already in the engine: a build.json naming it stands in for a build (and its docker save).
    const imageId = await reliabilityImage('chaos');
    writeStageFile(artifacts, 'build', {
      schemaVersion: STAGE_SCHEMA_VERSION,
      tool: { name: 'twelve-factor-audit', version: 'test' },
      stage: 'build',
      status: 'ok',
      imageId,
      dockerfile: 'Dockerfile',
      context: '.',
      labels: {},
      builder: 'buildkit',
      startedAt: new Date().toISOString(),
      durationMs: 0,
    });
    await runCommand({ command: 'release', repoRoot: app, artifacts, runId });
    const t0 = Date.now();
    const err = await runCommand({ command: 'run', repoRoot: app, artifacts, runId }).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    const ms = Date.now() - t0;
    const runtime = existsSync(path.join(artifacts, 'runtime.json')) ? JSON.parse(readFileSync(path.join(artifacts, 'runtime.json'), 'utf8')) : undefined;
    const message = JSON.stringify(runtime?.facts?.errors ?? runtime?.error ?? err?.message ?? '');
    const { sweep } = await import('../../src/evidence/container/index');
    await sweep({ runId });
    recordFigure({ klass: 'bounded', case: 'run stage whose app boots slower than run.timeout (8 s)', inputs: 1, crashes: 0, hangs: ms > 60_000 ? 1 : 0, leaks: labelled(runId).length, maxMs: ms, note: message.slice(0, 150) });
    expect(ms).toBeLessThan(60_000);
    expect(message).toMatch(/time limit of 8 s/);
  }, 300_000);
});
