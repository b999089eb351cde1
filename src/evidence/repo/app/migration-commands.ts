/**
 * Commands that apply database migrations, per tool, in every language the
 * tool reads. In a start command they are one-off admin work tied to every
 * boot (V warn, IX fail, XII warn: one cause). Options may sit between a
 * tool and its subcommand (`alembic -c prod.ini upgrade head`,
 * `goose -dir db postgres "$DSN" up`); the gap is bounded and stops at a
 * command separator, so each pattern stays linear.
 */
const GAP = '\\s(?:[^|;&\\n]{0,200}\\s)?';

export const MIGRATION_COMMANDS: ReadonlyArray<readonly [tool: string, pattern: string]> = [
  ['Django', `(?:manage\\.py|django-admin)\\s+migrate`],
  ['Flask-Migrate', `flask${GAP}db\\s+upgrade`],
  ['Alembic', `alembic${GAP}upgrade`],
  ['Tortoise aerich', `aerich${GAP}upgrade`],
  ['Piccolo', `piccolo\\s+migrations\\s+forwards`],
  ['yoyo', `yoyo(?:-migrate)?\\s+apply`],
  ['Rails', `(?:rails|rake)${GAP}db:(?:migrate|prepare|setup|schema:load)|db:migrate|db:prepare|db:setup`],
  ['Prisma', `prisma\\s+migrate\\s+deploy|prisma\\s+db\\s+push`],
  ['Knex', `knex${GAP}migrate(?::latest|:up)?`],
  ['Sequelize', `sequelize(?:-cli)?${GAP}db:migrate`],
  ['TypeORM', `typeorm(?:-ts-node-(?:commonjs|esm))?${GAP}migration:run`],
  ['node-pg-migrate, db-migrate', `(?:node-pg-migrate|db-migrate)${GAP}up`],
  ['goose', `goose${GAP}up(?:-by-one|-to)?`],
  ['golang-migrate', `migrate${GAP}up`],
  ['dbmate', `dbmate${GAP}(?:up|migrate)`],
  ['Atlas', `atlas\\s+(?:migrate|schema)\\s+apply`],
  ['Diesel', `diesel\\s+migration\\s+run`],
  ['SQLx', `sqlx\\s+migrate\\s+run`],
  ['SeaORM', `sea-orm-cli\\s+migrate`],
  ['Entity Framework', `dotnet\\s+ef\\s+database\\s+update|efbundle`],
  ['Flyway', `flyway${GAP}migrate|flyway:migrate|flywayMigrate`],
  ['Liquibase', `liquibase${GAP}update|liquibase:update|\\bupdate\\s+--changelog-file`],
  ['Ecto', `(?:mix\\s+)?ecto\\.migrate`],
  ['Laravel, Symfony, any `migrate` task', `migrate(?::latest|:up|\\s+up|\\s+deploy|\\s+--noinput)?`],
  ['Sqitch', `sqitch${GAP}deploy`],
];

/** Any migration command of MIGRATION_COMMANDS. */
export const MIGRATE_AT_START = new RegExp(`\\b(?:${MIGRATION_COMMANDS.map(([, p]) => p).join('|')})\\b`);
