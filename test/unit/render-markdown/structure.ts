import { Parser } from 'commonmark';
import MarkdownIt from 'markdown-it';

/** What a rendered report looks like to a CommonMark parser (plus GFM tables via markdown-it). */
export interface Structure {
  detailsOpen: number;
  detailsClose: number;
  headings: string[];
  /** Raw HTML the parser saw, block and inline. */
  html: string[];
  /** Text outside code, as GitHub would scan it for mentions and references. */
  text: string[];
  links: string[];
  images: number;
  codeBlocks: { info: string; literal: string }[];
  tableRows: number;
}

export function parseStructure(markdown: string): Structure {
  const s: Structure = { detailsOpen: 0, detailsClose: 0, headings: [], html: [], text: [], links: [], images: 0, codeBlocks: [], tableRows: 0 };
  const walker = new Parser().parse(markdown).walker();
  let ev = walker.next();
  while (ev) {
    const node = ev.node;
    if (ev.entering) {
      switch (node.type) {
        case 'html_block':
        case 'html_inline': {
          const lit = node.literal ?? '';
          s.html.push(lit);
          s.detailsOpen += (lit.match(/<details[\s>]/g) ?? []).length;
          s.detailsClose += (lit.match(/<\/details>/g) ?? []).length;
          break;
        }
        case 'heading':
          s.headings.push(textOf(node));
          break;
        case 'text':
          s.text.push(node.literal ?? '');
          break;
        case 'link':
          s.links.push(node.destination ?? '');
          break;
        case 'image':
          s.images++;
          break;
        case 'code_block':
          s.codeBlocks.push({ info: node.info ?? '', literal: node.literal ?? '' });
          break;
      }
    }
    ev = walker.next();
  }
  const tokens = new MarkdownIt({ html: true }).parse(markdown, {});
  s.tableRows = tokens.filter((t) => t.type === 'tr_open').length;
  return s;
}

function textOf(node: import('commonmark').Node): string {
  let out = '';
  const w = node.walker();
  let ev = w.next();
  while (ev) {
    if (ev.entering && (ev.node.type === 'text' || ev.node.type === 'code')) out += ev.node.literal ?? '';
    ev = w.next();
  }
  return out;
}

/** HTML our renderer writes itself; anything else in the HTML list came from untrusted input. */
export const OUR_HTML =
  /^(<!-- twelve-factor-audit:[\w./-]+ -->\n?|<details( open)?><summary>[^<>]*(<b>[^<>]*<\/b>)?[^<>]*<\/summary>\n?|<\/details>\n?|<\/?sub>)$/;
