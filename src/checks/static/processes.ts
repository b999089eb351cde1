import { composeFiles, mainDockerfile, signals } from '../../evidence/repo/artifacts';
import { finalStage } from '../../evidence/repo/parsers/dockerfile';
import { isNonRuntimePath } from '../../evidence/repo/paths';
import type { Signal } from '../../evidence/repo/source-signals';
import { relativeTo } from '../../evidence/repo/snapshot';
import type { FindingDraft, StaticCheck, StaticContext } from '../types';
import { countEv, fileEv, placesOf, skip } from './util';

function stateCheck(kind: Signal['kind'], none: string, found: (n: number) => string, outcome: 'fail' | 'warn') {
  return ({ snapshot }: StaticContext): FindingDraft[] => {
    const idx = signals(snapshot);
    if (idx.sourceFiles.size === 0) return skip('no runtime source files in the audited path');
    const hits = idx.of(kind);
    if (hits.length === 0) return [{ outcome: 'pass', message: none, evidence: [countEv(`${kind} sites`, 0, 'places', 0)] }];
    const { evidence, more } = placesOf(hits);
    return [{ outcome, message: `${found(hits.length)}${more}`, evidence }];
  };
}

export const processesChecks: StaticCheck[] = [
  {
    id: 'processes/local-database',
    factor: 'processes',
    kind: 'static',
    title: 'No local database files (SQLite)',
    rationale:
      'Factor VI: processes are stateless and share nothing. A SQLite or H2 file on the container disk is lost on every deploy and restart and cannot be shared by a second process.',
    remediation: 'Keep persistent data in a backing service (Postgres, MySQL …) addressed by DATABASE_URL; keep SQLite for tests or in-memory use only.',
    run(ctx) {
      const { snapshot } = ctx;
      const committed = snapshot.appFiles.filter((f) => /\.(?:sqlite3?|db)$/.test(f.path) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      const idx = signals(snapshot);
      const hits = idx.of('sqlite');
      // In code a file database is the app's store; in a config file it is often one environment's (see dev-prod-parity).
      const inCode = hits.filter((s) => s.lang !== 'config');
      const inConfig = hits.filter((s) => s.lang === 'config');
      const out: FindingDraft[] = [];
      if (inCode.length > 0) out.push({ outcome: 'fail', message: `a local file database is used in ${inCode.length} place(s)${placesOf(inCode).more}`, evidence: placesOf(inCode).evidence });
      if (inConfig.length > 0) out.push({ outcome: 'warn', message: `a local file database is configured in ${inConfig.length} place(s) (perhaps for one environment only)${placesOf(inConfig).more}`, evidence: placesOf(inConfig).evidence });
      if (committed.length > 0) out.push({ outcome: 'fail', message: `database files committed: ${committed.map((f) => f.path).slice(0, 5).join(', ')}`, evidence: committed.slice(0, 5).map((f) => fileEv(f.path)) });
      if (out.length > 0) return out;
      if (idx.sourceFiles.size === 0) return skip('no runtime source files in the audited path');
      return [{ outcome: 'pass', message: 'no SQLite or file database in the source', evidence: [countEv('sqlite sites', 0, 'places', 0)] }];
    },
  },
  {
    id: 'processes/local-uploads',
    factor: 'processes',
    kind: 'static',
    title: 'Uploads are not kept on local disk',
    rationale:
      'Factor VI: a file written to local disk is only on that one process. The next request may land on another process, and the next deploy starts with an empty disk.',
    remediation: 'Stream uploads to object storage (S3, GCS, Azure Blob) or a database, and keep only a scratch copy in a temp dir while processing.',
    run: stateCheck('upload-dir', 'no uploads written to local directories', (n) => `uploads are written to local disk in ${n} place(s)`, 'warn'),
  },
  {
    id: 'processes/memory-sessions',
    factor: 'processes',
    kind: 'static',
    title: 'Sessions are not kept in process memory or local files',
    rationale:
      'Factor VI rules out sticky sessions: session state belongs in a datastore with expiry (Redis, Memcached, a database) or in signed cookies, so any process can serve any request.',
    remediation: 'Configure a shared session store (connect-redis, django-redis, Rails cookie or cache store with Redis, a Redis save_handler for PHP) or use signed cookie sessions.',
    run(ctx) {
      const idx = signals(ctx.snapshot);
      if (idx.sourceFiles.size === 0) return skip('no runtime source files in the audited path');
      const hits = [...idx.of('memory-session')];
      // express-session without a store keeps sessions in a MemoryStore (found by the same pass that reads the source).
      hits.push(...idx.sessionsWithoutStore);
      if (hits.length === 0) return [{ outcome: 'pass', message: 'no in-memory or file session store found', evidence: [countEv('memory session stores', 0, 'places', 0)] }];
      const { evidence, more } = placesOf(hits);
      return [{ outcome: 'warn', message: `sessions kept in process memory or local files in ${hits.length} place(s)${more}`, evidence }];
    },
  },
  {
    id: 'processes/dockerfile-volume',
    factor: 'processes',
    kind: 'static',
    title: 'The image declares no VOLUME for app state',
    rationale:
      'A VOLUME in the image says the process expects data to survive on the host. Twelve-factor processes keep nothing they need after exit on local disk.',
    remediation: 'Drop the VOLUME and move the data to a backing service; if the path is scratch space, leave it unmounted (or use tmpfs at run time).',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const stage = finalStage(df, config.build.target);
      const vols = (stage?.instructions ?? []).filter((i) => i.keyword === 'VOLUME');
      const compose = composeFiles(snapshot).flatMap((c) => c.services.filter((s) => s.build !== undefined).flatMap((s) => s.volumes.filter((v) => /^[\w.-]+:\/(?!tmp)/.test(v.text) && !v.text.startsWith('./')).map((v) => ({ c, v }))));
      const out: FindingDraft[] = vols.map((v) => ({ outcome: 'warn' as const, message: `VOLUME ${v.body} keeps state on the host`, evidence: [fileEv(df.file, v.line, `VOLUME ${v.body}`)] }));
      for (const { c, v } of compose.slice(0, 5)) out.push({ outcome: 'warn', message: `the app's compose service mounts a named volume (${v.text})`, evidence: [fileEv(c.file, v.line)] });
      if (out.length > 0) return out;
      return [{ outcome: 'pass', message: `${df.file} declares no VOLUME`, evidence: [fileEv(df.file), countEv('VOLUME instructions', 0, 'instructions', 0)] }];
    },
  },
];
