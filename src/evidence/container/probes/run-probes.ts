import type { LogCapture, RuntimeFacts, SandboxFacts } from '../../../model/runtime';
import { DockerUnavailableError, type ImageInfo } from '../client';
import { STALE_AFTER_MS, sweep } from '../cleanup';
import { defaultContainerClient } from '../docker';
import { LogCollector } from '../log-capture';
import { randomPort } from '../ports';
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
import { stopApp } from './shutdown';

/**
 * Boots the image in a sandbox and measures it: backing services, admin
 * commands, readiness on $PORT (or the ports it bound instead), replicas,
 * exercise requests, shutdown on the stop signal, filesystem writes and logs.
 * App misbehaviour is recorded, never thrown; only an engine that does not
 * answer throws (DockerUnavailableError). Everything created is removed
 * before this returns, whatever happened.
 */
export async function runProbes(opts: ProbeOptions): Promise<RuntimeFacts> {
  const t0 = performance.now();
  const client = opts.client ?? defaultContainerClient();
  await client.ping();
  // Debris of crashed audits (older than an hour) goes first; fresh objects of concurrent audits are never touched.
  await sweep({ olderThanMs: STALE_AFTER_MS }, client).catch(() => undefined);
  const image = await client.inspectImage(opts.imageId);
  const facts = initialFacts(opts, image);
  if (!image) {
    facts.boot.message = `image ${opts.imageId} is not present on the engine`;
    facts.errors.push({ probe: 'image', message: facts.boot.message });
    return facts;
  }

  const s = new Session(client, facts.runId, opts);
  s.sandbox = hardenedSandbox(image.user);
  const cfg = opts.config.run;
  let booted: Booted | undefined;
  try {
    s.check();
    await s.openNetwork(facts.network.name, facts.network.internal);
    const services = await startServices(s, facts);
    const baseEnv: Record<string, string> = { ...services.env, ...cfg.env };
    const port = facts.web ? (cfg.port ?? randomPort()) : null;
    const appEnv = port === null ? baseEnv : { ...baseEnv, PORT: String(port) };
    facts.envNames = Object.keys(appEnv).sort();

    await runAdmin(s, image, appEnv, facts);
    // The app runs hardened first. When the sandbox gets in its way (it exits by itself, or says a write was
    // refused), it runs once more as its image says, so what is measured is the app as it would run; the facts say why.
    let use: ServiceUse;
    for (;;) {
      booted = await bootApp(s, image, appEnv, port, facts);
      use = new ServiceUse(s, services.running);
      const { app, ready } = booted;
      if (ready) await use.observe(app);
      if (ready && cfg.replicas > 1) await runReplicas(s, image, baseEnv, app, port, facts);
      if (ready && port !== null) {
        await exerciseApp(s, app, port, facts);
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
    await stopApp(s, app, facts);
    await diffFilesystem(s, app, facts);
  } catch (e) {
    if (e instanceof DockerUnavailableError) throw e;
    recordInterruption(facts, e);
  } finally {
    if (booted) facts.logs = capturedLogs(booted.app.logs);
    if (facts.sandbox?.readOnlyRootfs) facts.sandbox.refusedWrites = refusedWrites(facts.logs);
    for (const m of await s.cleanup()) facts.errors.push({ probe: 'cleanup', message: m });
  }
  facts.durationMs = Math.round(performance.now() - t0);
  return facts;
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

/** What a refused write or operation says, whatever the language: EROFS on the read-only root, EACCES or EPERM as a non-root user. */
const SANDBOX_REFUSAL = /read-only file system|\bEROFS\b|\bEACCES\b|\bEPERM\b|permission denied|operation not permitted/i;

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

function recordInterruption(facts: RuntimeFacts, e: unknown): void {
  if (e instanceof Cancelled) {
    facts.cancelled = true;
    facts.errors.push({ probe: 'run', message: e.message });
  } else {
    facts.errors.push({ probe: 'run', message: (e as Error).message });
  }
}
