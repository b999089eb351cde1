import type { AppModel } from './app-model';
import { variableSetBy } from './app/env-setters';
import { joinPath } from './snapshot';
import type { Signal } from './source-signals';

/**
 * What a Rails app does in production when its code says nothing: where
 * Active Storage keeps uploads and where the logger writes. Both are settings
 * of config/environments/production.rb whose meaning depends on another file
 * (the storage.yml entry it names) or on what the deploy sets (the variable
 * it tests), so no single line says it: these read the files together.
 */

const PRODUCTION = 'config/environments/production.rb';
/** `config.active_storage.service = :local`, `= :amazon`, `= ENV.fetch("ACTIVE_STORAGE_SERVICE", "local").to_sym`. */
const STORAGE_SETTING = /^\s*config\.active_storage\.service\s*=\s*(?::(\w{1,60})|["'](\w{1,60})["'](?:\.to_sym)?|ENV\.fetch\(\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*(?:,\s*["':]?(\w{1,60})["']?\s*)?\)|ENV\[\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*\])/;
/** Code that stores a file through Active Storage: an attachment declared on a model, or attached. */
const ATTACHES = /\bhas_(?:one|many)_attached\b|\.attach\(/;
/** A logger bound to the process's standard streams. */
const TO_STDIO = /\bSTDOUT\b|\$stdout\b|\bSTDERR\b|\$stderr\b|\/dev\/std(?:out|err)|\bTaggedLogging\.logger\(\s*(?:STDOUT|\$stdout)/;
const STDIO_LOGGER = new RegExp(`^\\s*(?:config\\.logger\\s*=|logger\\s*=|config\\.rails_semantic_logger\\.|SemanticLogger\\.add_appender\\()[^\\n]*(?:${TO_STDIO.source})`);
/** A block that runs only when a variable is set: `if ENV["RAILS_LOG_TO_STDOUT"].present?`. */
const ENV_CONDITION = /^\s*(?:if|unless)\s+ENV(?:\[\s*["']([A-Z][A-Z0-9_]{0,60})["']\s*\]|\.fetch\(\s*["']([A-Z][A-Z0-9_]{0,60})["'])/;

interface RailsProduction {
  file: string;
  lines: string[];
}

function production(app: AppModel): RailsProduction | undefined {
  const file = joinPath(app.root, PRODUCTION);
  const text = app.snapshot.read(file);
  if (text === undefined || !/\bRails\.application\.configure\b|\.configure\s+do\b/.test(text)) return undefined;
  return { file, lines: text.split('\n') };
}

/** The `service:` of a top-level entry of config/storage.yml, with its line. */
function storageService(app: AppModel, name: string): { service: string; line: number; file: string } | undefined {
  const file = joinPath(app.root, 'config/storage.yml');
  const lines = (app.snapshot.read(file) ?? '').split('\n');
  const at = lines.findIndex((l) => new RegExp(`^${name}:\\s*(?:#.*)?$`).test(l));
  if (at < 0) return undefined;
  for (let i = at + 1; i < lines.length && (/^\s/.test(lines[i]!) || lines[i]!.trim() === ''); i++) {
    const m = /^\s+service:\s*["']?(\w{1,40})/.exec(lines[i]!);
    if (m) return { service: m[1]!, line: i + 1, file };
  }
  return undefined;
}

function attachesFiles(app: AppModel): boolean {
  const models = joinPath(app.root, 'app/');
  return app.snapshot.appFiles.some((f) => f.path.startsWith(models) && f.path.endsWith('.rb') && ATTACHES.test(app.snapshot.read(f.path) ?? ''));
}

/**
 * Uploads kept on the container's disk: production stores Active Storage
 * attachments in a `service: Disk` entry of storage.yml, and the app attaches
 * files. A Disk entry production does not select (`test:`, `local:` for
 * development) is not the app's state, and neither is the generator's
 * `:local` in an app that never attaches a file. When the service comes from
 * a variable that the deploy sets, the deploy decides and nothing is said.
 */
export function railsDiskStorage(app: AppModel): Signal | undefined {
  const prod = production(app);
  if (!prod) return undefined;
  const at = prod.lines.findIndex((l) => STORAGE_SETTING.test(l));
  if (at < 0) return undefined;
  const m = STORAGE_SETTING.exec(prod.lines[at]!)!;
  const variable = m[3] ?? m[5];
  if (variable && variableSetBy(app, variable)) return undefined;
  const name = m[1] ?? m[2] ?? m[4];
  if (!name) return undefined;
  const entry = storageService(app, name);
  if (entry?.service !== 'Disk' || !attachesFiles(app)) return undefined;
  const snippet = `${prod.lines[at]!.trim().slice(0, 100)} (${entry.file}:${entry.line}: service: Disk)`;
  return { kind: 'upload-dir', file: prod.file, line: at + 1, lang: 'ruby', snippet };
}

/**
 * Logs written to log/production.log: Rails' own default when production.rb
 * binds no logger to stdout, or binds it only when a variable is set
 * (`if ENV["RAILS_LOG_TO_STDOUT"].present?`) that neither the Dockerfile nor
 * the deploy sets. Rails 7.1 and later generate an unconditional STDOUT logger.
 */
export function railsFileLog(app: AppModel): Signal | undefined {
  const prod = production(app);
  if (!prod) return undefined;
  const where = (line: number, why: string): Signal => ({ kind: 'file-logging', file: prod.file, line, lang: 'ruby', snippet: why });
  const stdio = prod.lines.findIndex((l) => STDIO_LOGGER.test(l));
  if (stdio < 0) {
    // config/application.rb and the initializers apply to every environment, production included.
    const shared = joinPath(app.root, 'config/');
    const elsewhere = app.snapshot.appFiles.some(
      (f) => (f.path === `${shared}application.rb` || (f.path.startsWith(`${shared}initializers/`) && f.path.endsWith('.rb'))) && (app.snapshot.read(f.path) ?? '').split('\n').some((l) => STDIO_LOGGER.test(l)),
    );
    return elsewhere ? undefined : where(1, 'production.rb binds no logger to stdout: Rails writes log/production.log');
  }
  const condition = enclosingCondition(prod.lines, stdio);
  if (!condition) return undefined;
  if (variableSetBy(app, condition.variable)) return undefined;
  return where(condition.line, `${prod.lines[condition.line - 1]!.trim().slice(0, 80)}: nothing sets ${condition.variable}, so Rails writes log/production.log`);
}

/** The `if ENV[...]` block a line sits in, found by indentation (Ruby's `end` closes at the `if`'s own indentation). */
function enclosingCondition(lines: string[], at: number): { variable: string; line: number } | undefined {
  let indent = /^\s*/.exec(lines[at]!)![0].length;
  for (let i = at - 1; i >= 0 && i >= at - 40; i--) {
    const l = lines[i]!;
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    const own = /^\s*/.exec(l)![0].length;
    if (own >= indent) continue;
    indent = own;
    const m = ENV_CONDITION.exec(l);
    if (m) return { variable: m[1] ?? m[2]!, line: i + 1 };
    if (/^\s*(?:Rails\.application\.configure|[\w:.]+\.configure)\s+do\b/.test(l)) return undefined;
  }
  return undefined;
}

const RAILS_SERVER = /\brails\s+s(?:erver)?\b/;
/**
 * Whether `rails server` runs the development server. It boots Puma either
 * way; the environment decides: `-e`/`--environment`, or RAILS_ENV/RACK_ENV
 * from the image or the deploy, and with none of them Rails runs in
 * development (code reloading, verbose errors).
 */
export function railsDevelopmentServer(app: AppModel, server: string): boolean {
  if (!RAILS_SERVER.test(server)) return false;
  const flag = /(?:\s-e\s*|\s--environment[=\s]+)["']?(\w+)/.exec(server)?.[1];
  if (flag) return /^dev(?:elopment)?$/.test(flag);
  const env = app.finalStage?.env ?? {};
  const chosen = env.RAILS_ENV ?? env.RACK_ENV;
  if (chosen !== undefined) return /^dev(?:elopment)?$/.test(chosen);
  return !variableSetBy(app, 'RAILS_ENV') && !variableSetBy(app, 'RACK_ENV');
}
