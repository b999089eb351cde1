import { signals } from '../../evidence/repo/artifacts';
import { composeBuild } from '../../evidence/repo/app/discover';
import { type ComposeFile, type ComposeService, serviceKindOfImage } from '../../evidence/repo/parsers/compose';
import { parseDockerfile } from '../../evidence/repo/parsers/dockerfile';
import { baseName } from '../../evidence/repo/snapshot';
import type { Evidence } from '../../model/report';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

/** Driver packages and the kind of backing service they talk to. */
const DRIVER_KIND: Array<[RegExp, string]> = [
  [/^(?:pg|postgres|pg-promise|@prisma\/adapter-pg|psycopg2?(?:-binary)?|psycopg|asyncpg|github\.com\/lib\/pq|github\.com\/jackc\/pgx\S*|org\.postgresql:postgresql|tokio-postgres|diesel_postgres|sqlx-postgres|Npgsql\S*|postgrex)$/i, 'postgres'],
  [/^(?:mysql2?|mysqlclient|pymysql|aiomysql|github\.com\/go-sql-driver\/mysql|com\.mysql:mysql-connector-j|mysql:mysql-connector-java|org\.mariadb\.jdbc:mariadb-java-client|MySql\.Data|myxql)$/i, 'mysql'],
  [/^(?:redis|ioredis|github\.com\/redis\/go-redis\S*|github\.com\/go-redis\/redis\S*|redis-rb|predis\/predis|org\.springframework\.boot:spring-boot-starter-data-redis|io\.lettuce:lettuce-core|StackExchange\.Redis|redix)$/i, 'redis'],
  [/^(?:mongodb|mongoose|pymongo|motor|go\.mongodb\.org\/mongo-driver|mongoid|mongodb\/mongodb|org\.mongodb:\S+|MongoDB\.Driver)$/i, 'mongodb'],
  [/^(?:amqplib|pika|aio-pika|github\.com\/rabbitmq\/amqp091-go|bunny|php-amqplib\/php-amqplib|lapin|RabbitMQ\.Client)$/i, 'rabbitmq'],
  [/^(?:sqlite3|better-sqlite3|sqlite|aiosqlite|github\.com\/mattn\/go-sqlite3|modernc\.org\/sqlite|rusqlite|org\.xerial:sqlite-jdbc|com\.h2database:h2|Microsoft\.Data\.Sqlite|ecto_sqlite3)$/i, 'sqlite'],
];
/** A tag of major.minor or finer, or a digest: the same server version every time. */
const VERSION_TAG = /:v?\d+\.\d+|@sha256:/;

export const sameBackingServices: StaticCheck = {
  id: 'dev-prod-parity/same-backing-services',
  factor: 'dev-prod-parity',
  kind: 'static',
  role: 'core',
  subject: true,
  title: 'Development runs the same backing services as the deploy',
  rationale:
    'Factor X: the twelve-factor developer resists lightweight substitutes (SQLite for Postgres, a floating `postgres` image for a pinned one). Tiny incompatibilities between them make code that passed in development fail in production.',
  remediation: 'Run the deploy\'s kinds and versions of services locally (compose: `postgres:16.2`, `redis:7.2`), build the app service from the release Dockerfile, and drop SQLite defaults from code that talks to Postgres in production.',
  conditions: {
    same: { rubric: 'same', when: 'the dev stack runs the deploy\'s kinds of service, version-tagged' },
    'sqlite-vs-server': { rubric: 'sqlite-vs-server', when: 'SQLite is used beside a server database driver' },
    'version-drift': { rubric: 'version-drift', when: 'a dev service image floats, or its tag differs from the deploy\'s' },
    'no-dev-stack': { rubric: 'no-dev-stack', when: 'no dev stack (compose, .env.example, devcontainer) to compare' },
  },
  run({ app }) {
    const deps = app.manifests.flatMap((m) => m.dependencies.map((d) => ({ m, d, kind: DRIVER_KIND.find(([re]) => re.test(d.name))?.[1] })).filter((x) => x.kind));
    const serverKinds = new Set(deps.filter((x) => x.kind !== 'sqlite' && !x.d.dev).map((x) => x.kind!));
    const out: FindingDraft[] = [];
    // A development-only SQLite (a dev dependency, a `development:` database) beside a server database is the substitute factor X warns of.
    const sqlite: Evidence[] = [
      ...deps.filter((x) => x.kind === 'sqlite' && !(baseName(x.m.file) === 'go.mod' && /\/\/\s*indirect/.test((app.snapshot.read(x.m.file) ?? '').split('\n')[x.d.line - 1] ?? ''))).map((x) => fileEv(x.m.file, x.d.line, x.d.name)),
      ...signals(app.snapshot).of('sqlite').slice(0, 3).map((s) => fileEv(s.file, s.line, s.snippet)),
    ];
    if (serverKinds.size > 0 && sqlite.length > 0) {
      const first = sqlite[0]!;
      out.push(found('sqlite-vs-server', `SQLite (${first.kind === 'file' ? `${first.file}:${first.line}` : ''}) is used beside ${[...serverKinds].join(', ')}: development and production run different databases`, [...sqlite.slice(0, 3), ...deps.filter((x) => x.kind !== 'sqlite').slice(0, 2).map((x) => fileEv(x.m.file, x.d.line, x.d.name))]));
    }
    const devCompose = app.compose.filter((c) => app.deploy.dev.some((d) => d.file === c.file));
    const deployImages = deployImageTags(app);
    const drift: Evidence[] = [];
    const driftWhy: string[] = [];
    const kinds: Evidence[] = [];
    for (const c of devCompose) {
      for (const s of c.services) {
        // A service built from a local Dockerfile (a seeded database) is the kind its base image is.
        const image = s.image ?? builtFrom(app, c, s);
        const kind = image ? serviceKindOfImage(image) : undefined;
        if (!kind || !image) continue;
        kinds.push(fileEv(c.file, s.line, `${s.name}: ${image}`));
        const deployed = deployImages.get(kind);
        if (!VERSION_TAG.test(image)) {
          drift.push(fileEv(c.file, s.line, `${s.name}: ${image}`));
          driftWhy.push(`${c.file}:${s.line} runs ${image}, a floating tag${deployed ? `; the deploy runs ${deployed.image}` : ''}`);
        } else if (deployed && tagOf(deployed.image) !== tagOf(image)) {
          drift.push(fileEv(c.file, s.line, `${s.name}: ${image}`), fileEv(deployed.file, deployed.line, deployed.image));
          driftWhy.push(`${c.file}:${s.line} runs ${image}, the deploy runs ${deployed.image}`);
        }
      }
    }
    if (drift.length > 0) out.push(found('version-drift', `${driftWhy[0]}${driftWhy.length > 1 ? ` (and ${driftWhy.length - 1} more)` : ''}`, drift.slice(0, MAX_EVIDENCE), driftWhy));
    if (out.length > 0) return out;
    if (app.deploy.dev.length === 0) return [{ condition: 'no-dev-stack', message: 'no dev stack (compose file, .env.example, devcontainer) to compare with the deploy' }];
    if (kinds.length > 0) return [found('same', `the dev stack runs version-tagged ${[...new Set(kinds.map((k) => (k.kind === 'file' ? k.snippet?.split(': ')[1] : '')))].join(', ')}`, kinds.slice(0, MAX_EVIDENCE))];
    if (serverKinds.size === 0) return [found('same', `the dev stack (${app.deploy.dev.map((d) => d.file).slice(0, 3).join(', ')}) needs no backing service, and the app uses none`, app.deploy.dev.slice(0, 3).map((d) => fileEv(d.file)))];
    return [{ outcome: 'skip', message: `the app uses ${[...serverKinds].join(', ')}, but the dev stack (${app.deploy.dev.map((d) => d.file).slice(0, 3).join(', ')}) does not say what runs it locally` }];
  },
};

/** The base image of the Dockerfile a compose service builds, when it is not the app's own build. */
function builtFrom(app: Parameters<StaticCheck['run']>[0]['app'], c: ComposeFile, s: ComposeService): string | undefined {
  const b = composeBuild(c, s);
  if (!b || (app.dockerfile && b.dockerfile === app.dockerfile.file)) return undefined;
  const text = app.snapshot.at('.').read(b.dockerfile);
  if (!text) return undefined;
  const df = parseDockerfile(text, b.dockerfile);
  const last = df.stages[df.stages.length - 1];
  return last && !last.from.fromStage ? last.from.image : undefined;
}

function tagOf(image: string): string {
  const at = image.indexOf('@');
  if (at >= 0) return image.slice(at);
  const slash = image.lastIndexOf('/');
  const colon = image.indexOf(':', slash + 1);
  return colon >= 0 ? image.slice(colon + 1) : 'latest';
}

/** Backing-service images the deploy descriptors run, by kind. */
function deployImageTags(app: Parameters<StaticCheck['run']>[0]['app']): Map<string, { image: string; file: string; line: number }> {
  const out = new Map<string, { image: string; file: string; line: number }>();
  const repo = app.snapshot.at('.');
  for (const d of app.deploy.descriptors) {
    if (d.kind !== 'kubernetes' && d.kind !== 'helm' && d.kind !== 'compose-prod') continue;
    (repo.read(d.file) ?? '').split('\n').forEach((l, i) => {
      const m = /^\s*-?\s*image:\s*["']?([^\s"'{}]+)/.exec(l);
      const kind = m ? serviceKindOfImage(m[1]!) : undefined;
      if (m && kind && !out.has(kind)) out.set(kind, { image: m[1]!, file: d.file, line: i + 1 });
    });
  }
  return out;
}
