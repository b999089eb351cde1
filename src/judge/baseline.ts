import { catalogueEntry } from '../checks/index';
import { type Baseline, type Finding, type Report, ReportSchema } from '../model/report';
import type { Outcome } from '../model/verdict';

// How bad an outcome is for regression purposes. A pass and a skip are both
// "nothing to fix"; an error ranks below a proven failure but above a warning.
const BADNESS: Record<Outcome, number> = { skip: 0, 'n/a': 0, pass: 0, warn: 1, error: 2, fail: 3 };

interface CheckState {
  worst: Outcome;
  /** How many findings share the worst outcome: 1 failing lockfile → 2 is a regression too. */
  count: number;
  message: string;
}

function stateByCheck(report: Report, compared: (check: string) => boolean): Map<string, CheckState> {
  const byCheck = new Map<string, Finding[]>();
  for (const factor of report.factors) {
    // Advice never decides, so it never regresses a gate either; a finding that only supports a measurement did not decide.
    for (const f of factor.findings.filter((x) => x.role !== 'advice' && !x.supporting && compared(x.check))) {
      const list = byCheck.get(f.check) ?? [];
      list.push(f);
      byCheck.set(f.check, list);
    }
  }
  const out = new Map<string, CheckState>();
  for (const [check, findings] of byCheck) {
    let worst = findings[0]!;
    for (const f of findings) if (BADNESS[f.outcome] > BADNESS[worst.outcome]) worst = f;
    const count = findings.filter((f) => f.outcome === worst.outcome).length;
    out.set(check, { worst: worst.outcome, count, message: worst.message });
  }
  return out;
}

/**
 * Which checks count against a static audit of the base (the automatic
 * baseline's fallback): static checks only, and only those that still
 * decide here. A runtime check the base never ran is no regression, and a
 * reading that now merely supports a measurement is judged by the
 * measurement, which the base never had.
 */
function staticComparable(current: Report): (check: string) => boolean {
  const deciding = new Set<string>();
  const supporting = new Set<string>();
  for (const f of current.factors.flatMap((x) => x.findings)) (f.supporting ? supporting : deciding).add(f.check);
  return (check) => catalogueEntry(check)?.kind === 'static' && (deciding.has(check) || !supporting.has(check));
}

/**
 * Compares a report with the base branch's report, check by check. A check
 * missing on one side counts as `skip` there (new checks that fail are
 * regressions; removed failing checks are fixes). Ignored checks are absent
 * from both reports' findings, so ignoring a check is neither. With
 * `staticBase` (the base is a static audit made for the comparison) only
 * static checks count (see `staticComparable`).
 */
export function compareWithBaseline(current: Report, base: Report, source = 'base branch report', opts: { staticBase?: boolean } = {}): Baseline {
  const compared = opts.staticBase ? staticComparable(current) : () => true;
  const now = stateByCheck(current, compared);
  const before = stateByCheck(base, compared);
  const regressions: Baseline['regressions'] = [];
  const fixes: Baseline['fixes'] = [];
  const checks = [...new Set([...now.keys(), ...before.keys()])].sort();
  for (const check of checks) {
    const a = before.get(check) ?? { worst: 'skip' as Outcome, count: 0, message: 'not evaluated in the base report' };
    const b = now.get(check) ?? { worst: 'skip' as Outcome, count: 0, message: 'not evaluated in this report' };
    const delta = BADNESS[b.worst] - BADNESS[a.worst];
    if (delta > 0) regressions.push({ check, from: a.worst, to: b.worst, message: b.message });
    else if (delta < 0) fixes.push({ check, from: a.worst, to: b.worst, message: a.message });
    else if (BADNESS[b.worst] > 0 && b.count !== a.count) {
      const entry = {
        check,
        from: a.worst,
        to: b.worst,
        message: `${b.count} ${b.worst} finding${b.count === 1 ? '' : 's'} (base had ${a.count}): ${b.count > a.count ? b.message : a.message}`,
      };
      (b.count > a.count ? regressions : fixes).push(entry);
    }
  }
  return { source, regressions, fixes };
}

/** A base report read from an artifact: validated, never trusted as-is. Throws with the schema's complaint. */
export function parseReport(json: string, origin: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`${origin}: not JSON (${(e as Error).message})`);
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new Error(`${origin}: not a twelve-factor-audit report (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}
