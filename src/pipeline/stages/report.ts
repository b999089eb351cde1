import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { judgeClaims } from '../../judge/claims';
import type { Config } from '../../config/schema';
import type { Diagnostic, Report, StageStatus } from '../../model/report';
import type { StaticFile } from '../../model/stages';
import type { AppModel } from '../../evidence/repo/app-model';
import { finalise } from '../../judge/finalise';
import { audit } from '../audit';
import { buildReport } from '../../judge/verdicts';
import { runRuntimeChecks } from '../run-checks';
import type { StageContext } from './context';
import { readStageFileIfPresent, STAGE_FILE_NAMES } from './files';
import { type LoadedStages, loadStages } from './stage-status';
import { configOfStaticFile } from './static';

export interface ReportStageResult {
  report: Report;
  /** The config the report was judged with: the repository's, or static.json's when the repository is absent. */
  config: Config;
  /** The resolved app, when the repository was at hand (so static.json can be written for later re-judging). */
  app?: AppModel;
}

/**
 * Merges static results with whatever stage files exist. With the
 * repository at hand the static half is scanned afresh; a report job that
 * never checks out the code (it holds a write token) uses static.json
 * instead. Stages that failed or never ran are listed with why, and the
 * factors they would have verified stay `not-verified`.
 */
export function reportStage(ctx: StageContext): ReportStageResult {
  const loaded = loadStages(ctx.artifactsDir);
  if (!repositoryPresent(ctx.repoRoot, ctx.config.path)) {
    let staticFile: StaticFile | undefined;
    try {
      staticFile = readStageFileIfPresent(ctx.artifactsDir, 'static');
    } catch (e) {
      return judgeWithoutStatic(ctx, loaded, { stage: 'static', status: 'failed', reason: (e as Error).message });
    }
    if (staticFile) return judgeFromStaticFile(staticFile, loaded, ctx.artifactsDir);
    return judgeWithoutStatic(ctx, loaded, {
      stage: 'static',
      status: 'absent',
      reason: `the audited path "${ctx.config.path}" is not checked out here and ${STAGE_FILE_NAMES.static} is not in the artifacts: run the audit command in a job that has the repository`,
    });
  }
  const { report, app } = audit({
    repoRoot: ctx.repoRoot,
    config: ctx.config,
    ...(ctx.repository ? { repository: ctx.repository } : {}),
    diagnostics: loaded.diagnostics,
    ...stageFilesOf(loaded),
    stages: [{ stage: 'static', status: 'ok' }, ...loaded.stages],
    ...(loaded.runtimeAbsentReason ? { runtimeAbsentReason: loaded.runtimeAbsentReason } : {}),
    ownPaths: ownPathsOf(ctx),
  });
  return { report, config: ctx.config, app };
}

/** The auditor's own files in the repository: its config and its artifacts directory. */
export function ownPathsOf(ctx: Pick<StageContext, 'artifactsDir' | 'configFile'>): string[] {
  return [ctx.artifactsDir, ...(ctx.configFile ? [ctx.configFile] : [])];
}

function stageFilesOf(loaded: LoadedStages) {
  return {
    ...(loaded.build ? { build: loaded.build } : {}),
    ...(loaded.release ? { release: loaded.release } : {}),
    ...(loaded.runtime ? { runtime: loaded.runtime } : {}),
  };
}

/** Anything besides our own artifacts under the audited path means the repository is checked out. */
export function repositoryPresent(repoRoot: string, appPath: string): boolean {
  const dir = path.resolve(repoRoot, appPath);
  if (!existsSync(dir)) return false;
  try {
    return readdirSync(dir).some((name) => name !== '.twelve-factor' && name !== '.git');
  } catch {
    return false;
  }
}

function judgeFromStaticFile(file: StaticFile, loaded: LoadedStages, dir: string): ReportStageResult {
  const config = configOfStaticFile(file, dir);
  const facts = loaded.runtime?.facts;
  const findings = [
    ...file.findings,
    ...runRuntimeChecks(
      {
        runtime: facts,
        build: loaded.build,
        release: loaded.release,
        config,
        stages: loaded.stages,
        ...(file.app ? { app: file.app } : {}),
        ...(file.repository.commit ? { commit: file.repository.commit } : {}),
      },
      loaded.runtimeAbsentReason ?? 'runtime not run',
    ),
  ];
  const draft = buildReport({
    repository: file.repository,
    config,
    findings,
    apps: file.apps,
    runtime: facts,
    stages: [{ stage: 'static', status: 'ok' }, ...loaded.stages],
    diagnostics: [...file.diagnostics, ...loaded.diagnostics],
  });
  // The policy the static half was judged under travels with it: a report job without a checkout cannot read the base branch.
  return { report: finalise({ ...draft, claims: judgeClaims(file.claims, draft.factors, facts), ...(file.policy ? { policy: file.policy } : {}) }, config['fail-on']), config };
}

/** No static half at all: runtime results only, and the report says why static checks are missing. */
function judgeWithoutStatic(ctx: StageContext, loaded: LoadedStages, staticStatus: StageStatus): ReportStageResult {
  const facts = loaded.runtime?.facts;
  const diagnostic: Diagnostic = { severity: 'error', message: `static checks not run: ${staticStatus.reason}` };
  const report = buildReport({
    repository: { path: ctx.config.path },
    config: ctx.config,
    findings: runRuntimeChecks(
      { runtime: facts, build: loaded.build, release: loaded.release, config: ctx.config, stages: loaded.stages },
      loaded.runtimeAbsentReason ?? 'runtime not run',
    ),
    runtime: facts,
    stages: [staticStatus, ...loaded.stages],
    diagnostics: [diagnostic, ...loaded.diagnostics],
  });
  return { report, config: ctx.config };
}
