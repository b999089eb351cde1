import type { MeasurementEvidence } from '../../model/report';
import type { RuntimeFacts } from '../../model/runtime';
import type { FindingDraft, RuntimeCheck, RuntimeContext } from '../types';

const m = (name: string, value: number, unit: string, threshold?: number): MeasurementEvidence => ({
  kind: 'measurement',
  name,
  value,
  unit,
  ...(threshold !== undefined ? { threshold } : {}),
});

const REVISION = 'org.opencontainers.image.revision';

/** Facts or the reason they are missing, so each check says the same thing when the run did not happen. */
function needRuntime(ctx: RuntimeContext, what: string): RuntimeFacts | FindingDraft[] {
  if (!ctx.runtime) {
    const why = ctx.build?.status === 'failed' ? 'the image did not build' : 'the run stage did not happen';
    return [{ outcome: 'skip', message: `${what} not measured: ${why}` }];
  }
  return ctx.runtime;
}

/** A web probe is meaningless for a worker and for an app that never booted; say which. */
function webOnly(rt: RuntimeFacts, what: string): FindingDraft[] | undefined {
  if (!rt.web) return [{ outcome: 'skip', message: `${what}: the app has no web process (run.web is false or the Procfile has no web)` }];
  if (rt.cancelled && rt.boot.outcome === 'error') return [{ outcome: 'error', message: `${what}: the run was cancelled before the app booted` }];
  return undefined;
}

function tail(lines: string[] | undefined, n = 10): string[] {
  return (lines ?? []).slice(-n);
}

export const bindsPort: RuntimeCheck = {
  id: 'port-binding/binds-port',
  factor: 'port-binding',
  kind: 'runtime',
  title: 'The app binds the $PORT it is given',
  rationale:
    'Factor VII: the app is self-contained and exports its service by binding the port the platform assigns in $PORT. A hardcoded port works on a laptop and fails on every platform that picks the port.',
  remediation:
    'Read the port from the environment (`process.env.PORT`, `os.environ["PORT"]`, `os.Getenv("PORT")`) and listen on 0.0.0.0, not on a constant and not on 127.0.0.1 only.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'port binding');
    if (Array.isArray(rt)) return rt;
    const skip = webOnly(rt, 'port binding');
    if (skip) return skip;
    const b = rt.boot;
    const limit = b.timeoutMs;
    if (b.outcome === 'ready') {
      return [{ outcome: 'pass', message: `accepted connections on PORT=${b.port} after ${b.readyMs} ms`, evidence: [m('time to accept on $PORT', b.readyMs ?? 0, 'ms', limit), m('PORT', b.port ?? 0, 'port')] }];
    }
    if (b.outcome === 'timeout') {
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      return [
        {
          outcome: 'fail',
          message: b.message ?? `did not accept connections on PORT=${b.port} within ${limit / 1000} s`,
          evidence: [m('boot timeout', limit, 'ms', limit), ...wrong.map((p) => m('listening port', p, 'port'))],
          details: tail(b.logTail),
        },
      ];
    }
    if (b.outcome === 'exited') {
      return [{ outcome: 'fail', message: b.message ?? `exited with code ${b.exitCode} before binding PORT`, evidence: [m('exit code', b.exitCode ?? -1, 'code')], details: tail(b.logTail) }];
    }
    return [{ outcome: 'error', message: b.message ?? 'the app could not be booted' }];
  },
};

export const honoursEnv: RuntimeCheck = {
  id: 'config/honours-env',
  factor: 'config',
  kind: 'runtime',
  title: 'The app honours config given through the environment',
  rationale:
    'Factor III: config that varies between deploys lives in the environment. The auditor gives the app a random PORT no framework defaults to; an app that uses it reads its config from the environment rather than from code.',
  remediation: 'Read every deploy-specific value (port, URLs, credentials) from environment variables at startup.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'env config');
    if (Array.isArray(rt)) return rt;
    if (!rt.web) return [{ outcome: 'skip', message: 'env config: no web process, so no PORT to observe' }];
    const b = rt.boot;
    if (b.outcome === 'ready') return [{ outcome: 'pass', message: `used PORT=${b.port} from its environment`, evidence: [m('PORT honoured', b.port ?? 0, 'port')] }];
    if (b.outcome === 'timeout' && (b.listeningPorts ?? []).length > 0) {
      return [{ outcome: 'fail', message: `ignored PORT=${b.port} from its environment: ${b.message ?? ''}`.trim(), evidence: (b.listeningPorts ?? []).map((p) => m('listening port', p, 'port')) }];
    }
    return [{ outcome: 'skip', message: 'env config: the app never listened, so whether it reads PORT is unknown' }];
  },
};

export const startupTime: RuntimeCheck = {
  id: 'disposability/startup-time',
  factor: 'disposability',
  kind: 'runtime',
  title: 'The app starts fast',
  rationale:
    'Factor IX: processes start in seconds so the platform can scale out and replace them freely. A slow boot stretches every deploy and every crash recovery; platforms kill apps that miss their boot limit (Heroku R10: 60 s).',
  remediation: 'Move slow work (cache warming, migrations, asset builds) out of startup: into the build, an admin process, or a lazy first use.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'startup time');
    if (Array.isArray(rt)) return rt;
    const skip = webOnly(rt, 'startup time');
    if (skip) return skip;
    const b = rt.boot;
    if (b.outcome === 'ready') {
      const warnAt = Math.min(b.timeoutMs, 10_000);
      const slow = (b.readyMs ?? 0) > warnAt / 2;
      return [
        {
          outcome: slow ? 'warn' : 'pass',
          message: `ready in ${b.readyMs} ms${slow ? ` (more than half of ${warnAt} ms)` : ''}`,
          evidence: [m('startup time', b.readyMs ?? 0, 'ms', b.timeoutMs)],
        },
      ];
    }
    if (b.outcome === 'timeout') return [{ outcome: 'fail', message: `not ready within the boot timeout of ${b.timeoutMs} ms`, evidence: [m('startup time', b.timeoutMs, 'ms', b.timeoutMs)] }];
    if (b.outcome === 'exited') return [{ outcome: 'fail', message: b.message ?? 'exited during startup', evidence: [m('exit code', b.exitCode ?? -1, 'code')], details: tail(b.logTail) }];
    return [{ outcome: 'error', message: b.message ?? 'the app could not be booted' }];
  },
};

export const sigtermShutdown: RuntimeCheck = {
  id: 'disposability/sigterm-shutdown',
  factor: 'disposability',
  kind: 'runtime',
  title: 'The app shuts down gracefully on its stop signal',
  rationale:
    'Factor IX: processes shut down gracefully when they receive SIGTERM, finishing or handing back in-flight work. Platforms send SIGTERM, wait a grace period (10 s in Docker, 30 s on Heroku and Kubernetes), then SIGKILL, dropping whatever was running.',
  remediation:
    'Handle SIGTERM: stop accepting work, finish in-flight requests, close connections, exit 0. Use the exec form `CMD ["node", "server.js"]` so the app, not /bin/sh, is PID 1 and receives the signal.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'shutdown');
    if (Array.isArray(rt)) return rt;
    const sd = rt.shutdown;
    if (!sd) return [{ outcome: 'error', message: rt.cancelled ? 'shutdown not measured: the run was cancelled' : 'shutdown not measured: the app never ran long enough' }];
    const ev = [m('time to exit after ' + sd.signal, sd.elapsedMs, 'ms', sd.graceMs), m('exit code', sd.exitCode ?? -1, 'code')];
    const shell = sd.shellForm || rt.command?.shellForm;
    const cause = shell ? ` Likely cause: the image runs a shell-form command (${JSON.stringify(rt.command?.entrypoint ?? rt.command?.cmd ?? [])}), so /bin/sh is PID 1 and does not forward ${sd.signal}.` : '';
    switch (sd.classification) {
      case 'graceful':
        return [{ outcome: 'pass', message: `exited 0 ${sd.elapsedMs} ms after ${sd.signal}`, evidence: ev }];
      case 'signal-default':
        return [{ outcome: 'warn', message: `killed by ${sd.signal}'s default action after ${sd.elapsedMs} ms (exit ${sd.exitCode}): no handler, so in-flight work is dropped.${cause}`, evidence: ev }];
      case 'killed':
        return [{ outcome: 'fail', message: `ignored ${sd.signal} for the whole ${sd.graceMs} ms grace period and had to be SIGKILLed.${cause}`, evidence: ev }];
      case 'error-exit':
        return [{ outcome: 'warn', message: `exited with code ${sd.exitCode} ${sd.elapsedMs} ms after ${sd.signal}, not 0`, evidence: ev }];
      case 'not-running':
        return [{ outcome: 'skip', message: `shutdown not measured: the app had already exited (code ${sd.exitCode}) before ${sd.signal} was sent` }];
    }
  },
};

export const stdoutOutput: RuntimeCheck = {
  id: 'logs/stdout-output',
  factor: 'logs',
  kind: 'runtime',
  title: 'The app writes its logs to stdout/stderr',
  rationale:
    'Factor XI: an app never routes or stores its log stream; it writes events unbuffered to stdout and the platform collects them. Output the platform cannot see is lost when the container goes.',
  remediation: 'Log to stdout/stderr (console, logging.StreamHandler, log.Println) and let the platform route it; remove file transports and appenders.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'log output');
    if (Array.isArray(rt)) return rt;
    const l = rt.logs;
    const bytes = l.stdoutBytes + l.stderrBytes;
    const ev = [m('stdout bytes', l.stdoutBytes, 'bytes'), m('stderr bytes', l.stderrBytes, 'bytes'), m('lines', l.stdoutLines + l.stderrLines, 'lines')];
    if (rt.boot.outcome === 'error' && bytes === 0) return [{ outcome: 'error', message: 'log output not measured: the app did not run' }];
    if (bytes > 0) return [{ outcome: 'pass', message: `wrote ${l.stdoutLines + l.stderrLines} lines (${bytes} bytes) to stdout/stderr`, evidence: ev }];
    const files = rt.filesystem?.logFiles ?? [];
    return [{ outcome: files.length > 0 ? 'fail' : 'warn', message: files.length > 0 ? `wrote nothing to stdout/stderr but created log files: ${files.join(', ')}` : 'wrote nothing to stdout/stderr while booting, serving and stopping', evidence: ev }];
  },
};

export const noLogFiles: RuntimeCheck = {
  id: 'logs/no-log-files',
  factor: 'logs',
  kind: 'runtime',
  title: 'The app creates no log files in the container',
  rationale: 'Factor XI: logs are a stream, not files. Log files inside a container fill its disk, vanish with it, and are invisible to the platform.',
  remediation: 'Remove file log handlers (winston File transport, logging.FileHandler, log4j FileAppender …) and log to stdout.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'log files');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: 'error', message: 'log files not measured: the container filesystem could not be diffed' }];
    const n = fsFacts.logFiles.length;
    if (n === 0) return [{ outcome: 'pass', message: 'no log files created', evidence: [m('log files created', 0, 'files', 0)] }];
    return [{ outcome: 'fail', message: `created ${n} log file${n === 1 ? '' : 's'}: ${fsFacts.logFiles.slice(0, 5).join(', ')}`, evidence: [m('log files created', n, 'files', 0)], details: fsFacts.logFiles.slice(0, 50) }];
  },
};

export const noLocalWrites: RuntimeCheck = {
  id: 'processes/no-local-writes',
  factor: 'processes',
  kind: 'runtime',
  title: 'The app keeps no state on local disk',
  rationale:
    'Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Files written to the container disk are lost on restart and invisible to other replicas.',
  remediation: 'Keep sessions, uploads and data in a backing service (database, Redis, object storage); use /tmp only for scratch space within one request.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'local writes');
    if (Array.isArray(rt)) return rt;
    const fsFacts = rt.filesystem;
    if (!fsFacts) return [{ outcome: 'error', message: 'local writes not measured: the container filesystem could not be diffed' }];
    const n = fsFacts.written.length;
    const exercised = rt.exercise ? `after ${rt.exercise.requests} requests to ${rt.exercise.path}` : 'during the run';
    if (n === 0) return [{ outcome: 'pass', message: `no files written outside temp dirs ${exercised}`, evidence: [m('files written outside temp dirs', 0, 'files', 0), m('temp dir writes', fsFacts.tempWrites, 'files')] }];
    return [{ outcome: 'fail', message: `wrote ${n} file${n === 1 ? '' : 's'} outside temp dirs ${exercised}: ${fsFacts.written.slice(0, 5).join(', ')}`, evidence: [m('files written outside temp dirs', n, 'files', 0)], details: fsFacts.written.slice(0, 50) }];
  },
};

export const replicasCheck: RuntimeCheck = {
  id: 'concurrency/replicas',
  factor: 'concurrency',
  kind: 'runtime',
  title: 'Several replicas run side by side',
  rationale: 'Factor VIII: the app scales out by running more processes. Two copies must boot together without fighting over a port, a lock file or a pid file.',
  remediation: 'Remove pid files, fixed ports and exclusive local locks; keep shared state in backing services so any number of copies can run.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'replicas');
    if (Array.isArray(rt)) return rt;
    const r = rt.replicas;
    if (!r) {
      if (ctx.config.run.replicas < 2) return [{ outcome: 'skip', message: 'replicas not tried: run.replicas is 1' }];
      return [{ outcome: 'skip', message: `replicas not tried: the first copy did not come up (${rt.boot.outcome})` }];
    }
    const ev = [m('replicas up together', r.ready, 'replicas', r.requested)];
    const details = r.replicas.map((x) => `${x.port ? `PORT=${x.port}` : 'worker'}: ${x.outcome}${x.readyMs !== undefined ? ` in ${x.readyMs} ms` : ''}${x.message ? ` (${x.message})` : ''}`);
    if (r.ready >= r.requested) return [{ outcome: 'pass', message: `${r.ready} replicas ran side by side`, evidence: ev, details }];
    return [{ outcome: 'fail', message: `only ${r.ready} of ${r.requested} replicas came up side by side`, evidence: ev, details }];
  },
};

export const adminCommands: RuntimeCheck = {
  id: 'admin-processes/admin-commands',
  factor: 'admin-processes',
  kind: 'runtime',
  title: 'Admin commands run as one-off processes from the release',
  rationale:
    'Factor XII: admin and maintenance tasks run as one-off processes in an identical environment: the same image, code and config as the app, so a migration tests what ships.',
  remediation: 'Ship admin scripts in the image and make them exit 0 on success; list them under `admin:` in .twelve-factor.yml.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'admin commands');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.admin.length === 0) return [{ outcome: 'skip', message: 'no admin commands configured (`admin:` in .twelve-factor.yml)' }];
    if (rt.admin.length === 0) {
      const err = rt.errors.find((e) => e.probe === 'admin');
      return [{ outcome: 'error', message: `admin commands did not run${err ? `: ${err.message}` : rt.cancelled ? ': the run was cancelled' : ''}` }];
    }
    return rt.admin.map((a): FindingDraft => {
      const cmd = a.command.join(' ');
      const ev = [m('exit code', a.exitCode ?? -1, 'code', 0), m('duration', a.durationMs, 'ms')];
      const sameImage = a.imageId === rt.imageId;
      if (a.timedOut) return { outcome: 'fail', message: `\`${cmd}\` did not finish in time`, evidence: ev, details: a.outputTail.slice(-10) };
      if (a.exitCode === 0 && sameImage) return { outcome: 'pass', message: `\`${cmd}\` exited 0 in ${a.durationMs} ms from the released image`, evidence: ev };
      if (!sameImage) return { outcome: 'fail', message: `\`${cmd}\` ran from ${a.imageId}, not the app's image ${rt.imageId}`, evidence: ev };
      return { outcome: 'fail', message: `\`${cmd}\` exited with code ${a.exitCode}`, evidence: ev, details: a.outputTail.slice(-10) };
    });
  },
};

export const servicesReachable: RuntimeCheck = {
  id: 'backing-services/services-reachable',
  factor: 'backing-services',
  kind: 'runtime',
  title: 'The app boots against backing services given by URL',
  rationale:
    'Factor IV: backing services are attached resources located by config. The app booted with service URLs in its environment and nothing else, so swapping a service means changing a URL, not the code.',
  remediation: 'Read each service location from one env variable (DATABASE_URL, REDIS_URL …) and connect at startup; do not hardcode hosts.',
  judge(ctx) {
    const rt = needRuntime(ctx, 'backing services');
    if (Array.isArray(rt)) return rt;
    if (ctx.config.services.length === 0) return [{ outcome: 'skip', message: 'no backing services configured (`services:` in .twelve-factor.yml)' }];
    return rt.services.map((s): FindingDraft => {
      if (!s.ready) return { outcome: 'error', message: `service ${s.name} (${s.image}) was not ready: ${s.message ?? 'unknown reason'}` };
      const booted = rt.boot.outcome === 'ready' || (!rt.web && rt.boot.outcome === 'not-applicable');
      const ev = [m(`connections to ${s.name}`, s.connections ?? 0, 'connections'), m(`${s.name} ready`, s.readyMs ?? 0, 'ms')];
      if (!booted) return { outcome: 'fail', message: `the app did not boot with ${s.name} at ${s.host}:${s.port} (${s.env.join(', ') || 'no env'}): ${rt.boot.message ?? rt.boot.outcome}`, evidence: ev };
      if (s.used === true) return { outcome: 'pass', message: `booted and connected to ${s.name} at ${s.host}:${s.port} given in ${s.env.join(', ')}`, evidence: ev };
      if (s.used === false) return { outcome: 'warn', message: `booted with ${s.name} in ${s.env.join(', ')} but no connection to it was seen`, evidence: ev };
      return { outcome: 'pass', message: `booted with ${s.name} given in ${s.env.join(', ')}`, evidence: ev };
    });
  },
};

export const imageRevision: RuntimeCheck = {
  id: 'codebase/image-revision',
  factor: 'codebase',
  kind: 'runtime',
  title: 'The image is labelled with the audited revision',
  rationale:
    'Factor I: one codebase, many deploys, each traceable to a commit. The OCI label org.opencontainers.image.revision ties the running image to the audited commit.',
  remediation: 'Build with `--label org.opencontainers.image.revision=$GITHUB_SHA` (the build stage does this) or `LABEL` it in the Dockerfile from a build arg.',
  judge(ctx) {
    // A failed build has no image, so its (empty) labels prove nothing either way.
    const labels = ctx.runtime?.imageLabels ?? (ctx.build?.status === 'ok' ? ctx.build.labels : undefined);
    if (!labels) return [{ outcome: 'skip', message: 'image revision not checked: no image was built or run' }];
    const expected = ctx.commit ?? ctx.build?.revision;
    const actual = labels[REVISION];
    if (!actual) return [{ outcome: 'fail', message: `the image has no ${REVISION} label` }];
    if (!expected) return [{ outcome: 'skip', message: `the image says revision ${actual.slice(0, 12)}, but the audited commit is unknown` }];
    const same = actual === expected || (actual.length >= 7 && expected.startsWith(actual)) || (expected.length >= 7 && actual.startsWith(expected));
    const ev = [m('revision matches', same ? 1 : 0, 'boolean', 1)];
    if (same) return [{ outcome: 'pass', message: `image label ${REVISION}=${actual.slice(0, 12)} is the audited commit`, evidence: ev }];
    return [{ outcome: 'fail', message: `image label says ${actual.slice(0, 12)}, the audited commit is ${expected.slice(0, 12)}`, evidence: ev }];
  },
};

export const releasedImage: RuntimeCheck = {
  id: 'build-release-run/released-image',
  factor: 'build-release-run',
  kind: 'runtime',
  title: 'The run used the released image',
  rationale:
    'Factor V: build, release and run are strictly separate; the run stage executes exactly the release it is given, never a rebuilt or different image.',
  remediation: 'Run the image id recorded in release.json (the run stage checks it); do not rebuild between release and run.',
  judge(ctx) {
    const rt = ctx.runtime;
    if (!rt) return [{ outcome: 'skip', message: 'released image not checked: the run stage did not happen' }];
    if (!ctx.release) return [{ outcome: 'skip', message: 'released image not checked: no release.json (stages ran together without a release)' }];
    const same = ctx.release.imageId === rt.imageId;
    const built = ctx.build?.imageId;
    const ev = [m('run image matches release', same ? 1 : 0, 'boolean', 1)];
    if (!same) return [{ outcome: 'fail', message: `ran image ${rt.imageId.slice(7, 19)}, but release ${ctx.release.releaseId} is image ${ctx.release.imageId.slice(7, 19)}`, evidence: ev }];
    if (built && built !== ctx.release.imageId) return [{ outcome: 'fail', message: `release ${ctx.release.releaseId} points at ${ctx.release.imageId.slice(7, 19)}, not the built image ${built.slice(7, 19)}`, evidence: ev }];
    return [{ outcome: 'pass', message: `ran image ${rt.imageId.slice(7, 19)} of release ${ctx.release.releaseId}`, evidence: ev }];
  },
};

export const PROBE_CHECKS: RuntimeCheck[] = [
  imageRevision,
  honoursEnv,
  servicesReachable,
  releasedImage,
  noLocalWrites,
  bindsPort,
  replicasCheck,
  startupTime,
  sigtermShutdown,
  stdoutOutput,
  noLogFiles,
  adminCommands,
];
