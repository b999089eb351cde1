import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Report, ReportSchema } from '../../../src/model/report';
import { spawnChild } from '../../reliability/docker-support';
import { FIXTURES, leftovers, measurement, type Probed, probeFixture } from '../../support/docker';

// Runtime probes that hold on real apps (real engine, real images built FROM the local bases):
// each case is one of the ways the probes were wrong on real open-source apps.
const PREFIX = 'tfa-it-honest-';
const r: Record<string, Probed> = {};
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-honest-'));

beforeAll(async () => {
  const runs: [string, string, Parameters<typeof probeFixture>[1]][] = [
    ['notFound', 'answers-404', { run: { 'http-path': '/healthz', 'boot-timeout': 60, replicas: 2 } }],
    ['otherPort', 'hardcoded-port', { run: { 'boot-timeout': 60, replicas: 2 } }],
    ['dirs', 'empty-dirs', {}],
    ['counter', 'memory-counter', { run: { 'http-path': '/count', replicas: 2 } }],
    ['fixedPort', 'good', { run: { port: 47811, replicas: 2 }, admin: [['node', '-e', "console.log('PORT=' + process.env.PORT)"]] }],
  ];
  await Promise.all(runs.map(async ([key, name, cfg]) => (r[key] = await probeFixture(name, cfg, PREFIX))));
}, 600_000);

afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  expect(leftovers(PREFIX)).toEqual([]);
});

it('an app answering 404 on http-path is not ready: it bound PORT, the wait ends on the 404, and the probes after it say the app served nothing', () => {
  const { facts } = r.notFound!;
  expect(facts.boot).toMatchObject({ outcome: 'unhealthy', httpPath: '/healthz', httpStatus: 404, readyStatuses: '2xx, 3xx', portVariable: 'PORT' });
  // A 4xx is the app's answer, not a slow start: no waiting out the 60 s boot timeout.
  expect(facts.boot.waitedMs).toBeLessThan(20_000);
  expect(r.notFound!.one('port-binding/binds-port').outcome).toBe('pass');
  // Accepting on PORT answers VII; when it would have been ready is not known, so IX is not judged on it.
  expect(r.notFound!.one('disposability/startup-time')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('answered 404') });
  expect(facts.exercise).toMatchObject({ path: '/healthz', served: 0, statuses: { '404': 3 } });
  expect(r.notFound!.one('processes/no-local-writes')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('none of the 3 requests to /healthz was served (404 ×3)') });
});

it('an app on a fixed other port is reported within a second of its listener, and the replicas wait on that port, not for PORT again', () => {
  const { facts } = r.otherPort!;
  expect(facts.boot).toMatchObject({ outcome: 'other-port', listeningPorts: [3000] });
  expect(facts.boot.message).toContain(`listening on 3000, not PORT=${facts.boot.port}`);
  expect(facts.boot.waitedMs! - facts.boot.listenerSeenMs!).toBeLessThan(1000);
  expect(facts.replicas!.replicas.map((x) => [x.port, x.outcome])).toEqual([
    [3000, 'ready'],
    [3000, 'ready'],
  ]);
  // Two boots, each seconds long, not two 60 s boot timeouts.
  expect(facts.durationMs).toBeLessThan(45_000);
  expect(facts.exercise).toMatchObject({ port: 3000, served: 3 });
  const f = r.otherPort!.one('port-binding/binds-port');
  expect(f.outcome).toBe('fail');
  expect(measurement(f, 'listening port')).toBe(3000);
  expect(r.otherPort!.one('disposability/startup-time').outcome).toBe('skip');
});

it('empty directories created at start are listed as directories, not as state', () => {
  const { facts } = r.dirs!;
  expect(facts.filesystem).toMatchObject({ written: [], directories: ['/app/data/upload', '/var/cache/app/client_temp', '/var/cache/app/proxy_temp'] });
  expect(r.dirs!.one('processes/no-local-writes')).toMatchObject({ outcome: 'pass', message: expect.stringContaining('3 empty directories') });
});

it('a counter kept in memory behind two replicas: state not shared, with the requests as evidence', () => {
  const { facts } = r.counter!;
  expect(facts.sharedState).toMatchObject({ status: 'not-shared', mode: 'http-path' });
  expect(facts.sharedState!.requests.map((q) => [q.replica, q.status, q.body])).toEqual([
    [1, 200, '2'],
    [1, 200, '3'],
    [2, 200, '2'],
  ]);
  const f = r.counter!.one('processes/shared-state');
  expect(f.outcome).toBe('fail');
  expect(f.message).toContain('state not shared');
  expect(f.details).toEqual(['replica 1: GET /count → 200 "2"', 'replica 1: GET /count → 200 "3"', 'replica 2: GET /count → 200 "2"']);
});

it('a fixed run.port goes to every replica and admin run, and the report says PORT honouring was not tested', () => {
  const { facts } = r.fixedPort!;
  expect(facts.boot).toMatchObject({ outcome: 'ready', port: 47811, fixedPort: true });
  // Each replica has its own address on the run's network, so one port serves them all: no false "1 of 2 came up".
  expect(facts.replicas).toMatchObject({ requested: 2, ready: 2 });
  expect(facts.replicas!.replicas.map((x) => x.port)).toEqual([47811, 47811]);
  expect(facts.admin[0]).toMatchObject({ exitCode: 0, outputTail: ['PORT=47811'] });
  expect(r.fixedPort!.one('config/honours-env')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('honouring PORT was not tested') });
  expect(r.fixedPort!.one('port-binding/binds-port')).toMatchObject({ outcome: 'pass', message: expect.stringContaining('run.port fixed the port') });
  expect(r.fixedPort!.one('concurrency/replicas').outcome).toBe('pass');
});

describe('the CLI on real apps', () => {
  /** A fixture app as its own repository, with a config. */
  const repo = (fixture: string, config: object) => {
    const dir = path.join(tmp, fixture);
    cpSync(path.join(FIXTURES, fixture), dir, { recursive: true });
    writeFileSync(path.join(dir, '.twelve-factor.yml'), JSON.stringify(config));
    return dir;
  };

  it('a crash at start: the line that explains it is in the text output, colour codes removed', async () => {
    const app = repo('crash-on-start', { run: { 'boot-timeout': 30 } });
    const child = spawnChild(['src/entry/cli.ts', 'all', app, '--no-color', '--fail-on', 'never', '--quiet']);
    const exit = await child.exited;
    expect(exit.code, child.out()).toBe(0);
    expect(child.out()).toMatch(/exited with code 1 before listening: Error: DATABASE_URL is not set/);
    expect(child.out()).not.toContain('\x1b[31m');
  }, 300_000);

  it('Ctrl-C in the middle of the run: exit 130, and every probe that had not finished says cancelled', async () => {
    const app = repo('memory-counter', { run: { env: { DELAY_MS: '30000' }, replicas: 2, 'boot-timeout': 30 } });
    const artifacts = path.join(tmp, 'cancelled-out');
    const child = spawnChild(['src/entry/cli.ts', 'all', app, '--artifacts', artifacts, '--no-color']);
    await child.waitFor(/exercising GET \/ on port/, 240_000);
    child.proc.kill('SIGINT');
    const exit = await child.exited;
    expect(exit.code, child.out()).toBe(130);
    const report: Report = ReportSchema.parse(JSON.parse(readFileSync(path.join(artifacts, 'report.json'), 'utf8')));
    expect(report.runtime?.cancelled).toBe(true);
    expect(report.runtime?.probes).toMatchObject({
      boot: { status: 'done' },
      replicas: { status: 'done' },
      exercise: { status: 'cancelled' },
      shutdown: { status: 'cancelled' },
      filesystem: { status: 'cancelled' },
    });
    const finding = (check: string) => report.factors.flatMap((f) => f.findings).find((f) => f.check === check)!;
    for (const check of ['disposability/sigterm-shutdown', 'processes/no-local-writes', 'logs/no-log-files']) {
      expect(finding(check), check).toMatchObject({ outcome: 'skip', message: expect.stringContaining('cancelled') });
    }
    expect(finding('concurrency/replicas').outcome).toBe('pass');
  }, 300_000);
});
