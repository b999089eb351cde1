/**
 * Config, compose, lock and chart files are a few levels deep; thousands of
 * `{` or `[` cost yaml's recursive parser a stack overflow every time (a
 * 200 KB compose file of them took 2 s). Every YAML read from the repository
 * is checked with this first.
 */
export const MAX_FLOW_DEPTH = 64;

/**
 * Where flow collections (`{`, `[`) nest deeper than `limit`, found in one
 * pass before yaml parses anything. Brackets inside quotes and comments do
 * not count; a quote left open only stops counting, so a real file is never
 * refused for text.
 */
export function flowNestingOver(text: string, limit = MAX_FLOW_DEPTH): { line: number; column: number; message: string } | undefined {
  let depth = 0;
  let quote = '';
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      lineStart = i + 1;
      if (quote === "'") quote = '';
      continue;
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = (end < 0 ? text.length : end) - 1;
    } else if (c === '{' || c === '[') {
      if (++depth > limit) return { line, column: i - lineStart + 1, message: `nested more than ${limit} levels deep` };
    } else if ((c === '}' || c === ']') && depth > 0) depth--;
  }
  return undefined;
}
