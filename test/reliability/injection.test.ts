import * as core from '@actions/core';
import { type Node, Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { emitToolkitAnnotations, lineAnnotations } from '../../src/deliver/github/annotations';
import { echoUntrusted } from '../../src/deliver/github/echo';
import type { Report } from '../../src/model/report';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/render/markdown';
import { renderSarif } from '../../src/render/sarif';
import { renderText } from '../../src/render/text';
import { hostileReportArb, PAYLOADS } from '../support/adversarial-report';
import { fuzzBoundary } from '../support/adversarial-fuzz';

// Attacker text (container logs, file names, README text, branch names) in
// every output: it must arrive as text, never as markup, a mention, a link,
// a terminal escape or a workflow command.

const parser = new Parser();

function walk(md: string, visit: (node: Node, inCode: boolean) => void): void {
  const w = parser.parse(md).walker();
  for (let ev = w.next(); ev; ev = w.next()) if (ev.entering) visit(ev.node, ev.node.type === 'code' || ev.node.type === 'code_block');
}

/** A sticky-comment marker anywhere but at the very start of an output came from attacker text: it could claim the comment. */
function markerProblems(out: string): string[] {
  const marker = '<!-- twelve-factor-audit:';
  const own = out.startsWith(marker) ? 1 : 0;
  return out.split(marker).length - 1 > own ? [`a sticky-comment marker from attacker text: ${JSON.stringify(out.slice(out.indexOf(marker, own), out.indexOf(marker, own) + 60))}`] : [];
}

/** Problems with a Markdown document holding attacker text; empty when every payload stayed inert. */
function markdownProblems(md: string): string[] {
  const problems: string[] = [...markerProblems(md)];
  if (md.length > GITHUB_COMMENT_LIMIT) problems.push(`body is ${md.length} characters`);
  let opens = 0;
  let closes = 0;
  walk(md, (node) => {
    const lit = node.literal ?? '';
    if (node.type === 'html_inline' || node.type === 'html_block') {
      if (/INJ|evil|onerror|<script/i.test(lit)) problems.push(`attacker HTML is live: ${JSON.stringify(lit.slice(0, 80))}`);
      opens += (lit.match(/<details/g) ?? []).length;
      closes += (lit.match(/<\/details>/g) ?? []).length;
    }
    // Our own links may carry an attacker file name percent-encoded in their path; an attacker host may not appear.
    if (node.type === 'link' || node.type === 'image') {
      const host = URL.canParse(node.destination ?? '') ? new URL(node.destination ?? '').hostname : '';
      if (/evil/.test(host) || /INJ/.test(node.title ?? '')) problems.push(`attacker link is live: ${node.destination}`);
    }
    if (node.type === 'heading') {
      let t = '';
      const w = node.walker();
      for (let ev = w.next(); ev; ev = w.next()) t += ev.node.literal ?? '';
      if (/INJ/.test(t)) problems.push(`attacker text became a heading: ${JSON.stringify(t.slice(0, 80))}`);
    }
    if (node.type === 'text') {
      // GitHub links mentions, references and bare URLs inside text nodes (not inside code).
      if (/(^|[^\w\u200d])@INJ/.test(lit)) problems.push(`live mention: ${JSON.stringify(lit.slice(0, 80))}`);
      if (/(^|\s)#12345|GH-999/.test(lit)) problems.push(`live reference: ${JSON.stringify(lit.slice(0, 80))}`);
      if (/https?:\/\/evil|www\.evil/.test(lit)) problems.push(`live autolink: ${JSON.stringify(lit.slice(0, 80))}`);
      if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/.test(lit)) problems.push(`control character survives: ${JSON.stringify(lit.slice(0, 80))}`);
    }
  });
  if (opens !== closes) problems.push(`<details> opened ${opens} times, closed ${closes}`);
  return problems;
}

/** A terminal line must not carry escapes, carriage returns or bidi overrides from attacker text. */
function textProblems(out: string): string[] {
  const problems: string[] = [...markerProblems(out)];
  const m = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(out);
  if (m) problems.push(`control character U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')} in terminal output near ${JSON.stringify(out.slice(Math.max(0, m.index - 30), m.index + 30))}`);
  for (const line of out.split('\n')) if (/^\s*(line two|# INJ)/.test(line)) problems.push(`attacker newline started a terminal line: ${JSON.stringify(line.slice(0, 80))}`);
  return problems;
}

function sarifProblems(out: string): string[] {
  const sarif = JSON.parse(out) as { runs: Array<{ results: Array<{ message: { text?: string; markdown?: string }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> };
  const problems: string[] = [...markerProblems(out)];
  for (const r of sarif.runs[0]?.results ?? []) {
    if (r.message.markdown !== undefined) problems.push(...markdownProblems(r.message.markdown));
    for (const l of r.locations ?? []) {
      const uri = l.physicalLocation?.artifactLocation?.uri ?? '';
      if (/^[a-z]+:|^\/|(^|\/)\.\.(\/|$)/i.test(decodeURIComponent(uri))) problems.push(`location escapes the repository: ${uri}`);
    }
  }
  return problems;
}

/** Captures what @actions/core writes to the Actions log. */
function captureStdout(fn: () => void): string {
  const original = process.stdout.write.bind(process.stdout);
  let out = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    fn();
  } finally {
    process.stdout.write = original;
  }
  return out;
}

function annotationProblems(report: Report): string[] {
  const anns = lineAnnotations(report);
  let emitted = 0;
  const log = captureStdout(() => {
    emitted = emitToolkitAnnotations(anns, core, 1000);
  });
  const lines = log.split(/\r?\n/).filter((l) => l !== '');
  const problems: string[] = [];
  // Each annotation is exactly one workflow command: an attacker newline would start a second one.
  if (lines.length !== emitted) problems.push(`${emitted} annotations became ${lines.length} log lines`);
  for (const l of lines) if (!/^::(error|warning|notice)( [^:]*)?::/.test(l)) problems.push(`log line is not one annotation: ${JSON.stringify(l.slice(0, 100))}`);
  return problems;
}

function echoProblems(report: Report): string[] {
  const logLines = [...(report.runtime?.logs.head ?? []), ...(report.runtime?.logs.tail ?? [])].map((l) => l.text);
  const written: string[] = [];
  echoUntrusted([...logLines, ...PAYLOADS], (l) => written.push(l));
  const first = written[0] ?? '';
  const token = /^::stop-commands::(.+)$/.exec(first)?.[1];
  const problems: string[] = [];
  if (!token) return [`echo did not start with ::stop-commands:: (${JSON.stringify(first)})`];
  if (written[written.length - 1] !== `::${token}::`) problems.push('echo did not re-enable commands with its own token at the end');
  for (const l of written.slice(1, -1)) {
    if (l.includes(token)) problems.push('attacker line contains the resume token');
    if (/[\r\n]/.test(l)) problems.push(`echoed line holds a line break: ${JSON.stringify(l.slice(0, 60))}`);
  }
  return problems;
}

const expectNone = (problems: string[]) => {
  if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
};

describe('output injection', () => {
  it('PR comment and job summary (Markdown)', () => {
    fuzzBoundary('markdown comment / job summary', hostileReportArb, (r) => renderMarkdown(r, { commentKey: 'default' }), { klass: 'injection', check: (_r, md) => expectNone(markdownProblems(md)) });
  });

  it('terminal (text renderer)', () => {
    fuzzBoundary('terminal text', hostileReportArb, (r) => renderText(r, { color: false, detail: 5 }), { klass: 'injection', check: (_r, out) => expectNone(textProblems(out)) });
  });

  it('SARIF', () => {
    fuzzBoundary('SARIF', hostileReportArb, (r) => renderSarif(r), { klass: 'injection', check: (_r, out) => expectNone(sarifProblems(out)) });
  });

  it('annotations through the toolkit', () => {
    fuzzBoundary('annotations (workflow commands)', hostileReportArb, (r) => annotationProblems(r), { klass: 'injection', check: (_r, p) => expectNone(p) });
  });

  it('Actions log: container output echoed with workflow commands off', () => {
    fuzzBoundary('Actions log echo', hostileReportArb, (r) => echoProblems(r), { klass: 'injection', check: (_r, p) => expectNone(p) });
  });

  it('the checks themselves can fail: a raw payload is caught', () => {
    expect(markdownProblems('text <img src=x onerror=alert(INJ)> and @INJuser')).toHaveLength(2);
    expect(textProblems('\u001b[31mINJ')).toHaveLength(1);
  });
});
