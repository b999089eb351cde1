import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { ClaimSchema } from '../../../src/model/report';

const FIXTURES = path.resolve(__dirname, '../../fixtures/claims');

function parse(file: string) {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  const claims = parseClaimDocument(`docs/${file}`, text, { markdown: file.endsWith('.md'), named: /twelve|12/i.test(file) });
  for (const c of claims) ClaimSchema.parse(c);
  return claims;
}

/** factor → [status, line]: what a reader of the fixture sees, written out by hand. */
type Expected = Record<string, [string, number]>;

function statusesAndLines(file: string): Expected {
  return Object.fromEntries(parse(file).map((c) => [c.factor, [c.status, c.source.line]]));
}

const ALL_CLAIMED_BUT = (over: Expected, lines: number[]): Expected => {
  const ids = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  return Object.fromEntries(ids.map((id, i) => [id, over[id] ?? ['claimed', lines[i]!]]));
};

describe('claim styles', () => {
  it('headings with roman numerals and "**Status**:" lines', () => {
    expect(statusesAndLines('headings-status.md')).toEqual(
      ALL_CLAIMED_BUT(
        { V: ['in-progress', 30], VIII: ['planned', 46], XII: ['planned', 64] },
        [9, 14, 20, 25, 30, 36, 41, 46, 49, 54, 59, 64],
      ),
    );
  });

  it('bold numbered headings with the full title and roman headings with a short name', () => {
    expect(statusesAndLines('headings-numbered.md')).toEqual(
      ALL_CLAIMED_BUT({ X: ['not-claimed', 32] }, [5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38]),
    );
  });

  it('list items with bracketed marks "- 1. **Codebase**: [✅] …", ignoring a setup list in another section', () => {
    expect(statusesAndLines('list-items.md')).toEqual(
      ALL_CLAIMED_BUT(
        { V: ['in-progress', 9], VIII: ['planned', 12], XII: ['not-claimed', 16] },
        [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
      ),
    );
  });

  it('status groups: "Implemented", "In Progress", "Planned"; the later group wins for a repeated factor', () => {
    expect(statusesAndLines('groups.md')).toEqual({
      I: ['claimed', 7],
      II: ['claimed', 8],
      III: ['claimed', 9],
      IV: ['claimed', 10],
      VI: ['claimed', 11],
      VII: ['claimed', 12],
      XI: ['claimed', 13],
      IX: ['in-progress', 18],
      V: ['in-progress', 19],
      VIII: ['planned', 23],
      XII: ['planned', 24],
    });
  });

  it('keeps the done promise of the earlier group on a factor that moved to "In Progress"', () => {
    const ix = parse('groups.md').find((c) => c.factor === 'IX')!;
    expect(ix.subClaims.map((s) => [s.topic, s.status, s.line])).toEqual([
      ['graceful-shutdown', 'claimed', 14],
      ['graceful-shutdown', 'in-progress', 18],
    ]);
  });

  it('plain-text numbered list with indentation and wrapped lines', () => {
    expect(statusesAndLines('twelve-factor.txt')).toEqual(
      ALL_CLAIMED_BUT({ XII: ['planned', 18] }, [6, 7, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18]),
    );
    const config = parse('twelve-factor.txt').find((c) => c.factor === 'III')!;
    expect(config.text).toBe('3) Configuration: Configuration options should be read from environment');
    expect(config.subClaims[0]).toMatchObject({ topic: 'config-from-env', line: 8 });
    expect(config.subClaims[0]!.text).toContain('no settings files ship in the jar');
  });

  it('a table with a status column (marks and words)', () => {
    expect(statusesAndLines('table.md')).toEqual(
      ALL_CLAIMED_BUT(
        { V: ['in-progress', 11], VIII: ['planned', 14], X: ['not-claimed', 16], XII: ['not-claimed', 18] },
        [7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18],
      ),
    );
  });

  it.each(['mojibake-cp1252.md', 'mojibake-cp1254.md', 'mojibake-macroman.md'])('emoji that arrived as mojibake: %s', (file) => {
    const raw = readFileSync(path.join(FIXTURES, file), 'utf8');
    expect(raw).not.toContain('✅');
    const expected = ALL_CLAIMED_BUT(
      { V: ['in-progress', 9], VIII: ['planned', 12], X: ['not-claimed', 14], XII: ['planned', 16] },
      [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16],
    );
    expect(statusesAndLines(file)).toEqual(expected);
    const first = parse(file)[0]!;
    expect(first.text).toBe('✅ Codebase — one repository, many deploys');
  });

  it('"Factor N:" headings with status emoji and "Status:" bullets; admitted issues are not promises', () => {
    expect(statusesAndLines('audit-factor-headings.md')).toEqual({
      I: ['claimed', 5],
      II: ['claimed', 9],
      III: ['claimed', 13],
      IV: ['in-progress', 19],
      IX: ['not-claimed', 23],
    });
    const config = parse('audit-factor-headings.md').find((c) => c.factor === 'III')!;
    expect(config.subClaims.map((s) => s.text).join(' ')).not.toContain('hard-coded');
  });

  it('a numbered bold list under "This application follows the 12-Factor methodology:" with nested bullets', () => {
    const claims = parse('follows-nested.md');
    expect(statusesAndLines('follows-nested.md')).toEqual(ALL_CLAIMED_BUT({}, [11, 15, 19, 22, 25, 28, 31, 34, 37, 40, 43, 46]));
    const ix = claims.find((c) => c.factor === 'IX')!;
    expect(ix.subClaims.map((s) => s.topic)).toEqual(['graceful-shutdown', 'fast-startup']);
  });

  it('"We adopt the principles" followed by the methodology\'s own one-liners claims every factor', () => {
    expect(statusesAndLines('adopt-summary.md')).toEqual(ALL_CLAIMED_BUT({}, [9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20]));
  });

  it('a skeleton that fills in one factor claims it and only describes the empty ones', () => {
    expect(statusesAndLines('skeleton-partial.md')).toEqual({
      I: ['claimed', 7],
      II: ['described', 11],
      III: ['described', 14],
      XI: ['described', 17],
    });
  });

  it('task-list checkboxes: ticked is claimed, empty is planned', () => {
    expect(statusesAndLines('checkbox-learning.md')).toEqual({
      I: ['claimed', 9],
      II: ['claimed', 10],
      III: ['planned', 11],
      IV: ['planned', 12],
      XI: ['planned', 13],
    });
  });

  it('notes that explain the factors describe them without claiming', () => {
    expect(statusesAndLines('described.md')).toEqual({
      I: ['described', 5],
      II: ['described', 8],
      III: ['described', 11],
      XI: ['described', 14],
    });
  });

  it('ordinary "Configuration" and "Logs" sections of a README that mentions the methodology are not claims', () => {
    expect(parse('unrelated.md')).toEqual([]);
  });
});

describe('sub-claims', () => {
  it('matches concrete promises to topics and keeps unknown ones as text', () => {
    const claims = parse('headings-status.md');
    const topics = (f: string) => claims.find((c) => c.factor === f)!.subClaims.map((s) => s.topic ?? `?${s.text}`);
    expect(topics('II')).toEqual(['lockfile', 'dependency-manifest', 'update-automation']);
    expect(topics('IV')).toEqual(['backing-services-by-url']);
    expect(topics('VII')).toEqual(['port-binding', 'port-from-env']);
    expect(topics('IX')).toEqual(['graceful-shutdown']);
    expect(topics('X')).toEqual(['compose-for-dev']);
    expect(topics('XI')).toEqual(['logs-to-stdout']);
    expect(topics('V')).toEqual(['multi-stage-dockerfile', 'container-build', '?Release tagging in CI is being wired up']);
  });

  it('a promise marked done inside an in-progress factor carries its own status', () => {
    const v = parse('headings-status.md').find((c) => c.factor === 'V')!;
    expect(v.status).toBe('in-progress');
    expect(v.subClaims.map((s) => [s.topic ?? null, s.status])).toEqual([
      ['multi-stage-dockerfile', 'claimed'],
      ['container-build', 'claimed'],
      [null, 'in-progress'],
    ]);
  });

  it('the issue\'s examples map to their topics', () => {
    const doc = [
      '## 12-factor',
      '- **Disposability**: graceful shutdown',
      '- **Logs**: logs to stdout',
      '- **Port binding**: binds a configurable PORT',
      '- **Build, release, run**: multi-stage Dockerfile',
      '- **Dependencies**: lockfile and pinned versions; Dependabot',
      '- **Processes**: no local state',
      '- **Config**: configuration via environment variables / .env',
      '- **Backing services**: PostgreSQL, Redis and MySQL configured by URL',
      '- **Dev/prod parity**: Docker Compose for dev',
      '- **Admin processes**: admin tasks via Makefile and GitHub Actions',
      '- **Codebase**: monorepo with a bespoke release train',
    ].join('\n');
    const claims = parseClaimDocument('README.md', doc, { markdown: true, named: false });
    const topicOf = Object.fromEntries(claims.map((c) => [c.factor, c.subClaims.map((s) => s.topic ?? 'none')]));
    expect(topicOf).toEqual({
      IX: ['graceful-shutdown'],
      XI: ['logs-to-stdout'],
      VII: ['port-binding', 'port-from-env'],
      V: ['multi-stage-dockerfile', 'container-build'],
      II: ['lockfile', 'update-automation'],
      VI: ['no-local-state'],
      III: ['config-from-env'],
      IV: ['backing-services-by-url'],
      X: ['compose-for-dev'],
      XII: ['admin-tasks'],
      I: ['one-codebase'],
    });
  });

  it('a heading\'s trailing mark is not continued by the paragraph right under it', () => {
    const doc = ['## Twelve-Factor compliance', '### IX. Disposability ✅', 'Fast startup and graceful shutdown on SIGTERM.'].join('\n');
    const [ix] = parseClaimDocument('README.md', doc, { markdown: true, named: false });
    expect(ix!.subClaims.map((s) => [s.topic, s.line, s.text])).toEqual([
      ['graceful-shutdown', 3, 'Fast startup and graceful shutdown on SIGTERM.'],
      ['fast-startup', 3, 'Fast startup and graceful shutdown on SIGTERM.'],
    ]);
  });
});

describe('documents that explain rather than claim', () => {
  it('a reference page with factor headings, whose only "twelve-factor" is a file name, claims nothing', () => {
    const doc = [
      '# Checks', // 1
      '', // 2
      'Ignore a check in `.twelve-factor.yml` with a reason.', // 3
      '', // 4
      '| factor | check |', // 5
      '|---|---|', // 6
      '| I. Codebase | codebase/version-control |', // 7
      '| II. Dependencies | dependencies/lockfile |', // 8
      '| III. Config | config/reads-env |', // 9
      '| IV. Backing services | backing-services/urls-from-env |', // 10
      '', // 11
      '## I. Codebase', // 12
      'Why: the image label ties a deploy to its commit.', // 13
      '## II. Dependencies', // 14
      'Why: a lockfile pins every transitive version.', // 15
    ].join('\n');
    expect(parseClaimDocument('docs/checks.md', doc, { markdown: true, named: false })).toEqual([]);
    // With the methodology named only further down, the numbered factors are explained, not claimed.
    const mentioned = `${doc}\n\nTwelve-factor apps keep config in the environment.`;
    const claims = parseClaimDocument('docs/checks.md', mentioned, { markdown: true, named: false });
    expect(claims.map((c) => [c.factor, c.status, c.source.line])).toEqual([
      ['I', 'described', 12],
      ['II', 'described', 14],
      ['III', 'described', 9],
      ['IV', 'described', 10],
    ]);
  });
});
