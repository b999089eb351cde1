import path from 'node:path';
import { findClaims } from '../evidence/repo/claims/index';
import { judgeClaims } from '../judge/claims';
import type { Config } from '../config/schema';
import type { Diagnostic, Report, StageStatus } from '../model/report';
import type { BuildFile, ReleaseFile, RuntimeFile } from '../model/stages';
import { detectApps } from '../evidence/repo/apps';
import { scanRepository, type Snapshot } from '../evidence/repo/snapshot';
import { headCommit } from '../util/git';
import { buildReport } from '../judge/verdicts';
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
}

export interface AuditResult {
  report: Report;
  snapshot: Snapshot;
}

/** The engine behind every command: scan, run checks, read claims, judge. */
export function audit(input: AuditInput): AuditResult {
  // The audit always runs the content pass: worker threads may share it (large repositories only).
  const snapshot = scanRepository(input.repoRoot, input.config.path, { contentWorkers: true, exclude: insideRepo(input.repoRoot, input.ownPaths ?? []) });
  const facts = input.runtime?.facts;
  const findings = [
    ...runStaticChecks({ snapshot, config: input.config }),
    ...runRuntimeChecks(
      { runtime: facts, build: input.build, release: input.release, config: input.config, snapshot, ...(input.stages ? { stages: input.stages } : {}) },
      input.runtimeAbsentReason ?? 'runtime not run: static-only audit (use `all` or the run stage to verify at runtime)',
    ),
  ];
  const commit = headCommit(input.repoRoot);
  const draft = buildReport({
    repository: { path: input.config.path, ...(commit ? { commit } : {}), ...repoSlugFromEnv() },
    config: input.config,
    findings,
    apps: detectApps(input.repoRoot, snapshot),
    runtime: facts,
    stages: input.stages ?? [{ stage: 'static', status: 'ok' }],
    diagnostics: [...(input.diagnostics ?? []), ...snapshot.diagnostics],
  });
  const claims = judgeClaims(findClaims(snapshot), draft.factors, facts);
  return { report: { ...draft, claims }, snapshot };
}

/** Repository-relative POSIX forms of the paths that lie inside the repository (others need no excluding). */
function insideRepo(repoRoot: string, paths: string[]): string[] {
  return paths
    .map((p) => path.relative(path.resolve(repoRoot), path.resolve(p)))
    .filter((rel) => rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel))
    .map((rel) => rel.split(path.sep).join('/'));
}

function repoSlugFromEnv(): { slug?: string; serverUrl?: string } {
  const slug = process.env.GITHUB_REPOSITORY;
  const server = process.env.GITHUB_SERVER_URL;
  return { ...(slug ? { slug } : {}), ...(server ? { serverUrl: server } : {}) };
}
