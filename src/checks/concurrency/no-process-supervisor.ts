import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { signals } from '../../evidence/repo/artifacts';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

export const noProcessSupervisor: StaticCheck = {
  id: 'concurrency/no-process-supervisor',
  factor: 'concurrency',
  kind: 'static',
  role: 'core',
  title: 'Process types are not bundled under one supervisor',
  rationale:
    'Running honcho, foreman, supervisord, s6 or a pm2 cluster inside one container hides several process types from the platform: they cannot be scaled separately, and a crash of one is not seen as a crash of the container.',
  remediation: 'Give each process type its own container or Procfile entry and let the platform run and scale them; use pm2-runtime without -i, or tini for signal forwarding only.',
  conditions: {
    supervisor: { rubric: 'impeded', when: 'the start command runs several process types under one supervisor' },
  },
  run({ app }) {
    const out: FindingDraft[] = [];
    if (app.start.supervisor) {
      const s = app.start.supervisor;
      const types = app.start.supervised.length > 0 ? ` (${app.start.supervised.join(', ')})` : '';
      out.push(found('supervisor', `${s.origin} runs every process type under one supervisor${types}: ${s.text.slice(0, 80)}`, [fileEv(s.file, s.line, s.text.slice(0, 200))]));
    }
    const df = app.dockerfile;
    if (df) for (const i of df.instructions) if (i.keyword === 'RUN' && /\b(?:apt-get|apk|yum|pip3?)\s+(?:install|add)\b[^\n]{0,300}\bsupervisor\b/.test(commandText(i)) && out.length === 0) out.push(found('supervisor', 'the image installs supervisord to run several processes', [fileEv(df.file, i.line, i.args.slice(0, 200))]));
    for (const s of signals(app.snapshot).of('supervisor')) if (out.length === 0) out.push(found('supervisor', `process supervisor configured at ${s.file}:${s.line}`, [fileEv(s.file, s.line, s.snippet)]));
    return out.slice(0, MAX_EVIDENCE);
  },
};
