import { describe, expect, it } from 'vitest';
import { ConfigSchema, type ConfigInput } from '../../../src/config/schema';
import { runProbes } from '../../../src/evidence/container/index';
import { RuntimeFactsSchema } from '../../../src/model/runtime';
import { FakeContainerClient, type FakeProcess } from '../../support/fake-container-client';

// Probe logic against the fake client (in-process programs with real sockets);
// the same behaviours on real images and a real engine are in test/integration/runtime.

function config(input: ConfigInput = {}) {
  return ConfigSchema.parse({ ...input, run: { 'boot-timeout': 5, 'shutdown-timeout': 1, requests: 3, replicas: 1, ...(input.run ?? {}) } });
}

/** A well-behaved server: binds $PORT, logs each request, exits 0 on SIGTERM. */
async function goodServer(p: FakeProcess): Promise<void> {
  p.onSignal(() => p.exit(0));
  await p.listen(Number(p.env.PORT), (q, r) => {
    p.log(`${q.method} ${q.url}`);
    r.end('ok\n');
  });
  p.log(`listening on ${p.env.PORT}`);
}

async function probe(main: (p: FakeProcess) => void | Promise<void>, input: ConfigInput = {}, extra: { signal?: AbortSignal; onProgress?: (l: string) => void } = {}) {
  const client = new FakeContainerClient();
  const imageId = client.addImage('app', { main });
  const facts = await runProbes({ imageId, config: config(input), runId: 'tfa-unit', client, ...extra });
  RuntimeFactsSchema.parse(JSON.parse(JSON.stringify(facts)));
  expect(client.leftovers()).toEqual([]);
  return { facts, client };
}

describe('runProbes with a fake client', () => {
  it('a good app: ready on a random PORT, exercised, graceful on SIGTERM, two replicas on two ports', async () => {
    const { facts, client } = await probe(goodServer, { run: { replicas: 2 } });
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.boot.port).toBeGreaterThanOrEqual(20000);
    expect(facts.exercise).toMatchObject({ path: '/', requests: 3, errors: 0, statuses: { '200': 3 } });
    expect(facts.shutdown).toMatchObject({ classification: 'graceful', exitCode: 0, killed: false });
    expect(facts.replicas).toMatchObject({ requested: 2, ready: 2 });
    expect(new Set(facts.replicas!.replicas.map((r) => r.port)).size).toBe(2);
    expect(facts.logs.head.map((l) => l.text)).toContain(`listening on ${facts.boot.port}`);
    expect(client.created.map((c) => c.labels['io.twelve-factor.role'])).toEqual(['app', 'replica']);
  });

  it('a crash before listening: exit code and the line that explains it', async () => {
    const { facts } = await probe((p) => {
      p.log('Error: DATABASE_URL is not set', 'stderr');
      p.exit(1);
    });
    expect(facts.boot).toMatchObject({ outcome: 'exited', exitCode: 1 });
    expect(facts.boot.logTail).toContain('Error: DATABASE_URL is not set');
    expect(facts.shutdown?.classification).toBe('not-running');
  });

  it('an app on another port: the listener is named', async () => {
    const { facts } = await probe(
      async (p) => {
        p.onSignal(() => p.exit(0));
        await p.listen(47801);
      },
      { run: { 'boot-timeout': 1 } },
    );
    expect(facts.boot.outcome).toBe('timeout');
    expect(facts.boot.listeningPorts).toEqual([47801]);
    expect(facts.boot.message).toContain(`listening on 47801, not PORT=${facts.boot.port}`);
  });

  it('an abort during boot: cancelled, and nothing left behind', async () => {
    const controller = new AbortController();
    const { facts } = await probe(() => new Promise(() => {}), {}, { signal: controller.signal, onProgress: (l) => l.startsWith('booting') && setTimeout(() => controller.abort(), 50) });
    expect(facts.cancelled).toBe(true);
    expect(facts.shutdown).toBeUndefined();
  });

  it('a worker (run.web false) has no port; running after the settle window counts as booted', async () => {
    const { facts, client } = await probe(
      (p) => {
        p.onSignal(() => p.exit(0));
      },
      { run: { web: false, 'boot-timeout': 1 } },
    );
    expect(facts.boot.outcome).toBe('not-applicable');
    expect(facts.envNames).not.toContain('PORT');
    expect(client.created[0]!.env.PORT).toBeUndefined();
    expect(facts.shutdown?.classification).toBe('graceful');
  });
});
