import { composeFiles, mainDockerfile, signals } from '../../evidence/repo/artifacts';
import { commandText } from '../../evidence/repo/parsers/dockerfile';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, fileEv, placesOf, skip } from './util';

const LOG_PATH = /(?:\/var\/log\/[\w./-]{1,200}|[\w./-]{1,200}\.log)\b/;
const TO_STDIO = /\/dev\/(?:stdout|stderr)|\/proc\/self\/fd\/[12]/;

export const logsChecks: StaticCheck[] = [
  {
    id: 'logs/no-file-logging',
    factor: 'logs',
    kind: 'static',
    title: 'Logs are not written to files',
    rationale:
      'Factor XI: an app never concerns itself with routing or storing its output stream. It writes events unbuffered to stdout; the platform collects them. File transports, handlers and appenders hide logs in a disk that disappears with the container.',
    remediation:
      'Replace file transports/handlers/appenders with console/stdout ones: winston Console, logging.StreamHandler(sys.stdout), logback ConsoleAppender, Rails RAILS_LOG_TO_STDOUT, Monolog StreamHandler("php://stdout"), tracing-subscriber fmt to stdout.',
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.sourceFiles.size === 0 && idx.scannedFiles === 0) return skip('no runtime source or config files in the audited path');
      const hits = idx.of('file-logging').filter((s) => !TO_STDIO.test(s.snippet) && !/php:\/\/std(?:out|err)/.test(s.snippet));
      if (hits.length === 0) return [{ outcome: 'pass', message: `no file log transport, handler or appender in ${idx.scannedFiles} scanned files`, evidence: [countEv('file log destinations', 0, 'places', 0)] }];
      const { evidence, more } = placesOf(hits);
      return [{ outcome: 'fail', message: `logs are written to files in ${hits.length} place(s)${more}`, evidence }];
    },
  },
  {
    id: 'logs/log-file-paths',
    factor: 'logs',
    kind: 'static',
    title: 'No log file paths in config, image or commands',
    rationale:
      'Log paths such as /var/log/app.log or --log-file in the image, start commands or config show the app writing an event stream to disk instead of stdout (factor XI).',
    remediation: 'Point log options at stdout/stderr (`--access-logfile -`, `ln -sf /dev/stdout /var/log/nginx/access.log`) and remove log directories from the image and volumes.',
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const hits = idx.of('log-file-path').filter((s) => !TO_STDIO.test(s.snippet));
      const out: FindingDraft[] = [];
      if (hits.length > 0) {
        const { evidence, more } = placesOf(hits);
        out.push({ outcome: 'warn', message: `log files configured in ${hits.length} place(s)${more}`, evidence });
      }
      const df = mainDockerfile(snapshot, config);
      for (const i of df?.instructions ?? []) {
        const text = i.keyword === 'RUN' || i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT' ? commandText(i) : i.keyword === 'VOLUME' || i.keyword === 'ENV' ? i.body : '';
        if (!text || TO_STDIO.test(text)) continue;
        if ((i.keyword === 'VOLUME' && /\blogs?\b/.test(text)) || (i.keyword !== 'RUN' && LOG_PATH.test(text)) || (i.keyword === 'RUN' && /(?:--log-?file[= ]|>>?\s*\S+\.log\b)/.test(text))) {
          out.push({ outcome: 'warn', message: `${i.keyword} at ${df!.file}:${i.line} points logs at a file`, evidence: [fileEv(df!.file, i.line, i.args.slice(0, 200))] });
        }
      }
      for (const c of composeFiles(snapshot)) for (const s of c.services) {
        if (s.build === undefined) continue;
        for (const v of s.volumes) if (/:\/(?:var\/log|app\/logs?|usr\/src\/app\/logs?)\b/.test(v.text)) out.push({ outcome: 'warn', message: `compose service ${s.name} mounts a log directory`, evidence: [fileEv(c.file, v.line, v.text)] });
      }
      if (out.length > 0) return out.slice(0, 20);
      if (!df && idx.scannedFiles === 0) return skip('nothing to inspect');
      return [{ outcome: 'pass', message: 'no log file paths configured', evidence: [countEv('log file paths', 0, 'places', 0)] }];
    },
  },
];
