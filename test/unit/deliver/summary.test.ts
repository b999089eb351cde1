import { describe, expect, it } from 'vitest';
import { cutToBytes } from '../../../src/deliver/github/summary';

describe('job summary within its byte limit', () => {
  it('leaves text under the limit alone', () => {
    expect(cutToBytes('short', 100, 'report.md')).toBe('short');
  });

  it('cuts by bytes, not characters, on a character boundary, and names where the rest is', () => {
    // 3 bytes a character: 1000 characters are 3000 bytes, far over a 1000-byte limit a character count would pass.
    const text = '漢'.repeat(1000);
    const cut = cutToBytes(text, 1000, 'report.md');
    expect(Buffer.byteLength(cut, 'utf8')).toBeLessThanOrEqual(1000);
    expect(cut).not.toContain('\uFFFD');
    expect(cut).toMatch(/…truncated; see report\.md\n$/);
    expect(cut.startsWith('漢'.repeat(100))).toBe(true);
  });
});
