import { describe, expect, it } from 'vitest';
import { requiredLiterals } from '../../src/evidence/repo/literals';
import type { Language } from '../../src/evidence/repo/paths';
import { SIGNAL_PATTERNS, signalsInText, structuredSignals } from '../../src/evidence/repo/source-signals';
import { cpuNow, HANG_FACTOR } from '../support/adversarial-fuzz';
import { recordFigure } from '../support/adversarial-figures';

// ReDoS for the source-signal patterns: the whole-text pass runs each
// language's patterns over a file's entire text (lines of any length
// included), then the line pass and the multi-line extractors (module-level
// stores, settings classes). Each pattern's own literals, followed by long
// runs of what its quantifiers accept, near-misses, thousands of matches on
// one line and no newline at all must stay linear: 100 KB in under 50 ms.

const SIZE = 100 * 1024;
const BUDGET_MS = 50;
const fill = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const LANGS: Language[] = ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config', 'shell'];
const ALL_RUNS = ['a', 'A', '0', ' ', '\t', '=', ':', '"', "'", '/', '.', '_', '-', '(', ')', '[', ']', '{', ',', ';', '\\', '$', 'a:"', 'a=', 'a.', 'x_'];
// In the suite: the runs that `\w`, `\s`, quotes and separators accept, and each language's first 20 literals (about a
// minute of CPU on a loaded 2-core runner); `npm run fuzz` (FUZZ_STRICT=1) takes every run and up to 60 literals.
const STRICT = process.env.FUZZ_STRICT === '1';
const RUNS = STRICT ? ALL_RUNS : ['a', '0', ' ', '\t', '=', ':', '"', "'", '(', ',', '.', '_'];
const LITERALS = STRICT ? 60 : 20;

/** Literals a text must hold for a language's patterns to run: hints and required literals. */
function literalsOf(lang: Language): string[] {
  const out = new Set<string>();
  for (const p of SIGNAL_PATTERNS.filter((x) => x.langs.includes(lang))) {
    if (p.hint) out.add(p.hint);
    for (const l of requiredLiterals(p.re) ?? []) out.add(l);
  }
  return [...out].filter((l) => l.length > 0).slice(0, LITERALS);
}

function adversarialTexts(lang: Language): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const lits = literalsOf(lang);
  for (const k of lits) {
    for (const r of RUNS) out.push([`${k}+${JSON.stringify(r)}*`, (k + fill(r)).slice(0, SIZE)]);
    out.push([`(${k} ) repeated`, fill(`${k} `)]);
    out.push([`(${k}("x", ) repeated`, fill(`${k}("x", `)]);
  }
  // Several literals on one endless line: patterns that join two of them (`new PDO(` … `password`).
  out.push(['all literals, one line', fill(`${lits.join(' ')} `)]);
  out.push(['all literals, one per line', fill(`${lits.join('\n  ')}\n`)]);
  return out;
}

describe('source-signal patterns resist ReDoS', () => {
  for (const lang of LANGS) {
    it(`${lang}: under ${BUDGET_MS} ms on each 100 KB adversarial text`, () => {
      const texts = adversarialTexts(lang);
      let worst = 0;
      let worstName = '';
      let hangs = 0;
      for (const [name, text] of texts) {
        let best = Number.POSITIVE_INFINITY;
        // Fastest of three: the runner is shared, a super-linear pattern is slow every time.
        for (let i = 0; i < 3 && best > BUDGET_MS; i++) {
          const t0 = cpuNow();
          signalsInText(text, 'adversarial', lang);
          structuredSignals(text, 'adversarial', lang);
          best = Math.min(best, cpuNow() - t0);
        }
        if (best > BUDGET_MS) hangs++;
        if (best > worst) {
          worst = best;
          worstName = name;
        }
      }
      recordFigure({ klass: 'redos', case: `signals ${lang}`, inputs: texts.length, crashes: 0, hangs, leaks: 0, maxMs: worst, note: `slowest: ${worstName}` });
      // Recorded against 50 ms; inside the whole suite only a clear hang fails (see HANG_FACTOR).
      expect(worst, `slowest input: ${worstName}`).toBeLessThan(BUDGET_MS * HANG_FACTOR);
    });
  }
});
