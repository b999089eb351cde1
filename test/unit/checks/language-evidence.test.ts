// biome-ignore-all lint/suspicious/noTemplateCurlyInString: config placeholders (${database.host}) are the literal text under test, not templates
import { describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/config/schema';
import { MIGRATE_AT_START, MIGRATION_COMMANDS } from '../../../src/evidence/repo/app/migration-commands';
import { serverProgram } from '../../../src/evidence/repo/app/start-contract';
import { resolveApp } from '../../../src/evidence/repo/app-model';
import type { Language } from '../../../src/evidence/repo/paths';
import { envNameOfKey, placeholderKeys } from '../../../src/evidence/repo/relaxed-binding';
import { scanRepository } from '../../../src/evidence/repo/snapshot';
import { type SignalKind, signalsInText } from '../../../src/evidence/repo/source-signals';
import { audit } from '../../../src/pipeline/audit';
import { checkFindings, throwawayRepos } from '../../support/checks';

/**
 * The rules behind the calibration cases of language evidence, each held to
 * the same pattern in the other languages the tool reads: a validated copy of
 * the environment and a driver call locate and use a backing service; config
 * keys in a service URL are bound from the environment; every migration tool's
 * command, in an entrypoint script or a Procfile web line, is migrations at
 * every start; a framework CLI that runs a graceful server is that server;
 * resources packaged into a jar built outside the image reach the image.
 */
const make = throwawayRepos();
const kinds = (text: string, file: string, lang: Language): SignalKind[] => signalsInText(text, file, lang).map((s) => s.kind);

describe('a validated copy of the environment locates a service as the environment does', () => {
  const reads: Array<[Language, string, string]> = [
    ['js', 'src/config.js', 'module.exports = { mongoUrl: envVars.MONGODB_URL };'],
    ['js', 'src/env.ts', 'const pool = new Pool({ connectionString: env.DATABASE_URL });'],
    ['js', 'main.ts', 'const url = Deno.env.get("DATABASE_URL");'],
    ['py', 'settings.py', 'REDIS_URL = env.str("REDIS_URL")'],
    ['py', 'settings.py', 'DATABASES = {"default": env.dj_db_url("DATABASE_URL")}'],
    ['py', 'settings.py', 'DATABASE_URL = config("DATABASE_URL")'],
    ['config', 'conf/application.conf', 'db.default.url = ${?DATABASE_URL}'],
  ];
  for (const [lang, file, line] of reads) {
    it(`${lang}: ${line}`, () => expect(kinds(line, file, lang)).toContain('service-url-from-env'));
  }

  it('the same copy gives the port (envVars.PORT) as it gives a service', () => {
    expect(kinds('app.listen(envVars.PORT);', 'src/index.js', 'js')).toContain('port-from-env');
  });
});

describe('driver and ORM calls are backing-service use, in every language', () => {
  const calls: Array<[Language, string, string]> = [
    ['js', 'src/index.js', 'mongoose.connect(config.mongoUrl);'],
    ['js', 'src/db.js', 'const pool = new Pool({ connectionString: cfg.url });'],
    ['js', 'src/cache.js', 'const client = redis.createClient({ url: cfg.redis });'],
    ['js', 'src/db.js', 'const sequelize = new Sequelize(cfg.db);'],
    ['js', 'src/db.ts', 'export const prisma = new PrismaClient();'],
    ['js', 'src/db.ts', 'export const db = knex({ client: "pg", connection: cfg.db });'],
    ['js', 'src/db.ts', 'export const AppDataSource = new DataSource(options);'],
    ['py', 'app/db.py', 'engine = create_engine(settings.database_uri)'],
    ['py', 'app/db.py', 'conn = psycopg.connect(settings.dsn)'],
    ['py', 'app/cache.py', 'cache = redis.Redis.from_url(settings.redis_url)'],
    ['py', 'app/__init__.py', 'db = SQLAlchemy(app)'],
    ['go', 'store.go', 'pool, err := pgxpool.New(ctx, cfg.DatabaseURL)'],
    ['go', 'store.go', 'db, err := sql.Open("postgres", cfg.DSN)'],
    ['go', 'queue.go', 'opt, err := asynq.ParseRedisURI(cfg.RedisURL)'],
    ['jvm', 'Db.java', 'Connection c = DriverManager.getConnection(url, user, pass);'],
    ['config', 'src/main/resources/application.properties', 'spring.datasource.url=${JDBC_URL}'],
    ['config', 'config/database.yml', '  adapter: postgresql'],
    ['ruby', 'lib/db.rb', 'DB = Sequel.connect(settings.database_url)'],
    ['php', 'src/db.php', '$pdo = new PDO($dsn, $user, $pass);'],
    ['rust', 'src/db.rs', 'let pool = PgPoolOptions::new().connect(&settings.url).await?;'],
    ['cs', 'Startup.cs', 'services.AddDbContext<Ctx>(c => c.UseSqlServer(Configuration.GetConnectionString("Catalog")));'],
    ['elixir', 'lib/app/repo.ex', 'use Ecto.Repo, otp_app: :app, adapter: Ecto.Adapters.Postgres'],
  ];
  for (const [lang, file, line] of calls) {
    it(`${lang}: ${line}`, () => expect(kinds(line, file, lang)).toContain('service-client'));
  }

  const local: Array<[Language, string, string]> = [
    ['py', 'app/db.py', 'engine = create_engine("sqlite:///app.db")'],
    ['go', 'store.go', 'db, err := sql.Open("sqlite3", "app.db")'],
    ['php', 'src/db.php', "$pdo = new PDO('sqlite:/tmp/app.db');"],
    ['config', 'src/main/resources/application.properties', 'spring.h2.url=jdbc:h2:mem:test'],
  ];
  for (const [lang, file, line] of local) {
    it(`${lang}: a local SQLite or in-memory database is not a backing service: ${line}`, () => expect(kinds(line, file, lang)).not.toContain('service-client'));
  }

  it('a driver call whose location the tool cannot trace leaves IV not verified, not "no backing service"', () => {
    const dir = make({
      'go.mod': 'module x\n\ngo 1.22\n\nrequire github.com/jackc/pgx/v5 v5.5.0\n',
      'main.go': 'package main\n\nfunc main() {\n\tcfg := load("config.yaml")\n\tpool, _ := pgxpool.New(ctx, cfg.URL)\n\t_ = pool\n}\n',
    });
    const f = checkFindings('backing-services/urls-from-env', dir);
    expect(f.map((x) => x.outcome)).toEqual(['skip']);
    expect(f[0]!.message).toContain('main.go:5');
  });

  it('a driver call that reads the environment on its own line is located there, whatever the variable is called', () => {
    for (const [file, text] of [
      ['app/db.py', 'import os\nfrom sqlalchemy import create_engine\n\nengine = create_engine(os.environ["SQLALCHEMY_URL"])\n'],
      ['src/db.js', 'const { Pool } = require("pg");\nmodule.exports = new Pool({ connectionString: process.env.CONN_STRING });\n'],
    ] as const) {
      const f = checkFindings('backing-services/urls-from-env', make({ [file]: text }));
      expect(f.map((x) => x.condition)).toEqual(['from-env']);
    }
  });

  it('a settings constant a framework client reads by name is a use, not a read that is discarded', () => {
    const dir = make({
      'config.py': 'import os\n\n\nclass Config:\n    SQLALCHEMY_DATABASE_URI = os.environ["DATABASE_URL"]\n',
      'app.py': 'from flask import Flask\nfrom flask_sqlalchemy import SQLAlchemy\n\napp = Flask(__name__)\napp.config.from_object("config.Config")\ndb = SQLAlchemy(app)\n',
    });
    expect(checkFindings('backing-services/urls-from-env', dir).map((x) => x.condition)).toEqual(['from-env']);
  });
});

describe('config keys in a service URL are bound from the environment by the framework', () => {
  it('names the variable each binding style reads', () => {
    expect(envNameOfKey('database.host', 'microprofile')).toBe('DATABASE_HOST');
    expect(envNameOfKey('quarkus.datasource.jdbc.url', 'microprofile')).toBe('QUARKUS_DATASOURCE_JDBC_URL');
    expect(envNameOfKey('my-app.db-url', 'microprofile')).toBe('MY_APP_DB_URL');
    expect(envNameOfKey('my-app.db-url', 'spring')).toBe('MYAPP_DBURL');
    expect(envNameOfKey('spring.datasource.url', 'spring')).toBe('SPRING_DATASOURCE_URL');
    expect(envNameOfKey('ConnectionStrings:Default', 'dotnet')).toBe('CONNECTIONSTRINGS__DEFAULT');
    expect(placeholderKeys('url: jdbc:mysql://${db.host:localhost}:${db.port}/app')).toEqual(['db.host', 'db.port']);
  });

  const placeholders: Array<[Language, string, string]> = [
    ['config', 'src/main/resources/application.yaml', '      url: jdbc:postgresql://${database.host}:${database.port}/orders'],
    ['config', 'src/main/resources/application.properties', 'spring.datasource.url=jdbc:mysql://${db.host:localhost}:3306/app'],
    ['config', 'src/main/resources/application.yaml', '    hosts: redis://${redis.host}:${redis.port}'],
    ['config', 'src/main/resources/application.conf', 'mongodb.uri = "mongodb://${mongo.host}/app"'],
    ['jvm', 'src/main/java/app/Db.java', '@Value("jdbc:postgresql://${db.host}/app") String url;'],
  ];
  for (const [lang, file, line] of placeholders) {
    it(`${lang}: ${line.trim()}`, () => expect(kinds(line, file, lang)).toContain('service-url-placeholder'));
  }

  const springApp = (withBoot: boolean) =>
    make({
      'pom.xml': `<project><dependencies>${withBoot ? '<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-jdbc</artifactId><version>3.3.0</version></dependency>' : ''}<dependency><groupId>org.postgresql</groupId><artifactId>postgresql</artifactId><version>42.7.3</version></dependency></dependencies></project>\n`,
      'src/main/resources/application.properties': 'db.host=localhost\nspring.datasource.url=jdbc:postgresql://${db.host}:5432/app\n',
      'src/main/java/app/App.java': 'package app;\n\npublic class App {}\n',
    });

  it('with Spring Boot the placeholder is located by config the environment overrides (DB_HOST)', () => {
    const f = checkFindings('backing-services/urls-from-env', springApp(true));
    expect(f.map((x) => x.condition)).toEqual(['overlay']);
    expect(f[0]!.message).toContain('${db.host} ← DB_HOST');
  });

  it('with no framework that binds the environment, the location is not verified (neither hardcoded nor absent)', () => {
    expect(checkFindings('backing-services/urls-from-env', springApp(false)).map((x) => x.outcome)).toEqual(['skip']);
  });
});

describe('every migration tool\'s command is migrations at every start', () => {
  const commands: Array<[tool: string, command: string]> = [
    ['Django', 'python manage.py migrate --noinput'],
    ['Flask-Migrate', 'flask db upgrade'],
    ['Flask-Migrate', 'flask --app blog db upgrade'],
    ['Alembic', 'alembic -c prod.ini upgrade head'],
    ['Rails', 'bundle exec rails db:prepare'],
    ['Rails', 'bundle exec rake db:migrate'],
    ['Prisma', 'npx prisma migrate deploy'],
    ['Knex', 'npx knex migrate:latest'],
    ['Sequelize', 'npx sequelize-cli db:migrate'],
    ['TypeORM', 'npx typeorm-ts-node-commonjs migration:run -d src/data-source.ts'],
    ['goose', 'goose -dir db/migrations postgres "$DATABASE_URL" up'],
    ['golang-migrate', 'migrate -path /migrations -database "$DATABASE_URL" up'],
    ['dbmate', 'dbmate --wait up'],
    ['Diesel', 'diesel migration run'],
    ['SQLx', 'sqlx migrate run'],
    ['Entity Framework', 'dotnet ef database update'],
    ['Flyway', 'flyway -url=$JDBC_URL migrate'],
    ['Flyway', './mvnw flyway:migrate'],
    ['Liquibase', 'liquibase --changelog-file=db.xml update'],
    ['Ecto', 'mix ecto.migrate'],
    ['Laravel', 'php artisan migrate --force'],
  ];
  for (const [tool, command] of commands) it(`${tool}: ${command}`, () => expect(MIGRATE_AT_START.test(command)).toBe(true));

  for (const command of ['gunicorn -b :5000 blog:app', 'flask run', 'alembic current', 'bundle exec puma -C config/puma.rb', 'goose status', 'node server.js', 'dotnet App.dll', 'java -jar app.jar']) {
    it(`not: ${command}`, () => expect(MIGRATE_AT_START.test(command)).toBe(false));
  }

  it('the table names every tool once and each pattern compiles on its own', () => {
    expect(new Set(MIGRATION_COMMANDS.map(([t]) => t)).size).toBe(MIGRATION_COMMANDS.length);
    for (const [, p] of MIGRATION_COMMANDS) expect(() => new RegExp(p)).not.toThrow();
  });

  it('stays linear on long lines of near-misses (no separator, tool names and options repeated)', () => {
    for (const unit of ['flask --app x ', 'goose -dir d ', 'alembic -c x ', 'migrate -path p ', 'a ', ' ']) {
      const text = unit.repeat(Math.ceil((100 * 1024) / unit.length));
      const t0 = performance.now();
      MIGRATE_AT_START.test(text);
      expect(performance.now() - t0).toBeLessThan(200);
    }
  });

  const procfileCases: Array<[string, Record<string, string>]> = [
    ['Python', { 'Dockerfile': 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["gunicorn", "app.wsgi"]\n', 'Procfile': 'web: python manage.py migrate && gunicorn app.wsgi\n', 'requirements.txt': 'django==5.0.6\ngunicorn==22.0.0\n', 'app/wsgi.py': 'application = None\n' }],
    ['Ruby', { 'Dockerfile': 'FROM ruby:3.3.1-slim\nCOPY . .\nCMD ["bundle", "exec", "puma"]\n', 'Procfile': 'web: bundle exec rails db:migrate && bundle exec puma -C config/puma.rb\n', 'Gemfile': "gem 'rails'\n", 'config.ru': 'run Rails.application\n' }],
    ['Node', { 'Dockerfile': 'FROM node:20.14-slim\nCOPY . .\nCMD ["node", "server.js"]\n', 'Procfile': 'web: npx prisma migrate deploy && node server.js\n', 'package.json': '{"name":"x","dependencies":{"express":"4.19.2"}}\n', 'server.js': 'require("express")().listen(process.env.PORT);\n' }],
  ];
  for (const [lang, files] of procfileCases) {
    it(`${lang}: a Procfile web line that migrates before its server is V warn, IX fail, XII warn, one cause`, () => {
      const { report } = audit({ repoRoot: make(files), config: ConfigSchema.parse({}) });
      const v = (id: string) => report.factors.find((f) => f.id === id)!;
      expect([v('V').verdict, v('IX').verdict, v('XII').verdict]).toEqual(['warn', 'fail', 'warn']);
      const shared = [v('V'), v('IX'), v('XII')].map((f) => f.findings.find((x) => x.sharedCause)?.sharedCause);
      expect(shared.every((s) => s?.startsWith('migrations at every start: one cause'))).toBe(true);
      expect(v('V').reason).toContain('Procfile web');
    });
  }
});

describe('a framework CLI or launcher that runs a graceful server is that server', () => {
  const programs: Array<[string, string]> = [
    ['/app/.venv/bin/fastapi run app/main.py', 'uvicorn'],
    ['fastapi dev app/main.py', 'fastapi'],
    ['litestar run --host 0.0.0.0', 'uvicorn'],
    ['python -m uvicorn app.main:app', 'uvicorn'],
    ['python3.12 -m gunicorn app:app', 'gunicorn'],
    ['uv run --frozen uvicorn app.main:app', 'uvicorn'],
    ['poetry run gunicorn app:app', 'gunicorn'],
    ['ddtrace-run gunicorn app:app', 'gunicorn'],
    ['bundle exec puma -C config/puma.rb', 'puma'],
    ['bundle exec rails server -b 0.0.0.0', 'puma'],
    ['node server.js', 'node'],
    ['flask run', 'flask'],
    ['java -jar app.jar', 'java'],
  ];
  for (const [command, program] of programs) it(`${command} → ${program}`, () => expect(serverProgram(command)).toBe(program));

  for (const [lang, files] of [
    ['Python', { 'Dockerfile': 'FROM python:3.12.4-slim\nCOPY . .\nCMD ["python", "-m", "uvicorn", "app.main:app", "--host", "0.0.0.0"]\n', 'requirements.txt': 'fastapi==0.111.0\n', 'app/main.py': 'from fastapi import FastAPI\napp = FastAPI()\n' }],
    ['Ruby', { 'Dockerfile': 'FROM ruby:3.3.1-slim\nCOPY . .\nCMD ["bundle", "exec", "rails", "server", "-b", "0.0.0.0"]\n', 'Gemfile': "gem 'rails'\n", 'config.ru': 'run Rails.application\n' }],
  ] as const) {
    it(`${lang}: SIGTERM is handled by the server the CLI runs`, () => {
      const f = checkFindings('disposability/signal-handlers', make(files));
      expect(f.map((x) => x.condition)).toEqual(['handled']);
    });
  }
});

describe('resources packaged into an artefact built outside the image reach the image, whatever .dockerignore keeps out of the context', () => {
  const appOf = (files: Record<string, string>) => resolveApp(scanRepository(make(files), '.'), ConfigSchema.parse({}));
  it('Maven: src/main/resources/db/migration ships in target/*.jar', () => {
    const app = appOf({ 'pom.xml': '<project/>\n', '.dockerignore': '*\n!target/*-runner.jar\n', 'Dockerfile': 'FROM eclipse-temurin:21.0.3_9-jre\nADD target/*-runner.jar /work/app.jar\n', 'src/main/resources/db/migration/V1__a.sql': 'create table a();\n', 'db/seed.sql': 'insert 1;\n' });
    expect(app.ships('src/main/resources/db/migration/V1__a.sql')).toBe(true);
    expect(app.ships('db/seed.sql')).toBe(false);
  });
  it('Gradle: build/libs/app.jar carries src/main/resources', () => {
    const app = appOf({ 'build.gradle': "plugins { id 'java' }\n", '.dockerignore': '*\n!build/libs/\n', 'Dockerfile': 'FROM eclipse-temurin:21.0.3_9-jre\nCOPY build/libs/app.jar /app.jar\n', 'src/main/resources/db/changelog/master.xml': '<databaseChangeLog/>\n' });
    expect(app.ships('src/main/resources/db/changelog/master.xml')).toBe(true);
  });
  it('.NET: a publish folder carries the EF migrations compiled into the assembly', () => {
    const app = appOf({ 'App.csproj': '<Project Sdk="Microsoft.NET.Sdk.Web"/>\n', '.dockerignore': '*\n!publish/\n', 'Dockerfile': 'FROM mcr.microsoft.com/dotnet/aspnet:8.0.6\nCOPY publish/ /app/\n', 'Migrations/20240101_Init.cs': 'class Init {}\n' });
    expect(app.ships('Migrations/20240101_Init.cs')).toBe(true);
  });
});
