import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../../src/evidence/repo/secrets/rules';
import { keywordsIn } from '../../../src/evidence/repo/secrets/scan';

const KEYWORDS = [...new Set(SECRET_RULES.flatMap((r) => r.keywords))];

describe('keywordsIn', () => {
  it('finds every keyword the lower-cased text holds, overlapping ones included', () => {
    const piece = fc.oneof(
      fc.constantFrom(...KEYWORDS),
      fc.constantFrom(...KEYWORDS).map((k) => k.toUpperCase()),
      fc.constantFrom('_authToken', 'PRIVATE KEY', 'secretkey', 'apikey', 'xoxb', 'Auth', 'kEy', 'a', '_', ' ', '\n', ':', '/'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const lower = text.toLowerCase();
        const expected = KEYWORDS.filter((k) => lower.includes(k)).sort();
        expect([...(keywordsIn(text) ?? [])].sort()).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
