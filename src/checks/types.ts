import type { Config } from '../config/schema';
import type { AppModel } from '../evidence/repo/app-model';
import type { AppFacts } from '../model/app';
import type { Snapshot } from '../evidence/repo/snapshot';
import type { FactorSlug } from '../model/factors';
import type { Diagnostic, Evidence, StageStatus } from '../model/report';
import type { RuntimeFacts } from '../model/runtime';
import type { BuildFile, ReleaseFile } from '../model/stages';
import type { Role } from '../model/verdict';

/**
 * One row of a check's severity table: the condition the check can find and
 * what it means. A core check's row cites the rubric case it implements
 * (`rubric`), and its outcome is that case's column (see src/judge/rubric.ts);
 * an advice row says `pass` or `warn` itself, because advice is outside the
 * rubric and never decides a verdict.
 */
export type Condition =
  | { rubric: string; when: string }
  | { outcome: 'pass' | 'warn'; when: string };

/** A catalogue entry: the single source for docs/checks.md, docs/rubric.md, SARIF rules and report links. */
export interface CatalogueEntry {
  /** `<factor-slug>/<check-name>`, stable once shipped. */
  id: string;
  factor: FactorSlug;
  kind: 'static' | 'runtime';
  /** `core` answers the factor's question and decides its verdict; `advice` is shown apart and never does. */
  role: Role;
  title: string;
  /** Why the check matters, in terms of the factor. */
  rationale: string;
  /** What to change to make it pass. */
  remediation: string;
  /** The conditions the check reports, keyed by a stable name. */
  conditions: Record<string, Condition>;
  /**
   * The question the check answers, when another check answers it too: of a
   * static reading and a measurement of the same question, the measurement
   * decides and the reading supports (RUBRIC.md rule 3).
   */
  question?: string;
  /**
   * This check says whether the factor's subject exists at all (a backing
   * service, a served port, a formation, an admin task, a dev stack). When
   * it finds the subject absent, the factor is `n/a` unless another core
   * check warns or fails.
   */
  subject?: boolean;
}

/**
 * What a check emits before the engine stamps the check id, role and
 * outcome: a condition of its table, or a `skip`/`error` that says why the
 * check could not judge.
 */
export type FindingDraft =
  | {
      condition: string;
      message: string;
      evidence?: Evidence[];
      details?: string[];
    }
  | {
      outcome: 'skip' | 'error';
      message: string;
      details?: string[];
    };

export interface StaticContext {
  /** The audited path's snapshot (files, parsed manifests, Dockerfile, …). */
  snapshot: Snapshot;
  config: Config;
  /** The audited app as resolved from the repository: its build, start contract, kind and what ships in its image. */
  app: AppModel;
}

export interface StaticCheck extends CatalogueEntry {
  kind: 'static';
  run(ctx: StaticContext): FindingDraft[];
}

export interface RuntimeContext {
  /** Absent when the run stage did not happen; checks then return a `skip`/`error` saying why. */
  runtime?: RuntimeFacts;
  build?: BuildFile;
  release?: ReleaseFile;
  config: Config;
  /** What the static reading knew of the app (from the scan or static.json), to set a measurement's severity. */
  app?: AppFacts;
  /** The audited commit, when known; the image's revision label is checked against it. */
  commit?: string;
  /** What happened to each stage (ok, failed, skipped, absent) and why. */
  stages?: StageStatus[];
}


export interface RuntimeCheck extends CatalogueEntry {
  kind: 'runtime';
  judge(ctx: RuntimeContext): FindingDraft[];
}

export type Check = StaticCheck | RuntimeCheck;

export type { AppFacts, Diagnostic };
