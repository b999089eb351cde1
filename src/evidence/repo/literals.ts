/**
 * Required literals of a regular expression: strings at least one of which
 * every match contains. A text holding none of them cannot match, so a few
 * `includes` calls rule a pattern out before its regex runs over the text
 * (ripgrep's literal prefilter, for the plain patterns this project writes).
 *
 * The parse is conservative: anything it does not model (classes, escapes
 * like \b or \d, lookaround, back-references) counts as "any text", which
 * can only make the answer weaker (undefined), never wrong.
 */

type Term = { kind: 'char'; ch: string; min: number } | { kind: 'group'; alts: Term[][]; min: number } | { kind: 'other' };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** alternatives ('|'-separated sequences) up to the end or a closing parenthesis. */
  alternatives(): Term[][] {
    const alts: Term[][] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Term[] {
    const seq: Term[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === undefined) seq.push(atom);
      else if (atom.kind === 'other') seq.push(atom);
      // A quantified atom is required min times: at least once or not at all. Either way it ends a literal run.
      else seq.push({ ...atom, min: min === 0 ? 0 : 1 }, { kind: 'other' });
    }
    return seq;
  }

  private atom(): Term {
    const c = this.src[this.i]!;
    if (c === '\\') {
      const e = this.src[this.i + 1] ?? '';
      this.i += 2;
      // \. \( \/ \$ … stand for themselves; \b \d \w \n are classes, anchors or control characters,
      // and codes, back-references and names (\u00e9 \x41 \cJ \12 \k<n>) span the characters after them.
      if (!/[A-Za-z0-9]/.test(e) && e !== '') return { kind: 'char', ch: e, min: 1 };
      const rest = this.src.slice(this.i);
      const span =
        e === 'u' ? /^[0-9A-Fa-f]{4}/.exec(rest) : e === 'x' ? /^[0-9A-Fa-f]{2}/.exec(rest) : e === 'c' ? /^[A-Za-z]/.exec(rest) : e === 'k' ? /^<[^>]*>/.exec(rest) : /[0-9]/.test(e) ? /^[0-9]*/.exec(rest) : null;
      if (span) this.i += span[0].length;
      return { kind: 'other' };
    }
    if (c === '[') {
      this.i++;
      while (this.i < this.src.length && this.src[this.i] !== ']') this.i += this.src[this.i] === '\\' ? 2 : 1;
      this.i++;
      return { kind: 'other' };
    }
    if (c === '(') {
      this.i++;
      let lookaround = false;
      if (this.src[this.i] === '?') {
        const next = this.src[this.i + 1];
        if (next === ':') this.i += 2;
        else if (next === '<' && /[A-Za-z_$]/.test(this.src[this.i + 2] ?? '')) this.i = this.src.indexOf('>', this.i) + 1;
        else {
          lookaround = true;
          this.i += next === '<' ? 3 : 2;
        }
      }
      const alts = this.alternatives();
      this.i++; // ')'
      return lookaround ? { kind: 'other' } : { kind: 'group', alts, min: 1 };
    }
    this.i++;
    if ('.^$*+?{}'.includes(c)) return { kind: 'other' };
    return { kind: 'char', ch: c, min: 1 };
  }

  /** The quantifier's minimum (undefined when none follows). */
  private quantifier(): number | undefined {
    const c = this.src[this.i];
    let min: number | undefined;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      this.i += m[0].length - 1;
      min = Number(m[1]);
    } else return undefined;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return min;
  }
}

/** One string of the set must occur; the set is only as strong as its shortest member. */
function strength(set: string[]): number {
  return Math.min(...set.map((s) => s.length));
}

function requiredOfSequence(seq: Term[], min: number): string[] | undefined {
  let best: string[] | undefined;
  const consider = (set: string[] | undefined) => {
    if (set && strength(set) >= min && (!best || strength(set) > strength(best))) best = set;
  };
  let run = '';
  for (const t of seq) {
    if (t.kind === 'char' && t.min > 0) {
      run += t.ch;
      continue;
    }
    consider(run ? [run] : undefined);
    run = '';
    if (t.kind === 'group' && t.min > 0) consider(requiredOfAlternatives(t.alts, min));
  }
  consider(run ? [run] : undefined);
  return best;
}

function requiredOfAlternatives(alts: Term[][], min: number): string[] | undefined {
  const out = new Set<string>();
  for (const seq of alts) {
    const r = requiredOfSequence(seq, min);
    if (!r) return undefined;
    for (const s of r) out.add(s);
  }
  return [...out];
}

/**
 * Literals (of `min` characters or more) of which every match of `re` contains
 * one; lower-cased for case-insensitive patterns (test them against the
 * lower-cased text). Undefined when no such set exists or the pattern is
 * outside what the parse models (the `u` and `v` flags).
 */
export function requiredLiterals(re: RegExp, min = 2): string[] | undefined {
  if (re.unicode || re.flags.includes('v')) return undefined;
  const parser = new Parser(re.source);
  const set = requiredOfAlternatives(parser.alternatives(), min);
  // Non-ASCII literals would need Unicode case folding to compare: not worth modelling.
  if (!set || set.some((s) => /[^\x20-\x7e]/.test(s))) return undefined;
  return re.ignoreCase ? [...new Set(set.map((s) => s.toLowerCase()))] : set;
}
