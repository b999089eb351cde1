import { envOverlayOf } from '../../evidence/repo/app-model';
import { signals } from '../../evidence/repo/artifacts';
import { envDefaultOn } from '../../evidence/repo/env-defaults';
import { bindingStyleOf, envNameOfKey, placeholderKeys } from '../../evidence/repo/relaxed-binding';
import { ENV_ON_LINE, type Signal, type SignalIndex } from '../../evidence/repo/source-signals';
import type { Snapshot } from '../../evidence/repo/snapshot';
import { found, placesOf, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

/** A literal inside an error, log or usage message is an example for a person, not an address the app connects to. */
const IN_MESSAGE = /\b(?:Error|Exception|raise|panic|Errorf|log(?:ger)?\.\w+|console\.\w+|print(?:ln|f)?|puts|warn|echo|fmt\.Print\w*|throw)\b[^'"`]{0,40}['"`][^'"`]*(?:e\.g\.|example|Example|for instance|such as|like)?/;
/** A field default of a pydantic BaseSettings class: the field is read from the variable of the same name. */
const ANNOTATED_FIELD = /^\w+\s*:\s*[\w.[\]| ]{1,80}=/;
/** Variables named like an address that front ends and redirects use, not a service the app connects to. */
const NOT_A_SERVICE_VAR = /^(?:PUBLIC|BASE|SITE|APP|FRONTEND|CALLBACK|REDIRECT|ROOT|ASSET|CDN|HOME|ORIGIN|CORS)_?(?:URL|URI|HOST)$/;

const PRINTS = /\b(?:console\.\w+|process\.std(?:out|err)\.write|print(?:ln|f)?|puts|logg?(?:er|ing)?\.\w+|fmt\.(?:Print|Fprint|Sprint)\w*|echo|warn)\b|^\s*(?:\/\/|#)/;

/** Variables assigned from the environment and never used again: read and discarded is not a use. */
function discarded(snapshot: Snapshot, idx: SignalIndex, s: Signal): boolean {
  const m = /^\s*(?:(?:const|let|var|final|val|private|static|readonly|string|String)\s+)*([A-Za-z_]\w*)\s*(?::\s*[\w<>[\]|. ]{1,40})?\s*(?:=|:=)/.exec(s.snippet);
  if (!m) return false;
  const name = m[1]!;
  const word = new RegExp(`\\b${name}\\b`);
  // A local variable is used in its own file; only a constant or an export can be used from another.
  const shared = /^[A-Z][A-Z0-9_]*$/.test(name) || /\bexport\b|module\.exports|\bpublic\b|\bpub\b/.test(s.snippet);
  // A settings constant (Flask's SQLALCHEMY_DATABASE_URI, Django's DATABASES) is read by name by the framework's client, not by the app's code.
  if (/^[A-Z][A-Z0-9_]*$/.test(name) && idx.of('service-client').some((c) => c.lang === s.lang)) return false;
  const files = shared ? (idx.sourceFiles.get(s.lang) ?? []) : [s.file];
  for (const file of files.slice(0, 2000)) {
    const text = snapshot.read(file);
    if (!text || !word.test(text)) continue;
    const lines = text.split('\n');
    // Printing the value, or the line that reads it, is not handing it to a client.
    if (lines.some((l, i) => word.test(l) && !(file === s.file && i + 1 === s.line) && !PRINTS.test(l))) return false;
  }
  return true;
}

export const urlsFromEnv: StaticCheck = {
  id: 'backing-services/urls-from-env',
  factor: 'backing-services',
  kind: 'static',
  role: 'core',
  subject: true,
  question: 'service-location',
  title: 'Backing services are located by config from the environment',
  rationale:
    'Factor IV treats databases, caches, queues and other services as attached resources: a deploy swaps a local Postgres for a managed one by changing a URL in the environment, with no code change. A local default the environment overrides still counts; an address written into the code does not.',
  remediation: 'Read each service location from one variable (DATABASE_URL, REDIS_URL, AMQP_URL, PAYMENTS_API_URL …) and pass the value from the platform.',
  conditions: {
    'from-env': { rubric: 'located-by-config', when: 'every service the app connects to is located by a variable from the environment (a local default counts)' },
    overlay: { rubric: 'located-by-config', when: 'service addresses are in config files that an environment overlay (viper AutomaticEnv, Spring binding) overrides' },
    'hardcoded-http': { rubric: 'hardcoded-http', when: 'a third-party API or sibling service endpoint is written into the code' },
    'hardcoded-store': { rubric: 'hardcoded-store', when: 'a data store, cache or queue address is written into the code or a shipped config file with no override' },
    'no-service': { rubric: 'no-service', when: 'nothing in the code connects to a backing service' },
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const idx = signals(snapshot);
    const settingsFiles = new Set(idx.of('env-overlay').filter((s) => s.lang === 'py').map((s) => s.file));
    const fromEnv = idx.of('service-url-from-env').filter((s) => {
      const v = s.variable ?? /[[("'{]([A-Z][A-Z0-9_]*)\b/.exec(s.snippet.replace(/process\.env\./, '('))?.[1];
      // A settings-class field is used wherever the settings object is: never read and discarded on its line.
      return !(v && NOT_A_SERVICE_VAR.test(v)) && (s.variable !== undefined || !discarded(snapshot, idx, s));
    });
    const fallbacks = idx.of('service-host-fallback').filter((s) => !discarded(snapshot, idx, s));
    const written = idx.of('hardcoded-service-host').filter((s) => !IN_MESSAGE.test(s.snippet));
    // A literal that fills a variable read from the environment just above (Go's `if dsn == "" { dsn = "…" }`) is a local default, as `||` is.
    const envDefaults = written.filter((s) => s.lang !== 'config' && envDefaultOn((snapshot.read(s.file) ?? '').split('\n'), s.line) !== undefined);
    const hosts = written.filter((s) => !envDefaults.includes(s));
    fallbacks.push(...envDefaults);
    const settingsDefaults = hosts.filter((s) => settingsFiles.has(s.file) && ANNOTATED_FIELD.test(s.snippet));
    const overlay = envOverlayOf(idx, app.manifests);
    const overridden = overlay ? hosts.filter((s) => s.lang === 'config' && !settingsDefaults.includes(s)) : [];
    const hard = hosts.filter((s) => !settingsDefaults.includes(s) && !overridden.includes(s));
    // A config key in a service URL (`${database.host}`) is overridden by the variable the overlay binds to it.
    const style = overlay ? bindingStyleOf(overlay) : undefined;
    const placeholders = idx.of('service-url-placeholder');
    const bound = style ? placeholders : [];
    // A driver call that reads the environment on its own line (`create_engine(os.environ["SQLALCHEMY_URL"])`) is located there, whatever the variable's name.
    const clients = idx.of('service-client');
    const clientFromEnv = clients.filter((s) => ENV_ON_LINE.test(s.snippet) && !fromEnv.some((f) => f.file === s.file && f.line === s.line));
    const http = idx.of('http-endpoint').filter((s) => !IN_MESSAGE.test(s.snippet) && !/(?:github\.com|schema\.org|w3\.org|json-schema\.org|example\.(?:com|org))/.test(s.snippet));
    const out: FindingDraft[] = [];
    if (hard.length > 0) {
      const { evidence, more } = placesOf(hard);
      out.push(found('hardcoded-store', `a data store or queue address is written into the app with no override: ${hard[0]!.file}:${hard[0]!.line}${more}`, evidence));
    }
    if (http.length > 0) {
      const { evidence, more } = placesOf(http);
      out.push(found('hardcoded-http', `an HTTP endpoint is written into the code: ${http[0]!.file}:${http[0]!.line}${more}`, evidence));
    }
    const located = [...fromEnv, ...clientFromEnv, ...fallbacks, ...settingsDefaults];
    if (located.length > 0) out.push(found('from-env', `service locations are read from the environment (${located.length} place(s), first ${located[0]!.file}:${located[0]!.line})`, placesOf(located).evidence));
    if (overridden.length > 0 || bound.length > 0) {
      const keys = [...new Set(bound.flatMap((s) => placeholderKeys(s.snippet)))].slice(0, 3).map((k) => `\${${k}} ← ${envNameOfKey(k, style!)}`);
      out.push(found('overlay', `service addresses in config files are overridden from the environment by ${overlay}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`, placesOf([...bound, ...overridden]).evidence));
    }
    if (out.length > 0) return out;
    // Rule 2 of the rubric: a driver the app connects with, located where the tool cannot see, is not "no service".
    const unlocated = [...clients, ...placeholders];
    if (unlocated.length > 0) {
      const s = unlocated[0]!;
      return skip(`the app connects to a backing service (${s.file}:${s.line}: ${s.snippet.slice(0, 80)}) but where its location comes from was not found`);
    }
    if (idx.scannedFiles === 0) return [{ outcome: 'skip', message: 'no source or config the tool reads in the audited app: its backing services are unknown' }];
    return [{ condition: 'no-service', message: `no backing service: nothing in ${idx.scannedFiles} scanned files connects to a database, cache, queue or API` }];
  },
};
