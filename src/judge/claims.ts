import { CATALOGUE } from '../checks/index';
import { FACTORS } from '../model/factors';
import type { Claim, ClaimJudgement, ClaimStatus, FactorReport, Finding, SubClaim } from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import { topicById } from '../evidence/repo/claims/topics';

export interface JudgeOptions {
  /** Which checks exist and whether they are static or runtime; defaults to the shipped catalogue. */
  catalogue?: readonly { id: string; kind: 'static' | 'runtime' }[];
}

interface Ctx {
  findings: Map<string, Finding[]>;
  kinds: Map<string, 'static' | 'runtime'>;
  runtime?: RuntimeFacts;
}

const RUNTIME_NOT_RUN = 'runtime not run';

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * What the runtime measured, in the words a reader checks a claim against
 * ("SIGKILL after 10 s", "listening on 3000, not PORT=23817"). Undefined when
 * the facts say nothing about this check.
 */
export function measuredText(check: string, rt: RuntimeFacts | undefined): string | undefined {
  if (!rt) return undefined;
  const b = rt.boot;
  switch (check) {
    case 'disposability/sigterm-shutdown': {
      const sd = rt.shutdown;
      if (!sd) return undefined;
      if (sd.killed || sd.classification === 'killed') return `SIGKILL after ${seconds(sd.graceMs)}`;
      if (sd.classification === 'signal-default') return `killed by ${sd.signal}'s default action after ${seconds(sd.elapsedMs)}, no handler`;
      if (sd.classification === 'error-exit') return `exit code ${sd.exitCode} ${seconds(sd.elapsedMs)} after ${sd.signal}`;
      if (sd.classification === 'graceful') return `exited 0 ${seconds(sd.elapsedMs)} after ${sd.signal}`;
      return undefined;
    }
    case 'disposability/startup-time':
      if (b.outcome === 'ready' && b.readyMs !== undefined) return `ready after ${seconds(b.readyMs)}`;
      if (b.outcome === 'timeout') return `not ready within ${seconds(b.timeoutMs)}`;
      return undefined;
    case 'port-binding/binds-port':
    case 'config/honours-env': {
      if (b.outcome === 'ready' && b.port !== null) return `listening on PORT=${b.port}`;
      const wrong = (b.listeningPorts ?? []).filter((p) => p !== b.port);
      if (wrong.length > 0 && b.port !== null) return `listening on ${wrong.join(', ')}, not PORT=${b.port}`;
      if (b.outcome === 'timeout' && b.port !== null) return `nothing listening on PORT=${b.port} within ${seconds(b.timeoutMs)}`;
      if (b.outcome === 'exited') return `exited${b.exitCode !== undefined ? ` with code ${b.exitCode}` : ''} before listening`;
      return undefined;
    }
    case 'logs/stdout-output':
    case 'logs/no-log-files': {
      const files = rt.filesystem?.logFiles ?? [];
      if (files.length > 0) return `log files written in the container: ${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''}`;
      return `${rt.logs.stdoutBytes + rt.logs.stderrBytes} bytes on stdout/stderr`;
    }
    case 'processes/no-local-writes': {
      if (!rt.filesystem) return undefined;
      const w = rt.filesystem.written;
      return w.length > 0 ? `wrote ${w.slice(0, 3).join(', ')}${w.length > 3 ? `, … (${w.length} paths)` : ''}` : 'no writes outside temp dirs';
    }
    case 'concurrency/replicas':
      return rt.replicas ? `${rt.replicas.ready} of ${rt.replicas.requested} replicas ready` : undefined;
    case 'admin-processes/admin-commands': {
      const failed = rt.admin.find((a) => a.exitCode !== 0);
      if (failed) return `\`${failed.command.join(' ').slice(0, 80)}\` ${failed.timedOut ? 'timed out' : `exited ${failed.exitCode}`}`;
      return rt.admin.length > 0 ? `${rt.admin.length} admin command(s) exited 0` : undefined;
    }
    case 'backing-services/services-reachable': {
      const down = rt.services.filter((s) => !s.ready);
      if (down.length > 0) return `service not ready: ${down.map((s) => s.name).join(', ')}`;
      return rt.services.length > 0 ? `${rt.services.length} service(s) ready` : undefined;
    }
    default:
      return undefined;
  }
}

function where(f: Finding): string {
  const file = f.evidence.find((e) => e.kind === 'file');
  return file && file.kind === 'file' ? ` (${file.file}${file.line ? `:${file.line}` : ''})` : '';
}

function measurementOf(f: Finding): string | undefined {
  const m = f.evidence.find((e) => e.kind === 'measurement');
  if (m?.kind !== 'measurement') return undefined;
  return `${m.name} ${m.value} ${m.unit}${m.threshold !== undefined ? ` (threshold ${m.threshold})` : ''}`;
}

function oneLine(s: string, max = 240): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "measured: SIGKILL after 10 s" for runtime findings, "found: … (file:line)" for static ones. */
function evidenceText(f: Finding, ctx: Ctx): string {
  if (ctx.kinds.get(f.check) === 'runtime') {
    return `measured: ${oneLine(measuredText(f.check, ctx.runtime) ?? (f.message || measurementOf(f) || f.outcome))}`;
  }
  return `found: ${oneLine(f.message)}${where(f)}`;
}

function isRuntimeNotRun(f: Finding, ctx: Ctx): boolean {
  if (f.outcome !== 'skip' && f.outcome !== 'error') return false;
  return (ctx.kinds.get(f.check) === 'runtime' && !ctx.runtime) || /^runtime not run/i.test(f.message);
}

/** Runtime evidence first: a measurement outweighs a static hint. */
function byDecisiveness(ctx: Ctx) {
  return (a: Finding, b: Finding) => (ctx.kinds.get(a.check) === 'runtime' ? 0 : 1) - (ctx.kinds.get(b.check) === 'runtime' ? 0 : 1);
}

function src(claim: Claim, line?: number): string {
  return `${claim.source.file}:${line ?? claim.source.line}`;
}

function judgeFindings(findings: Finding[], ctx: Ctx, claimed: string, listed: string[]): ClaimJudgement {
  const sorted = [...findings].sort(byDecisiveness(ctx));
  const fails = sorted.filter((f) => f.outcome === 'fail');
  if (fails.length > 0) {
    return { result: 'contradicted', reason: `${claimed}; ${evidenceText(fails[0]!, ctx)}`, checks: uniq(fails.map((f) => f.check)) };
  }
  const notRun = sorted.filter((f) => isRuntimeNotRun(f, ctx));
  const evaluated = sorted.filter((f) => f.outcome === 'pass' || f.outcome === 'warn');
  const warns = evaluated.filter((f) => f.outcome === 'warn');
  if (notRun.length > 0) {
    const stat = evaluated.length > 0 ? `; static evidence: ${oneLine(evaluated[0]!.message, 120)}` : '';
    return { result: 'unverified', reason: `${RUNTIME_NOT_RUN}: ${notRun.map((f) => f.check).join(', ')} need a run${stat}`, checks: uniq(notRun.map((f) => f.check)) };
  }
  if (warns.length > 0) {
    return { result: 'unverified', reason: `evidence is mixed: ${evidenceText(warns[0]!, ctx)}`, checks: uniq(warns.map((f) => f.check)) };
  }
  if (evaluated.length > 0) {
    return { result: 'confirmed', reason: evidenceText(evaluated[0]!, ctx), checks: uniq(evaluated.map((f) => f.check)) };
  }
  const errors = sorted.filter((f) => f.outcome === 'error');
  if (errors.length > 0) {
    return { result: 'unverified', reason: `could not evaluate: ${oneLine(errors[0]!.message)}`, checks: uniq(errors.map((f) => f.check)) };
  }
  if (sorted.length > 0) {
    return { result: 'unverified', reason: `checks skipped: ${oneLine(sorted[0]!.message)}`, checks: uniq(sorted.map((f) => f.check)) };
  }
  return { result: 'unverified', reason: `no finding from ${listed.join(', ')}`, checks: [] };
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

function judgeSubClaim(claim: Claim, sub: SubClaim, ctx: Ctx): ClaimJudgement {
  const topic = sub.topic ? topicById(sub.topic) : undefined;
  if (!topic) return { result: 'unverified', reason: 'no check for this promise', checks: [] };
  const known = topic.checks.filter((c) => ctx.kinds.has(c) || ctx.findings.has(c));
  if (known.length === 0) return { result: 'unverified', reason: `no check for ${topic.label} yet`, checks: [] };
  const findings = topic.checks.flatMap((c) => ctx.findings.get(c) ?? []);
  if (findings.length === 0) {
    const runtimeOnly = known.every((c) => ctx.kinds.get(c) === 'runtime');
    return {
      result: 'unverified',
      reason: runtimeOnly && !ctx.runtime ? `${RUNTIME_NOT_RUN}: ${known.join(', ')} need a run` : `no finding from ${known.join(', ')} (ignored or not run)`,
      checks: [],
    };
  }
  return judgeFindings(findings, ctx, `${src(claim, sub.line)} claims ${topic.label}`, known);
}

function hasChecks(sub: SubClaim, ctx: Ctx): boolean {
  const topic = sub.topic ? topicById(sub.topic) : undefined;
  return !!topic && topic.checks.some((c) => ctx.kinds.has(c) || ctx.findings.has(c));
}

const NOT_DONE: Record<Exclude<ClaimStatus, 'claimed'>, string> = {
  'in-progress': 'in progress',
  planned: 'planned',
  described: 'described, not claimed',
  'not-claimed': 'stated as not met',
};

function factorLabel(claim: Claim): string {
  const f = FACTORS.find((x) => x.id === claim.factor)!;
  return `${f.id} ${f.title}`;
}

function judgeClaim(claim: Claim, report: FactorReport | undefined, ctx: Ctx): Claim {
  const claimDone = claim.status === 'claimed';
  const judgeable = claimDone || claim.status === 'in-progress';
  const subClaims = claim.subClaims.map((sub): SubClaim => {
    const status = sub.status ?? claim.status;
    if (!judgeable || status !== 'claimed') {
      return { ...sub, judgement: { result: 'unverified', reason: `${NOT_DONE[status === 'claimed' ? claim.status as Exclude<ClaimStatus, 'claimed'> : status]}: not judged`, checks: [] } };
    }
    return { ...sub, judgement: judgeSubClaim(claim, sub, ctx) };
  });
  const contradictedSubs = subClaims.filter((s) => s.judgement?.result === 'contradicted');
  const verdictNote = report ? ` (factor verdict: ${report.verdict})` : '';

  if (!judgeable) {
    return { ...claim, subClaims, judgement: { result: 'unverified', reason: `${NOT_DONE[claim.status as Exclude<ClaimStatus, 'claimed'>]}: not judged${verdictNote}`, checks: [] } };
  }
  const factorFindings = report?.findings ?? [];
  const fails = factorFindings.filter((f) => f.outcome === 'fail').sort(byDecisiveness(ctx));
  if (contradictedSubs.length > 0 || (claimDone && fails.length > 0)) {
    const first = contradictedSubs[0]?.judgement;
    const reason = first
      ? first.reason
      : `${src(claim)} claims ${factorLabel(claim)}; ${evidenceText(fails[0]!, ctx)}`;
    return {
      ...claim,
      subClaims,
      judgement: { result: 'contradicted', reason, checks: uniq([...contradictedSubs.flatMap((s) => s.judgement?.checks ?? []), ...fails.map((f) => f.check)]) },
    };
  }
  if (!claimDone) {
    return { ...claim, subClaims, judgement: { result: 'unverified', reason: `in progress: not claimed as done${verdictNote}`, checks: [] } };
  }
  const topical = subClaims.filter((s) => s.topic && (s.status ?? claim.status) === 'claimed');
  // A promise no check can judge (yet) is reported as unverified but does not hold back the factor's confirmation.
  const openSub = topical.find((s) => s.judgement?.result !== 'confirmed' && hasChecks(s, ctx));
  switch (report?.verdict) {
    case 'pass': {
      if (openSub) {
        return { ...claim, subClaims, judgement: { result: 'unverified', reason: `factor passes, but ${topicById(openSub.topic!)?.label ?? openSub.text}: ${openSub.judgement?.reason}`, checks: openSub.judgement?.checks ?? [] } };
      }
      const passes = factorFindings.filter((f) => f.outcome === 'pass').sort(byDecisiveness(ctx));
      // The evidence for what the document promised reads better than the factor's first pass.
      const kept = topical.find((s) => s.judgement?.result === 'confirmed')?.judgement?.reason;
      return {
        ...claim,
        subClaims,
        judgement: {
          result: 'confirmed',
          reason: `${factorLabel(claim)} passes: ${kept ?? evidenceText(passes[0]!, ctx)}`,
          checks: uniq([...topical.flatMap((s) => s.judgement?.checks ?? []), ...passes.map((f) => f.check)]),
        },
      };
    }
    case 'warn': {
      const warn = factorFindings.find((f) => f.outcome === 'warn')!;
      return { ...claim, subClaims, judgement: { result: 'unverified', reason: `evidence is mixed: ${evidenceText(warn, ctx)}`, checks: [warn.check] } };
    }
    case 'error': {
      const err = factorFindings.find((f) => f.outcome === 'error')!;
      return { ...claim, subClaims, judgement: { result: 'unverified', reason: `could not evaluate: ${oneLine(err.message)}`, checks: [err.check] } };
    }
    case 'skip':
      return { ...claim, subClaims, judgement: { result: 'unverified', reason: "the factor's checks are ignored by configuration", checks: [] } };
    default: {
      const notRun = factorFindings.filter((f) => isRuntimeNotRun(f, ctx));
      if (factorFindings.length === 0) {
        return { ...claim, subClaims, judgement: { result: 'unverified', reason: `no check for ${factorLabel(claim)} produced a finding`, checks: [] } };
      }
      if (notRun.length > 0 && notRun.length === factorFindings.length) {
        return { ...claim, subClaims, judgement: { result: 'unverified', reason: `${RUNTIME_NOT_RUN}: ${uniq(notRun.map((f) => f.check)).join(', ')} need a run`, checks: uniq(notRun.map((f) => f.check)) } };
      }
      const skipped = factorFindings.find((f) => !isRuntimeNotRun(f, ctx)) ?? factorFindings[0]!;
      return { ...claim, subClaims, judgement: { result: 'unverified', reason: `not verified: ${oneLine(skipped.message)}`, checks: uniq(factorFindings.map((f) => f.check)) } };
    }
  }
}

/** Judges every claim and sub-claim against the factor reports and, for wording, the runtime facts. */
export function judgeClaimList(claims: Claim[], factors: FactorReport[], runtime: RuntimeFacts | undefined, options: JudgeOptions): Claim[] {
  const findings = new Map<string, Finding[]>();
  for (const fr of factors) {
    for (const f of fr.findings) {
      const list = findings.get(f.check);
      if (list) list.push(f);
      else findings.set(f.check, [f]);
    }
  }
  const kinds = new Map((options.catalogue ?? CATALOGUE).map((e) => [e.id, e.kind] as const));
  const ctx: Ctx = { findings, kinds, ...(runtime ? { runtime } : {}) };
  return claims.map((claim) => {
    try {
      return judgeClaim(claim, factors.find((f) => f.id === claim.factor), ctx);
    } catch (e) {
      return { ...claim, judgement: { result: 'unverified', reason: `could not judge: ${(e as Error).message}`, checks: [] } };
    }
  });
}

/** Sets each claim against the evidence: confirmed, contradicted (with evidence) or unverified (with why). */
export function judgeClaims(claims: Claim[], factors: FactorReport[], runtime?: RuntimeFacts, options: JudgeOptions = {}): Claim[] {
  return judgeClaimList(claims, factors, runtime, options);
}
