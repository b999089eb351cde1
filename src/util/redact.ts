/**
 * Values the auditor was given to pass on (run.env, build.args, service env,
 * the image's ENV) are secrets until proven otherwise: the README promises
 * they never appear in any output. A Redactor replaces every occurrence of
 * such a value with `[REDACTED:NAME]`, in text and in whole stage files and
 * reports, wherever the app, the build or a service echoed it.
 *
 * What cannot be told from ordinary text is left alone: values shorter than
 * MIN_SECRET_LENGTH, numbers, and true/false/yes/no/on/off. Image ENV
 * variables that every base image sets (PATH, HOME, LANG, *_VERSION …) are
 * not secrets of the app.
 */
export const MIN_SECRET_LENGTH = 4;

export interface NamedValue {
  name: string;
  value: string;
}

const NOT_SECRET_VALUE = /^(?:[+-]?\d+(?:\.\d+)?|true|false|yes|no|on|off|null|none)$/i;
const IMAGE_ENV_NOT_SECRET =
  /^(?:PATH|HOME|HOSTNAME|TERM|LANG|LANGUAGE|LC_\w+|TZ|PWD|OLDPWD|SHLVL|USER|SHELL|PORT|DEBIAN_FRONTEND|NODE_ENV|RAILS_ENV|RACK_ENV|PYTHONUNBUFFERED|PYTHONDONTWRITEBYTECODE|PYTHONPATH|PIP_\w+|GPG_KEY|GOPATH|GOROOT|JAVA_HOME|CATALINA_HOME|\w+_VERSION|\w+_HOME|\w+_PATH|\w+_DIR|\w+_SHA256)$/;

/** `KEY=value` lines of an image's ENV, as Docker reports them, less the variables every base image sets. */
export function imageEnvValues(env: string[]): NamedValue[] {
  const out: NamedValue[] = [];
  for (const line of env) {
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    const name = line.slice(0, eq);
    if (!IMAGE_ENV_NOT_SECRET.test(name)) out.push({ name, value: line.slice(eq + 1) });
  }
  return out;
}

/**
 * A value as it may appear in output: itself, and for a URL with
 * credentials also its password on its own (an app often logs the parsed URL).
 */
function forms(v: NamedValue): NamedValue[] {
  const out = [v];
  const m = /^[a-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/i.exec(v.value);
  if (m?.[1]) {
    out.push({ name: v.name, value: m[1] });
    try {
      out.push({ name: v.name, value: decodeURIComponent(m[1]) });
    } catch {
      // Not percent-encoded: the raw form above is the only one.
    }
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Keys whose values are identifiers the pipeline relies on, never free text: left as they are. */
const STRUCTURAL_KEYS = new Set(['check', 'outcome', 'verdict', 'kind', 'id', 'slug', 'stage', 'status', 'severity', 'factor', 'stream', 'classification', 'imageId', 'releaseId', 'configHash', 'digest', 'runId', 'schemaVersion', 'result', 'topic']);

export class Redactor {
  private readonly byValue = new Map<string, string>();
  private readonly pattern: RegExp | undefined;

  constructor(values: Iterable<NamedValue>) {
    for (const v of values) {
      for (const f of forms(v)) {
        if (f.value.length < MIN_SECRET_LENGTH || NOT_SECRET_VALUE.test(f.value.trim())) continue;
        if (!this.byValue.has(f.value)) this.byValue.set(f.value, f.name.replace(/[^\w.-]/g, '_'));
      }
    }
    // Longest first: a value that contains another is replaced whole.
    const sorted = [...this.byValue.keys()].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join('|'), 'g') : undefined;
  }

  get empty(): boolean {
    return this.pattern === undefined;
  }

  /** The text with every value replaced by `[REDACTED:NAME]`. */
  text(s: string): string {
    if (!this.pattern || s.length < MIN_SECRET_LENGTH) return s;
    return s.replace(this.pattern, (m) => `[REDACTED:${this.byValue.get(m)}]`);
  }

  /** A copy of a JSON-like value with every string redacted (object keys and identifiers kept). */
  deep<T>(value: T): T {
    if (!this.pattern) return value;
    return this.walk(value, undefined) as T;
  }

  private walk(value: unknown, key: string | undefined): unknown {
    if (typeof value === 'string') return key !== undefined && STRUCTURAL_KEYS.has(key) ? value : this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v, key));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, this.walk(v, k)]));
    }
    return value;
  }
}
