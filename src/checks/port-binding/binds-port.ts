import type { PortSource } from '../../model/app';
import { error, found, givenPorts, measured, needRuntime, notRun, skip, tail, webOnly } from '../support';
import type { RuntimeCheck } from '../types';

/** A wrong port is as bad as where it comes from (RUBRIC.md rule 3): fixed in the command warns, written into the code fails. */
const WRONG_PORT: Record<PortSource, string> = {
  env: 'hardcoded-in-code',
  'start-command': 'fixed-in-command',
  'config-file': 'fixed-in-command',
  'base-image': 'base-image-server',
  code: 'hardcoded-in-code',
  unknown: 'hardcoded-in-code',
};

export const bindsPort: RuntimeCheck = {
  id: 'port-binding/binds-port',
  factor: 'port-binding',
  kind: 'runtime',
  role: 'core',
  question: 'port',
  title: 'The booted app binds the port it is given',
  rationale:
    'Factor VII: the platform assigns the port. The auditor gives the app a random port (never a common default) in PORT and in the variable its framework reads, and measures where it listens.',
  remediation:
    'Read the port from the environment (`process.env.PORT`, `os.environ["PORT"]`, `os.Getenv("PORT")`, SERVER_PORT for Spring) and listen on 0.0.0.0, not on a constant and not on 127.0.0.1 only.',
  conditions: {
    bound: { rubric: 'port-from-env', when: 'the app accepted connections on the port given in its environment' },
    'fixed-in-command': { rubric: 'fixed-port', when: 'it listened on another port, which its start command or a config file fixes' },
    'base-image-server': { rubric: 'opaque-server', when: 'it listened on the base image server\'s own port' },
    'hardcoded-in-code': { rubric: 'hardcoded-port', when: 'it listened on another port, written into the code' },
    loopback: { rubric: 'loopback', when: 'it listened on loopback only' },
    'never-binds': { rubric: 'never-binds', when: 'it never listened within the boot timeout, or exited first' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'port binding');
    if (Array.isArray(rt)) return rt;
    const notWeb = webOnly(rt, 'port binding') ?? notRun(rt, 'boot', 'port binding');
    if (notWeb) return notWeb;
    const b = rt.boot;
    const limit = b.timeoutMs;
    const honoured = (b as { portVariable?: string }).portVariable;
    const fixed = ctx.config.run.port !== undefined ? ' (run.port fixed the port, so honouring PORT was not tested)' : '';
    if (b.outcome === 'ready' || b.outcome === 'unhealthy') {
      // Accepting on the given port answers this question; what http-path answered is startup's.
      const accepted = b.acceptedMs ?? b.readyMs ?? 0;
      const http = b.outcome === 'unhealthy' ? ` (GET ${b.httpPath} answered ${b.httpStatus ?? 'nothing'}: see startup)` : '';
      return [found('bound', `accepted connections on ${honoured ?? 'PORT'}=${b.port} after ${accepted} ms${fixed}${http}`, [measured('time to accept on the given port', accepted, 'ms', limit), measured(honoured ?? 'PORT', b.port ?? 0, 'port')])];
    }
    if (b.outcome === 'error') return error(b.message ?? 'the app could not be booted');
    if (b.outcome === 'not-applicable') return skip('port binding: the app has no web process');
    const given = givenPorts(rt);
    const details = tail(b.logTail);
    const loopbackOnGiven = (b.listeners ?? []).filter((l) => given.has(l.port) && l.loopbackOnly);
    if (loopbackOnGiven.length > 0) {
      return [found('loopback', `listened on ${loopbackOnGiven.map((l) => `${l.ip}:${l.port}`).join(', ')} only (loopback), unreachable from outside the container`, [measured('given port', b.port ?? 0, 'port')], details)];
    }
    const listeners = (b.listeners ?? []).filter((l) => !given.has(l.port));
    const wrong = listeners.length > 0 ? listeners.map((l) => l.port) : (b.listeningPorts ?? []).filter((p) => !given.has(p));
    if (wrong.length > 0) {
      const ev = [measured('given port', b.port ?? 0, 'port'), ...wrong.slice(0, 5).map((p) => measured('listening port', p, 'port'))];
      if (listeners.length > 0 && listeners.every((l) => l.loopbackOnly)) return [found('loopback', `listened on loopback only (${listeners.map((l) => `${l.ip}:${l.port}`).join(', ')}), unreachable from outside the container`, ev, details)];
      const source = ctx.app?.port?.source ?? 'unknown';
      const where = ctx.app?.port?.file ? ` (${ctx.app.port.file}${ctx.app.port.line ? `:${ctx.app.port.line}` : ''})` : '';
      return [found(WRONG_PORT[source], b.message ?? `listening on ${wrong.join(', ')}, not the given PORT=${b.port}${where}`, ev, details)];
    }
    if (b.outcome === 'exited') return [found('never-binds', b.message ?? `exited with code ${b.exitCode} before binding the given port`, [measured('exit code', b.exitCode ?? -1, 'code')], details)];
    return [found('never-binds', b.message ?? `did not accept connections on PORT=${b.port} within ${limit / 1000} s`, [measured('boot timeout', limit, 'ms', limit)], details)];
  },
};
