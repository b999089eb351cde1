import { lastInStage } from '../../evidence/repo/parsers/dockerfile';
import { fileEv, found } from '../support';
import type { StaticCheck } from '../types';

export const stopSignal: StaticCheck = {
  id: 'disposability/stop-signal',
  factor: 'disposability',
  kind: 'static',
  role: 'core',
  title: 'The stop signal lets the app shut down',
  rationale: 'Docker stops a container with its STOPSIGNAL (SIGTERM by default). SIGKILL as the stop signal turns every deploy into a crash: the app gets no chance to finish anything.',
  remediation: 'Leave STOPSIGNAL unset (SIGTERM) or set the signal your server drains on (SIGQUIT for nginx and php-fpm, SIGWINCH for Apache); never SIGKILL.',
  conditions: {
    sigkill: { rubric: 'sigkill-needed', when: 'STOPSIGNAL is SIGKILL' },
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df || !app.finalStage) return [];
    const stop = lastInStage(df, app.finalStage, 'STOPSIGNAL');
    if (!stop) return [];
    const sig = stop.body.trim().toUpperCase().replace(/^SIG/, '');
    if (sig === 'KILL' || sig === '9') return [found('sigkill', 'STOPSIGNAL SIGKILL gives the app no chance to shut down', [fileEv(df.file, stop.line, `STOPSIGNAL ${stop.body}`)])];
    return [];
  },
};
