import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../src/evidence/repo/paths';
import { SIGNAL_PATTERNS, signalsInText, signalsInTextByLine } from '../../../src/evidence/repo/source-signals';

const LANGS: Language[] = ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'config', 'shell'];

/** A piece of text some pattern of the language matches (\b and lookaround dropped: fast-check has neither). */
function matchingPiece(lang: Language): fc.Arbitrary<string> {
  const pieces = SIGNAL_PATTERNS.filter((p) => p.langs.includes(lang)).map((p) => {
    const source = p.re.source.replace(/\\b/g, '').replace(/\(\?<?[=!][^()]*\)/g, '');
    return fc.stringMatching(new RegExp(source, p.re.flags.replace(/[igy]/g, '')), { maxLength: 120 });
  });
  return fc.oneof(...pieces);
}

/** Lines of matching pieces, comments, blanks and noise, joined by newlines, spaces or nothing. */
function sourceText(lang: Language): fc.Arbitrary<string> {
  const noise = fc.constantFrom('', ' ', '  \t', '// ', '# ', '/* ', '* ', '<!-- ', ';', '\r', 'x = 1', '"', "'", ')', '(', '=', ':', '\\', '$', '{', '}');
  const part = fc.oneof({ weight: 3, arbitrary: matchingPiece(lang) }, { weight: 2, arbitrary: noise }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) });
  const sep = fc.constantFrom('\n', '\n', '\n\n', ' ', '', '\n  ', '\r\n', '\n// ', '\n# ');
  return fc.array(fc.tuple(part, sep), { maxLength: 25 }).map((xs) => xs.map(([a, b]) => a + b).join(''));
}

describe('signalsInText', () => {
  it.each(LANGS)('finds exactly what a line-by-line scan finds (%s)', (lang) => {
    fc.assert(
      fc.property(sourceText(lang), (text) => {
        expect(signalsInText(text, 'f', lang)).toEqual(signalsInTextByLine(text, 'f', lang));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps line numbers, comment and long-line skips of the line-by-line scan', () => {
    const text = `const a = 1;\n// process.env.PORT\n\n${'x'.repeat(2100)} process.env.X\nconst p = process.env.PORT;\r\napp.listen(3000)`;
    const got = signalsInText(text, 'f.js', 'js');
    expect(got).toEqual(signalsInTextByLine(text, 'f.js', 'js'));
    expect(got.map((s) => [s.kind, s.line])).toEqual([
      ['env-read', 5],
      ['port-from-env', 5],
      ['server', 6],
      ['hardcoded-port', 6],
    ]);
  });
});
