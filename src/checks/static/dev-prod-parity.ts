import { serviceKindOfImage } from '../../evidence/repo/parsers/compose';
import { appDockerfiles, composeFiles, manifests, signals } from '../../evidence/repo/artifacts';
import { baseName } from '../../evidence/repo/snapshot';
import type { FindingDraft, StaticCheck } from '../types';
import { fileEv, MAX_EVIDENCE, skip } from './util';

/** Driver packages and the kind of backing service they talk to. */
const DRIVER_KIND: Array<[RegExp, string]> = [
  [/^(?:pg|postgres|pg-promise|@prisma\/adapter-pg|psycopg2?(?:-binary)?|psycopg|asyncpg|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|org\.postgresql:postgresql|pg_gem|tokio-postgres|diesel_postgres|sqlx-postgres|doctrine\/dbal-postgres)$/i, 'postgres'],
  [/^(?:mysql2?|mysqlclient|pymysql|aiomysql|github\.com\/go-sql-driver\/mysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client)$/i, 'mysql'],
  [/^(?:redis|ioredis|github\.com\/redis\/go-redis\S*|github\.com\/go-redis\/redis\S*|redis-rb|predis\/predis|org\.springframework\.boot:spring-boot-starter-data-redis|io\.lettuce:lettuce-core)$/i, 'redis'],
  [/^(?:mongodb|mongoose|pymongo|motor|go\.mongodb\.org\/mongo-driver|mongoid|mongodb\/mongodb|org\.mongodb:\S+)$/i, 'mongodb'],
  [/^(?:amqplib|pika|aio-pika|github\.com\/rabbitmq\/amqp091-go|bunny|php-amqplib\/php-amqplib|lapin)$/i, 'rabbitmq'],
  [/^(?:sqlite3|better-sqlite3|sqlite|aiosqlite|github\.com\/mattn\/go-sqlite3|sqlite3_gem|rusqlite|org\.xerial:sqlite-jdbc|com\.h2database:h2)$/i, 'sqlite'],
];
const PROD_HINT = /\b(?:production|prod)\b/i;

/** A go.mod line marked `// indirect`: a module only other modules import, so it says nothing of which database the app opens. */
function indirectGoModule(read: (file: string) => string | undefined, file: string, line: number): boolean {
  if (baseName(file) !== 'go.mod') return false;
  const text = read(file);
  return text !== undefined && /\/\/\s*indirect\b/.test(text.split('\n', line)[line - 1] ?? '');
}

export const devProdParityChecks: StaticCheck[] = [
  {
    id: 'dev-prod-parity/same-backing-services',
    factor: 'dev-prod-parity',
    kind: 'static',
    title: 'Development uses the same kinds of backing service as production',
    rationale:
      'Factor X: the twelve-factor developer resists lightweight substitutes (SQLite for Postgres, an in-memory cache for Redis). Tiny incompatibilities between them make code that passed in development fail in production.',
    remediation: 'Run the production kinds of service locally (compose: postgres, redis, …) and drop SQLite/in-memory substitutes from development settings; make tests use the same engine.',
    run({ snapshot }) {
      const deps = manifests(snapshot).flatMap((m) => m.dependencies.map((d) => ({ m, d, kind: DRIVER_KIND.find(([re]) => re.test(d.name))?.[1] })).filter((x) => x.kind));
      const prodKinds = new Set(deps.filter((x) => x.kind !== 'sqlite' && !x.d.dev).map((x) => x.kind!));
      const sqliteDeps = deps.filter((x) => x.kind === 'sqlite' && !indirectGoModule((f) => snapshot.read(f), x.m.file, x.d.line));
      const sqliteSignals = signals(snapshot).of('sqlite');
      const out: FindingDraft[] = [];
      // SQLite alongside a server database driver: almost always SQLite-in-dev, server-in-prod.
      if (prodKinds.size > 0 && (sqliteDeps.length > 0 || sqliteSignals.length > 0)) {
        const ev = [...sqliteDeps.slice(0, 3).map((x) => fileEv(x.m.file, x.d.line, x.d.name)), ...sqliteSignals.slice(0, 5).map((s) => fileEv(s.file, s.line, s.snippet))];
        out.push({ outcome: 'fail', message: `SQLite is used next to ${[...prodKinds].join(', ')}: development and production run different databases`, evidence: ev });
      }
      const composes = composeFiles(snapshot);
      const composeKinds = new Map<string, { file: string; line: number }>();
      for (const c of composes) for (const s of c.services) {
        const k = s.image ? serviceKindOfImage(s.image) : undefined;
        if (k && !composeKinds.has(k)) composeKinds.set(k, { file: c.file, line: s.line });
      }
      if (composes.length > 0) {
        const missing = [...prodKinds].filter((k) => !composeKinds.has(k) && k !== 'sqlite');
        if (missing.length > 0) {
          const ev = deps.filter((x) => missing.includes(x.kind!)).slice(0, 5).map((x) => fileEv(x.m.file, x.d.line, x.d.name));
          out.push({ outcome: 'warn', message: `the app talks to ${missing.join(', ')} but ${composes[0]!.file} runs no such service`, evidence: [...ev, fileEv(composes[0]!.file)] });
        }
        if (out.length === 0 && composeKinds.size > 0) {
          return [{ outcome: 'pass', message: `compose runs ${[...composeKinds.keys()].join(', ')}, the kinds the app uses`, evidence: [...composeKinds.values()].slice(0, MAX_EVIDENCE).map((p) => fileEv(p.file, p.line)) }];
        }
      }
      if (out.length > 0) return out;
      if (prodKinds.size > 0 && composes.length === 0) return skip(`the app uses ${[...prodKinds].join(', ')} but no compose file describes the development services`);
      return skip('no backing-service drivers or development environment definition found');
    },
  },
  {
    id: 'dev-prod-parity/single-dockerfile',
    factor: 'dev-prod-parity',
    kind: 'static',
    title: 'One Dockerfile for every environment',
    rationale:
      'Separate Dockerfile.dev and Dockerfile.prod build different images for development and production, so what was tested is not what runs. Factor X keeps the gap small.',
    remediation: 'Keep one Dockerfile; express development-only differences as a build target of it (`--target dev`) or as runtime config, not a second file.',
    run({ snapshot }) {
      const files = appDockerfiles(snapshot);
      if (files.length === 0) return skip('no Dockerfile in the audited path');
      const perEnv = files.filter((f) => /(?:^|[.-])(?:dev|development|prod|production|staging|local)(?:[.-]|$)/i.test(baseName(f)));
      if (perEnv.length > 0) return [{ outcome: 'warn', message: `per-environment Dockerfiles: ${perEnv.join(', ')}`, evidence: perEnv.slice(0, MAX_EVIDENCE).map((f) => fileEv(f)) }];
      const sameDir = new Map<string, string[]>();
      for (const f of files) sameDir.set(f.slice(0, f.lastIndexOf('/') + 1), [...(sameDir.get(f.slice(0, f.lastIndexOf('/') + 1)) ?? []), f]);
      const crowded = [...sameDir.values()].find((l) => l.length > 1 && l.some((f) => PROD_HINT.test(f)));
      if (crowded) return [{ outcome: 'warn', message: `several Dockerfiles side by side: ${crowded.join(', ')}`, evidence: crowded.slice(0, MAX_EVIDENCE).map((f) => fileEv(f)) }];
      return [{ outcome: 'pass', message: `one Dockerfile (${files[0]})${files.length > 1 ? ` and ${files.length - 1} for other components` : ''}`, evidence: files.slice(0, 3).map((f) => fileEv(f)) }];
    },
  },
];
