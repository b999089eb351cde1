import { CATALOGUE } from '../checks/index';
import { propertyById } from '../evidence/repo/claims/properties';
import { FACTORS } from '../model/factors';
import type { Claim, ClaimJudgement, ClaimStanding, ClaimStatus, FactorReport, Finding, NamedPath, SubClaim } from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import { HEADING_PROPERTIES, type Name, PROPERTY_EVIDENCE, type PropertyEvidence, type Reading } from './claim-evidence';

/**
 * Claims judged against the evidence they talk about (RUBRIC.md, "Claims"):
 * each promise by the property it names and the findings, measurements and
 * repository facts about that property alone, measurements first; a factor
 * heading by its promises and by core failures about what the heading
 * states. A claim no evidence speaks to stays `unverified`, with why.
 */
export interface JudgeOptions {
  /** Which checks exist and whether they are static or runtime; defaults to the shipped catalogue. */
  catalogue?: readonly { id: string; kind: 'static' | 'runtime' }[];
}

interface Ctx {
  /** Core and advice findings by check id. */
  findings: Map<string, Finding[]>;
  kinds: Map<string, 'static' | 'runtime'>;
  runtime?: RuntimeFacts;
}

/** A property's judgement before it is worded as a claim: the result, the evidence in a reader's words, the checks behind it. */
interface Answer {
  result: ClaimJudgement['result'];
  /** "measured: SIGKILL after 10 s", "found: … (file:line)", or why nothing could say. */
  evidence: string;
  checks: string[];
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

function oneLine(s: string, max = 240): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function where(f: Finding): string {
  const file = f.evidence.find((e) => e.kind === 'file');
  if (file?.kind !== 'file') return '';
  const at = `${file.file}${file.line ? `:${file.line}` : ''}`;
  // Messages often name their place already; say it once.
  return f.message.includes(at) ? '' : ` (${at})`;
}

function isRuntime(f: Finding, ctx: Ctx): boolean {
  return ctx.kinds.get(f.check) === 'runtime';
}

/** "measured: SIGKILL after 10 s" for runtime findings, "found: … (file:line)" for static ones. */
function evidenceText(f: Finding, ctx: Ctx): string {
  if (isRuntime(f, ctx)) return `measured: ${oneLine(measuredText(f.check, ctx.runtime) ?? f.message)}`;
  return `found: ${oneLine(f.message)}${where(f)}`;
}

/** Everything a finding says, for matching the names a promise gives (a service, a variable). */
function findingText(f: Finding): string {
  return [f.message, ...f.evidence.map((e) => (e.kind === 'file' ? `${e.file} ${e.snippet ?? ''}` : e.name)), ...(f.details ?? []).slice(0, 50)].join('\n');
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}

interface Read {
  f: Finding;
  reading: Reading;
}

/**
 * A property judged by the evidence about it alone. A break decides (the
 * measurement first); then a measurement that leaves it open or shows it
 * holds; then static readings. `heading`: judging what a factor heading
 * states, only a core failure breaks it; a lesser break leaves it open.
 */
function judgeProperty(id: string, text: string, ctx: Ctx, heading: boolean): Answer {
  const rule: PropertyEvidence | undefined = PROPERTY_EVIDENCE[id];
  const label = propertyById(id)?.label ?? id;
  if (!rule) return { result: 'unverified', evidence: `no check reads ${label} yet`, checks: [] };
  const names: Name[] = rule.names?.(text) ?? [];
  const relevant = Object.keys(rule.readings).flatMap((check) => ctx.findings.get(check) ?? []);
  const voided = (rule.voidWhen ?? []).flatMap(([check, cond]) => (ctx.findings.get(check) ?? []).filter((f) => f.condition === cond));
  const unnamed: Finding[] = [];
  const reads: Read[] = [];
  for (const f of relevant) {
    let reading = f.condition ? rule.readings[f.check]?.[f.condition] : undefined;
    if (!reading || f.supporting) continue;
    if (names.length > 0 && reading !== 'open' && !names.some((n) => n.re.test(findingText(f)))) {
      unnamed.push(f);
      continue;
    }
    if (reading === 'holds' && voided.length > 0) reading = 'open';
    if (reading === 'breaks' && heading && (f.outcome !== 'fail' || f.role === 'advice')) reading = 'open';
    reads.push({ f, reading });
  }
  const first = (reading: Reading, runtime?: boolean) =>
    reads.filter((r) => r.reading === reading && (runtime === undefined || isRuntime(r.f, ctx) === runtime)).sort((a, b) => Number(isRuntime(b.f, ctx)) - Number(isRuntime(a.f, ctx)))[0];

  const broken = first('breaks');
  if (broken) return { result: 'contradicted', evidence: evidenceText(broken.f, ctx), checks: [broken.f.check] };
  for (const combo of rule.together ?? []) {
    const parts = combo.all.map(([check, cond]) => (ctx.findings.get(check) ?? []).find((f) => f.condition === cond && !f.supporting));
    if (parts.every((p): p is Finding => p !== undefined)) {
      return { result: 'contradicted', evidence: `found: ${combo.says}: ${parts.map((p) => `${oneLine(p.message, 160)}${where(p)}`).join('; ')}`, checks: parts.map((p) => p.check) };
    }
  }
  const verdictOf = (r: Read): Answer =>
    r.reading === 'holds'
      ? { result: 'confirmed', evidence: evidenceText(r.f, ctx), checks: [r.f.check] }
      : { result: 'unverified', evidence: voided.length > 0 && r.f.condition && rule.readings[r.f.check]?.[r.f.condition] === 'holds' ? `not about this app: ${evidenceText(voided[0]!, ctx)}` : `${r.f.outcome === 'n/a' ? 'n/a' : 'partly'}: ${evidenceText(r.f, ctx)}`, checks: [r.f.check] };
  const measured = first('open', true) ?? first('holds', true);
  if (measured) return verdictOf(measured);
  const read = first('open', false) ?? first('holds', false);
  if (read) return verdictOf(read);

  if (unnamed.length > 0) {
    return { result: 'unverified', evidence: `nothing about ${names.map((n) => n.said).join(', ')}: ${evidenceText(unnamed[0]!, ctx)}`, checks: [unnamed[0]!.check] };
  }
  const errors = relevant.filter((f) => f.outcome === 'error');
  if (errors.length > 0) return { result: 'unverified', evidence: `could not check: ${oneLine(errors[0]!.message)}`, checks: [errors[0]!.check] };
  const runtimeChecks = Object.keys(rule.readings).filter((c) => ctx.kinds.get(c) === 'runtime');
  const notRun = runtimeChecks.length > 0 && (!ctx.runtime || relevant.some((f) => f.outcome === 'skip' && isRuntime(f, ctx) && /runtime not run/i.test(f.message)));
  const skipped = relevant.filter((f) => f.outcome === 'skip' && !isRuntime(f, ctx))[0];
  if (notRun) {
    const also = skipped ? `; ${oneLine(skipped.message, 160)}` : '';
    return { result: 'unverified', evidence: `${RUNTIME_NOT_RUN}: needs the container (${runtimeChecks.join(', ')})${also}`, checks: runtimeChecks };
  }
  const other = skipped ?? relevant.find((f) => f.outcome === 'skip') ?? relevant.find((f) => f.outcome === 'n/a');
  if (other) return { result: 'unverified', evidence: `${other.outcome === 'n/a' ? 'n/a' : 'not read'}: ${oneLine(other.message)}`, checks: [other.check] };
  const known = Object.keys(rule.readings).filter((c) => ctx.kinds.has(c));
  if (known.length === 0) return { result: 'unverified', evidence: `no check reads ${label} yet`, checks: [] };
  return { result: 'unverified', evidence: `no evidence about ${label} in the audited app (${known.join(', ')} found nothing)`, checks: [] };
}

function src(claim: Claim, line?: number): string {
  return `${claim.source.file}:${line ?? claim.source.line}`;
}

function factorLabel(claim: Claim): string {
  const f = FACTORS.find((x) => x.id === claim.factor)!;
  return `${f.id} ${f.title}`;
}

function missingText(paths: NamedPath[]): string {
  const [first] = paths;
  return `no such ${first!.kind} in the repository: ${paths.map((p) => p.path).join(', ')}`;
}

/** A promise stated as done: its property's evidence, and the files it names. */
function judgeSubClaim(claim: Claim, sub: SubClaim, ctx: Ctx): ClaimJudgement {
  const label = sub.topic ? (propertyById(sub.topic)?.label ?? sub.topic) : undefined;
  const answer = sub.topic ? judgeProperty(sub.topic, sub.text, ctx, false) : undefined;
  const claims = (what: string) => `${src(claim, sub.line)} claims ${what}`;
  const missing = (sub.paths ?? []).filter((p) => p.checked && !p.at);
  const found = (sub.paths ?? []).filter((p) => p.at);
  // A measurement outweighs the repository; the repository outweighs a static reading.
  if (answer?.result === 'contradicted' && answer.evidence.startsWith('measured:')) return { result: 'contradicted', reason: `${claims(label!)}; ${answer.evidence}`, checks: answer.checks };
  if (missing.length > 0) return { result: 'contradicted', reason: `${claims(label ? `${label} in ${missing[0]!.path}` : missing.map((p) => p.path).join(', '))}; ${missingText(missing)}`, checks: [] };
  if (answer?.result === 'contradicted') return { result: 'contradicted', reason: `${claims(label!)}; ${answer.evidence}`, checks: answer.checks };
  if (answer) return { result: answer.result, reason: `${label}: ${answer.evidence}`, checks: answer.checks };
  if (found.length > 0) return { result: 'confirmed', reason: `${found.map((p) => p.path).join(', ')}: found in the repository${found.some((p) => p.at !== p.path) ? ` (${found.map((p) => p.at).join(', ')})` : ''}`, checks: [] };
  return { result: 'unverified', reason: 'no check reads this promise', checks: [] };
}

const NOT_JUDGED: Record<Exclude<ClaimStatus, 'claimed'>, string> = {
  'in-progress': 'in progress: not claimed as done',
  planned: 'planned: not claimed as done',
  described: 'described, not claimed: explains the factor without saying this app keeps it',
  'not-claimed': 'stated as not met',
};

/** Whether a promise is something the judge weighs: a property it names or a file it names. */
const judgeable = (s: SubClaim) => s.topic !== undefined || (s.paths ?? []).some((p) => p.checked);

function judgeClaim(claim: Claim, ctx: Ctx): Claim {
  const subClaims = claim.subClaims.map((sub): SubClaim => {
    const status = sub.status ?? claim.status;
    const notDone = status !== 'claimed' ? status : claim.status !== 'claimed' && claim.status !== 'in-progress' ? claim.status : undefined;
    if (notDone) return { ...sub, judgement: { result: 'unverified', reason: NOT_JUDGED[notDone], checks: [] }, standing: notDone };
    const judgement = judgeSubClaim(claim, sub, ctx);
    return { ...sub, judgement, standing: judgement.result };
  });
  const done = (s: SubClaim) => s.judgement !== undefined && s.standing !== undefined && ['confirmed', 'contradicted', 'unverified'].includes(s.standing);
  const withJudgement = (judgement: ClaimJudgement, standing: ClaimStanding): Claim => ({ ...claim, subClaims, judgement, standing });

  if (claim.status !== 'claimed' && claim.status !== 'in-progress') {
    return withJudgement({ result: 'unverified', reason: NOT_JUDGED[claim.status], checks: [] }, claim.status);
  }
  const contradicted = subClaims.find((s) => done(s) && s.judgement!.result === 'contradicted');
  if (contradicted) {
    const checks = uniq(subClaims.filter((s) => done(s) && s.judgement!.result === 'contradicted').flatMap((s) => s.judgement!.checks ?? []));
    return withJudgement({ result: 'contradicted', reason: contradicted.judgement!.reason, checks }, 'contradicted');
  }
  if (claim.status === 'in-progress') return withJudgement({ result: 'unverified', reason: NOT_JUDGED['in-progress'], checks: [] }, 'in-progress');

  const heading = HEADING_PROPERTIES[claim.factor].map((id) => ({ id, answer: judgeProperty(id, claim.text, ctx, true) }));
  const refuted = heading.find((h) => h.answer.result === 'contradicted');
  if (refuted) return withJudgement({ result: 'contradicted', reason: `${src(claim)} claims ${factorLabel(claim)}; ${refuted.answer.evidence}`, checks: refuted.answer.checks }, 'contradicted');

  // The promises the claim spells out decide it; a bare heading is judged by what the heading states.
  const promises = subClaims.filter((s) => done(s) && judgeable(s));
  const said: ClaimJudgement[] = promises.length > 0
    ? promises.map((s) => s.judgement!)
    : heading.map((h) => ({ result: h.answer.result, reason: `${propertyById(h.id)?.label ?? h.id}: ${h.answer.evidence}`, checks: h.answer.checks }));
  const open = said.find((j) => j.result !== 'confirmed');
  if (open) return withJudgement({ result: 'unverified', reason: open.reason, checks: open.checks ?? [] }, 'unverified');
  return withJudgement({ result: 'confirmed', reason: said[0]!.reason, checks: uniq(said.flatMap((j) => j.checks ?? [])) }, 'confirmed');
}

/** Sets each claim against the evidence: confirmed, contradicted (with evidence) or unverified (with why); the rest keep their status. */
export function judgeClaims(claims: Claim[], factors: FactorReport[], runtime?: RuntimeFacts, options: JudgeOptions = {}): Claim[] {
  const findings = new Map<string, Finding[]>();
  for (const fr of factors) {
    for (const f of [...fr.findings, ...(fr.advice ?? [])]) {
      const list = findings.get(f.check);
      if (list) list.push(f);
      else findings.set(f.check, [f]);
    }
  }
  const kinds = new Map((options.catalogue ?? CATALOGUE).map((e) => [e.id, e.kind] as const));
  const ctx: Ctx = { findings, kinds, ...(runtime ? { runtime } : {}) };
  return claims.map((claim) => {
    try {
      return judgeClaim(claim, ctx);
    } catch (e) {
      const standing: ClaimStanding = claim.status === 'claimed' ? 'unverified' : claim.status;
      return { ...claim, judgement: { result: 'unverified', reason: `could not judge: ${(e as Error).message}`, checks: [] }, standing };
    }
  });
}
