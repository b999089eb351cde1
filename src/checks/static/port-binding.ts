import { composeFiles, mainDockerfile, procfile, signals, startCommands } from '../../evidence/repo/artifacts';
import type { StaticCheck } from '../types';
import { countEv, envOverlay, fileEv, placesOf, skip } from './util';

const PORT_IN_CMD = /\$\{?PORT\b/;
const LITERAL_PORT_IN_CMD = /(?:--port[= ]|-p\s+|--bind[= ](?:[\w.]+)?:|-b\s+(?:[\w.]+)?:|\b0\.0\.0\.0:|--listen[= ](?:[\w.]+)?:|runserver\s+(?:[\w.]+:)?)(\d{2,5})\b/;

export const portBindingChecks: StaticCheck[] = [
  {
    id: 'port-binding/port-from-env',
    factor: 'port-binding',
    kind: 'static',
    title: 'The listening port comes from $PORT',
    rationale:
      'Factor VII: the app is self-contained and exports its service by binding to a port given by the environment. The platform picks the port; an app that ignores $PORT cannot be routed to.',
    remediation: 'Listen on the value of PORT (process.env.PORT, os.environ["PORT"], os.Getenv("PORT"), server.port=${PORT:8080}, ENV.fetch("PORT"), …), or pass $PORT to the server in the start command.',
    run({ snapshot, config }) {
      if (config.run.web === false) return skip('configured as a worker (run.web: false): no port to bind');
      const idx = signals(snapshot);
      // A `port: int` field is read from PORT only in a pydantic BaseSettings class.
      const settingsFiles = new Set(idx.of('env-read').filter((s) => s.lang === 'py' && /\bBaseSettings\b/.test(s.snippet)).map((s) => s.file));
      const fromEnv = idx.of('port-from-env').filter((s) => s.lang !== 'py' || !/^(?:PORT|port)\s*:/.test(s.snippet) || settingsFiles.has(s.file));
      const cmds = startCommands(snapshot, config).filter((c) => PORT_IN_CMD.test(c.text));
      if (fromEnv.length > 0 || cmds.length > 0) {
        const ev = [...placesOf(fromEnv).evidence, ...cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200)))].slice(0, 10);
        return [{ outcome: 'pass', message: `PORT is read from the environment (${fromEnv.length + cmds.length} place(s))`, evidence: ev }];
      }
      const hard = idx.of('hardcoded-port');
      // viper maps a `port` key to PORT; Spring binds SERVER_PORT, not PORT, so it does not count here.
      const overlay = hard.length > 0 && hard.every((s) => s.lang === 'config') ? envOverlay(idx, snapshot) : undefined;
      if (overlay === 'viper AutomaticEnv') return [{ outcome: 'warn', message: `the port is set in a config file, which ${overlay} lets the environment override; PORT is not read by name`, evidence: placesOf(hard).evidence }];
      if (hard.length > 0) return [{ outcome: 'fail', message: 'the port is hardcoded and PORT is never read', evidence: placesOf(hard).evidence }];
      if (idx.sourceFiles.size === 0 && !mainDockerfile(snapshot, config)) return skip('no source or Dockerfile to read the port from');
      return [{ outcome: 'warn', message: 'no place reads PORT from the environment (a worker? set run.web: false)', evidence: [countEv('PORT reads', 0, 'places', 1)] }];
    },
  },
  {
    id: 'port-binding/hardcoded-port',
    factor: 'port-binding',
    kind: 'static',
    title: 'No hardcoded listening port',
    rationale:
      'A literal `listen(3000)` or `--port 8000` binds the same port in every deploy, so the platform cannot assign one and two processes on a host collide.',
    remediation: 'Replace the literal with the PORT variable (a default for local runs is fine when PORT wins: `process.env.PORT ?? 3000`).',
    run({ snapshot, config }) {
      if (config.run.web === false) return skip('configured as a worker (run.web: false): no port to bind');
      const idx = signals(snapshot);
      const hard = idx.of('hardcoded-port');
      const cmds = startCommands(snapshot, config).filter((c) => LITERAL_PORT_IN_CMD.test(c.text) && !PORT_IN_CMD.test(c.text));
      const pf = procfile(snapshot);
      const out = [];
      if (hard.length > 0) {
        const { evidence, more } = placesOf(hard);
        out.push({ outcome: 'fail' as const, message: `port hardcoded in ${hard.length} place(s)${more}`, evidence });
      }
      for (const c of cmds.slice(0, 5)) out.push({ outcome: 'fail' as const, message: `${c.origin} binds a literal port`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
      if (out.length > 0) return out;
      if (idx.scannedFiles === 0 && !pf && composeFiles(snapshot).length === 0 && !mainDockerfile(snapshot, config)) return skip('nothing to inspect');
      return [{ outcome: 'pass', message: 'no hardcoded listening port', evidence: [countEv('hardcoded listen ports', 0, 'places', 0)] }];
    },
  },
];
