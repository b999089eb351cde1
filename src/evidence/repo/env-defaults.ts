/**
 * The default-then-override written over several lines: a variable read from
 * the environment, then given a literal when the read came back empty.
 *
 *   dsn := os.Getenv("DATABASE_URL")          url = os.getenv("REDIS_URL")
 *   if dsn == "" {                            if not url:
 *       dsn = "postgres://localhost/app"          url = "redis://localhost:6379"
 *
 * is the same as `process.env.DATABASE_URL || "postgres://localhost/app"` on
 * one line: the environment decides, the literal is a local default.
 */

import type { Language } from './paths';
import { credentialValue, isCredentialName, userAndDatabaseNames } from './secrets/placeholder';
import type { Signal } from './source-signals';

const ENV_READ = /process\.env|import\.meta\.env|os\.environ|os\.getenv|\bgetenv\(|Getenv\(|LookupEnv\(|System\.getenv|System\.get_env|ENV\[|ENV\.fetch|env::var|GetEnvironmentVariable|\$_ENV|\$_SERVER/;
/** `name = "…"`, `name := "…"`, `name ||= "…"`, `name ??= "…"` (with `let`/`var` or a type in front). */
const DEFAULT_ASSIGN = /^\s*(?:(?:let|var|const|final|val|mut)\s+)*([A-Za-z_]\w{0,60})\s*(?:\|\|=|\?\?=|:=|=)\s*[`'"]/;
const LOOKBACK = 8;

/** The variable a literal on this line (1-based) is the default of, when the line fills a variable read from the environment just above it. */
export function envDefaultOn(lines: string[], line: number): string | undefined {
  const m = DEFAULT_ASSIGN.exec(lines[line - 1] ?? '');
  if (!m) return undefined;
  const name = m[1]!;
  const read = new RegExp(`\\b${name}\\b(?:\\s*,\\s*\\w+)?\\s*(?::=|=)(?!=)`);
  for (let i = line - 2; i >= 0 && i >= line - 1 - LOOKBACK; i--) {
    const l = lines[i]!;
    if (!read.test(l)) continue;
    if (!ENV_READ.test(l)) return undefined;
    return /["'`]([A-Z][A-Z0-9_]{0,60})["'`]/.exec(l)?.[1] ?? /process\.env\.([A-Z][A-Z0-9_]{0,60})/.exec(l)?.[1] ?? name;
  }
  return undefined;
}

/**
 * An environment read that names its variable: `process.env.X`, `ENV['X']`, `$_ENV['X']`,
 * `Configuration["X"]`, and any call of a function named for the environment with the name
 * first (`os.getenv("X"`, `os.environ.get("X"`, `ENV.fetch('X'`, `env('X'`, `System.get_env("X"`,
 * `env::var("X"`, `GetEnvironmentVariable("X"`, a codebase's own `getEnv("X"` or `envOr("X"`),
 * `System.getenv().getOrDefault("X"` and python-decouple's `config("X"`. Setters are not reads.
 */
const NAMED_ENV_READ =
  /\b(?:process\.env|import\.meta\.env)\.([A-Za-z_]\w{0,80})|(?:\bprocess\.env|\bENV|\$_ENV|\$_SERVER|\bConfiguration)\[[ \t]*['"]([A-Za-z_]\w{0,80})['"]|\b(?![Ss]et|[Uu]nset|[Pp]ut)\w{0,30}?(?:env|Env|ENV|environ)(?:\w{0,30}|::var)(?:\.(?:get|fetch|str))?\(\)?(?:\.getOrDefault\()?[ \t]*['"]([A-Za-z_]\w{0,80})['"]|\bconfig\([ \t]*['"]([A-Z][A-Z0-9_]{0,80})['"]/g;
/**
 * What follows the variable's name when a literal is its default: a second argument of the
 * read (`getenv("X", "lit")`, `ENV.fetch('X', 'lit')`, `env('X', default='lit')`), an operator
 * after it (`|| 'lit'`, `?? 'lit'`, `?: 'lit'`, `or 'lit'`), a method of the result
 * (`.orElse("lit")`, `.unwrap_or("lit"`, `.unwrap_or_else(|_| "lit"`), or Ruby's fetch block.
 */
const DEFAULT_AFTER_NAME =
  /^['"]?[ \t]*(?:,[ \t]*(?:default[ \t]*=[ \t]*)?|[)\]]{0,2}[ \t]*(?:\|\||\?\?|\?:|\bor\b)[ \t]*|\)\)?[ \t]*\.(?:orElse|or|unwrap_or|unwrap_or_else)\([ \t]*(?:\|_?\|[ \t]*)?|\)[ \t]*\{[ \t]*)(?:String::from\(|&?)?(["'`])([^"'`\n]{1,200})\1/;
/** A property or shell default: `${JWT_SECRET:literal}` (Spring, Quarkus, MicroProfile), `${JWT_SECRET:-literal}` (shell). */
const PLACEHOLDER_DEFAULT = /\$\{([A-Za-z_][\w.]{0,80}):-?([^}\s'"]{1,200})\}/g;

export interface EnvDefault {
  /** The environment variable (a property name becomes its variable: `jwt.secret` → `JWT_SECRET`). */
  variable: string;
  /** Where the literal default stands on the line: [start, end). */
  start: number;
  end: number;
  value: string;
}

/** The literal defaults of environment reads on one line, each with the variable it stands in for. */
export function envDefaultsOnLine(line: string): EnvDefault[] {
  const out: EnvDefault[] = [];
  if (/\$\{/.test(line)) {
    for (const m of line.matchAll(PLACEHOLDER_DEFAULT)) {
      const start = m.index + m[0].length - 1 - m[2]!.length;
      out.push({ variable: m[1]!.replace(/[.-]/g, '_').toUpperCase(), start, end: start + m[2]!.length, value: m[2]! });
    }
  }
  if (!/env|configuration\[|config\(/i.test(line)) return out;
  for (const m of line.matchAll(NAMED_ENV_READ)) {
    const after = m.index + m[0].length;
    const d = DEFAULT_AFTER_NAME.exec(line.slice(after, after + 300));
    if (!d) continue;
    const start = after + d.index + d[0].length - 1 - d[2]!.length;
    out.push({ variable: m.slice(1).find(Boolean)!, start, end: start + d[2]!.length, value: d[2]! });
  }
  return out;
}

/** The name a line assigns to (`SECRET_KEY = …`, `secret := …`, `String jwtSecret = …`, `"password": …`, `app.config['SECRET_KEY'] = …`). */
const ASSIGNED =
  /^[ \t]*(?:(?:export|let|var|const|final|val|mut|static|private|public|readonly)[ \t]+)*(?:[A-Za-z_][\w<>,.?]{0,40}[ \t]+)?["']?([A-Za-z_][\w.-]{0,80})["']?[ \t]*(?::[ \t]*[A-Za-z_][\w.[\]|]{0,40}[ \t]*)?(?::=|=>|=|:)/;
const ASSIGNED_ITEM = /\[[ \t]*['"]([A-Za-z_][\w.-]{0,80})['"][ \t]*\][ \t]*=/;
const USER_OR_DATABASE = /(?:user|username|db|database|dbname|db_name)$/i;
const COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/?\*|<!--|;)/;
const MAX_LINE = 2000;

/** The name a line assigns its value to, if it reads as an assignment or a key. */
export function assignedName(line: string): string | undefined {
  return ASSIGNED_ITEM.exec(line)?.[1] ?? ASSIGNED.exec(line)?.[1];
}

/**
 * Credentials written as the default of an environment read, one line at a time
 * (`os.environ.get("SECRET_KEY") or "you-will-never-guess"`, `process.env.JWT_SECRET || 'x'`,
 * `ENV.fetch('API_TOKEN', 'x')`, `${JWT_SECRET:x}`): the variable or the name assigned is a
 * secret's, and credentialValue calls the literal a credential. Whether the literal is the
 * configured default or a fallback depends on whether the repository sets the variable: the
 * signal names it, the check decides.
 */
export function credentialEnvDefaults(text: string, file: string, lang: Language): Signal[] {
  if (!/env|\$\{|config\(/i.test(text)) return [];
  const found: Array<{ line: number; text: string; key: string | undefined; d: EnvDefault }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > MAX_LINE || COMMENT_LINE.test(line)) continue;
    const defaults = envDefaultsOnLine(line);
    if (defaults.length === 0) continue;
    const key = assignedName(line);
    for (const d of defaults) found.push({ line: i + 1, text: line, key, d });
  }
  if (found.length === 0) return [];
  // A password defaulting to the user or database name defaulted beside it (`${DB_USER:petclinic}`, `${DB_PASS:petclinic}`) is a placeholder.
  const names = userAndDatabaseNames(text);
  for (const { key, d } of found) if (USER_OR_DATABASE.test(d.variable) || (key !== undefined && USER_OR_DATABASE.test(key))) names.add(d.value.toLowerCase());
  const out: Signal[] = [];
  for (const { line, text: lineText, key, d } of found) {
    const name = key !== undefined && isCredentialName(key) ? key : d.variable;
    if (!isCredentialName(name) || credentialValue(d.value, { key: name, names }) !== 'credential') continue;
    const snippet = `${lineText.slice(0, d.start)}[REDACTED]${lineText.slice(d.end)}`.trim().slice(0, 160);
    out.push({ kind: 'hardcoded-credential', file, line, lang, snippet, variable: d.variable });
  }
  return out;
}
