import { finalStage, lastInStage } from '../../evidence/repo/parsers/dockerfile';
import { composeFiles, mainDockerfile, manifests, signals, startCommands } from '../../evidence/repo/artifacts';
import type { FindingDraft, StaticCheck } from '../types';
import { fileEv, placesOf, skip } from './util';

/** Servers that install their own SIGTERM handling (graceful worker shutdown). */
const SIGNAL_AWARE_SERVER = /\b(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|puma|unicorn|sidekiq|passenger|php-fpm|nginx|apache2-foreground|httpd-foreground|caddy|java\s+-jar|pm2-runtime|tini|dumb-init|celery)\b/;
const SIGNAL_AWARE_DEPS = /^(?:gunicorn|uvicorn|hypercorn|puma|unicorn|sidekiq|org\.springframework\.boot:spring-boot-starter-web\w*|org\.springframework\.boot:spring-boot-starter-webflux|@godaddy\/terminus|http-terminator|stoppable|actix-web|axum|fastify|@nestjs\/core)$/;
const FORWARDS_SIGNALS = /^\s*(?:exec\s|\/?(?:usr\/)?(?:s?bin\/)?(?:tini|dumb-init)\b)|(?:&&|;)\s*exec\s/;

export const disposabilityChecks: StaticCheck[] = [
  {
    id: 'disposability/exec-form-cmd',
    factor: 'disposability',
    kind: 'static',
    title: 'CMD/ENTRYPOINT use exec form',
    rationale:
      'Factor IX asks processes to shut down gracefully on SIGTERM. A shell-form CMD runs the app under /bin/sh -c, which does not forward SIGTERM, so the app is SIGKILLed after the grace period.',
    remediation: 'Write CMD ["node", "server.js"] (JSON array) instead of CMD node server.js, or `exec` the app from a shell form or entrypoint script.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      if (!stage) return skip(`${df.file} has no FROM`);
      const entry = lastInStage(df, stage, 'ENTRYPOINT');
      const cmd = lastInStage(df, stage, 'CMD');
      // With an ENTRYPOINT, it is the process that receives the signal; CMD only becomes its arguments.
      const main = entry ?? cmd;
      if (!main) return [{ outcome: 'warn', message: `${df.file} sets no CMD or ENTRYPOINT (the base image's command runs)`, evidence: [fileEv(df.file, stage.from.line)] }];
      if (main.exec) {
        const first = main.exec[0] ?? '';
        if (/^(?:\/bin\/)?(?:ba)?sh$/.test(first) && main.exec[1] === '-c' && !FORWARDS_SIGNALS.test(main.exec[2] ?? '')) {
          return [{ outcome: 'warn', message: `${main.keyword} is exec form but runs "${first} -c", which does not forward SIGTERM unless the command uses exec`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
        }
        return [{ outcome: 'pass', message: `${main.keyword} uses exec form`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
      }
      if (FORWARDS_SIGNALS.test(main.body)) return [{ outcome: 'pass', message: `${main.keyword} is shell form but execs the app`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
      return [{ outcome: 'fail', message: `${main.keyword} uses shell form; SIGTERM goes to /bin/sh, not the app`, evidence: [fileEv(df.file, main.line, main.args.slice(0, 200))] }];
    },
  },
  {
    id: 'disposability/signal-handlers',
    factor: 'disposability',
    kind: 'static',
    title: 'The app handles SIGTERM',
    rationale:
      'Factor IX: on SIGTERM a web process stops accepting requests, finishes the ones in flight and exits; a worker returns its job to the queue. Without a handler (or a server that installs one) in-flight work is cut off.',
    remediation:
      'Handle SIGTERM: process.on("SIGTERM", () => server.close(…)), signal.Notify + srv.Shutdown (Go), signal.signal (Python) or run under gunicorn/uvicorn, server.shutdown=graceful (Spring), trap("TERM") or puma, tokio::signal (Rust).',
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const handlers = idx.of('signal-handler');
      if (handlers.length > 0) return [{ outcome: 'pass', message: `SIGTERM handled at ${handlers[0]!.file}:${handlers[0]!.line}`, evidence: placesOf(handlers).evidence }];
      const cmds = startCommands(snapshot, config);
      const server = cmds.find((c) => SIGNAL_AWARE_SERVER.test(c.text));
      if (server) return [{ outcome: 'pass', message: `${server.origin} runs a server that shuts down gracefully on SIGTERM`, evidence: [fileEv(server.file, server.line, server.text.slice(0, 200))] }];
      const dep = manifests(snapshot).flatMap((m) => m.dependencies.filter((d) => !d.dev && SIGNAL_AWARE_DEPS.test(d.name)).map((d) => ({ m, d })))[0];
      // A declared server library only counts when no start command says something else runs.
      if (dep && cmds.length === 0) return [{ outcome: 'pass', message: `${dep.d.name} handles SIGTERM for the app`, evidence: [fileEv(dep.m.file, dep.d.line, dep.d.name)] }];
      if (idx.sourceFiles.size === 0) return skip('no runtime source files in the audited path');
      return [{ outcome: 'warn', message: 'no SIGTERM handler found; in-flight work is dropped on shutdown (the runtime probe measures it)', evidence: [{ kind: 'measurement', name: 'signal handlers', value: 0, unit: 'places', threshold: 1 }] }];
    },
  },
  {
    id: 'disposability/stop-signal',
    factor: 'disposability',
    kind: 'static',
    title: 'The stop signal lets the app shut down',
    rationale:
      'Docker stops a container with its STOPSIGNAL (SIGTERM by default). SIGKILL as stop signal, or a signal the app does not handle, turns every deploy into a crash.',
    remediation: 'Leave STOPSIGNAL unset (SIGTERM) or set the signal your server drains on (SIGQUIT for nginx and php-fpm, SIGWINCH for Apache); never SIGKILL.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      if (!stage) return skip(`${df.file} has no FROM`);
      const stop = lastInStage(df, stage, 'STOPSIGNAL');
      if (!stop) return [{ outcome: 'pass', message: 'no STOPSIGNAL: Docker sends SIGTERM', evidence: [fileEv(df.file, stage.from.line)] }];
      const sig = stop.body.trim().toUpperCase().replace(/^SIG/, '');
      if (sig === 'KILL' || sig === '9') return [{ outcome: 'fail', message: 'STOPSIGNAL SIGKILL gives the app no chance to shut down', evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
      if (['TERM', '15', 'INT', '2', 'QUIT', '3', 'WINCH', '28'].includes(sig)) return [{ outcome: 'pass', message: `STOPSIGNAL ${stop.body}`, evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
      return [{ outcome: 'warn', message: `unusual STOPSIGNAL ${stop.body}: make sure the app drains on it`, evidence: [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)] }];
    },
  },
  {
    id: 'disposability/healthcheck',
    factor: 'disposability',
    kind: 'static',
    title: 'A health check tells when the app is ready',
    rationale:
      'Fast startup only helps when the platform can tell the process is ready. A HEALTHCHECK (or compose healthcheck) lets rolling deploys wait for readiness and replace hung processes.',
    remediation: 'Add `HEALTHCHECK CMD …` probing a cheap endpoint (or a compose `healthcheck:`), or the platform\'s readiness probe.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const stage = df ? finalStage(df, config.build.target) : undefined;
      const hc = df && stage ? lastInStage(df, stage, 'HEALTHCHECK') : undefined;
      if (hc && /^NONE\b/i.test(hc.body)) return [{ outcome: 'warn', message: 'HEALTHCHECK NONE disables the health check', evidence: [fileEv(df!.file, hc.line)] }];
      if (hc) return [{ outcome: 'pass', message: 'the image declares a HEALTHCHECK', evidence: [fileEv(df!.file, hc.line, hc.args.slice(0, 200))] }];
      const compose = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== undefined && s.healthcheck).map((s) => ({ c, s })))[0];
      if (compose) return [{ outcome: 'pass', message: `compose service ${compose.s.name} declares a healthcheck`, evidence: [fileEv(compose.c.file, compose.s.line)] }];
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out: FindingDraft[] = [{ outcome: 'warn', message: 'no HEALTHCHECK in the image or compose file', evidence: [fileEv(df.file, stage?.from.line)] }];
      return out;
    },
  },
];
