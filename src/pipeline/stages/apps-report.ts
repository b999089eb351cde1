import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { App, Report } from '../../model/report';
import type { Verdict } from '../../model/verdict';
import { finalise } from '../../judge/finalise';
import { overallVerdict, summarise } from '../../judge/verdicts';
import { readStageFileIfPresent, STAGE_FILE_NAMES } from './files';

const STAGE_FILES = Object.values(STAGE_FILE_NAMES);
const hasStageFile = (dir: string) => STAGE_FILES.some((f) => existsSync(path.join(dir, f)));

/**
 * A monorepo's artifacts directory holds one folder of stage files per app
 * (`<artifacts>/<app-id>/build.json` …). Returns those folders, or undefined
 * when the directory is a single app's (stage files at its top).
 */
export function appArtifactDirs(dir: string): string[] | undefined {
  if (!existsSync(dir) || hasStageFile(dir)) return undefined;
  const dirs = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => path.join(dir, e.name))
    .filter(hasStageFile)
    .sort();
  return dirs.length > 0 ? dirs : undefined;
}

/** The audited path an app folder's stage files were made for: static.json knows it, else the folder name. */
export function appPathOf(appDir: string): string {
  try {
    const s = readStageFileIfPresent(appDir, 'static');
    if (s) return s.repository.path;
  } catch {
    // An unreadable static.json is reported by the app's own report; the name still identifies it.
  }
  return path.basename(appDir);
}

/** Not verified outranks pass here: one app's unverified factor must not hide behind another app's pass. */
const MERGE_RANK: Record<Verdict, number> = { skip: 0, 'n/a': 1, pass: 2, 'not-verified': 3, warn: 4, error: 5, fail: 6 };

/**
 * One report over several apps: every finding, stage and diagnostic is
 * prefixed with its app's path, and each factor takes the worst verdict
 * across apps. A single app's report is returned unchanged.
 */
export function mergeAppReports(parts: { path: string; report: Report }[]): Report {
  if (parts.length === 1) return parts[0]!.report;
  const { runtime: _oneAppsRuntime, ...first } = parts[0]!.report;
  const factors = first.factors.map((factor, i) => {
    const perApp = parts.map((p) => p.report.factors[i]!);
    const verdict = perApp.map((f) => f.verdict).reduce<Verdict>((a, b) => (MERGE_RANK[b] > MERGE_RANK[a] ? b : a), 'skip');
    const decider = perApp.findIndex((f) => f.verdict === verdict);
    const { lead: _lead, ...rest } = factor;
    return {
      ...rest,
      verdict,
      reason: decider >= 0 ? `${parts[decider]!.path}: ${perApp[decider]!.reason}` : factor.reason,
      findings: parts.flatMap((p, j) => perApp[j]!.findings.map((f) => ({ ...f, message: `${p.path}: ${f.message}` }))),
      advice: parts.flatMap((p, j) => (perApp[j]!.advice ?? []).map((f) => ({ ...f, message: `${p.path}: ${f.message}` }))),
    };
  });
  const summary = summarise(factors);
  const apps: App[] = parts.map((p) => {
    const own = p.report.apps.find((a) => a.audited);
    return {
      path: p.path,
      kind: own?.kind ?? 'app',
      ecosystems: own?.ecosystems ?? [],
      processTypes: own?.processTypes ?? [],
      audited: true,
      verdict: p.report.verdict,
      factors: p.report.factors.map((f) => ({ id: f.id, verdict: f.verdict })),
    };
  });
  return finalise({
    ...first,
    repository: { ...first.repository, path: '.' },
    verdict: overallVerdict(factors.map((f) => f.verdict)),
    summary,
    factors,
    claims: parts.flatMap((p) => p.report.claims),
    apps,
    stages: parts.flatMap((p) => p.report.stages.map((s) => ({ ...s, reason: `${p.path}: ${s.reason ?? s.status}` }))),
    ignored: parts.flatMap((p) => p.report.ignored),
    diagnostics: parts.flatMap((p) => p.report.diagnostics.map((d) => ({ ...d, message: `${p.path}: ${d.message}` }))),
  }, first.gate?.failOn ?? 'fail');
}
