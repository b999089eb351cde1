import type { ClaimStanding, FactorReport, Finding, Report } from '../model/report';
import { neutraliseMarkers } from './escape';
import type { Verdict } from '../model/verdict';

export interface TextOptions {
  /** ANSI colour; the CLI turns it on only for a TTY without NO_COLOR. */
  color?: boolean;
  /** Findings shown per factor below the table (0 = table only). */
  detail?: number;
}

const LABEL: Record<Verdict, string> = {
  pass: 'PASS',
  warn: 'WARN',
  fail: 'FAIL',
  skip: 'SKIP',
  error: 'ERROR',
  'n/a': 'N/A',
  'not-verified': 'NOT VERIFIED',
};
const COLOR: Record<Verdict, string> = {
  pass: '\u001b[32m',
  warn: '\u001b[33m',
  fail: '\u001b[31m',
  skip: '\u001b[90m',
  error: '\u001b[35m',
  'n/a': '\u001b[90m',
  'not-verified': '\u001b[90m',
};
const RESET = '\u001b[0m';
const BOLD = '\u001b[1m';

/**
 * Terminal output. Text from the repository or the container is passed
 * through `inert` so escape sequences in a file name or a log line cannot
 * repaint the terminal or fake a verdict.
 */
export function renderText(report: Report, opts: TextOptions = {}): string {
  const color = opts.color ?? false;
  const paint = (v: Verdict, s: string) => (color ? `${COLOR[v]}${s}${RESET}` : s);
  const bold = (s: string) => (color ? `${BOLD}${s}${RESET}` : s);
  const out: string[] = [];
  const s = report.summary;
  out.push(
    bold(`twelve-factor-audit ${report.tool.version}`) +
      `  ${inert(report.repository.path)}${report.repository.commit ? ` @ ${report.repository.commit.slice(0, 12)}` : ''}`,
  );
  out.push(
    `Verdict: ${paint(report.verdict, LABEL[report.verdict])}  ` +
      `(${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.error} error, ${s['n/a'] ?? 0} n/a, ${s.notVerified} not verified${s.skip ? `, ${s.skip} skipped` : ''})`,
  );

  if (report.policy && report.policy.changes.length > 0) {
    out.push('', bold(`Policy from ${inert(report.policy.source)}; these changes apply once merged:`));
    for (const c of report.policy.changes) out.push(`  ${c.key}: ${truncate(inert(c.applied), 80)} (applied) → ${truncate(inert(c.requested), 80)}`);
  }

  // One line per factor that names it: "IX Disposability: README.md:34 claims graceful shutdown; measured: …".
  const contradicted = report.contradictions ?? [];
  if (contradicted.length > 0) {
    out.push('', bold('Contradicted claims'));
    for (const c of contradicted) out.push(`  ${paint('fail', '✗')} ${inert(c.text)}`);
  }
  if ((opts.detail ?? 3) > 0) out.push(...everyClaim(report, paint, bold));

  out.push('');
  const rows = report.factors.map((f) => [
    f.id.padEnd(4),
    f.title.padEnd(19),
    paint(f.verdict, LABEL[f.verdict].padEnd(12)),
    truncate(inert(headline(f)), 90),
  ]);
  for (const r of rows) out.push(`  ${r.join('  ')}`);

  const apps = report.apps.filter((a) => a.verdict !== undefined);
  if (apps.length > 1) {
    out.push('', bold(`Apps (${apps.length})`));
    for (const a of apps) out.push(`  ${paint(a.verdict!, LABEL[a.verdict!].padEnd(12))}  ${inert(a.path)}`);
  }

  const detail = opts.detail ?? 3;
  if (detail > 0) {
    const notable = report.factors.filter((f) => f.verdict === 'fail' || f.verdict === 'warn' || f.verdict === 'error');
    if (notable.length > 0) out.push('', bold('Details'));
    for (const f of notable) {
      out.push(`  ${f.id}. ${f.title}`);
      const bad = f.findings.filter((x) => !x.supporting && (x.outcome === 'fail' || x.outcome === 'warn' || x.outcome === 'error'));
      for (const x of bad.slice(0, detail)) {
        out.push(`    ${paint(x.outcome, LABEL[x.outcome].padEnd(5))} ${x.check}: ${truncate(inert(x.message), 120)}${inert(where(x))}`);
      }
      if (bad.length > detail) out.push(`    … ${bad.length - detail} more (see the JSON or Markdown report)`);
    }
  }
  const advice = report.factors.flatMap((f) => (f.advice ?? []).filter((a) => a.outcome === 'warn').map((a) => ({ f, a })));
  if (advice.length > 0 && detail > 0) {
    out.push('', bold(`Advice: not part of the verdict (${advice.length})`));
    for (const { f, a } of advice.slice(0, 10)) out.push(`  ${a.check} (${f.id}): ${truncate(inert(a.message), 110)}`);
    if (advice.length > 10) out.push(`  … ${advice.length - 10} more (see the JSON or Markdown report)`);
  }
  const stageProblems = report.stages.filter((st) => st.status === 'failed' || st.status === 'skipped');
  if (stageProblems.length > 0) {
    out.push('', bold('Stages'));
    for (const st of stageProblems) out.push(`  ${st.stage}: ${st.status}${st.reason ? ` — ${truncate(inert(st.reason), 160)}` : ''}`);
  }
  const problems = report.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0) {
    out.push('', bold(`Input problems (${problems.length})`));
    for (const d of problems.slice(0, 10)) {
      const loc = d.file ? `${inert(d.file)}${d.line ? `:${d.line}` : ''}${d.column ? `:${d.column}` : ''}: ` : '';
      out.push(`  ${loc}${truncate(inert(d.message), 160)}`);
    }
    if (problems.length > 10) out.push(`  … ${problems.length - 10} more`);
  }
  if (report.ignored.length > 0) {
    out.push('', bold('Ignored by config'));
    for (const i of report.ignored) out.push(`  ${i.check} (${i.findings} findings): ${inert(i.reason)}`);
  }
  return `${out.join('\n')}\n`;
}

const STANDING_MARK: Record<ClaimStanding, [string, Verdict]> = {
  contradicted: ['✗', 'fail'],
  confirmed: ['✓', 'pass'],
  unverified: ['?', 'not-verified'],
  described: ['·', 'n/a'],
  planned: ['·', 'n/a'],
  'in-progress': ['·', 'n/a'],
  'not-claimed': ['·', 'n/a'],
};
const MAX_CLAIM_LINES = 60;

/** Every claim, by the document it came from (the judge's list): where, how it stands, and why. */
function everyClaim(report: Report, paint: (v: Verdict, s: string) => string, bold: (s: string) => string): string[] {
  const docs = report.claimDocuments ?? [];
  if (report.claims.length === 0 || docs.length === 0) return [];
  const out = ['', bold(`Claims read (${report.claims.length})`)];
  let lines = 0;
  for (const doc of docs) {
    const counts = (Object.entries(doc.standings) as [ClaimStanding, number][]).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${k.replace('-', ' ')}`);
    out.push(`  ${inert(doc.file)}: ${counts.join(', ')}`);
    for (const c of report.claims.filter((x) => x.source.file === doc.file)) {
      if (lines >= MAX_CLAIM_LINES) break;
      const standing = c.standing ?? 'unverified';
      const [mark, colour] = STANDING_MARK[standing];
      const why = c.judgement?.reason ?? '';
      out.push(`    ${paint(colour, mark)} ${c.factor.padEnd(4)} line ${String(c.source.line).padEnd(5)} ${standing.replace('-', ' ')}${why ? `: ${truncate(inert(why), 160)}` : ''}`);
      lines++;
    }
  }
  if (lines < report.claims.length) out.push(`  … ${report.claims.length - lines} more (see the JSON report)`);
  return out;
}

/** The one line a factor row shows: the judge's reason, with where the deciding finding points. */
export function headline(f: FactorReport): string {
  const lead = f.lead !== undefined ? f.findings[f.lead] : undefined;
  if (!f.reason && !lead) return f.verdict === 'skip' ? 'all checks ignored by config' : 'no check could judge this factor';
  const text = f.reason || lead!.message;
  const at = lead ? where(lead) : '';
  // Reasons often name their place already; say it once.
  return lead?.evidence[0]?.kind === 'file' && text.includes(lead.evidence[0].file) ? text : `${text}${at}`;
}

function where(f: Finding): string {
  const e = f.evidence[0];
  if (!e) return '';
  if (e.kind === 'file') return ` (${e.file}${e.line ? `:${e.line}` : ''})`;
  return ` (${e.name}: ${e.value} ${e.unit}${e.threshold !== undefined ? `, limit ${e.threshold} ${e.unit}` : ''})`;
}

/** Strips control characters (ANSI escapes, carriage returns) from untrusted text bound for a terminal. */
export function inert(s: string): string {
  // Bidi overrides and isolates too: they reorder what the terminal shows ("Trojan Source").
  return neutraliseMarkers(s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '�').replace(/\n/g, ' '));
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
