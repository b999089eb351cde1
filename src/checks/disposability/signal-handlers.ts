import { serverProgram } from '../../evidence/repo/app/start-contract';
import { signals } from '../../evidence/repo/artifacts';
import { fileEv, found, measured, placesOf, skip } from '../support';
import type { StaticCheck } from '../types';

/** Servers and runtimes that stop gracefully on SIGTERM on their own: the JVM runs its shutdown hooks, gunicorn drains its workers. */
const SIGNAL_AWARE_SERVER = /^(?:gunicorn|uvicorn|hypercorn|daphne|waitress-serve|granian|puma|unicorn|passenger|sidekiq|celery|rq|php-fpm[\d.]*|nginx|httpd|apache2-foreground|httpd-foreground|caddy|java|dotnet|pm2-runtime|beam\.smp|elixir|iex|mix|traefik|envoy|uwsgi|frankenphp)$/;
const SIGNAL_AWARE_DEPS = /^(?:gunicorn|uvicorn|hypercorn|puma|unicorn|sidekiq|org\.springframework\.boot:spring-boot-starter\S*|io\.quarkus:\S+|io\.micronaut:\S+|io\.vertx:vertx-core|@godaddy\/terminus|http-terminator|stoppable|@nestjs\/terminus|lightship|close-with-grace|phoenix)$/;

export const signalHandlers: StaticCheck = {
  id: 'disposability/signal-handlers',
  factor: 'disposability',
  kind: 'static',
  role: 'core',
  question: 'shutdown',
  title: 'The app or its server handles SIGTERM',
  rationale:
    'Factor IX: on SIGTERM a web process stops accepting requests, finishes the ones in flight and exits; a worker returns its job to the queue. As PID 1, a runtime with no handler (node, python) ignores SIGTERM altogether until it is SIGKILLed.',
  remediation:
    'Handle SIGTERM: process.on("SIGTERM", () => server.close(…)), signal.Notify + srv.Shutdown (Go), signal.signal (Python) or run under gunicorn/uvicorn, server.shutdown=graceful (Spring), trap("TERM") or puma, tokio::signal (Rust), the generic host (.NET).',
  conditions: {
    handled: { rubric: 'handles-sigterm', when: 'the code, its framework or its server handles SIGTERM' },
    unhandled: { rubric: 'runtime-ignores-sigterm', when: 'no handler found, and the runtime as PID 1 ignores SIGTERM' },
  },
  run({ app }) {
    if (app.kind === 'one-off') return [];
    const idx = signals(app.snapshot);
    const handlers = idx.of('signal-handler');
    if (handlers.length > 0) return [found('handled', `SIGTERM is handled at ${handlers[0]!.file}:${handlers[0]!.line}`, placesOf(handlers).evidence)];
    const server = app.start.server;
    // `fastapi run` is uvicorn, `bundle exec puma` is puma: the server that gets the signal decides.
    const name = server ? serverProgram(server.text) : '';
    if (server && SIGNAL_AWARE_SERVER.test(name)) return [found('handled', `${server.origin} runs ${name}, which shuts down gracefully on SIGTERM`, [fileEv(server.file, server.line, server.text.slice(0, 200))])];
    const dep = app.manifests.flatMap((m) => m.dependencies.filter((d) => !d.dev && SIGNAL_AWARE_DEPS.test(d.name)).map((d) => ({ m, d })))[0];
    if (dep) return [found('handled', `${dep.d.name} handles SIGTERM for the app`, [fileEv(dep.m.file, dep.d.line, dep.d.name)])];
    if (idx.sourceFiles.size === 0 && !server) return skip('no source or start command the tool reads: SIGTERM handling is unknown');
    return [found('unhandled', `no SIGTERM handler found${server ? ` for ${server.text.slice(0, 60)}` : ''}; as PID 1 the runtime ignores SIGTERM and in-flight work is cut off by SIGKILL`, [measured('signal handlers', 0, 'places', 1)])];
  },
};
