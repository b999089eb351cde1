import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftovers, measurement, type Probed, probeFixture } from '../../support/docker';

// Real engine, real images, real signals. Independent fixtures boot concurrently in beforeAll.
const PREFIX = 'tfa-it-web-';
const r: Record<string, Probed> = {};

beforeAll(async () => {
  const runs: [string, string, Parameters<typeof probeFixture>[1]][] = [
    ['good', 'good', { run: { replicas: 2 }, admin: [['node', 'migrate.js'], 'node migrate.js --fail'] }],
    ['python', 'python-app', { run: { 'http-path': '/healthz' } }],
    ['go', 'go-app', {}],
    ['slow', 'slow-boot', { run: { env: { BOOT_DELAY_MS: '1500' } } }],
    // A grace of 10 s: its exit on SIGTERM is at once, but a loaded engine can take over 3 s to report it.
    // The wait ends half a second after the wrong port opens, so a long boot timeout costs nothing
    // here and keeps a slow start on a loaded engine from reading as "never listened".
    ['hardcoded', 'hardcoded-port', { run: { 'boot-timeout': 20, 'shutdown-timeout': 10 } }],
    ['never', 'never-listens', { run: { 'boot-timeout': 3 } }],
    ['crash', 'crash-on-start', {}],
    ['daemon', 'daemonises', {}],
  ];
  await Promise.all(runs.map(async ([key, name, cfg]) => (r[key] = await probeFixture(name, cfg, PREFIX))));
}, 600_000);

afterAll(() => {
  expect(leftovers(PREFIX)).toEqual([]);
});

describe('a well-behaved web app', () => {
  it('binds the random $PORT, outside the common defaults, and reports startup time', () => {
    const { facts } = r.good!;
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.boot.port).toBeGreaterThanOrEqual(20000);
    expect(facts.boot.port).toBeLessThanOrEqual(45000);
    expect(facts.network.internal).toBe(true);
    expect(facts.envNames).toContain('PORT');
    const f = r.good!.one('port-binding/binds-port');
    expect(f.outcome).toBe('pass');
    expect(measurement(f, 'PORT')).toBe(facts.boot.port);
    const s = r.good!.one('disposability/startup-time');
    expect(s.outcome).toBe('pass');
    expect(measurement(s, 'startup time')).toBe(facts.boot.readyMs);
    expect(r.good!.one('config/honours-env').outcome).toBe('pass');
  });

  it('exits 0 on SIGTERM and the stopwatch says how fast', () => {
    const { facts } = r.good!;
    expect(facts.shutdown).toMatchObject({ signal: 'SIGTERM', exitCode: 0, killed: false, classification: 'graceful' });
    expect(facts.shutdown!.elapsedMs).toBeLessThan(facts.shutdown!.graceMs);
    expect(r.good!.one('disposability/sigterm-shutdown').outcome).toBe('pass');
  });

  it('logs to stdout: counted, with the request lines, and writes no files', () => {
    const { facts } = r.good!;
    expect(facts.logs.stdoutBytes).toBeGreaterThan(0);
    const text = [...facts.logs.head, ...facts.logs.tail].map((l) => l.text);
    expect(text).toContain(`listening on ${facts.boot.port}`);
    expect(text.filter((t) => t === 'GET /').length).toBe(facts.exercise!.requests + 0 * 1);
    expect(facts.exercise).toMatchObject({ path: '/', requests: 3, errors: 0, statuses: { '200': 3 } });
    expect(facts.filesystem).toMatchObject({ written: [], logFiles: [] });
    expect(r.good!.one('logs/stdout-output').outcome).toBe('pass');
    expect(r.good!.one('logs/no-log-files').outcome).toBe('pass');
    expect(r.good!.one('processes/no-local-writes').outcome).toBe('pass');
  });

  it('runs two replicas side by side on different ports', () => {
    const rep = r.good!.facts.replicas!;
    expect(rep.requested).toBe(2);
    expect(rep.ready).toBe(2);
    expect(new Set(rep.replicas.map((x) => x.port)).size).toBe(2);
    expect(r.good!.one('concurrency/replicas').outcome).toBe('pass');
  });

  it('runs admin commands from the same image with their exit code and output', () => {
    const { facts, findings } = r.good!;
    expect(facts.admin).toHaveLength(2);
    expect(facts.admin[0]).toMatchObject({ command: ['node', 'migrate.js'], exitCode: 0, timedOut: false, imageId: facts.imageId });
    expect(facts.admin[0]!.outputTail).toEqual(['migrating: 3 tables', 'migrated']);
    expect(facts.admin[1]).toMatchObject({ exitCode: 3 });
    expect(facts.admin[1]!.outputTail).toContain('migration 0004 failed: column exists');
    const admin = findings.filter((f) => f.check === 'admin-processes/admin-commands').map((f) => f.outcome);
    expect(admin).toEqual(['pass', 'fail']);
  });
});

describe('apps in other languages built from the Debian base', () => {
  it.each(['python', 'go'])('%s app binds PORT and exits 0 on SIGTERM', (key) => {
    const p = r[key]!;
    expect(p.facts.boot.outcome).toBe('ready');
    expect(p.facts.shutdown?.classification).toBe('graceful');
    expect(p.one('port-binding/binds-port').outcome).toBe('pass');
    expect(p.one('disposability/sigterm-shutdown').outcome).toBe('pass');
    expect(p.one('logs/stdout-output').outcome).toBe('pass');
    expect(p.one('processes/no-local-writes').outcome).toBe('pass');
  });
});

it('with run.http-path, readiness waits for an HTTP answer and the exercise uses that path', () => {
  const { facts } = r.python!;
  expect(facts.boot).toMatchObject({ outcome: 'ready', httpPath: '/healthz', httpStatus: 200 });
  expect(facts.exercise).toMatchObject({ path: '/healthz', statuses: { '200': 3 } });
});

describe('apps that get the port wrong or never come up', () => {
  it('slow boot: ready, with a startup time that includes the delay', () => {
    expect(r.slow!.facts.boot.outcome).toBe('ready');
    expect(r.slow!.facts.boot.readyMs).toBeGreaterThanOrEqual(1500);
    expect(r.slow!.facts.envNames).toEqual(['BOOT_DELAY_MS', 'PORT']);
  });

  it('hardcoded port: names the port it bound instead of PORT', () => {
    const { facts } = r.hardcoded!;
    expect(facts.boot.outcome).toBe('other-port');
    expect(facts.boot.listeningPorts).toEqual([3000]);
    expect(facts.boot.message).toContain(`listening on 3000, not PORT=${facts.boot.port}`);
    const f = r.hardcoded!.one('port-binding/binds-port');
    expect(f.outcome).toBe('fail');
    expect(f.message).toContain('listening on 3000');
    // One cause, one factor: ignoring PORT fails VII; config is not charged for it again.
    expect(r.hardcoded!.one('config/honours-env')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('factor VII') });
    // Still running after the boot timeout, so shutdown is measured too.
    expect(r.hardcoded!.facts.shutdown?.classification).toBe('graceful');
  });

  it('never listens: says so', () => {
    const { facts } = r.never!;
    expect(facts.boot.outcome).toBe('timeout');
    expect(facts.boot.listeningPorts).toEqual([]);
    expect(facts.boot.message).toContain('not listening on any TCP port');
    expect(r.never!.one('port-binding/binds-port').outcome).toBe('fail');
  });

  it('crash on start: exit code and the last log lines', () => {
    const { facts } = r.crash!;
    expect(facts.boot.outcome).toBe('exited');
    expect(facts.boot.exitCode).toBe(1);
    expect(facts.boot.logTail).toContain('Error: DATABASE_URL is not set');
    const f = r.crash!.one('port-binding/binds-port');
    expect(f.outcome).toBe('fail');
    expect(f.details).toContain('Error: DATABASE_URL is not set');
    expect(r.crash!.one('disposability/sigterm-shutdown').outcome).toBe('skip');
  });

  it('daemonises: the foreground process exits 0 before binding', () => {
    const { facts } = r.daemon!;
    expect(facts.boot.outcome).toBe('exited');
    expect(facts.boot.exitCode).toBe(0);
    expect(facts.boot.logTail).toContain('started in background');
    expect(r.daemon!.one('port-binding/binds-port').outcome).toBe('fail');
  });
});
