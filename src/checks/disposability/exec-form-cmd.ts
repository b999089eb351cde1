import { DEV_RUNNER } from '../../evidence/repo/app-model';
import { railsDevelopmentServer } from '../../evidence/repo/rails';
import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';


export const execFormCmd: StaticCheck = {
  id: 'disposability/exec-form-cmd',
  factor: 'disposability',
  kind: 'static',
  role: 'core',
  subject: true,
  question: 'shutdown',
  title: 'SIGTERM reaches the app',
  rationale:
    'Factor IX asks processes to shut down gracefully on SIGTERM. Docker sends it to PID 1. A shell (`sh -c`, shell-form CMD) or a wrapper (`npm start`, `make`) as PID 1 neither execs the app nor forwards the signal, so the app is SIGKILLed after the grace period.',
  remediation: 'Write CMD ["node", "server.js"] (exec form) instead of CMD node server.js; `exec` the app at the end of an entrypoint script or `sh -c`; run under tini or dumb-init when a parent must stay.',
  conditions: {
    'reaches-app': { rubric: 'exec-entry', when: 'the app is PID 1, exec\'d by a shell, or under an init that forwards signals' },
    'dev-server': { rubric: 'dev-server', when: 'a development server is PID 1' },
    'base-image-entry': { rubric: 'hidden-handling', when: 'the image sets no command: the base image\'s command (and its signal handling) runs' },
    'shell-or-wrapper': { rubric: 'shell-pid1', when: 'a shell or wrapper is PID 1 and neither execs the app nor forwards SIGTERM' },
    'one-off': { rubric: 'one-off', when: 'the entry runs to completion and serves no port' },
  },
  run({ app }) {
    if (app.kind === 'one-off') {
      const s = app.kindStep;
      return [{ condition: 'one-off', message: `the entry is a one-off command: ${app.kindReason}`, evidence: s ? [fileEv(s.file, s.line, s.text.slice(0, 200))] : [] }];
    }
    const df = app.dockerfile;
    if (!df || !app.finalStage) return skip('no Dockerfile: what runs as PID 1 is up to the platform');
    const entry = app.start.entry;
    if (!entry) return [found('base-image-entry', `${df.file} sets no CMD or ENTRYPOINT: the base image's command runs`, [fileEv(df.file, app.finalStage.from.line, `FROM ${app.finalStage.from.raw}`)])];
    const step = app.start.signalStep ?? { origin: `Dockerfile ${entry.keyword}`, file: entry.file, line: entry.line, text: entry.text };
    const ev = [fileEv(step.file, step.line, step.text.slice(0, 200))];
    const server = app.start.server?.text ?? '';
    switch (app.start.signalPath) {
      case 'shell':
        return [found('shell-or-wrapper', `${step.origin} runs the app under a shell that neither execs it nor forwards SIGTERM${entry.shellForm ? ' (shell-form command)' : ''}: ${step.text.slice(0, 100)}`, ev)];
      case 'wrapper':
        return [found('shell-or-wrapper', `${step.origin} starts the app through ${step.text.split(/\s+/)[0]}, which does not pass SIGTERM on: ${step.text.slice(0, 100)}`, ev)];
      default:
        // `rails server` boots Puma: a development server only in the development environment.
        if (DEV_RUNNER.test(server) || railsDevelopmentServer(app, server)) return [found('dev-server', `a development server is PID 1: ${server.slice(0, 100)}`, [fileEv(app.start.server!.file, app.start.server!.line, server.slice(0, 200))])];
        return [found('reaches-app', describe(app.start.signalPath, step.text), ev)];
    }
  },
};

function describe(path: string | undefined, text: string): string {
  switch (path) {
    case 'exec':
      return `the start script execs the app, so it receives SIGTERM (${text.slice(0, 80)})`;
    case 'init':
      return `an init forwards SIGTERM to the app (${text.slice(0, 80)})`;
    case 'supervisor':
      return `a supervisor is PID 1 and passes SIGTERM to its processes (${text.slice(0, 80)})`;
    default:
      return `the app is PID 1 and receives SIGTERM itself (${text.slice(0, 80)})`;
  }
}
