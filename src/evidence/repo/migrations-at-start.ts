import type { AppModel } from './app-model';
import type { StartStep } from './app/start-contract';
import { signals } from './artifacts';
import { relativeTo } from './paths';
import type { Signal } from './source-signals';

/**
 * Migrations that run at every start of the app from its code or its
 * framework, not from its start command: `db.Database.Migrate()` before
 * `app.Run()`, `sqlx::migrate!().run()` or `goose.Up()` before the server
 * listens, an `{Ecto.Migrator, …}` child in the supervision tree, TypeORM's
 * `migrationsRun`, Quarkus's `migrate-at-start`, or Spring Boot with Flyway or
 * Liquibase on the classpath and nothing turning them off. The same call
 * behind a `migrate` argument, or in a script of its own, is an admin
 * process run once per release, not a start step.
 */

/** The call sits in a branch the process takes only when asked to migrate (`if os.Args[1] == "migrate"`). */
const GUARD = /\bargs\s*\[|\bargs\.(?:Length|length|Contains|includes|nth|first|get)\b|\bargv\s*\[|\bARGV\s*\[|\bos\.Args\s*\[|std::env::args\(\)|\bsys\.argv\b|\bprocess\.argv\b|['"]--?migrate['"]/;
const GUARD_LINES = 12;
/** Files that are admin tasks themselves: what they run is one-off by definition. */
const ADMIN_FILE = /(?:^|\/)(?:scripts?|bin|tasks?|admin|management\/commands|commands|cli|cmd\/[\w-]*migrat[\w-]*)\/|(?:^|\/)[\w-]*(?:migrat|seed|init_?db|release)[\w-]*\.\w+$|(?:^|\/)manage\.py$|(?:^|\/)alembic\//i;
/** Signals that apply migrations by configuration whenever the app boots, wherever they are written. */
const ALWAYS_AT_START = /migrationsRun:\s*true|synchronize:\s*true|migrate-at-start|Ecto\.Migrator/;
const SPRING = /^org\.springframework\.boot:spring-boot-starter/;
const SPRING_MIGRATORS: Array<[RegExp, string]> = [
  [/^org\.flywaydb:flyway-(?:core|database-[\w-]+|mysql|sqlserver)$/, 'flyway'],
  [/^org\.liquibase:liquibase-core$/, 'liquibase'],
];

function guarded(text: string, line: number): boolean {
  const lines = text.split('\n');
  return lines.slice(Math.max(0, line - 1 - GUARD_LINES), line - 1).some((l) => GUARD.test(l));
}

function inCode(app: AppModel, s: Signal, serving: Set<string>): boolean {
  if (ALWAYS_AT_START.test(s.snippet)) return true;
  const rel = relativeTo(s.file, app.root);
  if (ADMIN_FILE.test(rel)) return false;
  const text = app.snapshot.read(s.file);
  if (text === undefined || guarded(text, s.line)) return false;
  if (serving.has(s.file)) return true;
  // A module-level Python statement runs when the app imports the module.
  if (s.lang === 'py') return !/^\s/.test((text.split('\n')[s.line - 1] ?? ' '));
  return false;
}

/** Whether Spring Boot's Flyway or Liquibase auto-configuration is switched off in the app's config. */
function springDisabled(app: AppModel, tool: string): boolean {
  for (const f of app.snapshot.appFiles) {
    if (!/(?:^|\/)application(?:-[\w-]+)?\.(?:ya?ml|properties)$/.test(f.path)) continue;
    const lines = (app.snapshot.read(f.path) ?? '').split('\n');
    if (lines.some((l) => new RegExp(`^\\s*spring\\.${tool}\\.enabled\\s*[=:]\\s*false\\b`).test(l))) return true;
    for (let i = 0; i < lines.length; i++) {
      const head = new RegExp(`^(\\s*)${tool}:\\s*$`).exec(lines[i]!);
      if (!head) continue;
      for (let k = i + 1; k < Math.min(lines.length, i + 12); k++) {
        const l = lines[k]!;
        if (l.trim() === '' || l.trim().startsWith('#')) continue;
        if (/^\s*/.exec(l)![0].length <= head[1]!.length) break;
        if (/^\s*enabled:\s*false\b/.test(l)) return true;
      }
    }
  }
  return false;
}

/** Migrations the app's code or framework runs every time it starts. */
export function migrationsInCodeAtStart(app: AppModel): StartStep[] {
  if (app.kind === 'one-off') return [];
  const idx = signals(app.snapshot);
  const serving = new Set(idx.of('server').filter((s) => s.lang !== 'config').map((s) => s.file));
  const out: StartStep[] = idx
    .of('migrate-in-code')
    .filter((s) => inCode(app, s, serving))
    .map((s) => ({ origin: s.lang === 'config' ? 'the app\'s config' : 'the app\'s code', file: s.file, line: s.line, text: s.snippet }));
  const spring = app.manifests.some((m) => m.dependencies.some((d) => !d.dev && SPRING.test(d.name)));
  if (spring) {
    for (const m of app.manifests) {
      for (const d of m.dependencies) {
        const tool = SPRING_MIGRATORS.find(([re]) => re.test(d.name))?.[1];
        if (d.dev || !tool || springDisabled(app, tool)) continue;
        out.push({ origin: `Spring Boot's ${tool} auto-configuration`, file: m.file, line: d.line, text: `${d.name}: Spring Boot runs ${tool} migrations when the app starts (spring.${tool}.enabled is not false)` });
        break;
      }
    }
  }
  return out;
}
