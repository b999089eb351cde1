import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../../src/evidence/repo/literals';
import { SIGNAL_PATTERNS } from '../../../src/evidence/repo/source-signals';
import { SECRET_RULES } from '../../../src/evidence/repo/secrets/rules';

/** The prefilter's question: could `re` match this text? (false means it cannot). */
function mayMatch(re: RegExp, text: string): boolean {
  const needs = requiredLiterals(re);
  if (!needs) return true;
  const hay = re.ignoreCase ? text.toLowerCase() : text;
  return needs.some((n) => hay.includes(n));
}

/**
 * Texts that contain a match of `re`: generated from its source (fast-check
 * has neither \b, lookaround nor the i flag: they are dropped and case is
 * flipped at random afterwards), then kept only when `re` really matches them.
 */
function matchingTexts(re: RegExp): fc.Arbitrary<string> {
  const source = re.source.replace(/\\b/g, '').replace(/\(\?<?[=!][^()]*\)/g, '');
  const plain = new RegExp(source, re.flags.replace(/[igy]/g, ''));
  const base = fc.stringMatching(plain, { maxLength: 400 });
  const cased = re.ignoreCase
    ? fc.tuple(base, fc.array(fc.boolean(), { minLength: 400, maxLength: 400 })).map(([s, flips]) => [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join(''))
    : base;
  const probe = new RegExp(re.source, re.flags.replace(/[gy]/g, ''));
  return cased.filter((s) => probe.test(s));
}

describe('requiredLiterals', () => {
  it('takes a literal from every alternative, the longest run of each', () => {
    expect(requiredLiterals(/\bprocess\.env\b|\bimport\.meta\.env\b/)).toEqual(['process.env', 'import.meta.env']);
    expect(requiredLiterals(/a?bcd\s+ef/)).toEqual(['bcd']);
    expect(requiredLiterals(/\b\w{0,30}(?:password|passwd|db_?pass|secret_?key)\s*=/i)).toEqual(['password', 'passwd', 'pass', 'secret']);
  });

  it('lower-cases the literals of a case-insensitive pattern', () => {
    expect(requiredLiterals(/AKIA[0-9]{4}|Bearer /i)).toEqual(['akia', 'bearer ']);
  });

  it('gives up (undefined) when an alternative has no literal: optional parts, classes, lookaround do not count', () => {
    expect(requiredLiterals(/abc|\d+/)).toBeUndefined();
    expect(requiredLiterals(/(?:abc)?[x-z]+/)).toBeUndefined();
    expect(requiredLiterals(/x(?=abcdef)/)).toBeUndefined();
    expect(requiredLiterals(/(?:abc|d)e/)).toBeUndefined();
    expect(requiredLiterals(/caf\u00e9s/)).toEqual(['caf']);
    expect(requiredLiterals(/\x41bc\cJde\k<n>fg(?<n>hij)?/)).toEqual(['bc']);
    expect(requiredLiterals(/abc/u)).toBeUndefined();
  });

  it('counts a quantified atom once when it must occur, and not at all when it may not', () => {
    expect(requiredLiterals(/ab+cd/)).toEqual(['ab']);
    expect(requiredLiterals(/xy{2,3}zz/)).toEqual(['xy']);
    expect(requiredLiterals(/xy{0,3}zzz/)).toEqual(['zzz']);
    expect(requiredLiterals(/(?:foo|bar)+baz/)).toEqual(['foo', 'bar']);
  });

  const patterns: Array<[string, RegExp]> = [
    ...SIGNAL_PATTERNS.map((p, i): [string, RegExp] => [`signal ${i} (${p.kind} ${p.langs.join(',')})`, p.re]),
    ...SECRET_RULES.map((r): [string, RegExp] => [`secret ${r.id}`, r.pattern]),
  ];
  it.each(patterns)('never rules out a text that %s matches', (_name, re) => {
    fc.assert(
      fc.property(matchingTexts(re), fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (match, before, after) => {
        expect(mayMatch(re, `${before}\n${match}\n${after}`)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
