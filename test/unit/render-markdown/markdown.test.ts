import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../../src/render/markdown';
import { contradictionsReport, fullRuntimeReport, manyFindingsReport, staticOnlyReport } from './fixtures';
import { OUR_HTML, parseStructure } from './structure';

const HINT = 'https://github.com/acme/shop/actions/runs/99#artifacts';
// Pinned titles: the snapshots must not move when other checks join the catalogue.
const TITLES: Record<string, string> = {
  'dependencies/lockfile': 'Dependencies are locked',
  'config/dotenv-committed': 'No .env file committed',
  'disposability/sigterm-shutdown': 'Exits promptly on SIGTERM',
};
const checkTitle = (id: string) => TITLES[id];

describe('renderMarkdown snapshots', () => {
  it('static-only report', async () => {
    await expect(renderMarkdown(staticOnlyReport(), { checkTitle, commentKey: 'default' })).toMatchFileSnapshot('__snapshots__/static-only.md');
  });
  it('full runtime report', async () => {
    await expect(renderMarkdown(fullRuntimeReport(), { checkTitle, commentKey: 'default', artifactHint: HINT })).toMatchFileSnapshot('__snapshots__/full-runtime.md');
  });
  it('report with contradicted README claims', async () => {
    await expect(renderMarkdown(contradictionsReport(), { checkTitle, commentKey: 'default' })).toMatchFileSnapshot('__snapshots__/contradictions.md');
  });
  it('report with many findings (truncated)', async () => {
    await expect(renderMarkdown(manyFindingsReport(), { checkTitle, commentKey: 'default', artifactHint: HINT })).toMatchFileSnapshot('__snapshots__/many-findings.md');
  });
});

describe('renderMarkdown structure', () => {
  it('has the marker, a headline with counts, a twelve-row table, one details block per factor and the advice apart', () => {
    const md = renderMarkdown(staticOnlyReport(), { commentKey: 'pr' });
    expect(md.startsWith('<!-- twelve-factor-audit:pr -->\n')).toBe(true);
    const s = parseStructure(md);
    expect(s.headings[0]).toMatch(/12-Factor audit: 6 passing · 2 warnings · 2 failing · 1 n\/a · 1 not verified/);
    expect(s.tableRows).toBe(13);
    // one per factor, and the advice that is not part of any verdict
    expect(s.detailsOpen).toBe(13);
    expect(s.detailsClose).toBe(13);
    expect(md).toContain('Advice: not part of the verdict');
    expect(s.html.every((h) => OUR_HTML.test(h))).toBe(true);
    expect(md).not.toContain('```mermaid');
  });

  it('puts contradicted claims before the table, and the lifecycle diagram after it', () => {
    const md = renderMarkdown(contradictionsReport());
    const claims = md.indexOf('Claims contradicted by the evidence');
    const table = md.indexOf('| | Factor | Verdict | Evidence |');
    const diagram = md.indexOf('```mermaid');
    expect(claims).toBeGreaterThan(0);
    expect(claims).toBeLessThan(table);
    expect(diagram).toBeGreaterThan(table);
    // the confirmed claim (VII) is not among the contradictions; the contradicted sub-claim is
    const every = md.indexOf('<details><summary>📋 Every claim read (3): 2 contradicted · 1 confirmed</summary>');
    expect(every).toBeGreaterThan(claims);
    expect(every).toBeLessThan(table);
    expect(md.slice(claims, every)).not.toContain('VII. Port binding ✅');
    expect(md.slice(claims, every)).toContain('graceful shutdown on SIGTERM');
    // every claim is in the collapsed list: the contradicted ones placed, the others with their evidence
    expect(md.slice(every, table)).toContain('- ✅ **VII Port binding** — confirmed: [`README.md:36`]');
    expect(md.slice(every, table)).toContain('“VII. Port binding ✅”: bound $PORT=31337');
    expect(md.slice(every, table)).toContain('- ❌ **IX Disposability** — contradicted: [`README.md:41`]');
    expect(md.slice(every, table)).toContain('✅ confirmed: [`README.md:44`]');
    expect(md).toMatch(/boot -->\|812 ms\| ready/);
    expect(md).toMatch(/stop -->\|10023 ms\| exit/);
  });

  it('a judged contradiction reads once: the reason names where the claim is, and that place is the link', () => {
    const r = contradictionsReport();
    const reason = 'README.md:43 claims graceful shutdown; measured: SIGKILL after 10 s';
    const ix = r.claims[0]!;
    ix.judgement = { result: 'contradicted', reason, checks: ['disposability/sigterm-shutdown'] };
    ix.subClaims[0]!.judgement = { result: 'contradicted', reason, checks: ['disposability/sigterm-shutdown'] };
    const md = renderMarkdown(r);
    const line = md.split('\n').find((l) => l.startsWith('- **IX Disposability**'))!;
    expect(line).toBe(
      '- **IX Disposability** — [`README.md:43`](https://github.com/acme/shop/blob/3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567/README.md#L43) claims graceful shutdown; measured: SIGKILL after 10 s',
    );
    expect(md.split('claims graceful shutdown').length - 1).toBe(1);
  });

  it('quotes measured numbers in the table and links exact lines at the audited commit and the check docs', () => {
    const md = renderMarkdown(fullRuntimeReport());
    expect(md).toMatch(/\| IX \| Disposability \| ❌ fail \| did not exit within 10000 ms of SIGTERM; SIGKILL was needed \(SIGTERM to exit: 10023 ms, threshold 10000 ms\)/);
    const s = parseStructure(md);
    expect(s.links).toContain('https://github.com/acme/shop/blob/3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567/src/server.js#L30');
    expect(s.links).toContain('https://github.com/twelve-factor-audit/twelve-factor-audit/blob/main/docs/checks.md#dependencies-lockfile');
  });

  it('makes no line links without a well-formed slug and commit', () => {
    const r = staticOnlyReport();
    r.repository = { path: '.', slug: 'evil.example/x)(y', commit: 'not-a-sha' };
    const s = parseStructure(renderMarkdown(r));
    expect(s.links.filter((l) => !l.startsWith('https://github.com/twelve-factor-audit/'))).toEqual([]);
  });

  it('stays under the comment limit with a truncation notice pointing at the artifact', () => {
    const md = renderMarkdown(manyFindingsReport(2000), { artifactHint: HINT });
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
    expect(md).toContain("Truncated to stay under GitHub's 65,536-character limit");
    expect(md).toContain(HINT);
    const s = parseStructure(md);
    expect(s.detailsOpen).toBe(s.detailsClose);
    expect(s.tableRows).toBe(13);
    // failing factors are kept before passing ones
    expect(md).toContain('<b>III Config</b>');
  });

  it('honours a smaller maxLength', () => {
    const md = renderMarkdown(fullRuntimeReport(), { maxLength: 6000 });
    expect(md.length).toBeLessThanOrEqual(6000);
    const s = parseStructure(md);
    expect(s.detailsOpen).toBe(s.detailsClose);
  });

  it('reports the change against the base branch in the headline and lists regressions and fixes', () => {
    const r = staticOnlyReport();
    r.baseline = {
      source: 'base branch report (main)',
      regressions: [{ check: 'config/secrets', from: 'pass', to: 'fail', message: 'a secret is committed' }],
      fixes: [{ check: 'logs/stdout', from: 'fail', to: 'pass', message: 'logs now go to stdout' }],
    };
    const md = renderMarkdown(r);
    expect(md).toContain('**Against the base branch:** 1 regression, 1 fix');
    expect(md).toMatch(/🔻 regression `config\/secrets`: pass → fail/);
    expect(md).toMatch(/🔺 fixed `logs\/stdout`: fail → pass/);
  });
});
