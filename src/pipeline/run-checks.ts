import { ALL_CHECKS, outcomeOf } from '../checks/index';
import type { Check, FindingDraft, RuntimeContext, StaticContext } from '../checks/types';
import type { Finding } from '../model/report';

/** Turns a check's drafts into findings: the check id, its role, and the outcome its severity table gives the condition. */
function stamp(check: Check, drafts: FindingDraft[]): Finding[] {
  return drafts.map((d): Finding => {
    const base = { check: check.id, role: check.role, message: d.message, ...(d.details && d.details.length > 0 ? { details: d.details } : {}) };
    if ('outcome' in d) return { ...base, outcome: d.outcome, evidence: [] };
    const outcome = outcomeOf(check, d.condition);
    if (!outcome) return { ...base, outcome: 'error', message: `bug in ${check.id}: condition "${d.condition}" is not in its severity table (${d.message})`, evidence: [] };
    return { ...base, outcome, condition: d.condition, evidence: d.evidence ?? [] };
  });
}

/** A check that throws becomes an `error` finding naming the cause; the audit goes on. */
function guarded(check: Check, fn: () => FindingDraft[]): Finding[] {
  try {
    // A pass with no evidence would be a claim without proof; demote it so the bug shows.
    return stamp(check, fn()).map((f) =>
      f.outcome === 'pass' && f.evidence.length === 0 ? { ...f, outcome: 'error', message: `check passed without evidence (bug in ${check.id}): ${f.message}` } : f,
    );
  } catch (e) {
    return [{ check: check.id, role: check.role, outcome: 'error', message: `check crashed: ${(e as Error).message ?? String(e)}`, evidence: [] }];
  }
}

export function runStaticChecks(ctx: StaticContext): Finding[] {
  return ALL_CHECKS.flatMap((c) => (c.kind === 'static' ? guarded(c, () => c.run(ctx)) : []));
}

/**
 * Runtime checks judge stage files. With no stage file at all (a static-only
 * audit, or every upstream stage skipped) each says so as a `skip`, so the
 * runtime questions stay to the static readings or "not verified".
 */
export function runRuntimeChecks(ctx: RuntimeContext, whyAbsent: string): Finding[] {
  const anyStage = ctx.runtime !== undefined || ctx.build !== undefined || ctx.release !== undefined || (ctx.stages ?? []).some((s) => s.stage !== 'static' && s.status !== 'absent');
  return ALL_CHECKS.flatMap((c) => {
    if (c.kind !== 'runtime') return [];
    if (!anyStage) return [{ check: c.id, role: c.role, outcome: 'skip' as const, message: whyAbsent, evidence: [] }];
    return guarded(c, () => c.judge(ctx));
  });
}
