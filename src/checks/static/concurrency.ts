import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { appScripts, composeFiles, mainDockerfile, procfile, signals, startCommands } from '../../evidence/repo/artifacts';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, fileEv, MAX_EVIDENCE, skip } from './util';

const DAEMONIZE = /\bnohup\s|--daemon(?:ize)?\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|--pid(?:file)?[= ]|\bpidfile\b|&\s*$|\bdaemonize\s+(?:true|yes)\b|-D\s*$/;
const SUPERVISOR = /\bsupervisord\b|\bs6-svscan\b|\b\/init\b.*s6|\brunsvdir\b|\bcircusd\b|\bpm2(?:-runtime)?\b[^\n]{0,200}\s(?:-i|--instances)\s+(?:max|\d+)|\bforeman\s+start\b|\bhoncho\s+start\b|\bovermind\b/;

export const concurrencyChecks: StaticCheck[] = [
  {
    id: 'concurrency/process-types',
    factor: 'concurrency',
    kind: 'static',
    title: 'Process types are declared',
    rationale:
      'Factor VIII scales out through the process model: each kind of work (web, worker, clock) is a named process type the platform can run and scale independently.',
    remediation: 'Declare process types in a Procfile (`web: …`, `worker: …`) or as compose services built from the app, each with its own command.',
    run({ snapshot, config }) {
      const pf = procfile(snapshot);
      if (pf && pf.processes.length > 0) {
        return [{ outcome: 'pass', message: `Procfile declares ${pf.processes.map((p) => p.name).join(', ')}`, evidence: pf.processes.slice(0, MAX_EVIDENCE).map((p) => fileEv(pf.file, p.line, `${p.name}: ${p.command}`.slice(0, 200))) }];
      }
      const built = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== undefined).map((s) => ({ c, s })));
      if (built.length > 0) return [{ outcome: 'pass', message: `compose runs the app as ${built.map(({ s }) => s.name).join(', ')}`, evidence: built.slice(0, MAX_EVIDENCE).map(({ c, s }) => fileEv(c.file, s.line)) }];
      const cmd = startCommands(snapshot, config).find((c) => c.origin.startsWith('Dockerfile'));
      if (cmd) return [{ outcome: 'pass', message: `one process type, from ${cmd.origin}`, evidence: [fileEv(cmd.file, cmd.line, cmd.text.slice(0, 200))] }];
      if (!mainDockerfile(snapshot, config)) return skip('no Procfile, compose file or Dockerfile declares how the app runs');
      return [{ outcome: 'warn', message: 'the Dockerfile sets no CMD or ENTRYPOINT and no Procfile declares process types', evidence: [fileEv(mainDockerfile(snapshot, config)!.file)] }];
    },
  },
  {
    id: 'concurrency/no-daemonizing',
    factor: 'concurrency',
    kind: 'static',
    title: 'Processes run in the foreground (no daemonising or pid files)',
    rationale:
      'Factor VIII: processes never daemonise or write pid files; the process manager (Docker, systemd, the platform) owns restarts, output streams and shutdown. A backgrounded process escapes all three.',
    remediation: 'Run the server in the foreground as PID 1 (or under tini): drop nohup, `&`, --daemon, pm2 start (use pm2-runtime) and pid files; for nginx add `-g "daemon off;"`.',
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      const out: FindingDraft[] = [];
      for (const c of cmds) {
        if (DAEMONIZE.test(c.text) && !/daemon\s+off/.test(c.text) && !/&&\s*$/.test(c.text) && !/\bwait\b/.test(c.text)) {
          out.push({ outcome: 'fail', message: `${c.origin} backgrounds or daemonises the process`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
        }
      }
      for (const s of signals(snapshot).of('daemonize')) {
        if (/daemon\s+off/.test(s.snippet) || out.some((o) => o.evidence?.some((e) => e.kind === 'file' && e.file === s.file && e.line === s.line))) continue;
        out.push({ outcome: 'fail', message: `daemonising or pid file configured at ${s.file}:${s.line}`, evidence: [fileEv(s.file, s.line, s.snippet)] });
      }
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      if (cmds.length === 0 && appScripts(snapshot).length === 0) return skip('no start command or script to inspect');
      return [{ outcome: 'pass', message: `${cmds.length} start command(s) run in the foreground`, evidence: [...cmds.slice(0, 5).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))), countEv('daemonising commands', 0, 'commands', 0)] }];
    },
  },
  {
    id: 'concurrency/no-process-supervisor',
    factor: 'concurrency',
    kind: 'static',
    title: 'One process type per container (no in-container supervisor)',
    rationale:
      'Running supervisord, s6 or a pm2 cluster inside one container hides several processes from the platform: they cannot be scaled separately, and a crash of one is not seen as a crash of the container.',
    remediation: 'Give each process type its own container or Procfile entry and let the platform run and scale them; use pm2-runtime without -i, or tini for signal forwarding only.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const cmds = startCommands(snapshot, config);
      const out: FindingDraft[] = [];
      for (const c of cmds) if (SUPERVISOR.test(c.text)) out.push({ outcome: 'warn', message: `${c.origin} starts a process supervisor`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
      if (df) for (const i of df.instructions) if (i.keyword === 'RUN' && /\b(?:apt-get|apk|yum|pip3?)\s+(?:install|add)\b[^\n]{0,300}\bsupervisor\b/.test(commandText(i))) out.push({ outcome: 'warn', message: 'the image installs supervisor', evidence: [fileEv(df.file, i.line, i.args.slice(0, 200))] });
      for (const s of signals(snapshot).of('supervisor')) out.push({ outcome: 'warn', message: `process supervisor configured at ${s.file}:${s.line}`, evidence: [fileEv(s.file, s.line, s.snippet)] });
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      if (cmds.length === 0) return skip('no start command to inspect');
      return [{ outcome: 'pass', message: 'no process supervisor in the start commands', evidence: [...cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))), countEv('supervisors', 0, 'commands', 0)] }];
    },
  },
];
