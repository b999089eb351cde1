import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../src/evidence/repo/secrets/rules';
import { scanSecrets } from '../../src/evidence/repo/secrets/scan';
import { cpuNow, HANG_FACTOR } from '../support/adversarial-fuzz';
import { recordFigure } from '../support/adversarial-figures';

// ReDoS: each secret rule on 100 KB of text built to make a backtracking
// engine work hardest for it: its keywords followed by long runs of the
// characters its quantifiers accept, near-misses that fail at the last
// character, thousands of matches on one line, and no newline anywhere.

const SIZE = 100 * 1024;
const BUDGET_MS = 50;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

function adversarialTexts(keywords: string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const runs = ['a', 'A', '0', ' ', '\t', '=', ':', '"', "'", '/', '+', '-', '_', '.', '@', 'aA0', 'a=', 'a:"', '%'];
  for (const k of keywords.slice(0, 4)) {
    const K = k.toUpperCase();
    for (const r of runs) {
      out.push([`${k}+${JSON.stringify(r)}*`, (k + fill(r)).slice(0, SIZE)]);
      out.push([`(${k}${JSON.stringify(r)})*`, fill(k + r)]);
    }
    out.push([`${K} repeated`, fill(K)]);
    out.push([`${k}_secret_key = "… near miss`, fill(`${k}_secret_access_key = "${'A1b2'.repeat(9)}! `)]);
    out.push([`${k}://user:pass near miss`, fill(`${k}://u:${'p'.repeat(127)}`)]);
  }
  out.push(['-----BEGIN x PRIVATE KEY----- repeated', fill('-----BEGIN RSA PRIVATE KEY-----')]);
  out.push(['postgres://:… no @', fill(`postgres://${'a'.repeat(64)}:${'b'.repeat(130)}`)]);
  out.push(['password="…" unterminated', fill(`password${'_'.repeat(24)}" = "${'Aa1'.repeat(50)}`)]);
  return out;
}

describe('secret rules resist ReDoS', () => {
  for (const rule of SECRET_RULES) {
    it(`${rule.id}: under ${BUDGET_MS} ms on each 100 KB adversarial text`, () => {
      const texts = adversarialTexts(rule.keywords);
      let worst = 0;
      let worstName = '';
      let hangs = 0;
      for (const [name, text] of texts) {
        let best = Number.POSITIVE_INFINITY;
        // Fastest of three: the runner is shared, a super-linear rule is slow every time.
        for (let i = 0; i < 3 && best > BUDGET_MS; i++) {
          const t0 = cpuNow();
          scanSecrets(text, 'adversarial.txt', [rule]);
          best = Math.min(best, cpuNow() - t0);
        }
        if (best > BUDGET_MS) hangs++;
        if (best > worst) {
          worst = best;
          worstName = name;
        }
      }
      recordFigure({ klass: 'redos', case: rule.id, inputs: texts.length, crashes: 0, hangs, leaks: 0, maxMs: worst, note: `slowest: ${worstName}` });
      // Recorded against 50 ms; inside the whole suite only a clear hang fails (see HANG_FACTOR).
      expect(worst, `slowest input: ${worstName}`).toBeLessThan(BUDGET_MS * HANG_FACTOR);
    });
  }
});
