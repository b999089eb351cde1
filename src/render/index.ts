import type { Report } from '../model/report';
import { renderJson } from './json';
import { renderMarkdown } from './markdown';
import { renderSarif } from './sarif';
import { renderText } from './text';

export const FORMATS = ['text', 'markdown', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

/** Every renderer is a pure function of the report. */
export function render(report: Report, format: Format, opts: { color?: boolean } = {}): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: opts.color ?? false });
    case 'markdown':
      return renderMarkdown(report);
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
  }
}
