import type { Config } from '../config/schema';
import { FACTORS } from '../model/factors';
import {
  type App,
  type Baseline,
  type Claim,
  type Diagnostic,
  type Finding,
  REPORT_SCHEMA_VERSION,
  type Report,
  type StageStatus,
  type Summary,
} from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import { factorVerdict, type Verdict, worstOutcome } from '../model/verdict';
import { TOOL_NAME, TOOL_VERSION } from '../version';

export interface ReportInput {
  repository: Report['repository'];
  config: Config;
  findings: Finding[];
  claims?: Claim[];
  runtime?: RuntimeFacts;
  apps?: App[];
  stages?: StageStatus[];
  diagnostics?: Diagnostic[];
  baseline?: Baseline;
  now?: Date;
}

/** Facts in, verdicts out: applies `ignore`, groups findings by factor and takes the worst of each. */
export function buildReport(input: ReportInput): Report {
  const ignoreReasons = new Map(input.config.ignore.map((i) => [i.check, i.reason]));
  const kept: Finding[] = [];
  const ignoredCounts = new Map<string, number>();
  for (const f of input.findings) {
    if (ignoreReasons.has(f.check)) ignoredCounts.set(f.check, (ignoredCounts.get(f.check) ?? 0) + 1);
    else kept.push(f);
  }
  const ignored = [...ignoreReasons].map(([check, reason]) => ({ check, reason, findings: ignoredCounts.get(check) ?? 0 }));

  const factors = FACTORS.map((factor) => {
    const findings = kept.filter((f) => f.check.startsWith(`${factor.slug}/`));
    const factorChecksIgnored =
      findings.length === 0 && input.findings.some((f) => f.check.startsWith(`${factor.slug}/`));
    return {
      id: factor.id,
      slug: factor.slug,
      title: factor.title,
      verdict: factorVerdict(
        findings.map((f) => f.outcome),
        { allIgnored: factorChecksIgnored },
      ),
      findings,
    };
  });

  const summary: Summary = { pass: 0, warn: 0, fail: 0, skip: 0, error: 0, notVerified: 0 };
  for (const f of factors) {
    if (f.verdict === 'not-verified') summary.notVerified++;
    else summary[f.verdict]++;
  }

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: (input.now ?? new Date()).toISOString(),
    repository: input.repository,
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary,
    factors,
    claims: input.claims ?? [],
    ...(input.runtime ? { runtime: input.runtime } : {}),
    apps: input.apps ?? [],
    stages: input.stages ?? [],
    ignored,
    diagnostics: input.diagnostics ?? [],
    ...(input.baseline ? { baseline: input.baseline } : {}),
  };
}

export function overallVerdict(verdicts: Verdict[]): Verdict {
  const evaluated = verdicts.filter((v): v is Exclude<Verdict, 'not-verified' | 'skip'> => v !== 'not-verified' && v !== 'skip');
  return worstOutcome(evaluated) ?? 'not-verified';
}
