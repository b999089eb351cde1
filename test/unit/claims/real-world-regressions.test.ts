import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';

/**
 * Claim extraction that went wrong on public twelve-factor READMEs, rebuilt
 * in fixtures written in their own words.
 */
const FIXTURES = path.resolve(__dirname, '../../fixtures/claims');

function statuses(file: string): Record<string, string> {
  const text = readFileSync(path.join(FIXTURES, file), 'utf8');
  return Object.fromEntries(parseClaimDocument(`README.md`, text, { markdown: true, named: false }).map((c) => [c.factor, c.status]));
}

const ALL = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

describe('real-world regressions: claims', () => {
  it('a repository slug containing "twelve-factor" in a table row is not a mention that hides the header "Where this service does it"', () => {
    // The row naming `owner/twelve-factor-…` became the nearest mention, so the header row saying "this service" was out of the context and every row read as a description.
    expect(statuses('table-repo-slug.md')).toEqual(Object.fromEntries(ALL.map((f) => [f, 'claimed'])));
  });
});
