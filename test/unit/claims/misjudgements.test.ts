import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { FACTORS } from '../../../src/model/factors';
import { type Claim, type Report, ReportSchema } from '../../../src/model/report';
import { audit } from '../../../src/pipeline/audit';
import { renderMarkdown } from '../../../src/render/markdown';
import { renderText } from '../../../src/render/text';

/**
 * The claim mis-judgements seen on real twelve-factor READMEs, each rebuilt
 * as a small app with its own README and audited by the real static
 * pipeline: scan, checks, claim parsing, path lookup, judge.
 */
const APPS = path.resolve(__dirname, '../../fixtures/claims/apps');
const GUIDE = path.resolve(__dirname, '../../fixtures/claims/team-guide.md');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function auditApp(name: string, extra: (dir: string) => void = () => undefined): Report {
  // A copy outside test/fixtures, as a user's checkout would be.
  const dir = mkdtempSync(path.join(tmpdir(), `tfa-claims-${name}-`));
  dirs.push(dir);
  cpSync(path.join(APPS, name), dir, { recursive: true });
  extra(dir);
  return ReportSchema.parse(audit({ repoRoot: dir, config: defaultConfig() }).report);
}

const claimOf = (r: Report, factor: string): Claim => r.claims.find((c) => c.factor === factor)!;
const finding = (r: Report, check: string) => r.factors.flatMap((f) => [...f.findings, ...f.advice]).find((f) => f.check === check);

describe('claims judged against the evidence they talk about', () => {
  it('"port binding" is kept by a server on a port fixed in CMD: the fixed port is a VII warning, not a false claim', () => {
    const r = auditApp('port-fixed-in-command');
    expect(finding(r, 'port-binding/port-source')).toMatchObject({ outcome: 'warn', condition: 'fixed-in-command' });
    expect(r.factors.find((f) => f.id === 'VII')!.verdict).toBe('warn');
    const vii = claimOf(r, 'VII');
    expect(vii.standing).toBe('confirmed');
    expect(vii.judgement!.reason).toBe('a self-contained server bound to a port: found: the start command fixes the port at 8000 (Dockerfile:6)');
    expect(r.contradictions).toEqual([]);
  });

  it('a list of variable names is about configuration: a loopback bind on a hardcoded port does not contradict it', () => {
    const r = auditApp('env-names');
    expect(finding(r, 'port-binding/port-source')).toMatchObject({ outcome: 'fail', condition: 'loopback' });
    const iii = claimOf(r, 'III');
    expect(iii.subClaims.map((s) => [s.topic, s.standing])).toEqual([['config-from-env', 'confirmed']]);
    expect(iii.standing).toBe('confirmed');
    expect(r.contradictions).toEqual([]);
  });

  it('a claim naming a file the repository lacks is contradicted with "no such file"; one that exists is found', () => {
    const r = auditApp('missing-file');
    expect(r.contradictions.map((c) => [c.factor, c.line, c.text])).toEqual([
      ['IX', 6, 'IX Disposability: README.md:6 claims graceful shutdown in src/shutdown.js; no such file in the repository: src/shutdown.js'],
      ['XII', 7, 'XII Admin processes: README.md:7 claims admin tasks run as one-off processes in scripts/migrate.js; no such file in the repository: scripts/migrate.js'],
    ]);
    expect(claimOf(r, 'III').subClaims[0]!.paths).toEqual([{ path: '.env.example', kind: 'file', at: '.env.example', checked: true }]);
    expect(claimOf(r, 'III').standing).toBe('confirmed');
    // Add the files and the same claims stand.
    const fixed = auditApp('missing-file', (dir) => {
      mkdirSync(path.join(dir, 'scripts'));
      cpSync(path.join(dir, 'src/server.js'), path.join(dir, 'src/shutdown.js'));
      cpSync(path.join(dir, 'src/server.js'), path.join(dir, 'scripts/migrate.js'));
    });
    expect(fixed.contradictions).toEqual([]);
  });

  it('"stateless" is contradicted by a module-level dict the handlers write, with its line', () => {
    const r = auditApp('module-state');
    expect(r.contradictions.map((c) => c.text)).toEqual(['VI Processes: README.md:8 claims no local state; found: data kept in a module-level store that the code writes (app.py:8)']);
    expect(claimOf(r, 'VI').judgement!.checks).toEqual(['processes/local-state']);
    expect(claimOf(r, 'VII').standing).toBe('confirmed');
  });

  it('a team guide in "should" sentences beside an app is twelve described factors, judged by nothing', () => {
    const r = auditApp('port-fixed-in-command', (dir) => {
      mkdirSync(path.join(dir, 'docs'));
      cpSync(GUIDE, path.join(dir, 'docs/engineering-guide.md'));
    });
    const guide = r.claims.filter((c) => c.source.file === 'docs/engineering-guide.md');
    expect(guide.map((c) => [c.factor, c.standing])).toEqual(FACTORS.map((f) => [f.id, 'described']));
    expect(r.claimDocuments.map((d) => [d.file, d.claims, d.standings.described, d.standings.confirmed])).toEqual([
      ['README.md', 3, 0, 3],
      ['docs/engineering-guide.md', 12, 12, 0],
    ]);
    expect(r.contradictions).toEqual([]);
  });

  it('every output shows every claim, by document, with its standing and why', () => {
    const r = auditApp('missing-file');
    const md = renderMarkdown(r);
    expect(md).toContain('<details><summary>📋 Every claim read (3): 2 contradicted · 1 confirmed</summary>');
    expect(md).toContain('**From `README.md`** (3 claims):');
    expect(md).toMatch(/- ✅ \*\*III Config\*\* — confirmed: `README\.md:5` “.*”: configuration from environment variables: found: config is read from the environment/);
    const text = renderText(r).split('\n');
    const at = text.indexOf('Claims read (3)');
    expect(at).toBeGreaterThan(0);
    expect(text.slice(at + 1, at + 5)).toEqual([
      '  README.md: 2 contradicted, 1 confirmed',
      expect.stringMatching(/^ {4}✓ III {2}line 5 {5}confirmed: configuration from environment variables: found: /),
      '    ✗ IX   line 6     contradicted: README.md:6 claims graceful shutdown in src/shutdown.js; no such file in the repository: src/shutdown.js',
      expect.stringMatching(/^ {4}✗ XII {2}line 7 {5}contradicted: README\.md:7 claims admin tasks/),
    ]);
  });
});
