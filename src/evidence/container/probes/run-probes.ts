import type { LogCapture, RuntimeFacts, SandboxFacts } from '../../../model/runtime';
import { DockerUnavailableError, type ImageInfo } from '../client';
import { STALE_AFTER_MS, sweep } from '../cleanup';
import { defaultContainerClient } from '../docker';
import { LogCollector } from '../log-capture';
import { type PortPlan, planPorts, portEnv, portVariablesOf } from '../ports';
import { isShellForm, normaliseSignal } from '../stop-signals';
import type { ProbeOptions } from '../types';
import { runAdmin } from './admin';
import { bootApp, type Booted } from './boot';
import { exerciseApp } from './exercise';
import { diffFilesystem } from './filesystem';
import { capturedLogs } from './logs';
import { runReplicas } from './replicas';
import { ServiceUse, startServices } from './services';
import { Cancelled, describeSandbox, hardenedSandbox, newRunId, type Running, Session, whyItExited } from './session';
import { checkSharedState } from './shared-state';
import { recordAlreadyExited, stopApp } from './shutdown';
import { ProbeRecord } from './status';

/**
 * Boots the image in a sandbox and measures it: backing services, admin
 * commands, readiness on the given ports (or the port it bound instead),
 * replicas and whether they share state, exercise requests, shutdown on the
 * stop signal, filesystem writes and logs. Each probe's status is in the
 * facts (done, cancelled, or not tried and why). App misbehaviour is
 * recorded, never thrown; only an engine that does not answer throws
 * (DockerUnavailableError). Everything created is removed before this
 * returns, whatever happened.
 */
export async function runProbes(opts: ProbeOptions): Promise<RuntimeFacts> {
  const t0 = performance.now();
  const client = opts.client ?? defaultContainerClient();
  await client.ping();
  // Debris of crashed audits (older than an hour) goes first; fresh objects of concurrent audits are never touched.
  await sweep({ olderThanMs: STALE_AFTER_MS }, client).catch(() => undefined);
  const image = await client.inspectImage(opts.imageId);
  const facts = initialFacts(opts, image);
  const probes = new ProbeRecord(facts);
  if (!image) {
    facts.boot.message = `image ${opts.imageId} is not present on the engine`;
    facts.errors.push({ probe: 'image', message: facts.boot.message });
    probes.finish(false, facts.boot.message);
    return facts;
  }

  const s = new Session(client, facts.runId, opts);
  s.sandbox = hardenedSandbox(image.user);
  const cfg = opts.config.run;
  let booted: Booted | undefined;
  let stoppedBy: string | undefined;
  try {
    s.check();
    await s.openNetwork(facts.network.name, facts.network.internal);
    const services = opts.config.services.length > 0 ? await probes.run('services', () => startServices(s, facts)) : noServices(probes);
    const baseEnv: Record<string, string> = { ...services.env, ...cfg.env };
    const plan: PortPlan | null = facts.web ? planPorts(portVariablesOf(opts.portVariables), cfg.port) : null;
    const appEnv = plan ? { ...baseEnv, ...portEnv(plan) } : baseEnv;
    facts.envNames = Object.keys(appEnv).sort();

    if (opts.config.admin.length > 0) await probes.run('admin', () => runAdmin(s, image, appEnv, facts));
    else probes.notTried('admin', 'no admin commands configured (admin: in .twelve-factor.yml)');

    // The app runs hardened first. When the sandbox gets in its way (it exits by itself, or says a write was
    // refused), it runs once more as its image says, so what is measured is the app as it would run; the facts say why.
    let use: ServiceUse;
    for (;;) {
      booted = await probes.run('boot', () => bootApp(s, image, appEnv, plan, facts));
      const first = booted;
      const { app } = first;
      // Up and reachable: on a given port, or found on another one (then the later probes go there).
      const up = first.ready || first.serving !== undefined;
      use = new ServiceUse(s, services.running);
      if (up) await use.observe(app);

      if (cfg.replicas < 2) {
        probes.notTried('replicas', 'run.replicas is 1');
        probes.notTried('shared-state', 'run.replicas is 1');
      } else if (!up) {
        probes.notTried('replicas', `the first copy did not come up (${facts.boot.outcome})`);
        probes.notTried('shared-state', `the first copy did not come up (${facts.boot.outcome})`);
      } else {
        await probes.run('replicas', () =>
          runReplicas(s, image, baseEnv, first, plan, facts, async (copies) => {
            const second = copies[0];
            if (!first.ready || !first.serving || !second) {
              probes.notTried('shared-state', !first.ready ? `the first copy is not ready (${facts.boot.outcome})` : 'no second copy came up to compare with');
              return;
            }
            const serving = first.serving;
            await probes.run('shared-state', () => checkSharedState(s, { n: 1, ip: app.ip, port: serving.port }, { n: 2, ip: second.running.ip, port: second.target.port }, facts));
          }),
        );
      }

      if (!first.serving) probes.notTried('exercise', facts.web ? `the app was not listening (${facts.boot.outcome})` : 'no web process');
      else {
        const serving = first.serving;
        await probes.run('exercise', () => exerciseApp(s, app, serving, facts));
        await use.observe(app);
      }
      const hindered = s.hardened ? await hinderedBySandbox(app) : undefined;
      if (!hindered) break;
      const because = `${hindered.event} as ${describeSandbox(s.sandbox, image.user)}: ${hindered.line}`;
      s.progress(`the app ${because}; running it again as its image says`);
      await s.remove(app.id);
      s.relax(because);
    }
    facts.sandbox = await sandboxFacts(s, booted.app.id);
    const { app } = booted;
    use.record(facts);

    if (app.hasExited()) {
      const code = await recordAlreadyExited(s, app, facts);
      probes.notTried('shutdown', `the app had already exited (code ${code}) before ${facts.stopSignal} was sent`);
    } else {
      await probes.run('shutdown', () => stopApp(s, app, facts));
    }
    await probes.run('filesystem', () => diffFilesystem(s, app, facts));
  } catch (e) {
    if (e instanceof DockerUnavailableError) throw e;
    stoppedBy = recordInterruption(facts, e);
  } finally {
    if (booted) {
      facts.logs = capturedLogs(booted.app.logs);
      if (!facts.probes?.logs) probes.set('logs', facts.cancelled ? { status: 'cancelled', why: 'the output up to the cancellation was kept' } : { status: 'done' });
    }
    if (facts.sandbox?.readOnlyRootfs) facts.sandbox.refusedWrites = refusedWrites(facts.logs);
    probes.finish(facts.cancelled === true, stoppedBy);
    for (const m of await s.cleanup()) facts.errors.push({ probe: 'cleanup', message: m });
  }
  facts.durationMs = Math.round(performance.now() - t0);
  return facts;
}

function noServices(probes: ProbeRecord): Awaited<ReturnType<typeof startServices>> {
  probes.notTried('services', 'no backing services configured (services: in .twelve-factor.yml)');
  return { env: {}, running: [] };
}

/** The sandbox as the engine applied it to the app's container, and why it is what it is. */
async function sandboxFacts(s: Session, appId: string): Promise<SandboxFacts | undefined> {
  const applied = (await s.client.inspectContainer(appId))?.sandbox;
  if (!applied) return undefined;
  const { capDrop: _capDrop, ...rest } = applied;
  return {
    ...rest,
    userSource: s.sandbox.userSource,
    ...(s.sandbox.relaxedBecause ? { relaxedBecause: s.sandbox.relaxedBecause } : {}),
    refusedWrites: [],
    hostFirewall: s.firewall?.applied ? { applied: true, detail: s.firewall.rule } : { applied: false, detail: s.firewall && !s.firewall.applied ? s.firewall.why : 'no run network' },
  };
}

/**
 * How the hardened sandbox got in the app's way before shutdown, if it did,
 * with the app's own line that says so: a refused write or operation in its
 * output, whether it then exited or carried on. An app that exited with no
 * such line (a crash, an OOM kill) is measured as it is.
 */
async function hinderedBySandbox(app: Running): Promise<{ event: string; line: string } | undefined> {
  const refused = app.logs.lastLines(100).findLast((l) => SANDBOX_REFUSAL.test(l));
  if (refused === undefined) return undefined;
  // Only an app that exited by itself (the engine still lists it with an exit code), not one removed under it.
  if (app.hasExited()) {
    const { code } = await app.exited;
    if (code >= 0) return { event: `exited with code ${code}`, line: whyItExited(app.logs) };
  }
  return { event: 'had a write refused', line: refused.trim() };
}

/**
 * What a refused write or operation says, whatever the language: EROFS on the read-only root, EACCES or EPERM as a
 * non-root user. Node 24's recursive mkdir reports a read-only root as ENOENT ("ENOENT: no such file or directory,
 * mkdir '/app/data'"), so that line counts too: an app whose directory really is missing fails the same way relaxed.
 */
const SANDBOX_REFUSAL = /read-only file system|\bEROFS\b|\bEACCES\b|\bEPERM\b|permission denied|operation not permitted|\bENOENT\b[^\n]*\bmkdir\b/i;

/** Output lines where the app said a write was refused by the read-only root filesystem (EROFS, whatever the language). */
function refusedWrites(logs: LogCapture): string[] {
  return [...logs.head, ...logs.tail]
    .map((l) => l.text)
    .filter((t) => SANDBOX_REFUSAL.test(t))
    .slice(0, 5);
}

/** The facts before anything ran: what the image and config say, every probe not yet done. */
function initialFacts(opts: ProbeOptions, image: ImageInfo | undefined): RuntimeFacts {
  const cfg = opts.config.run;
  const runId = opts.runId ?? newRunId();
  return {
    runId,
    imageId: image?.id ?? opts.imageId,
    ...(opts.releaseId ? { releaseId: opts.releaseId } : {}),
    imageLabels: image?.labels ?? {},
    startedAt: new Date().toISOString(),
    envNames: [],
    network: { name: `tfa-${runId}`, internal: cfg.network === 'internal' },
    stopSignal: normaliseSignal(image?.stopSignal),
    web: cfg.web ?? opts.web ?? true,
    boot: { outcome: 'error', port: null, timeoutMs: Math.round(cfg['boot-timeout'] * 1000) },
    logs: new LogCollector().snapshot(),
    admin: [],
    services: [],
    errors: [],
    ...(image ? { command: { entrypoint: image.entrypoint, cmd: image.cmd, shellForm: isShellForm(image.entrypoint, image.cmd) } } : {}),
  };
}

/** Records why the run stopped early; returns it in words. */
function recordInterruption(facts: RuntimeFacts, e: unknown): string {
  if (e instanceof Cancelled) {
    facts.cancelled = true;
    facts.errors.push({ probe: 'run', message: e.message });
    return 'cancelled';
  }
  const message = (e as Error).message;
  facts.errors.push({ probe: 'run', message });
  return message;
}
