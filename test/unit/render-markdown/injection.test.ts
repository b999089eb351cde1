import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FACTORS } from '../../../src/model/factors';
import { codeBlock, inlineCode, inlineText, neutraliseMentions } from '../../../src/render/escape';
import { renderMarkdown } from '../../../src/render/markdown';
import { HOSTILE, hostileReport, staticOnlyReport } from './fixtures';
import { OUR_HTML, parseStructure, type Structure } from './structure';

const MENTION = /@[A-Za-z0-9_-]/;
const REFERENCE = /(^|[^\w&])#\d/;
const ALLOWED_LINK = /^https:\/\/github\.com\/(acme\/shop\/blob\/3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567\/|twelve-factor-audit\/twelve-factor-audit\/blob\/main\/docs\/checks\.md)/;

function assertInert(s: Structure, expectedDetails: number): void {
  expect(s.detailsOpen).toBe(expectedDetails);
  expect(s.detailsClose).toBe(expectedDetails);
  expect(s.tableRows).toBe(13);
  const foreignHtml = s.html.filter((h) => !OUR_HTML.test(h));
  expect(foreignHtml).toEqual([]);
  expect(s.images).toBe(0);
  expect(s.links.filter((l) => !ALLOWED_LINK.test(l))).toEqual([]);
  expect(s.text.filter((t) => MENTION.test(t))).toEqual([]);
  expect(s.text.filter((t) => REFERENCE.test(t))).toEqual([]);
  // our headings only: the headline, claims, lifecycle, details
  for (const h of s.headings) expect(h).toMatch(/^(. )?12-Factor audit|^❗ Claims contradicted|^Container lifecycle$|^Details$|^Against the base branch/);
}

describe('untrusted text is inert in the Markdown report', () => {
  it('survives logs, file names, README text and branch names full of Markdown, HTML, mentions and workflow commands', () => {
    const md = renderMarkdown(hostileReport(), { commentKey: 'default' });
    const s = parseStructure(md);
    // 12 factors + the diagnostics block is absent (no diagnostics in the fixture)
    // 12 factors + every claim read, collapsed
    assertInert(s, 13);
    // the hostile text is still there for a person to read, only defused
    expect(md).toContain('onerror');
    expect(s.codeBlocks.some((b) => b.info === 'text' && b.literal.includes('::add-mask::secret'))).toBe(true);
    expect(s.codeBlocks.some((b) => b.info === 'text' && b.literal.includes('</details>'))).toBe(true);
    // the mermaid block keeps only a safe alphabet even when the stop signal is hostile
    const mermaid = s.codeBlocks.find((b) => b.info === 'mermaid');
    for (const line of (mermaid?.literal ?? 'missing').trimEnd().split('\n')) {
      expect(line).toMatch(/^flowchart LR$|^ {2}(\w+\["[^"<>]*(<br\/>[^"<>]*)?"\]:::\w+|\w+ -->(\|[\w ?.]+\|)? \w+|classDef \w+ [\w:#,]+)$/);
    }
    // bidi overrides and bells never reach the output
    expect(md).not.toMatch(/[\u202e\u0007]/);
  });

  it('keeps the structure for arbitrary hostile strings (property)', () => {
    const pieces = fc.constantFrom(...HOSTILE, '`', '``', '```', '|', '\n', '<', '>', '@', '#1', '&', '*', '_', '[', ']', '(', ')', '\\', '</details>', '<!--', '-->', ' ', 'a');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.array(pieces, { maxLength: 10 }), (msgParts, fileParts) => {
        const r = staticOnlyReport();
        const msg = msgParts.join('');
        const file = fileParts.join('') || 'f';
        for (const f of r.factors) {
          for (const finding of f.findings) {
            finding.message = msg;
            finding.details = [msg, file];
            finding.evidence = finding.evidence.map((e) => (e.kind === 'file' ? { ...e, file } : e));
          }
        }
        const s = parseStructure(renderMarkdown(r, { commentKey: 'k' }));
        // twelve factors and the advice block
        assertInert(s, FACTORS.length + 1);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

describe('escape helpers', () => {
  it('fences code blocks longer than any backtick run', () => {
    const block = codeBlock('a ```` b\n`````\nc', 'text');
    expect(block.startsWith('``````text\n')).toBe(true);
    expect(block.endsWith('\n``````')).toBe(true);
    expect(codeBlock('plain')).toBe('```\nplain\n```');
  });

  it('fences inline code longer than any backtick run and pads edge backticks', () => {
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a|b', { inTable: true })).toBe('`a\\|b`');
  });

  it('breaks mentions and references but keeps their text', () => {
    const out = neutraliseMentions('@alice @org/team #12 GH-7 mail@x.com');
    expect(out).not.toMatch(MENTION);
    expect(out.replace(/\u200d/g, '')).toBe('@alice @org/team #12 GH-7 mail@x.com');
  });

  it('inline text escapes HTML and Markdown and folds newlines', () => {
    expect(inlineText('<b>*x*</b>\n[a](b) | c & d')).toBe('&lt;b&gt;\\*x\\*&lt;/b&gt; \\[a\\](b) \\| c &amp; d');
    expect(inlineText('x'.repeat(500), 10)).toHaveLength(10);
  });
});
