import type { Config } from '../config/schema';
import type { FactorSlug } from '../model/factors';
import type { Diagnostic, Evidence, StageStatus } from '../model/report';
import type { Outcome } from '../model/verdict';
import type { RuntimeFacts } from '../model/runtime';
import type { BuildFile, ReleaseFile } from '../model/stages';
import type { Snapshot } from '../evidence/repo/snapshot';

/** A catalogue entry: the single source for docs/checks.md, SARIF rules and report links. */
export interface CatalogueEntry {
  /** `<factor-slug>/<check-name>`, stable forever once shipped. */
  id: string;
  factor: FactorSlug;
  kind: 'static' | 'runtime';
  title: string;
  /** Why the check matters, in terms of the factor. */
  rationale: string;
  /** What to change to make it pass. */
  remediation: string;
}

/** What a check emits before the engine stamps the check id and applies `ignore`. */
export interface FindingDraft {
  outcome: Outcome;
  message: string;
  evidence?: Evidence[];
  details?: string[];
}

export interface StaticContext {
  /** The audited path's snapshot (files, parsed manifests, Dockerfile, …). */
  snapshot: Snapshot;
  config: Config;
}

export interface StaticCheck extends CatalogueEntry {
  kind: 'static';
  run(ctx: StaticContext): FindingDraft[];
}

export interface RuntimeContext {
  /** Absent when the run stage did not happen; checks then return an `error`/`skip` saying why. */
  runtime?: RuntimeFacts;
  build?: BuildFile;
  release?: ReleaseFile;
  config: Config;
  /** Static facts help explain runtime results (a shell-form CMD behind an ignored SIGTERM). */
  snapshot?: Snapshot;
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

export type { Diagnostic };
