import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RUN_LABEL, runProbes } from '../../src/evidence/container/index';
import { recordFigure } from '../support/adversarial-figures';
import { APPS, labelled, labelledByThisProcess, relConfig, relRunId, reliabilityImage, settle, spawnChild } from './docker-support';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-rel-signals-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const docker = (args: string[]) => execFileSync('docker', args, { encoding: 'utf8', timeout: 20_000 }).trim();
const inspect = (kind: 'container' | 'network', id: string) => JSON.parse(docker([kind, 'inspect', id]))[0];

/** Run ids of labelled containers whose env carries `tag`: how a test finds the CLI's own run. */
function runIdsTagged(tag: string): string[] {
  const ids = docker(['ps', '-a', '-q', '--filter', `label=${RUN_LABEL}`]).split('\n').filter(Boolean);
  const out = new Set<string>();
  for (const id of ids) {
    try {
      const c = inspect('container', id);
      if ((c.Config.Env as string[]).includes(`TFA_REL_TAG=${tag}`)) out.add(c.Config.Labels[RUN_LABEL]);
    } catch {
      // removed between ps and inspect
    }
  }
  return [...out];
}

const labelledImages = () => new Set(docker(['images', '-q', '--no-trunc', '--filter', `label=${RUN_LABEL}`]).split('\n').filter(Boolean));

type Phase = 'build' | 'boot' | 'exercise' | 'shutdown';
const MARKER: Record<Phase, RegExp> = { build: /sleep 30/, boot: /booting/, exercise: /ready on PORT/, shutdown: /sending SIGTERM/ };

describe('SIGINT and SIGTERM to the auditor in every phase (CLI `all`)', () => {
  for (const phase of ['build', 'boot', 'exercise', 'shutdown'] as Phase[]) {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) {
      it(`${sig} during ${phase}: exits promptly and leaves nothing behind within 5 s`, async () => {
        const tag = `${phase}-${sig}-${process.pid}-${Date.now().toString(36)}`;
        const app = path.join(tmp, tag);
        cpSync(path.join(APPS, phase === 'build' ? 'slow-build' : 'chaos'), app, { recursive: true });
        const env: Record<string, string> = { TFA_REL_TAG: tag, MODE: 'good' };
        if (phase === 'boot') env.BOOT_DELAY_MS = '30000';
        if (phase === 'exercise') env.RESPONSE_DELAY_MS = '30000';
        if (phase === 'shutdown') env.STOP_DELAY_MS = '30000';
        const config = { build: { args: { NONCE: tag } }, run: { env, 'boot-timeout': 60, 'shutdown-timeout': 30, replicas: 1, requests: 1 } };
        writeFileSync(path.join(app, '.twelve-factor.yml'), JSON.stringify(config));
        const imagesBefore = labelledImages();
        const t0 = Date.now();
        const child = spawnChild(['src/entry/cli.ts', 'all', app, '--artifacts', path.join(app, 'out'), '--no-color']);
        let sentAt = 0;
        let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
        let left: string[] = [];
        let runIds: string[] = [];
        try {
          await child.waitFor(MARKER[phase], 120_000);
          if (phase !== 'build') {
            // The phase's progress line comes before the engine lists its container; on a loaded machine, a while before.
            for (const until = Date.now() + 10_000; runIds.length === 0 && Date.now() < until; ) {
              await new Promise((r) => setTimeout(r, 100));
              runIds = runIdsTagged(tag);
            }
            expect(runIds.length).toBe(1);
          }
          sentAt = Date.now();
          child.proc.kill(sig);
          const killer = setTimeout(() => child.proc.kill('SIGKILL'), 15_000);
          exit = await child.exited;
          clearTimeout(killer);
          const elapsed = Date.now() - sentAt;
          left = [...(await Promise.all(runIds.map((id) => settle(id, Math.max(0, 5000 - (Date.now() - sentAt)))))).flat(), ...runIdsTagged(tag)];
          // An image a neighbour's run removes between the listing and its history is not this run's.
          const historyOf = (i: string) => {
            try {
              return docker(['history', '--no-trunc', i]);
            } catch {
              return '';
            }
          };
          const newImages = [...labelledImages()].filter((i) => !imagesBefore.has(i) && historyOf(i).includes(tag));
          left.push(...newImages.map((i) => `image ${i}`));
          recordFigure({
            klass: 'signals',
            case: `${sig} during ${phase}`,
            inputs: 1,
            crashes: exit.code === 130 || exit.code === 143 ? 0 : 1,
            hangs: exit.signal === 'SIGKILL' || elapsed > 5000 ? 1 : 0,
            leaks: left.length,
            maxMs: elapsed,
          });
          expect(exit.signal).toBeNull();
          expect(exit.code).toBe(sig === 'SIGINT' ? 130 : 143);
          expect(elapsed).toBeLessThan(5000);
          expect(left).toEqual([]);
        } finally {
          if (exit === undefined) child.proc.kill('SIGKILL');
          void t0;
        }
      }, 240_000);
    }
  }
});

describe('sandbox, as docker inspect sees the containers the auditor starts', () => {
  for (const network of ['internal', 'bridge'] as const) {
    it(`not privileged, nothing mounted, no-new-privileges, capabilities dropped, memory/CPU/pids limits, the image's non-root user, read-only root with tmpfs /tmp, ${network} network`, async () => {
      const imageId = await reliabilityImage('chaos');
      const runId = relRunId(`sandbox-${network}`);
      const config = relConfig({ run: { env: { MODE: 'good', BOOT_DELAY_MS: '4000' }, memory: '96m', cpus: 0.5, pids: 100, network } });
      const run = runProbes({ imageId, runId, config });
      // biome-ignore lint/suspicious/noExplicitAny: docker inspect JSON, read field by field
      let seen: Array<Record<string, any>> = [];
      const internalOf = new Map<string, boolean>();
      // Caught while booting: the app waits 4 s before it listens, so its container and network exist now.
      for (let i = 0; i < 100 && seen.length === 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        seen = docker(['ps', '-q', '--filter', `label=${RUN_LABEL}=${runId}`]).split('\n').filter(Boolean).map((id) => inspect('container', id));
        for (const c of seen) for (const name of Object.keys(c.NetworkSettings.Networks)) internalOf.set(name, inspect('network', name).Internal);
      }
      const facts = await run;
      const problems: string[] = [];
      for (const c of seen) {
        const h = c.HostConfig;
        if (h.Privileged) problems.push('privileged');
        if ((h.Binds ?? []).length > 0 || (c.Mounts ?? []).length > 0) problems.push(`mounts: ${JSON.stringify(c.Mounts)}`);
        if (JSON.stringify(c.Mounts ?? []).includes('docker.sock')) problems.push('docker socket mounted');
        if (!(h.SecurityOpt ?? []).some((o: string) => o.startsWith('no-new-privileges'))) problems.push(`SecurityOpt ${JSON.stringify(h.SecurityOpt)}`);
        if (h.Memory !== 96 * 1024 * 1024) problems.push(`memory ${h.Memory}`);
        if (h.NanoCpus !== 5e8 && !(h.CpuQuota > 0 && h.CpuQuota / (h.CpuPeriod || 100000) === 0.5)) problems.push(`cpus ${h.NanoCpus} ${h.CpuQuota}`);
        if (h.PidsLimit !== 100) problems.push(`pids ${h.PidsLimit}`);
        if ((h.CapAdd ?? []).length > 0) problems.push(`CapAdd ${h.CapAdd}`);
        for (const cap of ['NET_RAW', 'MKNOD', 'SYS_CHROOT']) if (!(h.CapDrop ?? []).includes(cap)) problems.push(`CapDrop lacks ${cap}`);
        // The chaos image says USER 1000: the app runs as that user, not root.
        if (c.Config.User !== '1000') problems.push(`user ${JSON.stringify(c.Config.User)}`);
        if (h.ReadonlyRootfs !== true) problems.push('root filesystem writable');
        if (!Object.keys(h.Tmpfs ?? {}).includes('/tmp')) problems.push(`tmpfs ${JSON.stringify(h.Tmpfs)}`);
        for (const name of Object.keys(c.NetworkSettings.Networks)) {
          const internal = internalOf.get(name);
          if (internal !== (network === 'internal')) problems.push(`network ${name} internal=${internal}`);
        }
      }
      recordFigure({ klass: 'sandbox', case: `${network} network`, inputs: seen.length, crashes: 0, hangs: 0, leaks: labelled(runId).length, ...(problems.length ? { note: problems.join('; ') } : {}) });
      expect(seen.length).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      expect(facts.network.internal).toBe(network === 'internal');
      // The facts say the same as docker inspect.
      expect(facts.sandbox).toMatchObject({ user: '1000', userSource: 'image', readOnlyRootfs: true, memoryBytes: 96 * 1024 * 1024, pidsLimit: 100, privileged: false, noNewPrivileges: true, mounts: 0 });
      expect(labelled(runId)).toEqual([]);
    }, 120_000);
  }
});

afterAll(() => {
  expect(labelledByThisProcess()).toEqual([]);
});
