import path from 'node:path';
import type { Report } from '../../model/report';
import { renderJson } from '../../render/json';
import { renderMarkdown } from '../../render/markdown';
import { renderSarif } from '../../render/sarif';
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
