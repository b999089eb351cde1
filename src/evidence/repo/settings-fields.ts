import type { Language } from './paths';
import type { Signal } from './source-signals';

/**
 * Fields of a settings class that a library fills from the environment by
 * their names: a pydantic `BaseSettings` class (`database_url: PostgresDsn`
 * is read from DATABASE_URL, with the class's `env_prefix` in front), or a
 * Rust struct that `envy::from_env` / `envy::prefixed("APP_")` deserialises.
 * No line names the variable, so the line-local patterns cannot see these
 * reads: each field that locates a backing service or gives the port becomes
 * a signal naming its variable.
 */

/** Field names that locate a backing service: a URL, DSN or host of a store, cache, queue or mailer. */
const SERVICE_FIELD = /^(?:\w+_)?(?:database|db|redis|mongo(?:db)?|postgres(?:ql)?|pg|mysql|amqp|rabbit(?:mq)?|kafka|elastic(?:search)?|memcached?|cache|broker|smtp|mail|queue|nats|s3|sqlalchemy_database)(?:_\w+)?_(?:url|uri|dsn|host|hostname|addr|address|server|servers|endpoint|brokers)$|^(?:database|db|redis|broker|amqp|mongo|postgres|mysql)_?(?:url|uri|dsn)$/i;
/** A port field that is the app's own (not a service's: `db_port`, `redis_port`). */
const PORT_FIELD = /^(?:(?:http|server|app|web|listen)_)?port$/i;

interface Field {
  name: string;
  line: number;
  text: string;
  alias?: string;
}

function signal(kind: Signal['kind'], f: Field, variable: string, file: string, lang: Language): Signal {
  return { kind, file, line: f.line, lang, snippet: `${f.text.trim().slice(0, 110)} (read from "${variable}")`, variable };
}

function toSignals(fields: Field[], prefix: string, file: string, lang: Language): Signal[] {
  const out: Signal[] = [];
  for (const f of fields) {
    const variable = f.alias ?? `${prefix}${f.name}`.toUpperCase();
    if (PORT_FIELD.test(f.name)) out.push(signal('port-from-env', f, variable, file, lang));
    else if (SERVICE_FIELD.test(f.name)) out.push(signal('service-url-from-env', f, variable, file, lang));
  }
  return out;
}

/** The indented body of a block that starts at `start` (the lines after it, more indented than it). */
function body(lines: string[], start: number): Array<{ text: string; line: number }> {
  const indent = /^\s*/.exec(lines[start]!)![0].length;
  const out: Array<{ text: string; line: number }> = [];
  for (let i = start + 1; i < lines.length && out.length < 400; i++) {
    const l = lines[i]!;
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (/^\s*/.exec(l)![0].length <= indent) break;
    out.push({ text: l, line: i + 1 });
  }
  return out;
}

function pydantic(text: string, file: string): Signal[] {
  const lines = text.split('\n');
  const out: Signal[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*class\s+\w+\s*\([^)]{0,200}\bBaseSettings\b/.test(lines[i]!)) continue;
    const members = body(lines, i);
    const indent = members[0] ? /^\s*/.exec(members[0].text)![0] : '';
    const prefix = /\benv_prefix\s*=\s*['"](\w{0,40})['"]/.exec(members.map((m) => m.text).join('\n'))?.[1] ?? '';
    const fields: Field[] = [];
    for (const m of members) {
      // Fields sit at the body's own indentation; nested classes and methods are deeper or start with def/class.
      if (!m.text.startsWith(indent) || /^\s/.test(m.text.slice(indent.length))) continue;
      const f = /^([a-z_][a-z0-9_]{0,60})\s*:\s*[^=\n]{1,120}/i.exec(m.text.slice(indent.length));
      if (!f || f[1] === 'model_config') continue;
      const alias = /\b(?:validation_)?alias\s*=\s*['"]([A-Za-z_]\w{0,60})['"]/.exec(m.text)?.[1];
      fields.push({ name: f[1]!, line: m.line, text: m.text, ...(alias ? { alias: alias.toUpperCase() } : {}) });
    }
    out.push(...toSignals(fields, prefix, file, 'py'));
  }
  return out;
}

function envy(text: string, file: string): Signal[] {
  const prefix = /\benvy::prefixed\(\s*"(\w{0,40})"\s*\)/.exec(text)?.[1] ?? '';
  const lines = text.split('\n');
  const out: Signal[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?struct\s+\w+\s*\{\s*$/.test(lines[i]!)) continue;
    // Only a struct that serde fills: its derive sits in the attributes just above it.
    const attrs = lines.slice(Math.max(0, i - 4), i).join('\n');
    if (!/#\[derive\([^)]{0,200}\bDeserialize\b/.test(attrs)) continue;
    const fields: Field[] = [];
    for (let k = i + 1; k < lines.length && !/^\s*\}/.test(lines[k]!); k++) {
      const f = /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?([a-z_][a-z0-9_]{0,60})\s*:\s*[^,\n]{1,120},?\s*$/.exec(lines[k]!);
      const rename = /#\[serde\(\s*rename\s*=\s*"(\w{1,60})"/.exec(lines[k - 1] ?? '')?.[1];
      if (f) fields.push({ name: f[1]!, line: k + 1, text: lines[k]!, ...(rename ? { alias: `${prefix}${rename}`.toUpperCase() } : {}) });
    }
    out.push(...toSignals(fields, prefix, file, 'rust'));
  }
  return out;
}

/** Signals of the settings fields a file declares (pydantic BaseSettings, envy structs). */
export function settingsFields(text: string, file: string, lang: Language): Signal[] {
  if (text.length > 1_000_000) return [];
  if (lang === 'py' && text.includes('BaseSettings')) return pydantic(text, file);
  if (lang === 'rust' && text.includes('envy::')) return envy(text, file);
  return [];
}
