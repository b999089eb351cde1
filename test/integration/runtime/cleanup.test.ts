import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CREATED_LABEL, DockerUnavailableError, RUN_LABEL, runProbes, sweep } from '../../../src/evidence/container/index';
import { fixtureImage, leftovers, testConfig } from '../../support/docker';
import { spawnTs } from '../../support/spawn-ts';

const PREFIX = 'tfa-it-clean-';
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
let n = 0;
const runId = () => `${PREFIX}${process.pid}-${n++}`;

function labelled(id: string): string[] {
  return execFileSync('docker', ['ps', '-a', '-q', '--filter', `label=${RUN_LABEL}=${id}`], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

afterAll(() => {
  // This process's runs only: a neighbour's suite on the shared engine may have runs of its own in flight.
  expect(leftovers(`${PREFIX}${process.pid}-`)).toEqual([]);
});

describe('cleanup that cannot be skipped', () => {
  it('SIGINT to the auditor during boot leaves nothing behind within 5 seconds', async () => {
    await fixtureImage('slow-boot');
    const id = runId();
    const child = spawnTs([path.join(here, 'scripts/probe-until-signal.ts'), id]);
    child.stdin.end();
    let out = '';
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`child never booted: ${out} ${err}`)), 60_000);
      child.stdout.on('data', (d) => {
        out += d;
        if (out.includes('BOOTING')) {
          clearTimeout(t);
          resolve();
        }
      });
    });
    // The app container is up and waiting in its 60 s warm-up; on a loaded engine it may take a moment to be listed.
    for (const until = Date.now() + 10_000; labelled(id).length === 0 && Date.now() < until; ) await new Promise((r) => setTimeout(r, 200));
    expect(labelled(id).length).toBeGreaterThan(0);
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
    // The handlers may end the process before or after the probe run returns; a run that returns says it was cancelled.
    expect(out).not.toContain('FINISHED');
    if (out.includes('CANCELLED')) expect(out).toContain('CANCELLED boot=cancelled');
    let left = labelled(id);
    while (left.length > 0 && Date.now() - sent < 5000) {
      await new Promise((r) => setTimeout(r, 100));
      left = labelled(id);
    }
    expect(left).toEqual([]);
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(leftovers(id)).toEqual([]);
  }, 120_000);

  it('an aborted run records the cancellation and removes its objects', async () => {
    const imageId = await fixtureImage('slow-boot');
    const id = runId();
    const ac = new AbortController();
    const p = runProbes({ imageId, runId: id, signal: ac.signal, config: testConfig({ run: { env: { BOOT_DELAY_MS: '60000' }, 'boot-timeout': 60 } }), onProgress: (l) => l.startsWith('booting') && setTimeout(() => ac.abort(), 500) });
    const facts = await p;
    expect(facts.cancelled).toBe(true);
    expect(facts.errors.map((e) => e.probe)).toContain('run');
    expect(leftovers(id)).toEqual([]);
  });

  it('sweeps a run by label, and stale runs by their created label, without touching fresh ones', async () => {
    const stale = runId();
    const fresh = runId();
    const old = String(Date.now() - 2 * 60 * 60 * 1000);
    const mk = (id: string, created: string) =>
      execFileSync('docker', ['create', '--label', `${RUN_LABEL}=${id}`, '--label', `${CREATED_LABEL}=${created}`, 'tfa-base/debian:bookworm', 'true'], { encoding: 'utf8' }).trim();
    execFileSync('docker', ['network', 'create', '--label', `${RUN_LABEL}=${stale}`, '--label', `${CREATED_LABEL}=${old}`, `tfa-${stale}`]);
    execFileSync('docker', ['volume', 'create', '--label', `${RUN_LABEL}=${stale}`, '--label', `${CREATED_LABEL}=${old}`, `${stale}-vol`]);
    mk(stale, old);
    mk(fresh, String(Date.now()));
    const res = await sweep({ olderThanMs: 60 * 60 * 1000 });
    expect(res.errors).toEqual([]);
    expect(leftovers(stale)).toEqual([]);
    expect(labelled(fresh)).toHaveLength(1);
    const byRun = await sweep({ runId: fresh });
    expect(byRun.containers).toBe(1);
    expect(leftovers(fresh)).toEqual([]);
  });

  it('a daemon that does not answer gives a clear error naming the socket', async () => {
    const script = `import { ping } from './src/evidence/container/index'; ping(2000).then(() => console.log('UP'), (e) => console.log(e.name + ': ' + e.message));`;
    const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), ['--eval', script], { cwd: root, encoding: 'utf8', env: { ...process.env, DOCKER_HOST: 'unix:///tmp/tfa-no-such-docker.sock' } });
    expect(out).toContain('DockerUnavailableError');
    expect(out).toContain('/tmp/tfa-no-such-docker.sock');
    expect(new DockerUnavailableError('/x', 'y').message).toContain('/x');
  });
});
