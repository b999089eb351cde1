import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { ReportSchema } from '../../../src/model/report';
import { audit } from '../../../src/pipeline/audit';
import { fixture } from '../../support/checks';

/**
 * The rubric's own cases (carried in from the shared rubric-cases, revised
 * after a second expert review): invented repositories and the verdict the
 * rubric gives each factor they are about. Alternatives that are also right
 * are separated by `|`.
 */
const DIR = fixture('rubric-cases');
const rows = readFileSync(`${DIR}/expected.tsv`, 'utf8')
  .split('\n')
  .filter((l) => l.trim() && !l.startsWith('#'))
  .map((l) => l.split('\t') as [string, string, string]);
const cases = [...new Set(rows.map(([c]) => c))];

describe('rubric cases get the verdicts the rubric gives them (static audit)', () => {
  it('carries every case of expected.tsv as a fixture', () => {
    const dirs = readdirSync(DIR).filter((d) => d.startsWith('r_'));
    expect(cases.filter((c) => !dirs.includes(c))).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  for (const name of cases) {
    it(name, () => {
      const { report } = audit({ repoRoot: `${DIR}/${name}`, config: defaultConfig() });
      expect(() => ReportSchema.parse(report)).not.toThrow();
      const got = Object.fromEntries(report.factors.map((f) => [f.id, f.verdict]));
      const want = rows.filter(([c]) => c === name);
      const wrong = want.filter(([, factor, verdicts]) => !verdicts.split('|').includes(got[factor]!)).map(([, factor, verdicts]) => `${factor}: expected ${verdicts}, got ${got[factor]} (${report.factors.find((f) => f.id === factor)!.reason})`);
      expect(wrong).toEqual([]);
    });
  }
});
