import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../../src/model/report';
import { renderJson } from '../../../src/render/json';
import { renderSarif, SARIF_MAX_RESULTS } from '../../../src/render/sarif';
import { renderText } from '../../../src/render/text';
import { sampleReport } from '../../support/sample-report';

describe('report model', () => {
  it('has exactly twelve factors and verdicts as the worst evaluated finding', () => {
    const r = sampleReport();
    expect(r.factors.map((f) => f.id)).toEqual(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);
    const v = Object.fromEntries(r.factors.map((f) => [f.slug, f.verdict]));
    expect(v).toMatchObject({
      dependencies: 'pass',
      config: 'fail',
      disposability: 'fail',
      'port-binding': 'error',
      logs: 'not-verified',
      codebase: 'not-verified',
    });
    expect(r.verdict).toBe('fail');
    expect(r.summary).toEqual({ pass: 1, warn: 0, fail: 2, 'n/a': 0, skip: 0, error: 1, notVerified: 8, advice: 1 });
    expect(ReportSchema.safeParse(JSON.parse(renderJson(r))).success).toBe(true);
  });

  it('refuses a pass without evidence', () => {
    const r = sampleReport();
    r.factors[0]!.findings.push({ check: 'codebase/x', outcome: 'pass', message: 'trust me', evidence: [] });
    expect(ReportSchema.safeParse(r).success).toBe(false);
  });
});

describe('text renderer', () => {
  it('prints a twelve-row table without colour by default', () => {
    const out = renderText(sampleReport());
    expect(out).not.toMatch(/\u001b\[/);
    expect(out).toMatchSnapshot();
    const rows = out.split('\n').filter((l) => /^ {2}(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII) +\S/.test(l));
    expect(rows).toHaveLength(12);
  });

  it('colours only when asked', () => {
    expect(renderText(sampleReport(), { color: true })).toMatch(/\u001b\[31mFAIL/);
  });

  it('neutralises terminal escapes in untrusted text', () => {
    const r = sampleReport([
      { check: 'logs/no-log-files', outcome: 'fail', message: 'wrote \u001b[2J\u001b[32mPASS\r/var/log/app.log', evidence: [] },
    ]);
    const out = renderText(r, { color: false });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\r');
  });
});

describe('SARIF renderer', () => {
  it('emits SARIF 2.1.0 with catalogue rules and repository-relative locations', () => {
    const sarif = JSON.parse(renderSarif(sampleReport()));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.length).toBeGreaterThan(0);
    for (const rule of run.tool.driver.rules) {
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.help.text.length).toBeGreaterThan(0);
    }
    const byRule = Object.fromEntries(run.results.map((x: { ruleId: string }) => [x.ruleId, x]));
    expect(Object.keys(byRule).sort()).toEqual(
      // the shell-form finding supports the measured shutdown, so it is not a result; advice comes as a note
      ['config/committed-secrets', 'dependencies/update-automation', 'disposability/sigterm-shutdown', 'port-binding/binds-port'].sort(),
    );
    expect(byRule['config/committed-secrets'].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.env', uriBaseId: '%SRCROOT%' },
      region: { startLine: 1 },
    });
    expect(byRule['dependencies/update-automation'].level).toBe('note');
    // Measurement-only findings still need a location for code scanning.
    expect(byRule['disposability/sigterm-shutdown'].locations[0].physicalLocation.artifactLocation.uri).toBe('Dockerfile');
    expect(byRule['disposability/sigterm-shutdown'].message.text).toContain('10012 ms');
  });

  it('keeps the most severe results within the result limit', () => {
    const many = Array.from({ length: SARIF_MAX_RESULTS + 10 }, (_, i) => ({
      check: 'config/committed-secrets',
      outcome: i % 2 ? ('warn' as const) : ('fail' as const),
      message: `m${i}`,
      evidence: [{ kind: 'file' as const, file: `f${i}`, line: 1 }],
    }));
    const run = JSON.parse(renderSarif(sampleReport(many))).runs[0];
    expect(run.results).toHaveLength(SARIF_MAX_RESULTS);
    expect(run.results[0].level).toBe('error');
    expect(run.properties.truncated).toBe(true);
  });
});
