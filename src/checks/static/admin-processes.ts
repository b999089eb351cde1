import { manifests, procfile, signals, startCommands } from '../../evidence/repo/artifacts';
import { isNonRuntimePath } from '../../evidence/repo/paths';
import { relativeTo } from '../../evidence/repo/snapshot';
import type { Evidence } from '../../model/report';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, fileEv, MAX_EVIDENCE, skip } from './util';

const MIGRATION_DIR = /(?:^|\/)(?:migrations?|db\/migrate|alembic|prisma\/migrations|db\/migrations|src\/main\/resources\/db\/(?:migration|changelog)|database\/migrations|migrate)\//;
const ADMIN_FILES = /^(?:manage\.py|alembic\.ini|bin\/rails|Rakefile|artisan|knexfile\.[jt]s|\.sequelizerc|flyway\.conf|liquibase\.properties|diesel\.toml|atlas\.hcl|bin\/console)$/;
const ADMIN_SCRIPT = /migrat|seed|\bdb:|console|\badmin\b|\bshell\b/i;
const MIGRATE_AT_START = /\b(?:migrate|db:migrate|db:prepare|alembic\s+upgrade|prisma\s+migrate\s+deploy|prisma\s+db\s+push|knex\s+migrate|sequelize(?:-cli)?\s+db:migrate|flyway\s+migrate|diesel\s+migration\s+run|typeorm\s+migration:run|goose\s+up|migrate\s+up)\b/;

export const adminProcessesChecks: StaticCheck[] = [
  {
    id: 'admin-processes/declared-tasks',
    factor: 'admin-processes',
    kind: 'static',
    title: 'One-off admin tasks are declared in the codebase',
    rationale:
      'Factor XII: admin and management tasks (migrations, consoles, one-time scripts) ship with the app code and run as one-off processes of the same release, never as ad-hoc commands typed on a server.',
    remediation: 'Keep migrations and admin scripts in the repository (migrations folder, manage.py, rake tasks, package.json scripts, Procfile `release:`) and list the commands under `admin` in .twelve-factor.yml so the runtime harness runs them.',
    run({ snapshot, config }) {
      const ev: Evidence[] = [];
      const what: string[] = [];
      const pf = procfile(snapshot);
      const release = pf?.processes.find((p) => p.name === 'release');
      if (pf && release) {
        ev.push(fileEv(pf.file, release.line, `release: ${release.command}`.slice(0, 200)));
        what.push('Procfile release');
      }
      const mig = snapshot.appFiles.find((f) => MIGRATION_DIR.test(relativeTo(f.path, snapshot.appPath)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      if (mig) {
        ev.push(fileEv(mig.path));
        what.push('migrations');
      }
      const admin = snapshot.appFiles.find((f) => ADMIN_FILES.test(relativeTo(f.path, snapshot.appPath)));
      if (admin) {
        ev.push(fileEv(admin.path));
        what.push(relativeTo(admin.path, snapshot.appPath));
      }
      for (const m of manifests(snapshot)) for (const s of m.scripts) if (ADMIN_SCRIPT.test(s.name)) {
        ev.push(fileEv(m.file, s.line, `${s.name}: ${s.command}`.slice(0, 200)));
        what.push(`script ${s.name}`);
      }
      if (config.admin.length > 0) what.push(`${config.admin.length} configured admin command(s)`);
      if (ev.length > 0 || config.admin.length > 0) {
        return [{ outcome: 'pass', message: `admin tasks declared: ${[...new Set(what)].slice(0, 6).join(', ')}`, evidence: ev.length > 0 ? ev.slice(0, MAX_EVIDENCE) : [countEv('configured admin commands', config.admin.length, 'commands', 1)] }];
      }
      const idx = signals(snapshot);
      const db = [...idx.of('service-url-from-env'), ...idx.of('hardcoded-service-host'), ...idx.of('sqlite')].filter((s) => /DATABASE|DB_|POSTGRES|MYSQL|MONGO|sqlite|jdbc|postgres|mysql/i.test(s.snippet));
      if (db.length === 0) return skip('no database use and no admin tasks found: nothing to declare');
      return [{ outcome: 'warn', message: 'the app uses a database but no migrations or admin tasks are declared in the codebase', evidence: [fileEv(db[0]!.file, db[0]!.line, db[0]!.snippet)] }];
    },
  },
  {
    id: 'admin-processes/no-migrate-on-start',
    factor: 'admin-processes',
    kind: 'static',
    title: 'Migrations run once per release, not at every start',
    rationale:
      'Factor XII runs admin tasks as one-off processes. Migrating in the web start command runs it in every replica at every restart, racing each other and delaying boot (factor IX).',
    remediation: 'Run migrations as a release-phase process (Procfile `release:`, a Kubernetes Job, a pre-deploy step) from the same image, and start the web process without them.',
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      if (cmds.length === 0) return skip('no start command found');
      const out: FindingDraft[] = cmds.filter((c) => MIGRATE_AT_START.test(c.text)).slice(0, 5).map((c) => ({ outcome: 'warn' as const, message: `${c.origin} migrates at every start`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] }));
      if (out.length > 0) return out;
      return [{ outcome: 'pass', message: 'start commands do not run migrations', evidence: cmds.slice(0, 3).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))) }];
    },
  },
];
