import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { namedPaths } from '../../../src/evidence/repo/claims/paths';
import { propertiesOf } from '../../../src/evidence/repo/claims/properties';
import { FACTORS } from '../../../src/model/factors';

const FIXTURES = path.resolve(__dirname, '../../fixtures/claims');
const ids = (text: string) => propertiesOf(text).map((p) => p.id);
const parse = (doc: string) => parseClaimDocument('README.md', doc, { markdown: true, named: false });

describe('a promise maps to the property it names', () => {
  it('"port binding" is a self-contained server bound to a port; where the number comes from is another property', () => {
    expect(ids('Self-contained: uvicorn binds port 8000')).toEqual(['port-binding']);
    expect(ids('exports HTTP as a service by port binding')).toEqual(['port-binding']);
    expect(ids('binds the port given in PORT')).toEqual(['port-binding', 'port-from-env']);
    expect(ids('the port comes from the environment')).toEqual(['port-from-env']);
    expect(ids('the port is read from the environment')).toEqual(['port-from-env']);
    expect(ids('listens on $PORT')).toEqual(['port-binding', 'port-from-env']);
  });

  it('a sentence listing variable names promises configuration from the environment, not a port or a host', () => {
    expect(ids('`PORT`, `HOST`, `LOG_LEVEL` and `SECRET_KEY` come from the environment')).toEqual(['config-from-env']);
    expect(ids('PORT, HOST, DEBUG')).toEqual(['config-from-env']);
    // Naming the binding makes it a port promise again.
    expect(ids('binds HOST:PORT from the environment')).toContain('port-from-env');
    // In a backing-services list the URLs keep their meaning.
    expect(ids('PostgreSQL via `DATABASE_URL`, Redis via `REDIS_URL`')).toEqual(['backing-services-by-url']);
  });

  it('scripts run by the package manager are admin tasks; the package manager alone is the dependency manifest', () => {
    expect(ids('one-off tasks run as npm scripts')).toEqual(['admin-tasks']);
    expect(ids('admin tasks are package.json scripts')).toEqual(['admin-tasks']);
    expect(ids('migrations are composer scripts')).toEqual(['admin-tasks']);
    expect(ids('dependencies declared with npm in package.json')).toEqual(['dependency-manifest']);
  });
});

describe('described, claimed, planned', () => {
  it('a team guide written in "should" sentences describes all twelve factors, whatever "our" says', () => {
    const claims = parseClaimDocument('docs/engineering-guide.md', readFileSync(path.join(FIXTURES, 'team-guide.md'), 'utf8'), { markdown: true, named: false });
    expect(claims.map((c) => [c.factor, c.status])).toEqual(FACTORS.map((f) => [f.id, 'described']));
    for (const c of claims) for (const s of c.subClaims) expect(s.status, s.text).toBe('described');
  });

  it('one "should" among statements of what the app does leaves the document a claim', () => {
    const doc = [
      'This service follows the twelve-factor methodology:', // 1
      '', // 2
      '- **Codebase**: one Git repository.', // 3
      '- **Config**: settings should come from environment variables.', // 4
      '- **Logs**: written to stdout.', // 5
      '- **Processes**: stateless, sessions in Redis.', // 6
    ].join('\n');
    expect(parse(doc).map((c) => c.status)).toEqual(['claimed', 'claimed', 'claimed', 'claimed']);
  });

  it('plans in words are planned, work in progress is in progress; "pending requests" is neither', () => {
    const doc = [
      '## Twelve-factor status', // 1
      '- **Disposability**: graceful shutdown will be added next quarter', // 2
      '- **Logs**: moving to stdout is in progress', // 3
      '- **Admin processes**: pending', // 4
      '- **Processes**: pending requests are drained and no local state is kept', // 5
      '- **Concurrency**: TODO', // 6
    ].join('\n');
    expect(Object.fromEntries(parse(doc).map((c) => [c.factor, c.status]))).toEqual({
      IX: 'planned',
      XI: 'in-progress',
      XII: 'planned',
      VI: 'claimed',
      VIII: 'planned',
    });
  });

  it('a line that plans inside a done factor is planned on its own', () => {
    const doc = ['## Twelve-factor', '### IX. Disposability ✅', '- Graceful shutdown on SIGTERM.', '- A readiness endpoint will be added.'].join('\n');
    const [ix] = parse(doc);
    expect(ix!.status).toBe('claimed');
    expect(ix!.subClaims.map((s) => [s.topic, s.status])).toEqual([
      ['graceful-shutdown', 'claimed'],
      ['health-check', 'planned'],
    ]);
  });
});

describe('files and folders a promise names', () => {
  it('reads code spans, relative links and bare paths', () => {
    expect(namedPaths('Graceful shutdown lives in `src/shutdown.ts`').map((p) => [p.path, p.kind])).toEqual([['src/shutdown.ts', 'file']]);
    expect(namedPaths('see [the runbook](docs/runbook.md#admin) and [template](./.env.example)').map((p) => p.path)).toEqual(['docs/runbook.md', '.env.example']);
    expect(namedPaths('Admin scripts are in scripts/ and config/settings.py').map((p) => [p.path, p.kind])).toEqual([
      ['scripts', 'folder'],
      ['config/settings.py', 'file'],
    ]);
    expect(namedPaths('the `Dockerfile` and the Procfile').map((p) => p.path)).toEqual(['Dockerfile']);
  });

  it('leaves out what need not be in the repository: runtime and build output, product names, modules, URLs, placeholders', () => {
    for (const line of [
      'Logs are written to `logs/app.log`',
      'No `config/local.yml` is committed',
      'Secrets live in `.env`',
      'Uploads go to `/app/uploads`',
      'Built with Node.js and Next.js',
      'Uses `github.com/lib/pq` and `@nestjs/config`',
      'Docs at https://example.com/a/b.md',
      'Copy `.env.example` to `.env`',
      'Set `config/<env>.yml`',
      'Version 1.2.3 of the API, see `app.config`',
      'The build produces `dist/server.js`',
      'Runs on `node:20-alpine`',
      'Helm charts live in `charts/api/` in the infra repository',
    ]) {
      expect(namedPaths(line), line).toEqual([]);
    }
  });

  it('rides on the first sub-claim of its line, or makes one of its own', () => {
    const doc = ['## Twelve-factor', '- **Disposability**: graceful shutdown and fast startup in `src/lifecycle.js`', '- **Config**: see `config/README.md`'].join('\n');
    const claims = parse(doc);
    expect(claims.find((c) => c.factor === 'IX')!.subClaims.map((s) => [s.topic, s.paths?.map((p) => p.path)])).toEqual([
      ['graceful-shutdown', ['src/lifecycle.js']],
      ['fast-startup', undefined],
    ]);
    expect(claims.find((c) => c.factor === 'III')!.subClaims.map((s) => [s.topic, s.paths?.map((p) => [p.path, p.checked])])).toEqual([[undefined, [['config/README.md', false]]]]);
  });
});
