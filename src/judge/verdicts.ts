import { catalogueEntry } from '../checks/index';
import type { Config } from '../config/schema';
import { FACTORS, type Factor } from '../model/factors';
import {
  type App,
  type Baseline,
  type Claim,
  type Diagnostic,
  type FactorReport,
  type Finding,
  REPORT_SCHEMA_VERSION,
  type Report,
  type StageStatus,
  type Summary,
} from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import type { Verdict } from '../model/verdict';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { finalise } from './finalise';

/**
 * The judge: findings in, a verdict per factor out, by RUBRIC.md. Every
 * decision is made here once and written into the report (the verdict, the
 * finding that decided it, which findings only support, what shares a
 * cause); renderers and delivery only read it.
 */
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

const RANK: Record<string, number> = { fail: 4, error: 3, warn: 2, pass: 1 };
const isRuntime = (f: Finding) => catalogueEntry(f.check)?.kind === 'runtime';

/**
 * RUBRIC.md rule 3, measured beats inferred: when a runtime check answered
 * a question (pass, warn or fail), static readings of the same question
 * support and do not decide.
 */
function markSupporting(findings: Finding[]): Finding[] {
  const measuredBy = new Map<string, string>();
  for (const f of findings) {
    const q = catalogueEntry(f.check)?.question;
    if (q && isRuntime(f) && (f.outcome === 'pass' || f.outcome === 'warn' || f.outcome === 'fail') && !measuredBy.has(q)) measuredBy.set(q, f.check);
  }
  return findings.map((f) => {
    const q = catalogueEntry(f.check)?.question;
    const by = q ? measuredBy.get(q) : undefined;
    return by && !isRuntime(f) ? { ...f, supporting: `measured by ${by}` } : f;
  });
}

/**
 * One factor's verdict from its core findings: a failure, then an error,
 * then a warning decide; when the factor's subject is absent and nothing
 * warns, it is `n/a`; it passes only on a core pass with evidence; with
 * nothing but skips it is `not-verified`.
 */
export function factorVerdict(findings: readonly Finding[], opts: { allIgnored?: boolean } = {}): { verdict: Verdict; lead?: number; reason: string } {
  const deciding = findings.map((f, i) => ({ f, i })).filter(({ f }) => f.role !== 'advice' && !f.supporting);
  if (deciding.length === 0 && opts.allIgnored) return { verdict: 'skip', reason: 'every check of this factor is ignored by config' };
  // Measured findings lead among equals: what the container did carries the numbers.
  const order = (a: { f: Finding }, b: { f: Finding }) => Number(isRuntime(b.f)) - Number(isRuntime(a.f)) || Number(b.f.evidence.some((e) => e.kind === 'measurement')) - Number(a.f.evidence.some((e) => e.kind === 'measurement'));
  const pick = (outcome: Finding['outcome']) => deciding.filter(({ f }) => f.outcome === outcome).sort(order)[0];
  for (const outcome of ['fail', 'error', 'warn'] as const) {
    const lead = pick(outcome);
    if (lead) return { verdict: outcome, lead: lead.i, reason: lead.f.message };
  }
  const absent = deciding.find(({ f }) => f.outcome === 'n/a' && catalogueEntry(f.check)?.subject);
  if (absent) return { verdict: 'n/a', lead: absent.i, reason: absent.f.message };
  const pass = pick('pass');
  if (pass) return { verdict: 'pass', lead: pass.i, reason: pass.f.message };
  const na = pick('n/a');
  if (na) return { verdict: 'n/a', lead: na.i, reason: na.f.message };
  // A static reason says more than "runtime not run" does.
  const skipped = deciding.filter(({ f }) => f.outcome === 'skip').sort((a, b) => Number(isRuntime(a.f)) - Number(isRuntime(b.f)))[0];
  return { verdict: 'not-verified', reason: skipped ? skipped.f.message : 'no check could judge this factor' };
}

/**
 * RUBRIC.md rule 5: a design choice the table names under several factors
 * (migrations at every start: V, IX, XII) is judged under each, and each
 * finding says they share one cause.
 */
const SHARED_CAUSES: Array<{ label: string; members: Array<[string, string]>; text: RegExp }> = [
  {
    label: 'migrations at every start',
    members: [
      ['build-release-run/no-build-at-start', 'admin-at-start'],
      ['disposability/startup-work', 'heavy'],
      ['admin-processes/no-migrate-on-start', 'coupled'],
    ],
    text: /migrat/i,
  },
  {
    label: 'installs or builds at every start',
    members: [
      ['build-release-run/no-build-at-start', 'build-at-start'],
      ['disposability/startup-work', 'heavy'],
    ],
    text: /install|build|compil/i,
  },
];

function markSharedCauses(findings: Finding[]): Finding[] {
  const out = [...findings];
  for (const cause of SHARED_CAUSES) {
    const hits = out.map((f, i) => ({ f, i })).filter(({ f }) => cause.members.some(([c, cond]) => f.check === c && f.condition === cond) && cause.text.test(f.message));
    const factors = new Set(hits.map(({ f }) => f.check.split('/')[0]));
    if (factors.size < 2) continue;
    const names = [...factors].map((slug) => FACTORS.find((x) => x.slug === slug)!.id).join(', ');
    for (const { f, i } of hits) out[i] = { ...f, sharedCause: `${cause.label}: one cause, judged under ${names}` };
  }
  return out;
}

function factorReport(factor: Factor, findings: Finding[], allIgnored: boolean): FactorReport {
  const core = findings.filter((f) => f.role !== 'advice');
  // Measured first, so the report reads the way the judge decided.
  core.sort((a, b) => Number(isRuntime(b)) - Number(isRuntime(a)));
  const advice = findings.filter((f) => f.role === 'advice');
  const { verdict, lead, reason } = factorVerdict(core, { allIgnored });
  return { id: factor.id, slug: factor.slug, title: factor.title, verdict, reason, ...(lead !== undefined ? { lead } : {}), findings: core, advice };
}

/** Facts in, verdicts out: applies `ignore`, then judges each factor by the rubric. */
export function buildReport(input: ReportInput): Report {
  const ignoreReasons = new Map(input.config.ignore.map((i) => [i.check, i.reason]));
  const kept: Finding[] = [];
  const ignoredCounts = new Map<string, number>();
  for (const raw of input.findings) {
    // The catalogue, not the finding, says whether a check is advice: a stage file cannot promote advice to a verdict.
    const role = catalogueEntry(raw.check)?.role ?? raw.role;
    const f: Finding = role ? { ...raw, role } : raw;
    if (ignoreReasons.has(f.check)) ignoredCounts.set(f.check, (ignoredCounts.get(f.check) ?? 0) + 1);
    else kept.push(f);
  }
  const ignored = [...ignoreReasons].map(([check, reason]) => ({ check, reason, findings: ignoredCounts.get(check) ?? 0 }));
  const judged = markSharedCauses(markSupporting(kept));
  const factors = FACTORS.map((factor) => {
    const mine = judged.filter((f) => f.check.startsWith(`${factor.slug}/`));
    const allIgnored = mine.filter((f) => f.role !== 'advice').length === 0 && input.findings.some((f) => f.check.startsWith(`${factor.slug}/`) && f.role !== 'advice');
    return factorReport(factor, mine, allIgnored);
  });
  const report: Report = {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    generatedAt: (input.now ?? new Date()).toISOString(),
    repository: input.repository,
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary: summarise(factors),
    factors,
    claims: input.claims ?? [],
    claimDocuments: [],
    contradictions: [],
    ...(input.runtime ? { runtime: input.runtime } : {}),
    apps: input.apps ?? [],
    stages: input.stages ?? [],
    ignored,
    diagnostics: distinct(input.diagnostics ?? []),
    ...(input.baseline ? { baseline: input.baseline } : {}),
  };
  return finalise(report, input.config['fail-on']);
}

export function summarise(factors: Pick<FactorReport, 'verdict' | 'advice'>[]): Summary {
  const summary: Summary = { pass: 0, warn: 0, fail: 0, 'n/a': 0, skip: 0, error: 0, notVerified: 0, advice: 0 };
  for (const f of factors) {
    if (f.verdict === 'not-verified') summary.notVerified++;
    else summary[f.verdict]++;
    summary.advice += (f.advice ?? []).filter((a) => a.outcome === 'warn').length;
  }
  return summary;
}

/** The run's verdict: the worst judged factor; factors that are n/a or could not be verified do not make it pass or fail. */
export function overallVerdict(verdicts: Verdict[]): Verdict {
  let worst: Verdict | undefined;
  for (const v of verdicts) if ((RANK[v] ?? 0) > (worst ? (RANK[worst] ?? 0) : 0)) worst = v;
  if (worst) return worst;
  return verdicts.length > 0 && verdicts.every((v) => v === 'n/a') ? 'n/a' : 'not-verified';
}

/** A file read on two paths (discovery and the app model parse the same compose file) reports its problem once. */
function distinct(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify([d.severity, d.file, d.line, d.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
