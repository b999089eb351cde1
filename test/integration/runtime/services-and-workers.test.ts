import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureImage, leftovers, type Probed, probeFixture } from '../../support/docker';

const PREFIX = 'tfa-it-svc-';
const r: Record<string, Probed> = {};

beforeAll(async () => {
  // The backing service image is built from the Debian base (no registry here) and kept between runs.
  await fixtureImage('redis');
  const redis = { name: 'redis', image: 'tfa-test/redis:local', port: 6379, env: { REDIS_URL: 'redis://{host}:{port}/0' } };
  const runs: [string, string, Parameters<typeof probeFixture>[1]][] = [
    ['redis', 'needs-redis', { services: [redis] }],
    ['noredis', 'needs-redis', { run: { 'boot-timeout': 3 } }],
    ['worker', 'worker', { run: { web: false, replicas: 2 }, admin: [['node', '-e', 'console.log(process.env.QUEUE)']] }],
  ];
  await Promise.all(runs.map(async ([key, name, cfg]) => (r[key] = await probeFixture(name, cfg, PREFIX))));
}, 600_000);

afterAll(() => {
  expect(leftovers(PREFIX)).toEqual([]);
});

describe('backing services', () => {
  it('starts the service first, hands its URL to the app and sees the app connect', () => {
    const { facts } = r.redis!;
    expect(facts.services).toHaveLength(1);
    expect(facts.services[0]).toMatchObject({ name: 'redis', ready: true, used: true, host: 'redis', port: 6379, env: ['REDIS_URL'] });
    expect(facts.services[0]!.connections).toBeGreaterThanOrEqual(1);
    expect(facts.envNames).toEqual(['PORT', 'REDIS_URL']);
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.exercise?.statuses['200']).toBe(3);
    expect(r.redis!.one('backing-services/services-reachable').outcome).toBe('pass');
  });

  it('without the service the same app fails to boot, with its own error', () => {
    const { facts } = r.noredis!;
    expect(facts.boot.outcome).toBe('exited');
    expect(facts.boot.logTail?.join('\n')).toMatch(/redis: /);
    expect(r.noredis!.one('backing-services/services-reachable').outcome).toBe('skip');
  });
});

describe('a worker without a web process', () => {
  it('skips port and HTTP probes with the reason, and still runs the others', () => {
    const p = r.worker!;
    expect(p.facts.web).toBe(false);
    expect(p.facts.envNames).not.toContain('PORT');
    expect(p.facts.boot.outcome).toBe('not-applicable');
    expect(p.facts.exercise).toBeUndefined();
    for (const id of ['port-binding/binds-port', 'disposability/startup-time']) {
      const f = p.one(id);
      expect(f.outcome).toBe('skip');
      expect(f.message).toContain('no web process');
    }
    expect(p.facts.shutdown).toMatchObject({ classification: 'graceful', exitCode: 0 });
    expect(p.one('disposability/sigterm-shutdown').outcome).toBe('pass');
    expect(p.one('logs/stdout-output').outcome).toBe('pass');
    expect(p.facts.logs.head.map((l) => l.text)).toContain('processed job 1');
    expect(p.facts.replicas).toMatchObject({ requested: 2, ready: 2 });
    expect(p.one('concurrency/replicas').outcome).toBe('pass');
    expect(p.facts.admin[0]).toMatchObject({ exitCode: 0 });
  });
});
