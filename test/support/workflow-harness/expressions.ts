/**
 * The subset of GitHub's expression language the project's workflows use:
 * contexts with dotted and indexed access (names may hold `-`), string,
 * number, boolean and null literals, `!`, `==`, `!=`, `&&`, `||` (which
 * return an operand, as GitHub's do), parentheses, and the functions
 * `success() failure() cancelled() always() fromJSON() toJSON() format()
 * contains() startsWith()`. Anything else throws, so a workflow that starts
 * using more fails the harness instead of being misread.
 */
export type Value = string | number | boolean | null | undefined | Value[] | { [key: string]: Value };

export interface Scope {
  contexts: Record<string, Value>;
  /** The status functions, which depend on where the expression is evaluated (job or step). */
  status: { success(): boolean; failure(): boolean; cancelled(): boolean };
}

type Token = { t: 'id' | 'str' | 'num' | 'op'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === "'") {
      let s = '';
      for (i++; i < src.length; i++) {
        if (src[i] === "'" && src[i + 1] === "'") {
          s += "'";
          i++;
        } else if (src[i] === "'") break;
        else s += src[i];
      }
      if (src[i] !== "'") throw new Error(`unterminated string in ${src}`);
      i++;
      out.push({ t: 'str', v: s });
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(src.slice(i))!;
      out.push({ t: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(src.slice(i))!;
      out.push({ t: 'id', v: m[0] });
      i += m[0].length;
    } else {
      const two = src.slice(i, i + 2);
      if (['==', '!=', '&&', '||', '<=', '>='].includes(two)) {
        out.push({ t: 'op', v: two });
        i += 2;
      } else if ('!().[],<>*'.includes(c)) {
        out.push({ t: 'op', v: c });
        i++;
      } else throw new Error(`unexpected "${c}" in expression ${src}`);
    }
  }
  return out;
}

const truthy = (v: Value): boolean => !(v === false || v === null || v === undefined || v === 0 || v === '' || (typeof v === 'number' && Number.isNaN(v)));

function equal(a: Value, b: Value): boolean {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === 'boolean' || typeof b === 'boolean' || typeof a === 'number' || typeof b === 'number') return Number(a ?? 0) === Number(b ?? 0) || a === b;
  return a === b;
}

export function toText(v: Value): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export function evaluate(src: string, scope: Scope): Value {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const eat = (v: string) => {
    if (peek()?.v !== v) throw new Error(`expected "${v}" in ${src}`);
    pos++;
  };

  const or = (): Value => {
    let left = and();
    while (peek()?.v === '||') {
      pos++;
      const right = and();
      left = truthy(left) ? left : right;
    }
    return left;
  };
  const and = (): Value => {
    let left = comparison();
    while (peek()?.v === '&&') {
      pos++;
      const right = comparison();
      left = truthy(left) ? right : left;
    }
    return left;
  };
  const comparison = (): Value => {
    let left = unary();
    while (peek()?.v === '==' || peek()?.v === '!=') {
      const op = tokens[pos++]!.v;
      const right = unary();
      left = op === '==' ? equal(left, right) : !equal(left, right);
    }
    return left;
  };
  const unary = (): Value => {
    if (peek()?.v === '!') {
      pos++;
      return !truthy(unary());
    }
    return postfix(primary());
  };
  const postfix = (base: Value): Value => {
    let v = base;
    for (;;) {
      if (peek()?.v === '.') {
        pos++;
        const name = tokens[pos++];
        if (name?.t !== 'id') throw new Error(`expected a property name in ${src}`);
        v = v && typeof v === 'object' && !Array.isArray(v) ? v[name.v] : undefined;
      } else if (peek()?.v === '[') {
        pos++;
        const key = or();
        eat(']');
        v = v && typeof v === 'object' ? (v as Record<string, Value>)[toText(key)] : undefined;
      } else return v;
    }
  };
  const primary = (): Value => {
    const tok = tokens[pos++];
    if (!tok) throw new Error(`unexpected end of ${src}`);
    if (tok.t === 'str') return tok.v;
    if (tok.t === 'num') return Number(tok.v);
    if (tok.t === 'op' && tok.v === '(') {
      const v = or();
      eat(')');
      return v;
    }
    if (tok.t !== 'id') throw new Error(`unexpected "${tok.v}" in ${src}`);
    if (tok.v === 'true') return true;
    if (tok.v === 'false') return false;
    if (tok.v === 'null') return null;
    if (peek()?.v === '(') {
      pos++;
      const args: Value[] = [];
      while (peek()?.v !== ')') {
        args.push(or());
        if (peek()?.v === ',') pos++;
      }
      eat(')');
      return call(tok.v, args);
    }
    if (!(tok.v in scope.contexts)) throw new Error(`unknown context "${tok.v}" in ${src}`);
    return scope.contexts[tok.v];
  };
  const call = (name: string, args: Value[]): Value => {
    switch (name) {
      case 'success':
        return scope.status.success();
      case 'failure':
        return scope.status.failure();
      case 'cancelled':
        return scope.status.cancelled();
      case 'always':
        return true;
      case 'fromJSON':
        return JSON.parse(toText(args[0])) as Value;
      case 'toJSON':
        return JSON.stringify(args[0] ?? null);
      case 'format':
        return toText(args[0]).replace(/\{(\d+)\}/g, (_, i: string) => toText(args[Number(i) + 1]));
      case 'contains':
        return Array.isArray(args[0]) ? args[0].some((x) => equal(x, args[1])) : toText(args[0]).toLowerCase().includes(toText(args[1]).toLowerCase());
      case 'startsWith':
        return toText(args[0]).toLowerCase().startsWith(toText(args[1]).toLowerCase());
      default:
        throw new Error(`function ${name}() is not supported by the harness (${src})`);
    }
  };

  const value = or();
  if (pos !== tokens.length) throw new Error(`unexpected "${tokens[pos]!.v}" in ${src}`);
  return value;
}

const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/;
const PART = /\$\{\{([\s\S]*?)\}\}/g;

/** A YAML value with `${{ }}` in it: the raw value when the whole string is one expression, else text. */
export function interpolate(value: unknown, scope: Scope): Value {
  if (typeof value === 'string') {
    const whole = WHOLE.exec(value);
    if (whole && !whole[1]!.includes('}}')) return evaluate(whole[1]!, scope);
    return value.replace(PART, (_, e: string) => toText(evaluate(e, scope)));
  }
  if (Array.isArray(value)) return value.map((v) => interpolate(v, scope));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, interpolate(v, scope)]));
  return value as Value;
}

/**
 * An `if:` condition: bare or wrapped in `${{ }}`; absent means success(). As
 * on GitHub, a condition that calls no status function is `success() && …`.
 */
export function condition(expr: unknown, scope: Scope): boolean {
  if (expr === undefined || expr === null || expr === '') return scope.status.success();
  if (typeof expr === 'boolean') return expr && scope.status.success();
  const text = String(expr);
  const whole = WHOLE.exec(text);
  const inner = whole ? whole[1]! : text;
  const value = truthy(evaluate(inner, scope));
  return /\b(success|failure|cancelled|always)\s*\(/.test(inner) ? value : value && scope.status.success();
}
