import { describe, expect, it } from 'vitest';
import { ConfigSchema, type ConfigInput } from '../../../src/config/schema';
import { runProbes } from '../../../src/evidence/container/index';
import { RuntimeFactsSchema } from '../../../src/model/runtime';
import { runRuntimeChecks } from '../../../src/pipeline/run-checks';
import { FakeContainerClient, type FakeProcess } from '../../support/fake-container-client';

// Probe logic against the fake client (in-process programs with real sockets);
// the same behaviours on real images and a real engine are in test/integration/runtime.

function config(input: ConfigInput = {}) {
  return ConfigSchema.parse({ ...input, run: { 'boot-timeout': 5, 'shutdown-timeout': 1, requests: 3, replicas: 1, ...(input.run ?? {}) } });
}

/** A well-behaved server on the port in `variable`: logs each request, exits 0 on SIGTERM; `migrate` is its admin task. */
function serverOn(variable: string, handler?: (p: FakeProcess, url: string) => string | number) {
  return async (p: FakeProcess): Promise<void> => {
    if (p.argv[0] === 'migrate') {
      p.log(`migrating with ${variable}=${p.env[variable]}`);
      return p.exit(0);
    }
    p.onSignal(() => p.exit(0));
    const raw = p.env[variable]!;
    const port = Number(/:(\d+)$/.exec(raw)?.[1] ?? raw);
    await p.listen(port, (q, r) => {
      p.log(`${q.method} ${q.url}`);
      const out = handler?.(p, q.url ?? '/') ?? 'ok';
      if (typeof out === 'number') r.statusCode = out;
      r.end(`${out}\n`);
    });
    p.log(`listening on ${port}`);
  };
}
const goodServer = serverOn('PORT');

interface ProbeExtra {
  signal?: AbortSignal;
  onProgress?: (l: string) => void;
  portVariables?: string[];
}

async function probe(main: (p: FakeProcess) => void | Promise<void>, input: ConfigInput = {}, extra: ProbeExtra = {}) {
  const client = new FakeContainerClient();
  const imageId = client.addImage('app', { main });
  const cfg = config(input);
  const t0 = performance.now();
  const facts = await runProbes({ imageId, config: cfg, runId: 'tfa-unit', client, ...extra });
  const ms = performance.now() - t0;
  RuntimeFactsSchema.parse(JSON.parse(JSON.stringify(facts)));
  expect(client.leftovers()).toEqual([]);
  const findings = runRuntimeChecks({ runtime: facts, config: cfg }, 'x');
  const one = (id: string) => {
    const f = findings.filter((x) => x.check === id);
    expect(f).toHaveLength(1);
    return f[0]!;
  };
  return { facts, client, ms, findings, one };
}

describe('runProbes with a fake client', () => {
  it('a good app: ready on a random PORT, exercised, graceful on SIGTERM, two replicas on two ports', async () => {
    const { facts, client } = await probe(goodServer, { run: { replicas: 2 } });
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.boot.port).toBeGreaterThanOrEqual(20000);
    expect(facts.boot.portVariable).toBe('PORT');
    expect(facts.exercise).toMatchObject({ path: '/', requests: 3, errors: 0, statuses: { '200': 3 }, served: 3 });
    expect(facts.shutdown).toMatchObject({ classification: 'graceful', exitCode: 0, killed: false });
    expect(facts.replicas).toMatchObject({ requested: 2, ready: 2 });
    expect(new Set(facts.replicas!.replicas.map((r) => r.port)).size).toBe(2);
    expect(facts.logs.head.map((l) => l.text)).toContain(`listening on ${facts.boot.port}`);
    expect(client.created.map((c) => c.labels['io.twelve-factor.role'])).toEqual(['app', 'replica']);
    expect(facts.probes).toMatchObject({ boot: { status: 'done' }, replicas: { status: 'done' }, exercise: { status: 'done' }, shutdown: { status: 'done' }, filesystem: { status: 'done' }, logs: { status: 'done' } });
    expect(facts.probes?.['shared-state']).toMatchObject({ status: 'done' });
    expect(facts.sharedState).toMatchObject({ status: 'not-checked' });
  });

  it('port variables: each gets its own port; the one the app bound is named, and replicas and admin runs get the same treatment', async () => {
    const { facts, client, one } = await probe(serverOn('SERVER_PORT'), { run: { replicas: 2 }, admin: [['migrate']] }, { portVariables: ['SERVER_PORT', 'ASPNETCORE_URLS'] });
    const { ports } = facts.boot;
    expect(Object.keys(ports!)).toEqual(['PORT', 'SERVER_PORT', 'ASPNETCORE_URLS']);
    expect(new Set(Object.values(ports!)).size).toBe(3);
    expect(facts.boot).toMatchObject({ outcome: 'ready', portVariable: 'SERVER_PORT', port: ports!.SERVER_PORT });
    const [admin, app, replica] = client.created;
    expect(admin!.env.ASPNETCORE_URLS).toBe(`http://0.0.0.0:${ports!.ASPNETCORE_URLS}`);
    expect(facts.admin[0]).toMatchObject({ exitCode: 0, outputTail: [`migrating with SERVER_PORT=${ports!.SERVER_PORT}`] });
    expect(app!.env.SERVER_PORT).toBe(String(ports!.SERVER_PORT));
    expect(facts.replicas!.replicas[1]).toMatchObject({ variable: 'SERVER_PORT', outcome: 'ready', port: Number(replica!.env.SERVER_PORT) });
    expect(one('port-binding/binds-port').message).toContain(`SERVER_PORT=${ports!.SERVER_PORT}`);
    expect(one('config/honours-env').outcome).toBe('pass');
  });

  it('an ASP.NET Core app binds the URL in ASPNETCORE_URLS', async () => {
    const { facts } = await probe(serverOn('ASPNETCORE_URLS'), {}, { portVariables: ['ASPNETCORE_URLS'] });
    expect(facts.boot).toMatchObject({ outcome: 'ready', portVariable: 'ASPNETCORE_URLS' });
  });

  it('a fixed run.port goes to every port variable, replica and admin run; PORT honouring is reported as not tested', async () => {
    const { facts, client, one } = await probe(goodServer, { run: { port: 47811, replicas: 2 }, admin: [['migrate']] }, { portVariables: ['SERVER_PORT'] });
    expect(facts.boot).toMatchObject({ outcome: 'ready', port: 47811, fixedPort: true, ports: { PORT: 47811, SERVER_PORT: 47811 } });
    expect(facts.boot.portVariable).toBeUndefined();
    expect(client.created.map((c) => c.env.PORT)).toEqual(['47811', '47811', '47811']);
    expect(facts.replicas).toMatchObject({ requested: 2, ready: 2 });
    expect(one('concurrency/replicas').outcome).toBe('pass');
    expect(one('config/honours-env')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('honouring PORT was not tested') });
  });

  it('readiness on http-path needs an accepted status: a 404 ends the wait as unhealthy, long before the boot timeout', async () => {
    const { facts, ms, one } = await probe(serverOn('PORT', () => 404), { run: { 'http-path': '/healthz', 'boot-timeout': 30, replicas: 2 } });
    expect(facts.boot).toMatchObject({ outcome: 'unhealthy', httpStatus: 404, readyStatuses: '2xx, 3xx', portVariable: 'PORT' });
    expect(ms).toBeLessThan(15_000);
    expect(one('port-binding/binds-port').outcome).toBe('pass');
    // Accepting on PORT answers VII; when it would have been ready is not known, so IX is not judged on it.
    expect(one('disposability/startup-time')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('answered 404') });
    expect(facts.exercise).toMatchObject({ statuses: { '404': 3 }, served: 0 });
    expect(one('processes/no-local-writes')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('none of the 3 requests to /healthz was served (404 ×3)') });
    expect(one('logs/no-log-files').outcome).toBe('skip');
  });

  it('an app on another port: the wait ends there, replicas wait on that port, exercise goes there', async () => {
    const { facts, ms, one } = await probe(
      async (p) => {
        p.onSignal(() => p.exit(0));
        await p.listen(47801);
      },
      { run: { 'boot-timeout': 30, replicas: 2 } },
    );
    expect(facts.boot.outcome).toBe('other-port');
    expect(facts.boot.listeningPorts).toEqual([47801]);
    expect(facts.boot.message).toContain(`listening on 47801, not PORT=${facts.boot.port}`);
    expect(facts.boot.listenerSeenMs).toBeLessThan(3000);
    expect(ms).toBeLessThan(15_000);
    expect(facts.replicas!.replicas.map((r) => [r.port, r.outcome])).toEqual([
      [47801, 'ready'],
      [47801, 'ready'],
    ]);
    expect(facts.exercise).toMatchObject({ port: 47801, served: 3 });
    expect(one('port-binding/binds-port').outcome).toBe('fail');
    // One cause, one factor (RUBRIC.md rule 5): ignoring PORT fails VII only.
    expect(one('config/honours-env')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('see port binding') });
    expect(one('disposability/startup-time')).toMatchObject({ outcome: 'skip', message: expect.stringContaining('not measured') });
  });

  it('an app that opens another port too late for the grace before the deadline is still found there, not "never listened"', async () => {
    // Boot timeout 1 s, the wrong port opens at 0.8 s: less than the grace is left, as on a loaded engine.
    const { facts, one } = await probe(
      async (p) => {
        p.onSignal(() => p.exit(0));
        await new Promise((r) => setTimeout(r, 800));
        await p.listen(47802);
      },
      { run: { 'boot-timeout': 1 } },
    );
    expect(facts.boot.outcome).toBe('other-port');
    expect(facts.boot.listeningPorts).toEqual([47802]);
    expect(facts.boot.message).toContain(`listening on 47802, not PORT=${facts.boot.port}`);
    expect(one('port-binding/binds-port')).toMatchObject({ outcome: 'fail', message: expect.stringContaining('listening on 47802') });
  });

  it('killed for its memory limit, before listening or after it came up: said so even when the engine marks it late', async () => {
    const early = await probe(async (p) => p.outOfMemory(2));
    expect(early.facts.boot).toMatchObject({ outcome: 'exited', exitCode: 137, oomKilled: true });
    expect(early.facts.boot.message).toContain('(out of memory)');
    // The first request takes it over the limit, as a leak under load would.
    const late = await probe(serverOn('PORT', (p) => {
        p.outOfMemory(2);
        return 'ok';
      }), { run: { requests: 1 } });
    expect(late.facts.boot.outcome).toBe('ready');
    expect(late.facts.shutdown).toMatchObject({ classification: 'not-running', exitCode: 137, oomKilled: true });
    expect(late.one('disposability/sigterm-shutdown').message).toContain('killed for its memory limit');
  });

  it('a crash before listening: the line that explains it is in the message, colour codes removed', async () => {
    const { facts, one } = await probe((p) => {
      p.log('\x1b[31mError:\x1b[0m DATABASE_URL is not set', 'stderr');
      p.exit(1);
    });
    expect(facts.boot).toMatchObject({ outcome: 'exited', exitCode: 1 });
    expect(facts.boot.logTail).toContain('Error: DATABASE_URL is not set');
    expect(facts.boot.message).toMatch(/^exited with code 1 before listening: Error: DATABASE_URL is not set \(given PORT=\d+\)$/);
    expect(one('port-binding/binds-port').message).toContain('Error: DATABASE_URL is not set');
    expect(facts.probes?.shutdown).toMatchObject({ status: 'not-tried', why: expect.stringContaining('already exited (code 1)') });
    expect(facts.probes?.exercise).toMatchObject({ status: 'not-tried' });
  });

  it('empty directories made at start are listed apart and are not state; files are', async () => {
    const dirs = await probe(async (p) => {
      p.mkdir('/app/data/upload');
      p.mkdir('/var/cache/nginx/client_temp');
      await goodServer(p);
    });
    expect(dirs.facts.filesystem).toMatchObject({ written: [], directories: ['/app/data/upload', '/var/cache/nginx/client_temp'] });
    expect(dirs.one('processes/no-local-writes')).toMatchObject({ outcome: 'pass', message: expect.stringContaining('2 empty directories') });
    const files = await probe(async (p) => {
      p.mkdir('/app/data');
      p.write('/app/data/sessions.json');
      await goodServer(p);
    });
    expect(files.facts.filesystem).toMatchObject({ written: ['/app/data/sessions.json'], directories: [] });
    expect(files.one('processes/no-local-writes').outcome).toBe('fail');
  });

  it('a counter in process memory behind two replicas: state not shared, with the requests', async () => {
    let made = 0;
    const { facts, one } = await probe(
      (p) => {
        made++;
        let hits = 0;
        return serverOn('PORT', () => String(++hits))(p);
      },
      { run: { 'http-path': '/count', replicas: 2 } },
    );
    expect(made).toBe(2);
    expect(facts.sharedState).toMatchObject({ status: 'not-shared', mode: 'http-path' });
    expect(facts.sharedState!.requests.map((r) => [r.replica, r.body])).toEqual([
      [1, '2'],
      [1, '3'],
      [2, '2'],
    ]);
    const f = one('processes/shared-state');
    expect(f.outcome).toBe('fail');
    expect(f.details).toContain('replica 2: GET /count → 200 "2"');
  });

  it('state kept in a backing service: the configured write through one replica is read through the other', async () => {
    const store: string[] = [];
    const add = () => {
      store.push('x');
      return 'added';
    };
    const { facts, one } = await probe(serverOn('PORT', (_p, url) => (url === '/add' ? add() : String(store.length))), {
      run: { replicas: 2, 'replica-check': { write: { method: 'POST', path: '/add' }, read: { path: '/items' } } },
    });
    expect(facts.sharedState).toMatchObject({ status: 'shared', mode: 'replica-check' });
    expect(one('processes/shared-state').outcome).toBe('pass');
  });

  it('without http-path, an app that answers 404 on / was not exercised, and the checks that depend on it say so', async () => {
    const { facts, one } = await probe(serverOn('PORT', () => 404));
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.exercise).toMatchObject({ path: '/', served: 0, statuses: { '404': 3 } });
    expect(one('processes/no-local-writes').outcome).toBe('skip');
  });

  it('a cancellation mid-exercise: every unfinished probe says cancelled, and no check passes on it', async () => {
    const controller = new AbortController();
    const { facts, one } = await probe(
      serverOn('PORT', () => {
        controller.abort();
        return 'ok';
      }),
      { run: { replicas: 1 } },
      { signal: controller.signal },
    );
    expect(facts.cancelled).toBe(true);
    expect(facts.probes).toMatchObject({
      boot: { status: 'done' },
      replicas: { status: 'not-tried', why: 'run.replicas is 1' },
      exercise: { status: 'cancelled' },
      shutdown: { status: 'cancelled' },
      filesystem: { status: 'cancelled' },
      logs: { status: 'cancelled' },
    });
    for (const id of ['disposability/sigterm-shutdown', 'processes/no-local-writes', 'logs/no-log-files']) {
      expect(one(id)).toMatchObject({ outcome: 'skip', message: expect.stringContaining('cancelled') });
    }
  });

  it('an abort during boot: boot and everything after it say cancelled, nothing left behind', async () => {
    const controller = new AbortController();
    const { facts, one } = await probe(() => new Promise(() => {}), { run: { replicas: 2 } }, { signal: controller.signal, onProgress: (l) => l.startsWith('booting') && setTimeout(() => controller.abort(), 50) });
    expect(facts.cancelled).toBe(true);
    expect(facts.shutdown).toBeUndefined();
    expect(facts.probes).toMatchObject({ boot: { status: 'cancelled' }, replicas: { status: 'cancelled' }, shutdown: { status: 'cancelled' } });
    expect(one('concurrency/replicas')).toMatchObject({ outcome: 'skip', message: 'replicas: cancelled' });
    expect(one('port-binding/binds-port').outcome).toBe('skip');
  });

  it('a wait longer than a few seconds says what it waits for', async () => {
    const lines: string[] = [];
    await probe(
      async (p) => {
        await new Promise((r) => setTimeout(r, 3500));
        await goodServer(p);
      },
      { run: { 'boot-timeout': 10 } },
      { onProgress: (l) => lines.push(l) },
    );
    expect(lines.some((l) => /^still waiting for the app to listen on PORT=\d+ \(3 s of 10 s\)$/.test(l))).toBe(true);
  });

  it('the shutdown stopwatch starts when the signal is sent: an immediate exit and a 300 ms one are told apart', async () => {
    const exitAfter = (ms: number) => async (p: FakeProcess) => {
      await goodServer(p);
      p.onSignal(() => setTimeout(() => p.exit(0), ms));
    };
    const quick = await probe(exitAfter(0));
    const slow = await probe(exitAfter(300));
    expect(quick.facts.shutdown!.elapsedMs).toBeLessThan(300);
    expect(slow.facts.shutdown!.elapsedMs).toBeGreaterThanOrEqual(300);
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
    expect(facts.probes?.exercise).toMatchObject({ status: 'not-tried', why: 'no web process' });
  });
});
