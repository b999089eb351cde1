import type { Report } from '../../model/report';
import type { Outcome } from '../../model/verdict';
import { catalogueEntry } from '../../checks/index';
import { stripControls, truncateText } from '../../render/escape';

/** One finding at one file line, the unit both toolkit and check-run annotations are made of. */
export interface LineAnnotation {
  level: 'failure' | 'warning' | 'notice';
  file: string;
  startLine: number;
  endLine: number;
  title: string;
  message: string;
}

const LEVEL: Partial<Record<Outcome, LineAnnotation['level']>> = { fail: 'failure', warn: 'warning', error: 'notice' };
const ORDER = { failure: 0, warning: 1, notice: 2 };

/**
 * Findings that point at a file become annotations, worst first. Paths are
 * repository-relative already; the audited app's path is not prepended
 * because evidence paths are relative to the repository root.
 */
export function lineAnnotations(report: Report): LineAnnotation[] {
  const out: LineAnnotation[] = [];
  for (const factor of report.factors) {
    for (const f of factor.findings) {
      const level = LEVEL[f.outcome];
      if (!level) continue;
      for (const e of f.evidence) {
        if (e.kind !== 'file' || !isSafePath(e.file)) continue;
        const start = e.line ?? 1;
        out.push({
          level,
          file: e.file,
          startLine: start,
          endLine: e.endLine && e.endLine >= start ? e.endLine : start,
          title: truncateText(`${f.check}: ${catalogueEntry(f.check)?.title ?? factor.title}`, 200),
          message: truncateText(stripControls(f.message), 4000),
        });
        break; // one annotation per finding: its first file
      }
    }
  }
  return out.sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}

function isSafePath(file: string): boolean {
  return file.length > 0 && file.length < 1024 && !file.startsWith('/') && !file.split('/').includes('..');
}

/** The subset of @actions/core used for annotations, injectable for tests. */
export interface Annotator {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
  notice(message: string, props: AnnotationProps): void;
}
export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

/** Default cap: GitHub shows at most 10 error and 10 warning annotations per step. */
export const TOOLKIT_ANNOTATION_CAP = 10;

/**
 * A few annotations on the exact lines through the toolkit. @actions/core
 * escapes `%`, CR, LF, `:` and `,` in data and properties, so an untrusted
 * file name or message cannot end the command early.
 */
export function emitToolkitAnnotations(annotations: LineAnnotation[], annotator: Annotator, cap = TOOLKIT_ANNOTATION_CAP): number {
  const chosen = annotations.slice(0, cap);
  for (const a of chosen) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'failure') annotator.error(a.message, props);
    else if (a.level === 'warning') annotator.warning(a.message, props);
    else annotator.notice(a.message, props);
  }
  return chosen.length;
}
