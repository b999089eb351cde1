import { catalogueEntry } from '../checks/index';
import { factorById } from '../model/factors';
import type { Baseline, Claim, ClaimStanding, Evidence, FactorReport, Finding, Report, SubClaim } from '../model/report';
import type { Outcome, Verdict } from '../model/verdict';
import { codeBlock, htmlText, inlineCode, inlineText, truncateText, wellFormed } from './escape';
import { renderLifecycle } from './mermaid';
import { anchorFor, DOCS_URL } from './sarif';

/** GitHub's hard limit on an issue or pull-request comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Default budget: under the limit with room for a marker edit, counted in UTF-16 units (≥ GitHub's characters). */
export const DEFAULT_MAX_LENGTH = 65_000;

/** Where the generated check docs live (one source with the SARIF rules' helpUri). */
export const CHECK_DOCS_URL = DOCS_URL;

export interface MarkdownOptions {
  /** Adds the hidden sticky-comment marker for this key. */
  commentKey?: string;
  /** Where the full report artifact is (a URL becomes a link). */
  artifactHint?: string;
  /** Upper bound on the result's length; default 65,000. */
  maxLength?: number;
  /** Check titles; default the catalogue. Tests pin it so snapshots do not move when checks are added. */
  checkTitle?: (checkId: string) => string | undefined;
}

export const VERDICT_ICON: Record<Verdict, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  error: '❗',
  'n/a': '➖',
  skip: '⏭️',
  'not-verified': '❔',
};

const VERDICT_WORD: Record<Verdict, string> = {
  pass: 'pass',
  warn: 'warn',
  fail: 'fail',
  error: 'error',
  'n/a': 'n/a',
  skip: 'skipped',
  'not-verified': 'not verified',
};

// Worst first: what survives truncation and what the table quotes.
const RANK: Record<Outcome, number> = { fail: 0, error: 1, warn: 2, pass: 3, 'n/a': 4, skip: 5 };
const VERDICT_RANK: Record<Verdict, number> = { fail: 0, error: 1, warn: 2, 'not-verified': 3, pass: 4, 'n/a': 5, skip: 6 };

const MAX_CLAIMS = 20;
/** Room for the collapsed list of every claim; past it the rest is in the JSON report. */
const MAX_CLAIM_LIST_CHARS = 16_000;
const MAX_SUBCLAIMS_SHOWN = 8;

export const STANDING_ICON: Record<ClaimStanding, string> = {
  contradicted: '❌',
  confirmed: '✅',
  unverified: '❔',
  described: '📖',
  planned: '🗓️',
  'in-progress': '🚧',
  'not-claimed': '➖',
};
const MAX_FINDINGS_PER_FACTOR = 50;
const MAX_DETAIL_LINES = 40;
const MAX_BASELINE_ENTRIES = 30;
const MAX_DIAGNOSTICS = 30;

export function commentMarker(key: string): string {
  // The key is ours (an action input) but it lands inside an HTML comment: keep it to a safe alphabet.
  return `<!-- twelve-factor-audit:${key.replace(/[^A-Za-z0-9._/-]/g, '-')} -->`;
}

export function checkDocsUrl(checkId: string): string {
  return `${CHECK_DOCS_URL}#${anchorFor(checkId)}`;
}

/** The report as GitHub-flavoured Markdown for the PR comment, job summary, check run and tracking issue. Pure. */
export function renderMarkdown(report: Report, opts: MarkdownOptions = {}): string {
  const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
  const links = linkBase(report);

  const head: string[] = [];
  if (opts.commentKey !== undefined) head.push(commentMarker(opts.commentKey));
  head.push(headline(report), meta(report));
  const claims = renderClaims(report, links);
  if (claims) head.push(claims);
  const everyClaim = renderEveryClaim(report, links);
  if (everyClaim) head.push(everyClaim);
  head.push(renderTable(report));
  const apps = renderApps(report);
  if (apps) head.push(apps);
  if (report.runtime) head.push('### Container lifecycle', codeBlock(renderLifecycle(report.runtime, lifecycleOutcomes(report)), 'mermaid'));
  const baseline = renderBaseline(report);
  if (baseline) head.push(baseline);
  const stages = renderStages(report);
  if (stages) head.push(stages);

  const footer = renderFooter(report, opts.artifactHint);
  let findingsLeftOut = 0;
  const blocks: { order: number; rank: number; text: string }[] = report.factors.map((f, i) => {
    const d = renderFactorDetails(f, links, Math.floor(max / 4), opts.checkTitle ?? ((id) => catalogueEntry(id)?.title));
    findingsLeftOut += d.hidden;
    return { order: i, rank: VERDICT_RANK[f.verdict], text: d.text };
  });
  const advice = renderAdvice(report, links, opts.checkTitle ?? ((id) => catalogueEntry(id)?.title));
  if (advice) blocks.push({ order: 99, rank: 6, text: advice });
  const diagnostics = renderDiagnostics(report);
  if (diagnostics) blocks.push({ order: 100, rank: 7, text: diagnostics });

  const joinAll = (parts: string[]) => `${parts.join('\n\n')}\n`;
  const headText = joinAll(head);
  const notice = truncationNotice(0, 0, opts.artifactHint);
  let budget = max - headText.length - footer.length - notice.length - 16;
  const kept = new Set<number>();
  let dropped = 0;
  for (const b of [...blocks].sort((x, y) => x.rank - y.rank || x.order - y.order)) {
    if (b.text.length + 2 <= budget) {
      kept.add(b.order);
      budget -= b.text.length + 2;
    } else dropped++;
  }
  const body = [...head, '### Details', ...blocks.filter((b) => kept.has(b.order)).map((b) => b.text)];
  if (dropped > 0 || findingsLeftOut > 0) body.push(truncationNotice(dropped, findingsLeftOut, opts.artifactHint));
  body.push(footer);
  const out = joinAll(body);
  // Cannot happen with the caps above; a last guard so a comment is never rejected.
  return out.length <= max ? out : `${truncateText(out, max - notice.length - 2)}\n\n${notice}`;
}

/** The judge's outcomes for the boot and shutdown checks, which colour the lifecycle diagram. */
function lifecycleOutcomes(report: Report): { boot?: Outcome; shutdown?: Outcome } {
  const outcome = (id: string) => report.factors.flatMap((f) => f.findings).find((x) => x.check === id)?.outcome;
  const boot = outcome('port-binding/binds-port');
  const shutdown = outcome('disposability/sigterm-shutdown');
  return { ...(boot ? { boot } : {}), ...(shutdown ? { shutdown } : {}) };
}

function headline(report: Report): string {
  const count = (v: Verdict) => report.factors.filter((f) => f.verdict === v).length;
  const parts: string[] = [];
  parts.push(`${count('pass')} passing`);
  if (count('warn')) parts.push(`${count('warn')} warning${count('warn') === 1 ? '' : 's'}`);
  if (count('fail')) parts.push(`${count('fail')} failing`);
  if (count('error')) parts.push(`${count('error')} could not be checked`);
  if (count('n/a')) parts.push(`${count('n/a')} n/a`);
  if (count('not-verified')) parts.push(`${count('not-verified')} not verified`);
  if (count('skip')) parts.push(`${count('skip')} skipped`);
  const icon = VERDICT_ICON[report.verdict];
  let line = `## ${icon} 12-Factor audit: ${parts.join(' · ')}`;
  if (report.baseline) {
    const r = report.baseline.regressions.length;
    const f = report.baseline.fixes.length;
    line += `\n\n**Against the base branch:** ${r === 0 && f === 0 ? 'no change' : `${r} regression${r === 1 ? '' : 's'}, ${f} fix${f === 1 ? '' : 'es'}`}`;
  }
  const policy = policyChanges(report);
  if (policy) line += `\n\n${policy}`;
  const ignored = ignoredChecks(report);
  if (ignored) line += `\n\n${ignored}`;
  return line;
}

const MAX_HEADLINE_ITEMS = 15;

/**
 * A pull request that edits the keys deciding its own verdict (ignores,
 * fail-on, the sandbox) says so at the top: the audit applied the trusted
 * side's values, and the pull request's take effect once merged.
 */
function policyChanges(report: Report): string | undefined {
  const p = report.policy;
  if (!p || p.changes.length === 0) return undefined;
  const lines = [
    '> [!WARNING]',
    `> **This pull request changes the audit policy.** Its changes take effect once merged; this audit applied the policy of ${inlineText(p.source, 160)}:`,
  ];
  for (const c of p.changes.slice(0, MAX_HEADLINE_ITEMS)) {
    lines.push(`> - ${inlineCode(c.key, { max: 40 })}: ${inlineCode(c.applied, { max: 160 })} (applied) → ${inlineCode(c.requested, { max: 160 })} (asked by this pull request)`);
  }
  if (p.changes.length > MAX_HEADLINE_ITEMS) lines.push(`> - … and ${p.changes.length - MAX_HEADLINE_ITEMS} more in the full report`);
  return lines.join('\n');
}

/** Every ignored check at the top, with its reason: an ignore turns a failure into silence, so it is never tucked away. */
function ignoredChecks(report: Report): string | undefined {
  if (report.ignored.length === 0) return undefined;
  const items = report.ignored
    .slice(0, MAX_HEADLINE_ITEMS)
    .map((i) => `- ${inlineCode(i.check, { max: 80 })} (${i.findings} finding${i.findings === 1 ? '' : 's'} ignored): ${inlineText(i.reason, 200)}`);
  if (report.ignored.length > MAX_HEADLINE_ITEMS) items.push(`- … and ${report.ignored.length - MAX_HEADLINE_ITEMS} more in the full report`);
  return [`**Ignored by the config (${report.ignored.length}):**`, '', ...items].join('\n');
}

function meta(report: Report): string {
  const bits: string[] = [];
  const repo = report.repository;
  if (repo.path && repo.path !== '.') bits.push(`path ${inlineCode(repo.path, { max: 80 })}`);
  if (repo.ref) bits.push(`ref ${inlineCode(repo.ref, { max: 80 })}`);
  if (repo.commit) bits.push(`commit ${inlineCode(repo.commit.slice(0, 12), { max: 12 })}`);
  bits.push(`${inlineText(report.tool.name, 40)} ${inlineText(report.tool.version, 20)}`);
  return `<sub>${bits.join(' · ')}</sub>`;
}

interface LinkBase {
  blob?: string;
}

function linkBase(report: Report): LinkBase {
  const { slug, commit } = report.repository;
  const server = (report.repository.serverUrl ?? 'https://github.com').replace(/\/+$/, '');
  // The slug and commit end up in a URL: only well-formed ones make links.
  if (!slug || !commit || !/^[\w.-]+\/[\w.-]+$/.test(slug) || !/^[0-9a-f]{7,64}$/i.test(commit)) return {};
  if (!/^https?:\/\/[\w.-]+(:\d+)?(\/[\w.~-]+)*$/.test(server)) return {};
  return { blob: `${server}/${slug}/blob/${commit}` };
}

function encodeUrlPath(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(wellFormed(s)).replace(/[()!*']/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');
}

function fileLink(links: LinkBase, file: string, line?: number, endLine?: number): string {
  const label = inlineCode(line ? `${file}:${line}` : file, { max: 120 });
  if (!links.blob) return label;
  const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
  return `[${label}](${links.blob}/${encodeUrlPath(file)}${anchor})`;
}

function renderClaims(report: Report, links: LinkBase): string | undefined {
  const listed = report.contradictions ?? [];
  if (listed.length === 0) return undefined;
  const docs = [...new Set(listed.map((c) => c.file))];
  // The document names come from the repository: they go below the heading, never into it.
  const lines = ['### ❗ Claims contradicted by the evidence', '', `From ${docs.slice(0, 3).map((d) => inlineCode(d, { max: 80 })).join(', ')}${docs.length > 3 ? ' …' : ''}:`, ''];
  for (const c of listed.slice(0, MAX_CLAIMS)) {
    const claim = report.claims.find((x) => x.factor === c.factor && x.source.file === c.file && x.source.line === c.line);
    if (claim) lines.push(...renderClaim(claim, links));
    else lines.push(`- ${fileLink(links, c.file, c.line)} ${inlineText(c.text, 300)}`);
  }
  if (listed.length > MAX_CLAIMS) lines.push(`- … and ${listed.length - MAX_CLAIMS} more in the full report`);
  return lines.join('\n');
}

function renderClaim(claim: Claim, links: LinkBase): string[] {
  const factor = factorById(claim.factor);
  const name = factor ? `${factor.id} ${factor.title}` : claim.factor;
  const reason = claim.judgement?.result === 'contradicted' ? claim.judgement.reason : undefined;
  const out = [`- **${name}** — ${reason !== undefined ? judged(claim, reason, claim.source.line, claim.text, links) : `${fileLink(links, claim.source.file, claim.source.line)} “${inlineText(claim.text, 160)}”`}`];
  // The claim's reason is usually its first contradicted promise's: say it once.
  for (const sub of claim.subClaims.filter((s) => s.judgement?.result === 'contradicted' && s.judgement.reason !== reason).slice(0, 10)) {
    out.push(`  - ${judged(claim, sub.judgement?.reason ?? '', sub.line, sub.text, links)}`);
  }
  return out;
}

/**
 * A judged claim reads once: the judge's reason already starts with where the
 * claim is made ("README.md:34 claims graceful shutdown; measured: …"), so that
 * place becomes the link; a reason that does not quotes the claim before it.
 */
function judged(claim: Claim, reason: string, line: number | undefined, text: string | undefined, links: LinkBase): string {
  const file = claim.source.file;
  if (reason.startsWith(`${file}:`)) {
    const m = /^:(\d{1,9}) claims /.exec(reason.slice(file.length));
    if (m) return `${fileLink(links, file, Number(m[1]))} claims ${inlineText(reason.slice(file.length + m[0].length), 300)}`;
  }
  const at = fileLink(links, file, line ?? claim.source.line);
  // Without the quote when the reason names what was judged (a promise's property).
  return text === undefined ? `${at} ${inlineText(reason, 300)}` : `${at} “${inlineText(text, 160)}”: ${inlineText(reason, 300)}`;
}

/**
 * Every claim the judge read, collapsed under the contradictions: grouped by
 * the document it came from (the judge's list, in reading order), each with
 * its line, its standing and the evidence or the reason it stays open. The
 * document names come from the repository: they stay out of the summary.
 */
function renderEveryClaim(report: Report, links: LinkBase): string | undefined {
  const docs = report.claimDocuments ?? [];
  if (report.claims.length === 0 || docs.length === 0) return undefined;
  const totals = new Map<ClaimStanding, number>();
  for (const d of docs) for (const [k, n] of Object.entries(d.standings) as [ClaimStanding, number][]) totals.set(k, (totals.get(k) ?? 0) + n);
  const counts = [...totals].filter(([, n]) => n > 0).map(([k, n]) => `${n} ${word(k)}`).join(' · ');
  const total = docs.reduce((n, d) => n + d.claims, 0);
  const lines: string[] = [`<details><summary>📋 Every claim read (${total}): ${counts}</summary>`, ''];
  let used = 0;
  let shown = 0;
  for (const doc of docs) {
    const mine = report.claims.filter((c) => c.source.file === doc.file);
    const head = `**From ${inlineCode(doc.file, { max: 120 })}** (${doc.claims} claim${doc.claims === 1 ? '' : 's'}):`;
    if (used + head.length > MAX_CLAIM_LIST_CHARS) break;
    lines.push(head, '');
    used += head.length;
    for (const claim of mine) {
      const item = claimItem(claim, links);
      if (used + item.length > MAX_CLAIM_LIST_CHARS) break;
      lines.push(item);
      used += item.length;
      shown++;
    }
    lines.push('');
  }
  if (shown < report.claims.length) lines.push(`… and ${report.claims.length - shown} more claim${report.claims.length - shown === 1 ? '' : 's'} in the full report (JSON).`, '');
  lines.push('</details>');
  return lines.join('\n');
}

function word(standing: ClaimStanding): string {
  return standing.replace('-', ' ');
}

function claimItem(claim: Claim, links: LinkBase): string {
  const factor = factorById(claim.factor);
  const name = factor ? `${factor.id} ${factor.title}` : claim.factor;
  const standing = claim.standing ?? 'unverified';
  const reason = claim.judgement?.reason ?? '';
  // A contradicted claim is quoted in full above: here it is only placed.
  const said = standing === 'contradicted' ? `${fileLink(links, claim.source.file, claim.source.line)} (above)` : judged(claim, reason, claim.source.line, claim.text, links);
  const out = [`- ${STANDING_ICON[standing]} **${name}** — ${word(standing)}: ${said}`];
  // The promises the judge weighed (or set aside), under their claim; one whose reason is the claim's is said once.
  const subs = claim.subClaims.filter((s) => s.standing !== undefined && s.judgement && s.judgement.reason !== reason && !(standing === 'contradicted' && s.standing === 'contradicted'));
  for (const sub of subs.slice(0, MAX_SUBCLAIMS_SHOWN)) out.push(`  - ${subItem(claim, sub, links)}`);
  if (subs.length > MAX_SUBCLAIMS_SHOWN) out.push(`  - … and ${subs.length - MAX_SUBCLAIMS_SHOWN} more in the full report`);
  return out.join('\n');
}

/** A promise under its claim: where it is and the judge's reason, which names the property it is about. */
function subItem(claim: Claim, sub: SubClaim, links: LinkBase): string {
  const standing = sub.standing ?? 'unverified';
  const reason = sub.judgement?.reason ?? '';
  return `${STANDING_ICON[standing]} ${word(standing)}: ${judged(claim, reason, sub.line, sub.topic ? undefined : sub.text, links)}`;
}

function renderTable(report: Report): string {
  const rows = ['| | Factor | Verdict | Evidence |', '|---|---|---|---|'];
  for (const f of report.factors) {
    rows.push(`| ${f.id} | ${factorTitle(f)} | ${VERDICT_ICON[f.verdict]} ${VERDICT_WORD[f.verdict]} | ${evidenceLine(f)} |`);
  }
  return rows.join('\n');
}

/** Our own title for the factor: the report's copy may come from an untrusted artifact. */
function factorTitle(f: FactorReport): string {
  return factorById(f.id)?.title ?? htmlText(f.title, 40);
}

/** The judge's reason for the verdict, with the deciding finding's numbers. */
function evidenceLine(factor: FactorReport): string {
  const lead = factor.lead !== undefined ? factor.findings[factor.lead] : undefined;
  if (!factor.reason && !lead) return factor.verdict === 'skip' ? 'all checks ignored by config' : 'no check applied';
  const measurement = lead?.evidence.find((e) => e.kind === 'measurement');
  let text = inlineText(factor.reason || lead?.message || '', 140);
  if (measurement) text += ` (${measurementText(measurement, 60)})`;
  const others = factor.findings.filter((f) => f.outcome !== 'skip').length - (lead ? 1 : 0);
  if (others > 0) text += ` · +${others} more`;
  return text;
}

function measurementText(m: Extract<Evidence, { kind: 'measurement' }>, max = 80): string {
  const value = `${formatNumber(m.value)} ${m.unit}`;
  const threshold = m.threshold !== undefined ? `, threshold ${formatNumber(m.threshold)} ${m.unit}` : '';
  return inlineText(`${m.name}: ${value}${threshold}`, max);
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 0);
}

/** A merged monorepo report: one row per app, its verdict and each factor's, so no app hides behind another. */
function renderApps(report: Report): string | undefined {
  const apps = report.apps.filter((a) => a.verdict !== undefined && a.factors !== undefined);
  if (apps.length < 2) return undefined;
  const ids = report.factors.map((f) => f.id);
  const rows = [
    `### Apps (${apps.length})`,
    '',
    `| app | verdict | ${ids.join(' | ')} |`,
    `|---|---|${ids.map(() => ':-:').join('|')}|`,
  ];
  for (const a of apps.slice(0, 50)) {
    const byId = new Map(a.factors!.map((f) => [f.id, f.verdict]));
    const cells = ids.map((id) => VERDICT_ICON[byId.get(id) ?? 'not-verified']);
    rows.push(`| ${inlineCode(a.path, { max: 80, inTable: true })} | ${VERDICT_ICON[a.verdict!]} ${VERDICT_WORD[a.verdict!]} | ${cells.join(' | ')} |`);
  }
  if (apps.length > 50) rows.push('', `… and ${apps.length - 50} more apps in the full report`);
  return rows.join('\n');
}

function renderBaseline(report: Report): string | undefined {
  const b = report.baseline;
  if (!b || (b.regressions.length === 0 && b.fixes.length === 0)) return undefined;
  const lines = [`### Against the base branch (${inlineText(b.source, 80)})`, ''];
  const entry = (icon: string, e: Baseline['regressions'][number]) =>
    `- ${icon} ${inlineCode(e.check, { max: 80 })}: ${e.from} → ${e.to}: ${inlineText(e.message, 200)}`;
  for (const r of b.regressions.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry('🔻 regression', r));
  if (b.regressions.length > MAX_BASELINE_ENTRIES) lines.push(`- … and ${b.regressions.length - MAX_BASELINE_ENTRIES} more regressions`);
  for (const f of b.fixes.slice(0, MAX_BASELINE_ENTRIES)) lines.push(entry('🔺 fixed', f));
  if (b.fixes.length > MAX_BASELINE_ENTRIES) lines.push(`- … and ${b.fixes.length - MAX_BASELINE_ENTRIES} more fixes`);
  return lines.join('\n');
}

function renderStages(report: Report): string | undefined {
  if (report.stages.length === 0) return undefined;
  const parts = report.stages.map((s) => {
    const icon = s.status === 'ok' ? '✅' : s.status === 'failed' ? '❌' : '➖';
    return `${icon} ${s.stage} ${s.status}${s.reason ? ` (${inlineText(s.reason, 120)})` : ''}`;
  });
  return `**Stages:** ${parts.join(' · ')}`;
}

type TitleOf = (checkId: string) => string | undefined;

function renderFactorDetails(factor: FactorReport, links: LinkBase, budget: number, titleOf: TitleOf): { text: string; hidden: number } {
  // Deciding findings first, worst first; findings that only support a measurement after them.
  const evaluated = factor.findings.filter((f) => f.outcome !== 'skip').sort((a, b) => Number(!!a.supporting) - Number(!!b.supporting) || RANK[a.outcome] - RANK[b.outcome]);
  const skipped = factor.findings.filter((f) => f.outcome === 'skip');
  const count = factor.findings.length;
  const open = factor.verdict === 'fail' || factor.verdict === 'error' ? ' open' : '';
  const summary = `${VERDICT_ICON[factor.verdict]} <b>${factor.id} ${factorTitle(factor)}</b>: ${VERDICT_WORD[factor.verdict]} · ${count} finding${count === 1 ? '' : 's'}`;
  const parts: string[] = [`<details${open}><summary>${summary}</summary>`];
  let used = parts[0]!.length;
  let shown = 0;
  for (const finding of evaluated.slice(0, MAX_FINDINGS_PER_FACTOR)) {
    const text = renderFinding(finding, links, titleOf);
    if (used + text.length > budget && shown > 0) break;
    parts.push(text);
    used += text.length + 2;
    shown++;
  }
  const hidden = evaluated.length - shown;
  if (hidden > 0) parts.push(`… and ${hidden} more finding${hidden === 1 ? '' : 's'} in the full report.`);
  if (skipped.length > 0) {
    const list = skipped
      .slice(0, 20)
      .map((s) => `- ⏭️ ${inlineCode(s.check, { max: 80 })}: ${inlineText(s.message, 200)}`)
      .join('\n');
    parts.push(`Not judged here:\n\n${list}${skipped.length > 20 ? `\n- … and ${skipped.length - 20} more` : ''}`);
  }
  if (count === 0) parts.push('No check applied to this factor.');
  parts.push('</details>');
  return { text: parts.join('\n\n'), hidden };
}

function renderFinding(finding: Finding, links: LinkBase, titleOf: TitleOf): string {
  const title = titleOf(finding.check);
  const link = `[${inlineCode(finding.check, { max: 80 })}](${checkDocsUrl(finding.check)})`;
  const lines: string[] = [];
  const head = title ? `**${inlineText(title, 120)}** · ${link}` : link;
  lines.push(`${VERDICT_ICON[finding.outcome]} ${head}: ${inlineText(finding.message, 500)}`);
  if (finding.supporting) lines.push(`<sub>Supports the measurement, does not decide (${inlineText(finding.supporting, 120)}).</sub>`);
  if (finding.sharedCause) lines.push(`<sub>One cause: ${inlineText(finding.sharedCause, 200)}.</sub>`);
  const evidence = finding.evidence.slice(0, 10).map((e) =>
    e.kind === 'file'
      ? `- ${fileLink(links, e.file, e.line, e.endLine)}${e.snippet ? ` ${inlineCode(e.snippet, { max: 160 })}` : ''}`
      : `- 📏 ${measurementText(e, 160)}`,
  );
  if (finding.evidence.length > 10) evidence.push(`- … and ${finding.evidence.length - 10} more`);
  if (evidence.length > 0) lines.push(evidence.join('\n'));
  if (finding.details && finding.details.length > 0) {
    const d = finding.details.slice(0, MAX_DETAIL_LINES).map((l) => truncateText(l, 500));
    if (finding.details.length > MAX_DETAIL_LINES) d.push(`… ${finding.details.length - MAX_DETAIL_LINES} more lines in the full report`);
    lines.push(codeBlock(d.join('\n'), 'text'));
  }
  return lines.join('\n\n');
}

/** Advice the methodology does not ask for: listed apart, with the fix, and never part of a verdict. */
function renderAdvice(report: Report, links: LinkBase, titleOf: TitleOf): string | undefined {
  const advice = report.factors.flatMap((f) => (f.advice ?? []).filter((a) => a.outcome === 'warn').map((a) => ({ f, a })));
  if (advice.length === 0) return undefined;
  const items = advice.slice(0, 30).map(({ f, a }) => {
    const fix = catalogueEntry(a.check)?.remediation;
    const title = titleOf(a.check);
    const at = a.evidence[0]?.kind === 'file' ? ` (${fileLink(links, a.evidence[0].file, a.evidence[0].line)})` : '';
    return `- ${f.id} · ${title ? `**${inlineText(title, 120)}** · ` : ''}[${inlineCode(a.check, { max: 80 })}](${checkDocsUrl(a.check)}): ${inlineText(a.message, 300)}${at}${fix ? `\n  Fix: ${inlineText(fix, 300)}` : ''}`;
  });
  if (advice.length > 30) items.push(`- … and ${advice.length - 30} more in the full report`);
  return `<details><summary>💡 Advice: not part of the verdict (${advice.length})</summary>\n\n${items.join('\n')}\n\n</details>`;
}

function renderDiagnostics(report: Report): string | undefined {
  const parts: string[] = [];
  if (report.diagnostics.length > 0) {
    const list = report.diagnostics.slice(0, MAX_DIAGNOSTICS).map((d) => {
      const where = d.file ? `${inlineCode(d.line ? `${d.file}:${d.line}` : d.file, { max: 120 })}: ` : '';
      return `- ${d.severity}: ${where}${inlineText(d.message, 300)}`;
    });
    if (report.diagnostics.length > MAX_DIAGNOSTICS) list.push(`- … and ${report.diagnostics.length - MAX_DIAGNOSTICS} more`);
    parts.push(list.join('\n'));
  }
  if (report.ignored.length > 0) {
    parts.push(
      report.ignored
        .slice(0, 30)
        .map((i) => `- ignored ${inlineCode(i.check, { max: 80 })} (${i.findings} finding${i.findings === 1 ? '' : 's'}): ${inlineText(i.reason, 200)}`)
        .join('\n'),
    );
  }
  if (parts.length === 0) return undefined;
  const n = report.diagnostics.length + report.ignored.length;
  return `<details><summary>Diagnostics and ignored checks (${n})</summary>\n\n${parts.join('\n\n')}\n\n</details>`;
}

function renderFooter(report: Report, artifactHint?: string): string {
  const docs = `[What each check means](${CHECK_DOCS_URL})`;
  const full = artifactHint ? ` · full report: ${artifactLink(artifactHint)}` : '';
  return `<sub>${docs}${full} · generated ${htmlText(report.generatedAt, 40)}</sub>`;
}

function artifactLink(hint: string): string {
  return /^https:\/\/[^\s()<>]+$/.test(hint) ? `[artifact](${hint})` : inlineText(hint, 200);
}

function truncationNotice(sections: number, findings: number, artifactHint?: string): string {
  const where = artifactHint ? `the full report artifact (${artifactLink(artifactHint)})` : 'the full report artifact';
  const what = [
    sections > 0 ? `${sections} detail section${sections === 1 ? '' : 's'}` : '',
    findings > 0 ? `${findings} finding${findings === 1 ? '' : 's'}` : '',
  ].filter(Boolean);
  return `> [!NOTE]\n> Truncated to stay under GitHub's 65,536-character limit: ${what.join(' and ') || 'some detail'} left out. See ${where}.`;
}
