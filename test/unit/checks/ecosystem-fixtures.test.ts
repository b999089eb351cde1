import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, STATIC_CHECKS } from '../../../src/checks/index';
import type { Condition } from '../../../src/checks/types';
import { defaultConfig } from '../../../src/config/schema';
import { ReportSchema } from '../../../src/model/report';
import { audit } from '../../../src/pipeline/audit';
import type { Finding } from '../../../src/model/report';

/**
 * One orders service written in every ecosystem the tool reads, once the way
 * that keeps the factors (`<ecosystem>-clean`) and once the way that breaks
 * them (`<ecosystem>-broken`), plus variants that write the same patterns
 * another way (`<ecosystem>-clean-<variant>`, `<ecosystem>-broken-<variant>`:
 * another framework, a helper function, a sub-folder). The same pattern must
 * get the same judgement in every language: each fixture gets the verdicts
 * its README states, and every core check reaches the same rubric cells on
 * every clean fixture, and on every broken one.
 */
const ROOT = path.resolve(import.meta.dirname, '../../fixtures/ecosystems');
const ECOSYSTEMS = ['node', 'python', 'go', 'ruby', 'jvm', 'php', 'rust', 'dotnet', 'elixir'] as const;
const fixtures = readdirSync(ROOT).filter((d) => readdirSync(path.join(ROOT, d)).includes('README.md'));
const kindOf = (name: string) => (/-clean(?:-|$)/.test(name) ? 'clean' : 'broken');

/** Reads the `| factor | verdict |` table of a fixture README. */
function expectedVerdicts(readme: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of readme.matchAll(/^\|\s*([IVX]+)\s*\|\s*([a-z/-]+)\s*\|\s*$/gm)) out[m[1]!] = m[2]!;
  return out;
}

const reports = new Map<string, ReturnType<typeof audit>['report']>();
function reportOf(name: string) {
  let r = reports.get(name);
  if (!r) {
    r = audit({ repoRoot: path.join(ROOT, name), config: defaultConfig() }).report;
    reports.set(name, r);
  }
  return r;
}

/** What a finding says in the rubric's terms: the cell its condition cites (advice: its outcome), or its skip. */
function judgement(f: Finding): string {
  if (!f.condition) return f.outcome;
  const entry = CATALOGUE.find((c) => c.id === f.check)!;
  const cond: Condition | undefined = entry.conditions[f.condition];
  return cond && 'rubric' in cond ? cond.rubric : f.outcome;
}

/** Core static checks: what each reached on a fixture, in rubric cells. */
function cellsOf(name: string): Record<string, string> {
  const core = new Set(STATIC_CHECKS.filter((c) => c.role === 'core').map((c) => c.id));
  const out: Record<string, string> = {};
  for (const f of reportOf(name).factors.flatMap((x) => x.findings)) {
    if (!core.has(f.check)) continue;
    out[f.check] = [...new Set([...(out[f.check]?.split(', ') ?? []), judgement(f)])].sort().join(', ');
  }
  return out;
}

/**
 * Core checks whose answer depends on how the fixture is packaged rather than
 * on the language it is written in; the factor verdicts still have to agree.
 */
const PACKAGING: Record<string, string> = {
  'build-release-run/multi-stage': 'compiled languages build in a stage of their own; interpreted ones may copy sources into one stage',
  'dependencies/base-image-pinned': 'the broken fixtures float one base image or two',
  'codebase/version-control': 'fixtures are folders of this repository, never git repositories of their own',
};

/** A check whose answer is the framework's own layout on one fixture: the factor verdict in its README still has to hold. */
const FRAMEWORK: Record<string, string> = {
  'ruby-clean-rails config/per-environment-files': 'Rails generates config/environments/<env>.rb in every app: the grouping 12factor.net names, III warn',
  'ruby-broken-rails config/per-environment-files': 'the same Rails layout; III fails on the committed credential anyway',
  'ruby-broken-rails port-binding/port-source': "Rails fixes its port in Puma's own config file (config/puma.rb): a config file, VII warn, not a port in the app's code",
};

describe('ecosystem fixtures: one app per ecosystem, clean and broken', () => {
  it('has a clean and a broken app for every ecosystem the tool reads', () => {
    for (const e of ECOSYSTEMS) {
      expect(fixtures, e).toContain(`${e}-clean`);
      expect(fixtures, e).toContain(`${e}-broken`);
    }
  });

  for (const name of fixtures) {
    it(`${name} gets the verdicts its README states`, () => {
      const expected = expectedVerdicts(readFileSync(path.join(ROOT, name, 'README.md'), 'utf8'));
      expect(Object.keys(expected)).toHaveLength(12);
      const report = reportOf(name);
      expect(() => ReportSchema.parse(report)).not.toThrow();
      const actual = Object.fromEntries(report.factors.map((f) => [f.id, f.verdict]));
      const wrong = Object.keys(expected)
        .filter((k) => actual[k] !== expected[k])
        .map((k) => `${k}: expected ${expected[k]}, got ${actual[k]} (${report.factors.find((f) => f.id === k)!.reason})`);
      expect(wrong).toEqual([]);
      const eco = name.split('-')[0]!;
      expect(report.apps.find((a) => a.audited)!.ecosystems).toContain(eco);
    });
  }

  for (const kind of ['clean', 'broken'] as const) {
    it(`every ${kind} fixture reaches the same rubric cells in every core check`, () => {
      const names = fixtures.filter((f) => kindOf(f) === kind);
      const reference = `node-${kind}`;
      const want = cellsOf(reference);
      const diffs: string[] = [];
      for (const name of names) {
        const got = cellsOf(name);
        for (const check of new Set([...Object.keys(want), ...Object.keys(got)])) {
          if (PACKAGING[check] || FRAMEWORK[`${name} ${check}`] || got[check] === want[check]) continue;
          diffs.push(`${name} ${check}: ${got[check] ?? '(nothing)'}; ${reference}: ${want[check] ?? '(nothing)'}`);
        }
      }
      expect(diffs).toEqual([]);
    });
  }
});
