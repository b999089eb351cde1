import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgeClaims } from '../../../src/judge/claims';
import { contradictions } from '../../../src/judge/contradictions';
import { repairMojibake } from '../../../src/evidence/repo/claims/mojibake';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { ClaimSchema } from '../../../src/model/report';

const MiB = 1024 * 1024;

function parseBoth(text: string) {
  const out = [
    ...parseClaimDocument('README.md', text, { markdown: true, named: false }),
    ...parseClaimDocument('docs/12factor.txt', text, { markdown: false, named: true }),
  ];
  for (const c of out) ClaimSchema.parse(c);
  return out;
}

/** Inputs shaped to hit the slow paths of line-based Markdown parsing and of the regexes. */
const ADVERSARIAL: Record<string, () => string> = {
  'a megabyte of one claim line': () => `## 12-factor\n${'- ✅ **Config**: environment variables and PORT\n'.repeat(MiB / 48)}`,
  'a megabyte of factor headings': () => '# I. Codebase\n'.repeat(MiB / 14),
  'a mention on every line': () => '12-factor\n- **Logs**: stdout\n'.repeat(MiB / 30),
  'one 5 MiB line': () => `## Twelve-factor\n- ✅ **Logs**: ${'x'.repeat(5 * MiB)}`,
  'long runs of spaces between markup': () => `status${' '.repeat(9_990)}x\n${`# a${' #'.repeat(4_990)}b\n`.repeat(50)}`,
  'runs of one markup character': () => ['*', '[', '(', '|', '#', '-', '_', '`', '>'].map((ch) => `${ch.repeat(9_999)}\n`).join('').repeat(10),
  'a wide table': () => `## 12 factor\n${`|${' Config | ✅ |'.repeat(700)}\n`.repeat(100)}`,
  'lists nested thousands deep': () => Array.from({ length: 20_000 }, (_, i) => `${' '.repeat(i % 4_000)}- Implemented\n${' '.repeat(i % 4_000)}  - **Config**: .env`).join('\n'),
  'binary read as Latin-1': () => Buffer.from(Array.from({ length: MiB }, (_, i) => (i * 7919 + (i >> 8)) % 256)).toString('latin1'),
  'mojibake soup with lost bytes': () => `${'âœ…ğŸ”„â\ufffd‚úÖüîÑ'.repeat(3_000)}\n`.repeat(30),
  'an unclosed fence then claims': () => '```\n## 12-factor\n- ✅ **Config**: env\n'.repeat(10_000),
  'lone surrogates, NUL and bidi overrides': () => `## 12-factor\n- ✅ **Logs**: \ud800\u0000\u202e stdout\r\n- 🔄 **Config** \udfff\n`.repeat(20_000),
};

describe('odd input never throws and stays bounded', () => {
  it.each(Object.keys(ADVERSARIAL))('%s', (name) => {
    const text = ADVERSARIAL[name]!();
    const claims = parseBoth(text);
    expect(claims.length).toBeLessThanOrEqual(24);
    for (const c of claims) {
      expect(c.subClaims.length).toBeLessThanOrEqual(40);
      expect(c.text.length).toBeLessThanOrEqual(300);
      for (const s of c.subClaims) expect(s.text.length).toBeLessThanOrEqual(300);
    }
    const judged = judgeClaims(claims, [], undefined);
    expect(judged.every((c) => c.judgement !== undefined)).toBe(true);
    expect(contradictions(judged)).toEqual([]);
  });

  it('keeps the claims of a document whose other lines are pathological', () => {
    const text = `${'x'.repeat(20_000)}\n## 12-factor\n- ✅ **Logs**: stdout\n${'['.repeat(50_000)}\n`;
    expect(parseBoth(text).filter((c) => c.source.file === 'README.md').map((c) => [c.factor, c.status, c.source.line])).toEqual([['XI', 'claimed', 3]]);
  });

  it('fuzz: claim-like token soup parses to schema-valid claims', () => {
    const token = fc.constantFrom(
      '## ', '### ', '- ', '  - ', '    3) ', '1. ', '| ', ' | ', '**', '[x] ', '[ ] ', '✅ ', '🔄 ', '⏳ ', '❌ ', 'âœ… ', 'ğŸ”„ ',
      'I. ', 'VII. ', 'Factor 9: ', 'Codebase', 'Config', 'Port binding', 'Dev/prod parity', 'Logs', 'Admin processes',
      ': ', ' — ', 'Status: ', 'COMPLETED', 'IN PROGRESS', 'Implemented', 'Planned', '12-factor', 'twelve-factor app',
      'graceful shutdown', 'stdout', 'PORT', 'DATABASE_URL', '.env', 'multi-stage', '```', '\n', '\n\n', '\r\n', '\t', '\u0000', '\ud800', '\ufffd',
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 400 }), (tokens) => {
        const text = tokens.join('');
        const claims = parseBoth(text);
        const judged = judgeClaims(claims, [], undefined);
        contradictions(judged);
        repairMojibake(text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS) || 300 },
    );
  });
});
