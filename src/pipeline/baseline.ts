import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load';
import type { Config } from '../config/schema';
import { compareWithBaseline, parseReport } from '../judge/baseline';
import { finalise } from '../judge/finalise';
import type { Diagnostic, Report } from '../model/report';
import type { FailOn } from '../model/verdict';
import { audit } from './audit';
import { mergeAppReports } from './stages/apps-report';

const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/** What a report is compared with to list regressions and fixes. */
export type BaselineSource =
  /** A report.json someone named (the action's `baseline` input). */
  | { kind: 'file'; path: string }
  /** The base commit's own report, fetched from its workflow run: untrusted text, validated here. */
  | { kind: 'report'; text: string; origin: string; commit: string; notes?: string[] }
  /**
   * The base commit itself, audited statically here with the same config:
   * `checkout` puts its tree into an empty directory under `tempRoot`
   * (outside the audited workspace), which is removed afterwards.
   */
  | { kind: 'commit'; commit: string; checkout: (dest: string) => Promise<void>; tempRoot: string; notes?: string[] };

/** The audited apps of this report: their paths and the config each was judged with. */
export interface AuditedApp {
  path: string;
  config: Config;
}

export interface BaselineContext {
  apps: AuditedApp[];
  failOn: FailOn;
  /** The config file used for the audit, relative to the repository root: never read as the app's, at the base either. */
  configFile?: string;
  progress?: (line: string) => void;
}

/**
 * The report with regressions and fixes against `source`, and the gate
 * decided again (under `fail-on: regression` it depends on them). A base
 * that cannot be had or read is a warning in the report, never a lost
 * report; `regression` then falls back to `fail`.
 */
export async function withBaseline(report: Report, source: BaselineSource | undefined, ctx: BaselineContext): Promise<Report> {
  if (!source) return report;
  const notes: Diagnostic[] = (source.kind === 'file' ? [] : (source.notes ?? [])).map((message) => ({ severity: 'info', message }));
  let next: Report;
  try {
    const { base, label } = await baseReport(source, ctx);
    const baseline = compareWithBaseline(report, base, label, { staticBase: source.kind === 'commit' });
    next = { ...report, baseline, diagnostics: [...report.diagnostics, ...notes] };
  } catch (e) {
    const message = `baseline not compared: ${(e as Error).message}`;
    next = { ...report, diagnostics: [...report.diagnostics, ...notes, { severity: 'warning', message }] };
  }
  return finalise(next, ctx.failOn);
}

async function baseReport(source: BaselineSource, ctx: BaselineContext): Promise<{ base: Report; label: string }> {
  switch (source.kind) {
    case 'file': {
      const size = statSync(source.path).size;
      if (size > MAX_BASELINE_BYTES) throw new Error(`${source.path}: ${size} bytes; the limit is ${MAX_BASELINE_BYTES}`);
      return { base: parseReport(readFileSync(source.path, 'utf8'), source.path), label: path.basename(source.path) };
    }
    case 'report': {
      if (source.text.length > MAX_BASELINE_BYTES) throw new Error(`${source.origin}: report.json is larger than ${MAX_BASELINE_BYTES} bytes`);
      const base = parseReport(source.text, source.origin);
      // The run was of the base commit; a report about another commit was put there by something else.
      if (base.repository.commit && base.repository.commit !== source.commit) {
        throw new Error(`${source.origin}: its report.json is of commit ${base.repository.commit.slice(0, 12)}, not the base commit ${source.commit.slice(0, 12)}`);
      }
      return { base, label: `the base commit ${source.commit.slice(0, 7)} (${source.origin})` };
    }
    case 'commit':
      return { base: await auditCommit(source, ctx), label: `a static audit of the base commit ${source.commit.slice(0, 7)}` };
  }
}

/** The base commit checked out outside the workspace and audited statically, app by app, with this audit's config. */
async function auditCommit(source: Extract<BaselineSource, { kind: 'commit' }>, ctx: BaselineContext): Promise<Report> {
  const dir = mkdtempSync(path.join(source.tempRoot, 'twelve-factor-base-'));
  try {
    ctx.progress?.(`baseline: checking out the base commit ${source.commit.slice(0, 12)} outside the workspace`);
    await source.checkout(dir);
    const ownPaths = (ctx.configFile ? [ctx.configFile] : [...CONFIG_FILE_NAMES]).map((f) => path.join(dir, f));
    const parts = ctx.apps.map((app) => {
      const { report } = audit({ repoRoot: dir, config: { ...app.config, path: app.path }, ownPaths });
      return { path: app.path, report: { ...report, repository: { ...report.repository, commit: source.commit } } };
    });
    return mergeAppReports(parts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
