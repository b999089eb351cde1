import path from 'node:path';
import { type AppModel, resolveApp } from '../evidence/repo/app-model';
import { detectApps } from '../evidence/repo/apps';
import { findClaims } from '../evidence/repo/claims/index';
import { scanRepository, type Snapshot } from '../evidence/repo/snapshot';
import type { Config } from '../config/schema';
import { judgeClaims } from '../judge/claims';
import { finalise } from '../judge/finalise';
import { buildReport } from '../judge/verdicts';
import type { Diagnostic, Report, StageStatus } from '../model/report';
import type { BuildFile, ReleaseFile, RuntimeFile } from '../model/stages';
import { headCommit } from '../util/git';
import { runRuntimeChecks, runStaticChecks } from './run-checks';

export interface AuditInput {
  /** Absolute repository root. */
  repoRoot: string;
  config: Config;
  diagnostics?: Diagnostic[];
  build?: BuildFile;
  release?: ReleaseFile;
  runtime?: RuntimeFile;
  stages?: StageStatus[];
  /** Why runtime checks have nothing to judge, when no stage file exists. */
  runtimeAbsentReason?: string;
  /** The auditor's own files (config file, artifacts directory), absolute: never read as the app's. */
  ownPaths?: string[];
  /** Where GITHUB_REPOSITORY and GITHUB_SERVER_URL point, when the entry knows (links in the report). */
  repository?: { slug?: string; serverUrl?: string };
  /** A scan of repoRoot that left out the same ownPaths: its walk is reused, not repeated. */
  listedBy?: Snapshot;
}

export interface AuditResult {
  report: Report;
  /** The scanned repository, on the audited app. */
  snapshot: Snapshot;
  app: AppModel;
}

/** The engine behind every command: scan, resolve the app, run checks, read claims, judge. */
export function audit(input: AuditInput): AuditResult {
  // The audit always runs the content pass: worker threads may share it (large repositories only).
  const repo = scanRepository(input.repoRoot, '.', { contentWorkers: true, exclude: insideRepo(input.repoRoot, input.ownPaths ?? []), ...(input.listedBy ? { listedBy: input.listedBy } : {}) });
  const app = resolveApp(repo, input.config);
  const snapshot = app.snapshot;
  const facts = input.runtime?.facts;
  const findings = [
    ...runStaticChecks({ snapshot, config: input.config, app }),
    ...runRuntimeChecks(
      { runtime: facts, build: input.build, release: input.release, config: input.config, app: app.facts(), ...(input.stages ? { stages: input.stages } : {}) },
      input.runtimeAbsentReason ?? 'runtime not run: static-only audit (use `all` or the run stage to verify at runtime)',
    ),
  ];
  const commit = headCommit(input.repoRoot);
  const found: Diagnostic[] = app.root !== input.config.path ? [{ severity: 'info', message: `the repository root is not an app: auditing ${app.root}, ${app.found}`, file: app.root }] : [];
  const draft = buildReport({
    repository: { path: app.root, ...(commit ? { commit } : {}), ...(input.repository ?? {}) },
    config: input.config,
    findings,
    apps: detectApps(input.repoRoot, repo, app),
    runtime: facts,
    stages: input.stages ?? [{ stage: 'static', status: 'ok' }],
    diagnostics: [...found, ...(input.diagnostics ?? []), ...snapshot.diagnostics],
  });
  const claims = judgeClaims(findClaims(snapshot, { withRepositoryRoot: app.root !== input.config.path }), draft.factors, facts);
  return { report: finalise({ ...draft, claims }, input.config['fail-on']), snapshot, app };
}

/** Repository-relative POSIX forms of the paths that lie inside the repository (others need no excluding). */
export function insideRepo(repoRoot: string, paths: string[]): string[] {
  return paths
    .map((p) => path.relative(path.resolve(repoRoot), path.resolve(p)))
    .filter((rel) => rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel))
    .map((rel) => rel.split(path.sep).join('/'));
}
