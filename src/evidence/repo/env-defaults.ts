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
