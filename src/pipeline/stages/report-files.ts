import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Report } from '../../model/report';
import { renderJson } from '../../render/json';
import { renderMarkdown } from '../../render/markdown';
import { renderSarif } from '../../render/sarif';
import { compareWithBaseline, parseReport } from '../../judge/baseline';
import { REPORT_FILES, writeTextAtomic } from './files';

export interface ReportFiles {
  json: string;
  markdown: string;
  sarif: string;
}

/** report.json, report.md and report.sarif side by side in the artifacts directory. */
export function writeReportFiles(report: Report, dir: string): ReportFiles {
  return {
    json: writeTextAtomic(path.join(dir, REPORT_FILES.json), renderJson(report)),
    markdown: writeTextAtomic(path.join(dir, REPORT_FILES.markdown), renderMarkdown(report)),
    sarif: writeTextAtomic(path.join(dir, REPORT_FILES.sarif), renderSarif(report)),
  };
}

const MAX_BASELINE_BYTES = 32 * 1024 * 1024;

/**
 * Adds regressions and fixes against a base report. A missing or invalid
 * base report is a warning in the report, never a lost report.
 */
export function withBaseline(report: Report, baselineFile: string | undefined): Report {
  if (!baselineFile) return report;
  try {
    const size = statSync(baselineFile).size;
    if (size > MAX_BASELINE_BYTES) throw new Error(`${baselineFile}: ${size} bytes; the limit is ${MAX_BASELINE_BYTES}`);
    const base = parseReport(readFileSync(baselineFile, 'utf8'), baselineFile);
    return { ...report, baseline: compareWithBaseline(report, base, path.basename(baselineFile)) };
  } catch (e) {
    const message = `baseline not compared: ${(e as Error).message}`;
    return { ...report, diagnostics: [...report.diagnostics, { severity: 'warning', message }] };
  }
}
