import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/checks/index';
import { generatedFiles } from '../../../src/docs/generate';
import { FACTOR_SLUGS } from '../../../src/model/factors';

const root = path.resolve(import.meta.dirname, '../../..');

describe('check catalogue', () => {
  it('has a complete, unique entry for every check', () => {
    expect(CATALOGUE.length).toBeGreaterThan(0);
    const ids = new Set<string>();
    for (const e of CATALOGUE) {
      expect(e.id, 'id shape').toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(ids.has(e.id), `duplicate id ${e.id}`).toBe(false);
      ids.add(e.id);
      expect(FACTOR_SLUGS).toContain(e.factor);
      expect(e.id.startsWith(`${e.factor}/`), `${e.id} belongs to ${e.factor}`).toBe(true);
      expect(e.title.trim().length, `${e.id} title`).toBeGreaterThan(3);
      expect(e.rationale.trim().length, `${e.id} lacks a rationale`).toBeGreaterThan(20);
      expect(e.remediation.trim().length, `${e.id} lacks a remediation`).toBeGreaterThan(20);
    }
  });
});

describe('generated files', () => {
  // docs/checks.md and the JSON schemas are generated; a stale copy fails here.
  for (const [file, expected] of Object.entries(generatedFiles())) {
    it(`${file} is current (run \`npm run docs\`)`, () => {
      expect(readFileSync(path.join(root, file), 'utf8')).toBe(expected);
    });
  }

  it('documents every check in docs/checks.md', () => {
    const md = readFileSync(path.join(root, 'docs/checks.md'), 'utf8');
    for (const e of CATALOGUE) expect(md).toContain(`### \`${e.id}\``);
  });
});
