import { execFileSync, spawnSync } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbes, STALE_AFTER_MS, sweep } from '../../src/evidence/container/index';
import { runRuntimeChecks } from '../../src/pipeline/run-checks';
import type { RuntimeFacts } from '../../src/model/runtime';
import { recordFigure } from '../support/adversarial-figures';
import { firewallLeftovers, runIdsOfThisFile } from '../support/docker';
import { labelled, relConfig, relRunId, reliabilityImage } from './docker-support';

// The sandbox against a container that tries the host, and against images
// that would run as root or need a writable root: who the app runs as, and
// whether it can reach what listens on the runner.

const myRunId = runIdsOfThisFile(relRunId, labelled);

const lines = (facts: RuntimeFacts) => [...facts.logs.head, ...facts.logs.tail].map((l) => l.text);

describe('the run network does not reach the host', () => {
  let server: net.Server;
  let port: number;
  let hostIp: string;
  beforeAll(async () => {
    // A listener on every host address, as a database or a Docker API on a self-hosted runner would be.
    server = net.createServer((c) => c.end('HOST-LISTENER\n'));
    await new Promise<void>((r) => server.listen(0, '0.0.0.0', r));
    port = (server.address() as net.AddressInfo).port;
    hostIp = Object.values(os.networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal && !/^(172\.(1[7-9]|2\d|3[01])|10\.)\./.test(i.address))?.address ?? '';
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  for (const network of ['internal', 'bridge'] as const) {
    it(`${network}: the bridge gateway and the host's own address are blocked by the per-run rule, and the rule is gone after`, async () => {
      const imageId = await reliabilityImage('chaos');
      const runId = myRunId(`host-${network}`);
      const t0 = Date.now();
      const facts = await runProbes({ imageId, runId, config: relConfig({ run: { network, env: { MODE: 'probe-host', HOST_PROBE_PORT: String(port), HOST_PROBE_IP: hostIp, BOOT_DELAY_MS: '3000' } } }) });
      const probes = lines(facts).filter((l) => l.startsWith('host-probe'));
      const reached = probes.filter((l) => l.includes('REACHED'));
      const rulesLeft = execFileSync('iptables', ['-S', 'INPUT'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(runId));
      recordFigure({ klass: 'trust-host', case: `${network} network: gateway and host address`, inputs: probes.length, crashes: 0, hangs: 0, leaks: labelled(runId).length + rulesLeft.length, violations: reached.length, maxMs: Date.now() - t0, note: probes.join('; ').slice(0, 160) });
      expect(facts.sandbox?.hostFirewall).toMatchObject({ applied: true });
      expect(probes.length).toBe(hostIp ? 2 : 1);
      expect(reached).toEqual([]);
      expect(rulesLeft).toEqual([]);
      // The auditor's own probes still reach the app through the same bridge.
      expect(facts.boot.outcome).toBe('ready');
    }, 120_000);
  }
});

describe('a run killed before it removed its rule', () => {
  it('the stale sweep (post step, next run) removes a rule whose bridge is gone, and keeps one whose bridge is there', async () => {
    const dead = myRunId('orphan-rule');
    const alive = myRunId('live-rule');
    const ruleFor = (bridge: string, runId: string) => ['INPUT', '-i', bridge, '-m', 'conntrack', '!', '--ctstate', 'ESTABLISHED,RELATED', '-m', 'comment', '--comment', `twelve-factor-audit:${runId}`, '-j', 'DROP'];
    // A run in flight: its (unlabelled, so unswept) network and bridge exist.
    const net = execFileSync('docker', ['network', 'create', alive], { encoding: 'utf8' }).trim();
    const bridge = `br-${net.slice(0, 12)}`;
    try {
      // A bridge name no engine made: the run and its network are gone, the rule stayed (SIGKILL, a lost host).
      execFileSync('iptables', ['-w', '5', '-I', ...ruleFor('br-0000deadbeef', dead)]);
      execFileSync('iptables', ['-w', '5', '-I', ...ruleFor(bridge, alive)]);
      const res = await sweep({ olderThanMs: STALE_AFTER_MS });
      const left = firewallLeftovers(dead);
      const kept = firewallLeftovers(alive);
      recordFigure({ klass: 'trust-host', case: 'rule of a killed run (bridge gone) and of a live one: stale sweep', inputs: 2, crashes: 0, hangs: 0, leaks: left.length, violations: kept.length === 1 ? 0 : 1 });
      expect(res.errors).toEqual([]);
      expect(left).toEqual([]);
      expect(kept).toEqual([`firewall ${bridge} ${alive} (iptables)`]);
    } finally {
      // Whatever the sweep did: neither rule may outlive the test (deleting one already gone fails, harmlessly).
      for (const rule of [ruleFor(bridge, alive), ruleFor('br-0000deadbeef', dead)]) spawnSync('iptables', ['-w', '5', '-D', ...rule], { stdio: 'ignore' });
      execFileSync('docker', ['network', 'rm', net], { stdio: 'ignore' });
    }
  }, 60_000);
});

describe('who the app runs as, and on what root filesystem', () => {
  it('an image that sets no USER runs as 65534 on a read-only root when it can', async () => {
    const imageId = await reliabilityImage('chaos', 'Dockerfile.no-user');
    const runId = myRunId('no-user');
    const facts = await runProbes({ imageId, runId, config: relConfig({ run: { env: { MODE: 'good' } } }) });
    recordFigure({ klass: 'sandbox', case: 'image without USER: runs as 65534, read-only root', inputs: 1, crashes: 0, hangs: 0, leaks: labelled(runId).length, ...(facts.sandbox?.user === '65534:65534' ? {} : { note: `ran as ${facts.sandbox?.user}` }) });
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.sandbox).toMatchObject({ user: '65534:65534', userSource: 'non-root-default', readOnlyRootfs: true, tmpfs: expect.arrayContaining(['/tmp']) });
    expect(facts.sandbox?.relaxedBecause).toBeUndefined();
  }, 120_000);

  it('an app that needs a writable root is booted again as its image says, and the facts say why', async () => {
    const imageId = await reliabilityImage('chaos');
    const runId = myRunId('needs-writable');
    const facts = await runProbes({ imageId, runId, config: relConfig({ run: { env: { MODE: 'needs-writable-root' } } }) });
    recordFigure({ klass: 'sandbox', case: 'app that writes its root at start: booted again writable, reported', inputs: 1, crashes: 0, hangs: 0, leaks: labelled(runId).length, note: facts.sandbox?.relaxedBecause?.slice(0, 150) });
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.sandbox).toMatchObject({ user: '1000', readOnlyRootfs: false });
    expect(facts.sandbox?.relaxedBecause, facts.sandbox?.relaxedBecause).toMatch(/exited with code 1 as the image.s user \(1000\), read-only root filesystem with tmpfs \/tmp: .*read-only file system/i);
    // Measured as it would run: the write it needed is in the diff.
    expect(facts.filesystem?.written).toContain('/app/data/started');
  }, 120_000);

  it('an app that has a write refused while serving is measured again as its image says, and its writes judged (VI)', async () => {
    const imageId = await reliabilityImage('chaos');
    const runId = myRunId('refused-writes');
    const config = relConfig({ run: { env: { MODE: 'writes-on-request' } } });
    const facts = await runProbes({ imageId, runId, config });
    const finding = runRuntimeChecks({ runtime: facts, config }, 'no stage').find((f) => f.check === 'processes/no-local-writes');
    recordFigure({ klass: 'sandbox', case: 'app whose per-request write the read-only root refused: measured again writable, VI judged', inputs: 1, crashes: 0, hangs: 0, leaks: labelled(runId).length, violations: finding?.condition === 'writes' ? 0 : 1, note: facts.sandbox?.relaxedBecause?.slice(0, 150) });
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.sandbox?.user).toBe('1000');
    // The app's log line may reach the auditor after the exercise ends (a loaded engine): then the run is not
    // repeated, and the refused writes themselves are the evidence. Either way VI sees the local state.
    if (facts.sandbox?.readOnlyRootfs === false) {
      expect(facts.sandbox.relaxedBecause).toMatch(/^had a write refused as the image's user \(1000\), read-only root filesystem with tmpfs \/tmp: could not save hits: EROFS: read-only file system/);
      expect(facts.filesystem?.written).toContain('/app/data/hits');
    } else {
      expect(facts.sandbox?.refusedWrites[0]).toMatch(/could not save hits: EROFS: read-only file system/);
    }
    expect(finding?.condition).toBe('writes');
  }, 120_000);
});
