import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { audit } from '../../../src/pipeline/audit';
import { ReportSchema } from '../../../src/model/report';

const ROOT = path.resolve(__dirname, '../../fixtures/repos');
const apps = readdirSync(ROOT).filter((d) => d !== 'cases' && readdirSync(path.join(ROOT, d)).includes('README.md'));

/** Reads the `| factor | verdict |` table of a fixture README. */
function expectedVerdicts(readme: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of readme.matchAll(/^\|\s*([IVX]+)\s*\|\s*([a-z/-]+)\s*\|\s*$/gm)) out[m[1]!] = m[2]!;
  return out;
}

describe('whole-app fixtures get the verdicts their README states', () => {
  it('has at least five whole-app fixtures in five ecosystems', () => {
    expect(apps.length).toBeGreaterThanOrEqual(5);
    const ecosystems = new Set(apps.flatMap((a) => audit({ repoRoot: path.join(ROOT, a), config: defaultConfig() }).report.apps.find((x) => x.audited)!.ecosystems));
    expect(ecosystems.size).toBeGreaterThanOrEqual(5);
  });

  for (const app of apps) {
    it(app, () => {
      const dir = path.join(ROOT, app);
      const expected = expectedVerdicts(readFileSync(path.join(dir, 'README.md'), 'utf8'));
      expect(Object.keys(expected)).toHaveLength(12);
      const { report } = audit({ repoRoot: dir, config: defaultConfig() });
      expect(() => ReportSchema.parse(report)).not.toThrow();
      const actual = Object.fromEntries(report.factors.map((f) => [f.id, f.verdict]));
      expect(actual).toEqual(expected);
      expect(report.apps.filter((a) => a.audited)).toHaveLength(1);
    });
  }
});
