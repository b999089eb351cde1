import { signals } from '../../evidence/repo/artifacts';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

const DAEMONIZE = /\bnohup\s|--daemon(?:ize)?\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|--pid(?:file)?[= ]|\bpidfile\b|&\s*$|\bdaemonize\s+(?:true|yes)\b|-D\s*$/;

const FOREGROUND = /^\s*nodaemon\s*=\s*true\b|^\s*daemon\s+off\s*;|^\s*daemonize\s*[=:]?\s*(?:no|false|off)\b/im;

export const noDaemonizing: StaticCheck = {
  id: 'concurrency/no-daemonizing',
  factor: 'concurrency',
  kind: 'static',
  role: 'core',
  title: 'Processes run in the foreground',
  rationale:
    'Factor VIII: processes never daemonise or write pid files; the process manager (Docker, systemd, the platform) owns restarts, output streams and shutdown. A backgrounded process escapes all three, and a pid file makes two copies fight.',
  remediation: 'Run the server in the foreground as PID 1 (or under tini): drop nohup, `&`, --daemon, pm2 start (use pm2-runtime) and pid files; for nginx add `-g "daemon off;"`.',
  conditions: {
    daemonises: { rubric: 'singleton', when: 'a start command or config backgrounds the process or writes a pid file' },
  },
  run({ app }) {
    const out: FindingDraft[] = [];
    for (const c of app.start.steps) {
      if (DAEMONIZE.test(c.text) && !/daemon\s+off|--no-daemon\b/.test(c.text) && !/&&\s*$/.test(c.text) && !/\bwait\b/.test(c.text)) out.push(found('daemonises', `${c.origin} backgrounds or daemonises the process`, [fileEv(c.file, c.line, c.text.slice(0, 200))]));
    }
    for (const s of signals(app.snapshot).of('daemonize')) {
      if (/daemon\s+off/.test(s.snippet) || out.length >= MAX_EVIDENCE) continue;
      // A pid file kept by a server the same config runs in the foreground (supervisord nodaemon=true) backgrounds nothing.
      if (/\bpid_?file\b/i.test(s.snippet) && !/daemon(?:ize)?\s*[=:]?\s*(?:true|yes|on)\b/i.test(s.snippet) && FOREGROUND.test(app.snapshot.read(s.file) ?? '')) continue;
      out.push(found('daemonises', `daemonising or pid file configured at ${s.file}:${s.line}`, [fileEv(s.file, s.line, s.snippet)]));
    }
    return out.slice(0, MAX_EVIDENCE);
  },
};
