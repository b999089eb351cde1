import { fileEv, found, measured, skip } from '../support';
import type { StaticCheck } from '../types';

export const portSource: StaticCheck = {
  id: 'port-binding/port-source',
  factor: 'port-binding',
  kind: 'static',
  role: 'core',
  subject: true,
  question: 'port',
  title: 'The app binds the port its environment gives it',
  rationale:
    'Factor VII: the app is self-contained and exports its service by binding a port given by the environment (PORT, or the variable its framework reads: SERVER_PORT, ASPNETCORE_URLS, ROCKET_PORT). A port fixed in the start command or a config file is a deploy setting in the wrong place; a port written into the code cannot be changed without a release; a loopback bind is unreachable from outside the container.',
  remediation: `Listen on 0.0.0.0 and the value of PORT (\`process.env.PORT\`, \`os.environ["PORT"]\`, \`os.Getenv("PORT")\`, \`server.port=\${PORT:8080}\`, \`--bind 0.0.0.0:$PORT\`); a default for local runs is fine when the variable wins.`,
  conditions: {
    'from-env': { rubric: 'port-from-env', when: 'the port comes from the environment (or a config key the environment overrides)' },
    'fixed-in-command': { rubric: 'fixed-port', when: 'the port is fixed in the start command, the Procfile or a config file with no env override' },
    'base-image-server': { rubric: 'opaque-server', when: 'the server comes from the base image with its own fixed port' },
    'hardcoded-in-code': { rubric: 'hardcoded-port', when: 'the port is written into the code with no override' },
    loopback: { rubric: 'loopback', when: 'the app binds 127.0.0.1 or localhost only' },
    'no-port': { rubric: 'no-port', when: 'the app serves no port (a worker or a one-off command)' },
  },
  run({ app }) {
    if (app.kind === 'worker' || app.kind === 'one-off') {
      const ev = app.kindStep ? [fileEv(app.kindStep.file, app.kindStep.line, app.kindStep.text.slice(0, 200))] : [];
      return [{ condition: 'no-port', message: `the app serves no port: ${app.kindReason}`, evidence: ev }];
    }
    const p = app.port;
    if (!p) return skip(app.kind === 'unknown' ? `whether the app serves a port is unknown (${app.kindReason})` : 'the app serves a port, but where its port comes from was not found in what the tool reads');
    const ev = p.file ? [fileEv(p.file, p.line, p.text)] : [measured('port from the environment', 1, 'overlay', 1)];
    const at = p.file ? ` (${p.file}${p.line ? `:${p.line}` : ''})` : '';
    if (p.loopback) return [found('loopback', `the app binds loopback only${p.port ? ` on ${p.port}` : ''}: unreachable from outside its container${at}`, ev)];
    switch (p.source) {
      case 'env':
        return [found('from-env', `the port comes from the environment${at}${p.file ? '' : `: ${p.text}`}`, ev)];
      case 'start-command':
        return [found('fixed-in-command', `the start command fixes the port at ${p.port}${at}`, ev)];
      case 'config-file':
        return [found('fixed-in-command', `a config file fixes the port${p.port ? ` at ${p.port}` : ''} and nothing lets the environment override it${at}`, ev)];
      case 'base-image':
        return [found('base-image-server', `the server comes from the base image and listens where its own config says${at}`, ev)];
      case 'code':
        return [found('hardcoded-in-code', `the port is written into the code${p.port ? ` (${p.port})` : ''} and PORT is never read${at}`, ev)];
      default:
        return skip(`the port comes from the command line${at}, and the start command passes none the tool can read`);
    }
  },
};
