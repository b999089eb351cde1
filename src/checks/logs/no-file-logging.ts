import { signals } from '../../evidence/repo/artifacts';
import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { railsFileLog } from '../../evidence/repo/rails';
import type { Evidence } from '../../model/report';
import { fileEv, found, measured, placesOf, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

const TO_STDIO = /\/dev\/(?:stdout|stderr)|\/proc\/self\/fd\/[12]|php:\/\/std(?:out|err)|\bsys\.std(?:out|err)\b|\bconsole\b/;
/** Servers installed from a distribution's packages: their default config writes log files. */
const PACKAGED_SERVER = /\b(?:apt-get|apt|apk|yum|dnf|microdnf)\s+(?:-\S+\s+)*(?:install|add)\b[^\n]{0,300}\b(nginx|apache2|httpd|lighttpd|haproxy|squid)\b/;
/** Official server images link their log files to the container's stdout and stderr. */
const LINKED_IMAGE = /^(?:[\w.-]+\/)*(?:nginx|httpd|nginxinc\/nginx-unprivileged|bitnami\/nginx|haproxy|caddy|traefik)(?::|@|$)/;

export const noFileLogging: StaticCheck = {
  id: 'logs/no-file-logging',
  factor: 'logs',
  kind: 'static',
  role: 'core',
  question: 'log-sink',
  title: 'Logs go to stdout, not to files',
  rationale:
    'Factor XI: an app never concerns itself with routing or storing its output stream. It writes events unbuffered to stdout; the platform collects them. File transports, handlers, appenders and a packaged server\'s default log files hide logs on a disk that disappears with the container.',
  remediation:
    'Log to stdout/stderr: winston Console, logging.StreamHandler(sys.stdout), logback ConsoleAppender, Serilog WriteTo.Console, Rails RAILS_LOG_TO_STDOUT, Monolog StreamHandler("php://stdout"); for nginx or Apache link their log files to /dev/stdout and /dev/stderr (or set access_log/error_log to them).',
  conditions: {
    stdout: { rubric: 'stdout', when: 'no file log sink in the code, its config, or the server it runs' },
    redirected: { rubric: 'redirected', when: 'the server writes log files that the image links to stdout and stderr' },
    'file-sink': { rubric: 'file-sink', when: 'the app or its server writes log files by default' },
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    const out: FindingDraft[] = [];
    const rails = railsFileLog(app);
    const sinks = [...idx.of('file-logging'), ...idx.of('log-file-path'), ...(rails ? [rails] : [])].filter((s) => !TO_STDIO.test(s.snippet));
    if (sinks.length > 0) {
      const { evidence, more } = placesOf(sinks);
      out.push(found('file-sink', `logs are written to files: ${sinks[0]!.file}:${sinks[0]!.line}${more}`, evidence));
    }
    const df = app.dockerfile;
    const stage = app.finalStage;
    if (df && stage) {
      const runs = stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => ({ i, text: commandText(i) }));
      const installed = runs.map((r) => ({ ...r, m: PACKAGED_SERVER.exec(r.text) })).find((r) => r.m);
      const linked = runs.find((r) => /\bln\s+-s\w*\s+\/dev\/std(?:out|err)\b/.test(r.text) || /(?:access_log|error_log|ErrorLog|CustomLog)\s+\/dev\/std/.test(r.text));
      const serverRuns = app.start.server && /\b(?:nginx|apache2|httpd|lighttpd|haproxy|squid|apache2-foreground|httpd-foreground)\b/.test(app.start.server.text);
      const shippedConfigRedirects = installed ? app.snapshot.appFiles.some((f) => /\.conf$/.test(f.path) && app.ships(f.path) && /(?:access_log|error_log)\s+\/dev\/std|(?:access_log|error_log)\s+(?:off|stderr)/.test(app.snapshot.read(f.path) ?? '')) : false;
      const ev: Evidence[] = installed ? [fileEv(df.file, installed.i.line, installed.text.slice(0, 200))] : [];
      if (installed && serverRuns && !linked && !shippedConfigRedirects) {
        out.push(found('file-sink', `${installed.m![1]} is installed from the distribution's packages and runs with its default config, which writes log files under /var/log/${installed.m![1]}`, ev));
      } else if ((installed && serverRuns && (linked || shippedConfigRedirects)) || (LINKED_IMAGE.test(stage.from.image) && !stage.from.fromStage)) {
        const why = linked ? fileEv(df.file, linked.i.line, linked.text.slice(0, 200)) : fileEv(df.file, stage.from.line, `FROM ${stage.from.raw}`);
        if (sinks.length === 0) out.push(found('redirected', `the server writes log files that the image links to stdout and stderr (${why.kind === 'file' ? `${why.file}:${why.line}` : ''})`, [why]));
      }
    }
    if (out.length > 0) return out;
    if (idx.scannedFiles === 0 && !app.start.server) return skip('no source, config or start command the tool reads: where the app logs is unknown');
    return [found('stdout', `no file log sink in ${idx.scannedFiles} scanned file(s)${app.start.server ? ` or in what ${app.start.server.text.split(/\s+/)[0]} is told` : ''}`, [measured('file log sinks', 0, 'places', 0)])];
  },
};
