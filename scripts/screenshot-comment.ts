/**
 * Renders a representative report's PR comment to HTML with a little of
 * GitHub's comment styling and screenshots it with headless Chromium, for
 * the README: `npx tsx scripts/screenshot-comment.ts [out.png]`.
 *
 * Markdown goes through markdown-it (CommonMark plus GFM tables, as GitHub
 * renders them). GitHub draws ```mermaid blocks client-side with mermaid.js,
 * which is not available offline, so the lifecycle flowchart is drawn here
 * as a left-to-right SVG from the same Mermaid source.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { renderMarkdown } from '../src/render/markdown';
import { TOOL_NAME, TOOL_VERSION } from '../src/version';
import { contradictionsReport } from '../test/unit/render-markdown/fixtures';

const out = path.resolve(process.argv[2] ?? 'docs/images/pr-comment.png');
const chromium = ['chromium', 'chromium-browser', 'google-chrome'].find((bin) => {
  try {
    execFileSync('which', [bin], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
});
if (!chromium) {
  console.error('No headless Chromium found: apt-get install -y chromium');
  process.exit(2);
}

// A little of GitHub's light theme: enough that the picture reads like a PR comment.
const CSS = `
body { margin: 0; padding: 24px; background: #ffffff; font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif, "Noto Color Emoji"; color: #1f2328; }
.timeline { display: flex; gap: 12px; max-width: 940px; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #ddf4ff; display: flex; align-items: center; justify-content: center; font-size: 22px; flex: none; }
.comment { border: 1px solid #d1d9e0; border-radius: 6px; flex: 1; min-width: 0; }
.comment-header { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; font-size: 14px; color: #59636e; border-radius: 6px 6px 0 0; }
.comment-header b { color: #1f2328; }
.label { border: 1px solid #d1d9e0; border-radius: 2em; padding: 0 7px; font-size: 12px; }
.markdown-body { padding: 16px; font-size: 14px; line-height: 1.5; }
.markdown-body h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 0 0 16px; font-weight: 600; }
.markdown-body h3 { font-size: 1.25em; margin: 24px 0 16px; font-weight: 600; }
.markdown-body p, .markdown-body ul, .markdown-body table, .markdown-body details, .markdown-body pre, .markdown-body blockquote { margin: 0 0 16px; }
.markdown-body ul { padding-left: 2em; }
.markdown-body a { color: #0969da; text-decoration: none; }
.markdown-body code { background: rgba(129,139,152,.12); border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.markdown-body pre { background: #f6f8fa; border-radius: 6px; padding: 16px; overflow: auto; font-size: 85%; }
.markdown-body pre code { background: none; padding: 0; font-size: 100%; }
.markdown-body table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
.markdown-body th, .markdown-body td { border: 1px solid #d1d9e0; padding: 6px 13px; }
.markdown-body th { font-weight: 600; }
.markdown-body tr:nth-child(2n) { background: #f6f8fa; }
.markdown-body sub { color: #59636e; }
.markdown-body summary { cursor: pointer; }
.markdown-body blockquote { border-left: .25em solid #0969da; padding: 0 1em; color: #59636e; }
.mermaid { margin: 0 0 16px; padding: 8px; border: 1px solid #d1d9e0; border-radius: 6px; display: block; text-align: center; }
`;

const report = { ...contradictionsReport(), tool: { name: TOOL_NAME, version: TOOL_VERSION } };
const markdown = renderMarkdown(report, { commentKey: 'default', artifactHint: 'https://github.com/acme/shop/actions/runs/1234567890' });

const md = new MarkdownIt({ html: true, linkify: false });
const defaultFence = md.renderer.rules.fence!;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx]!;
  return token.info.trim() === 'mermaid' ? mermaidSvg(token.content) : defaultFence(tokens, idx, options, env, self);
};

const body = md.render(markdown);

const html = `<!doctype html><html><head><meta charset="utf-8"><style>${CSS}</style></head><body>
<div class="timeline">
  <div class="avatar">🤖</div>
  <div class="comment">
    <div class="comment-header"><b>github-actions</b> <span class="label">bot</span> commented 2 minutes ago <span class="edited">• edited</span></div>
    <div class="markdown-body">${body}</div>
  </div>
</div></body></html>`;

const work = mkdtempSync(path.join(tmpdir(), 'tfa-shot-'));
try {
  const page = path.join(work, 'comment.html');
  writeFileSync(page, html);
  mkdirSync(path.dirname(out), { recursive: true });
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      `--user-data-dir=${path.join(work, 'profile')}`,
      `--screenshot=${out}`,
      '--window-size=1000,1600',
      `file://${page}`,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  if (!existsSync(out)) throw new Error(`Chromium wrote no screenshot to ${out}`);
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A left-to-right drawing of our lifecycle flowchart: nodes with classes, edges with millisecond labels. */
function mermaidSvg(source: string): string {
  const nodes: { id: string; label: string[]; cls: string }[] = [];
  const edges: { from: string; to: string; label?: string }[] = [];
  for (const line of source.split('\n')) {
    const n = /^\s+(\w+)\["(.*)"\]:::(\w+)$/.exec(line);
    if (n) nodes.push({ id: n[1]!, label: n[2]!.split('<br/>'), cls: n[3]! });
    const e = /^\s+(\w+) -->(?:\|([^|]*)\|)? (\w+)$/.exec(line);
    if (e) edges.push({ from: e[1]!, to: e[3]!, ...(e[2] ? { label: e[2] } : {}) });
  }
  const colors: Record<string, [string, string]> = {
    ok: ['#dafbe1', '#1a7f37'],
    warn: ['#fff8c5', '#9a6700'],
    bad: ['#ffebe9', '#cf222e'],
    neutral: ['#f6f8fa', '#59636e'],
  };
  // Each node wide enough for its longest line at ~7 px a character.
  const widths = nodes.map((n) => Math.max(96, ...n.label.map((l) => l.length * 7 + 20)));
  const gap = 56;
  const h = 54;
  const y = 24;
  const lefts = widths.map((_, i) => 8 + widths.slice(0, i).reduce((a, b) => a + b + gap, 0));
  const x = (i: number) => lefts[i] ?? 8 + widths.reduce((a, b) => a + b + gap, 0);
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const parts: string[] = [];
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a === undefined || b === undefined) continue;
    const x1 = x(a) + widths[a]!;
    const x2 = x(b);
    parts.push(`<line x1="${x1}" y1="${y + h / 2}" x2="${x2 - 6}" y2="${y + h / 2}" stroke="#59636e" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    if (e.label) parts.push(`<text x="${(x1 + x2) / 2}" y="${y - 6}" font-size="11" text-anchor="middle" fill="#1f2328">${esc(e.label)}</text>`);
  }
  nodes.forEach((n, i) => {
    const [fill, stroke] = colors[n.cls] ?? colors.neutral!;
    const w = widths[i]!;
    parts.push(`<rect x="${x(i)}" y="${y}" width="${w}" height="${h}" rx="6" fill="${fill}" stroke="${stroke}"/>`);
    n.label.forEach((l, k) => {
      const ty = y + h / 2 + (k - (n.label.length - 1) / 2) * 15 + 4;
      parts.push(`<text x="${x(i) + w / 2}" y="${ty}" font-size="12" text-anchor="middle" fill="#1f2328">${esc(l)}</text>`);
    });
  });
  const width = x(nodes.length) - gap + 16;
  return `<div class="mermaid"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${y + h + 12}" width="${width}" style="max-width:100%;height:auto" font-family="-apple-system,Segoe UI,Helvetica,Arial,sans-serif">
<defs><marker id="arrow" markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto"><path d="M0,0 L8,4 L0,8 z" fill="#59636e"/></marker></defs>${parts.join('')}</svg></div>`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

