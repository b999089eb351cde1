import { ALL_CHECKS } from '../checks/index';
import type { Check, FindingDraft, RuntimeContext, StaticContext } from '../checks/types';
import type { Finding } from '../model/report';

function stamp(check: Check, drafts: FindingDraft[]): Finding[] {
  return drafts.map((d) => ({
    check: check.id,
    outcome: d.outcome,
    message: d.message,
    evidence: d.evidence ?? [],
    ...(d.details && d.details.length > 0 ? { details: d.details } : {}),
  }));
}

/** A check that throws becomes an `error` finding naming the cause; the audit goes on. */
function guarded(check: Check, fn: () => FindingDraft[]): Finding[] {
  try {
    const drafts = fn();
    const findings = stamp(check, drafts);
    // A pass with no evidence would be a claim without proof; demote it so the bug shows.
    return findings.map((f) =>
      f.outcome === 'pass' && f.evidence.length === 0
        ? { ...f, outcome: 'error', message: `check passed without evidence (bug in ${check.id}): ${f.message}` }
        : f,
    );
  } catch (e) {
    return [{ check: check.id, outcome: 'error', message: `check crashed: ${(e as Error).message ?? String(e)}`, evidence: [] }];
  }
}

export function runStaticChecks(ctx: StaticContext): Finding[] {
  return ALL_CHECKS.flatMap((c) => (c.kind === 'static' ? guarded(c, () => c.run(ctx)) : []));
}

/**
 * Runtime checks judge stage files. With no stage file at all (a static-only
 * audit, or every upstream stage skipped) each says so as a `skip`, so its
 * factor is "not verified" unless static evidence exists.
 */
export function runRuntimeChecks(ctx: RuntimeContext, whyAbsent: string): Finding[] {
  const anyStage = ctx.runtime !== undefined || ctx.build !== undefined || ctx.release !== undefined;
  return ALL_CHECKS.flatMap((c) => {
    if (c.kind !== 'runtime') return [];
    if (!anyStage) return [{ check: c.id, outcome: 'skip' as const, message: whyAbsent, evidence: [] }];
    return guarded(c, () => c.judge(ctx));
  });
}
