import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNonRuntimePath, nonRuntimePathMemo } from '../../../src/scan/paths';

describe('nonRuntimePathMemo', () => {
  it('answers as isNonRuntimePath does, for paths sharing folders in any order', () => {
    const segment = fc.constantFrom('src', 'test', 'Tests', 'docs', 'app', 'src/test', 'vendor', 'lib', 'a_test.go', 'x.spec.ts', 'conftest.py', 'main.py', 'srcx', 'testing', 'test_a.py', 'FooTest.java');
    const rel = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.array(rel, { minLength: 1, maxLength: 30 }), (paths) => {
        const memo = nonRuntimePathMemo();
        for (const p of paths) expect(memo(p)).toBe(isNonRuntimePath(p));
      }),
      { numRuns: 300 },
    );
  });
});
