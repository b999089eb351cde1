import { signals } from '../../evidence/repo/artifacts';
import { isNonRuntimePath } from '../../evidence/repo/paths';
import { dirOf, isUnder, joinPath, relativeTo } from '../../evidence/repo/snapshot';
import type { Evidence } from '../../model/report';
import { fileEv, found, MAX_EVIDENCE, skip } from '../support';
import type { StaticCheck } from '../types';

const MIGRATION_DIR = /(?:^|\/)(?:migrations?|db\/migrate|alembic|prisma\/migrations|db\/migrations|src\/main\/resources\/db\/(?:migration|changelog)|database\/migrations|priv\/repo\/migrations|Migrations)\//;
const ADMIN_FILES = /^(?:manage\.py|alembic\.ini|bin\/rails|Rakefile|artisan|knexfile\.[jt]s|\.sequelizerc|flyway\.conf|liquibase\.properties|diesel\.toml|atlas\.hcl|bin\/console)$/;
const ADMIN_SCRIPT = /migrat|seed|\bdb:|console|\badmin\b|\bshell\b/i;
/** A subcommand of the app itself (`tickets migrate`, `app.py seed`): an admin task that ships with the code. */
const SUBCOMMAND = /(?:os\.Args\[1\]|sys\.argv\[1\]|process\.argv\[2\]|args\[0\])\s*={2,3}\s*["'](?:migrate|seed|console|shell|admin|upgrade|init-db|createsuperuser)["']|\.command\(\s*["'](?:migrate|seed|db:\w+)["']|@(?:app|cli)\.command\(\s*["']?(?:migrate|seed|init[-_]db)|Use:\s*"(?:migrate|seed)/;
/**
 * Migrations compiled into the binary: `sqlx::migrate!("./migrations")` (default ./migrations),
 * diesel's and refinery's `embed_migrations!("…")`, Go's `//go:embed migrations/*.sql`. Group 1 is the folder.
 */
const EMBEDS_MIGRATIONS = /\bsqlx::migrate!\(\s*(?:"([^"\n]{1,200})")?\s*\)|\bembed_migrations!\(\s*(?:"([^"\n]{1,200})")?\s*\)|^\s*\/\/go:embed\s+([^\s*]{0,200}?)\/?(?:\*[^\s]{0,40})?\s*$/gm;
const DATA_DEPS = /^(?:pg|postgres|mysql2?|mongodb|mongoose|sequelize|typeorm|prisma|@prisma\/client|knex|psycopg2?(?:-binary)?|psycopg|asyncpg|sqlalchemy|django|pymysql|pymongo|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|gorm\.io\/gorm|org\.postgresql:postgresql|org\.springframework\.boot:spring-boot-starter-data-\w+|org\.flywaydb:\S+|org\.liquibase:\S+|activerecord|rails|sequel|doctrine\/orm|laravel\/framework|diesel|sqlx|ecto_sql|Npgsql\S*|Microsoft\.EntityFrameworkCore\S*)$/i;

export const declaredTasks: StaticCheck = {
  id: 'admin-processes/declared-tasks',
  factor: 'admin-processes',
  kind: 'static',
  role: 'core',
  subject: true,
  title: 'Admin tasks ship with the release',
  rationale:
    'Factor XII: admin and management tasks (migrations, consoles, one-time scripts) ship with the app code and run as one-off processes of the same release, never as ad-hoc commands typed on a server. Migrations that never reach the image cannot be run from the release.',
  remediation: 'Keep migrations and admin scripts in the repository and make the image ship them (COPY them, or keep them in the resources the build packages); list the commands under `admin` in .twelve-factor.yml so the runtime harness runs them.',
  conditions: {
    shipped: { rubric: 'shipped-one-off', when: 'admin tasks are in the codebase and reach the image' },
    'not-shipped': { rubric: 'not-shipped', when: 'admin tasks (migrations) are in the repository but the image does not ship them' },
    none: { rubric: 'no-admin', when: 'no admin task and no persistent data' },
  },
  run({ app, config }) {
    const snapshot = app.snapshot;
    const repo = snapshot.at('.');
    const tasks: Array<{ what: string; file: string; line?: number; snippet?: string }> = [];
    const release = app.procfile?.processes.find((p) => p.name === 'release');
    if (release) tasks.push({ what: 'Procfile release', file: app.procfile!.file, line: release.line, snippet: `release: ${release.command}` });
    // Migrations may sit beside the app folder when the build context is the repository root.
    const candidates = app.root === app.context ? snapshot.appFiles : repo.files.filter((f) => f.path.startsWith(app.context === '.' ? '' : `${app.context}/`));
    const migrations = candidates.filter((f) => MIGRATION_DIR.test(f.path) && !isNonRuntimePath(app.root === '.' || !f.path.startsWith(`${app.root}/`) ? f.path : relativeTo(f.path, app.root)));
    for (const f of migrations.slice(0, 50)) tasks.push({ what: 'migrations', file: f.path });
    for (const f of snapshot.appFiles) if (ADMIN_FILES.test(relativeTo(f.path, snapshot.appPath))) tasks.push({ what: relativeTo(f.path, snapshot.appPath), file: f.path });
    for (const m of app.manifests) for (const s of m.scripts) if (ADMIN_SCRIPT.test(s.name)) tasks.push({ what: `script ${s.name}`, file: m.file, line: s.line, snippet: `${s.name}: ${s.command}`.slice(0, 200) });
    const idx = signals(snapshot);
    const embedded: string[] = [];
    for (const file of [...idx.sourceFiles.values()].flat().slice(0, 2000)) {
      const text = snapshot.read(file) ?? '';
      const lines = text.split('\n');
      const i = lines.findIndex((l) => SUBCOMMAND.test(l));
      if (i >= 0) tasks.push({ what: 'an admin subcommand of the app', file, line: i + 1, snippet: lines[i]!.trim().slice(0, 160) });
      if (app.image && app.ships(file)) for (const e of text.matchAll(EMBEDS_MIGRATIONS)) embedded.push(embeddedFolder(e, file, app.root));
    }
    if (tasks.length === 0 && config.admin.length === 0) {
      const data = [...idx.of('service-url-from-env'), ...idx.of('hardcoded-service-host'), ...idx.of('sqlite')].filter((s) => /DATABASE|DB_|POSTGRES|MYSQL|MONGO|sqlite|jdbc|postgres|mysql/i.test(s.snippet));
      const dep = app.manifests.flatMap((m) => m.dependencies.filter((d) => !d.dev && DATA_DEPS.test(d.name)).map((d) => ({ m, d })))[0];
      if (data.length === 0 && !dep) return [{ condition: 'none', message: 'no admin task and no persistent data: nothing to run as a one-off' }];
      const where = data[0] ? `${data[0].file}:${data[0].line}` : `${dep!.d.name} in ${dep!.m.file}`;
      return skip(`the app keeps data (${where}) but declares no admin task (migrations, a console, a release command): how its schema changes is not in the repository`);
    }
    const ev = (list: typeof tasks): Evidence[] => list.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, t.snippet));
    // Migrations that the image never receives cannot be run from the release.
    const unshipped = app.image ? tasks.filter((t) => t.what === 'migrations' && !app.ships(t.file) && !embedded.some((d) => isUnder(t.file, d))) : [];
    if (unshipped.length > 0 && unshipped.length === tasks.filter((t) => t.what === 'migrations').length) {
      return [found('not-shipped', `migrations in ${unshipped[0]!.file.split('/').slice(0, -1).join('/')} never reach the image (${app.dockerfile!.file} does not copy them)`, ev(unshipped))];
    }
    const what = [...new Set(tasks.map((t) => t.what))];
    if (config.admin.length > 0) what.push(`${config.admin.length} configured admin command(s)`);
    return [found('shipped', `admin tasks ship with the code: ${what.slice(0, 5).join(', ')}`, tasks.length > 0 ? ev(tasks) : [fileEv('.twelve-factor.yml')])];
  },
};

/** The repository folder an embedding macro or directive names: relative to the crate root (Rust) or the source file's folder (Go). */
function embeddedFolder(m: RegExpMatchArray, file: string, root: string): string {
  const clean = (p: string) => p.replace(/^\.\//, '').replace(/\/+$/, '');
  if (m[3] !== undefined) return m[3] === '' || m[3] === '.' ? dirOf(file) : joinPath(dirOf(file), clean(m[3]));
  return joinPath(root, clean(m[1] ?? m[2] ?? 'migrations'));
}
