import path from 'node:path';

/**
 * `.dockerignore` exactly as Docker applies it, so the audit judges the
 * context Docker would send and the auditor builds the image the user
 * builds. It follows three pieces of Docker's own code:
 *
 * - reading the file (moby/patternmatcher `ignorefile.ReadAll`): a line is a
 *   comment only when `#` is its very first character; patterns are trimmed,
 *   cleaned like Go's `filepath.Clean` (so `secretfile/` is `secretfile`) and
 *   a leading `/` dropped;
 * - matching (`patternmatcher`): patterns are anchored at the context root
 *   (`config` is `./config`, never `src/config`), `*` and `?` stop at `/`,
 *   `**` spans directories, the last matching pattern wins, and a pattern
 *   that matches a parent directory matches everything under it;
 * - walking the context (the CLI's `archive.TarWithOptions`): an excluded
 *   directory is not entered unless an exception pattern (`!…`) starts with
 *   its path, so `dir` + `!**\/keep` does not bring back `dir/keep`.
 *
 * Unlike `.gitignore`, nothing here floats to nested directories and a
 * trailing slash carries no meaning.
 */

/** A pattern Docker itself rejects: the build fails with this message. */
export class DockerignoreError extends Error {
  override name = 'DockerignoreError';
}

/** `filepath.Clean` for forward-slash paths. */
function goClean(p: string): string {
  if (p === '') return '.';
  const normal = path.posix.normalize(p);
  return normal.length > 1 && normal.endsWith('/') ? normal.slice(0, -1) : normal;
}

/** The patterns of a `.dockerignore`, as `ignorefile.ReadAll` returns them. */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    // Go's bufio.Scanner drops a trailing \r with the newline.
    let line = lines[i]!.replace(/\r$/, '');
    if (i === 0) line = line.replace(/^\uFEFF/, '');
    if (line.startsWith('#')) continue;
    let pattern = line.trim();
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}

type MatchType = 'exact' | 'prefix' | 'suffix' | 'regexp';

interface Pattern {
  cleaned: string;
  exclusion: boolean;
  type: MatchType;
  regexp?: RegExp;
}

/** The escapes Go's regexp gives a meaning to; any other escaped letter or digit is a syntax error there. */
const GO_CONTROL_ESCAPES: Record<string, string> = { a: '\\x07', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v' };
const GO_CLASS_ESCAPES = new Set(['d', 'D', 'w', 'W', 's', 'S', 'b', 'B']);
/** Characters `patternmatcher` escapes because regexp gives them a meaning that filepath.Match does not. */
const REGEXP_ONLY = new Set(['.', '+', '(', ')', '|', '{', '}', '$']);

/** `filepath.Match(pattern, ".")`'s syntax check: a bad character class or a trailing backslash. */
function checkSyntax(pattern: string): void {
  const bad = () => new DockerignoreError(`syntax error in pattern "${pattern}"`);
  const chars = [...pattern];
  const escaped = (i: number): [string, number] => {
    let c = chars[i];
    if (c === undefined || c === '-' || c === ']') throw bad();
    if (c === '\\') {
      i++;
      c = chars[i];
      if (c === undefined) throw bad();
    }
    return [c, i + 1];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === '\\') {
      if (i + 1 >= chars.length) throw bad();
      i++;
    } else if (c === '[') {
      i++;
      if (chars[i] === '^') i++;
      let ranges = 0;
      for (;;) {
        if (i >= chars.length) throw bad();
        if (chars[i] === ']' && ranges > 0) break;
        [, i] = escaped(i);
        if (chars[i] === '-') [, i] = escaped(i + 1);
        ranges++;
      }
    }
  }
}

function compile(raw: string): Pattern {
  let cleaned = goClean(raw.trim());
  let exclusion = false;
  if (cleaned.startsWith('!')) {
    if (cleaned.length === 1) throw new DockerignoreError('illegal exclusion pattern: "!"');
    exclusion = true;
    cleaned = cleaned.slice(1);
  }
  checkSyntax(cleaned);
  let regStr = '^';
  let type: MatchType = 'exact';
  const chars = [...cleaned];
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i]!;
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        // `**/` is `**`.
        if (chars[i + 1] === '/') i++;
        if (i + 1 >= chars.length) {
          if (type === 'exact') type = 'prefix';
          else {
            regStr += '.*';
            type = 'regexp';
          }
        } else {
          regStr += '(.*/)?';
          type = 'regexp';
        }
        // A leading `**` makes it a suffix match, whatever follows (`**foo` matches `barfoo`).
        if (step === 0) type = 'suffix';
      } else {
        regStr += '[^/]*';
        type = 'regexp';
      }
    } else if (ch === '?') {
      regStr += '[^/]';
      type = 'regexp';
    } else if (REGEXP_ONLY.has(ch)) {
      regStr += `\\${ch}`;
    } else if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) regStr += '\\\\';
      else {
        i++;
        type = 'regexp';
        if (GO_CONTROL_ESCAPES[next]) regStr += GO_CONTROL_ESCAPES[next];
        else if (GO_CLASS_ESCAPES.has(next)) regStr += `\\${next}`;
        else if (/[\p{L}\p{N}]/u.test(next)) throw new DockerignoreError(`invalid escape \\${next} in pattern "${cleaned}"`);
        else regStr += `\\${next}`;
      }
    } else if (ch === '[' || ch === ']') {
      regStr += ch;
      type = 'regexp';
    } else {
      regStr += ch;
    }
  }
  const pattern: Pattern = { cleaned, exclusion, type };
  if (type === 'regexp') {
    try {
      pattern.regexp = new RegExp(`${regStr}$`, 's');
    } catch (e) {
      throw new DockerignoreError(`syntax error in pattern "${cleaned}": ${(e as Error).message}`);
    }
  }
  return pattern;
}

function matchOne(p: Pattern, file: string): boolean {
  switch (p.type) {
    case 'exact':
      return file === p.cleaned;
    case 'prefix':
      return file.startsWith(p.cleaned.slice(0, -2));
    case 'suffix': {
      const suffix = p.cleaned.slice(2);
      return file.endsWith(suffix) || (suffix.startsWith('/') && file === suffix.slice(1));
    }
    case 'regexp':
      return p.regexp!.test(file);
  }
}

/** Per-pattern results for a directory, handed to its entries (`patternmatcher.MatchInfo`). */
export type MatchInfo = readonly boolean[] | undefined;

/** What the context walk does with one entry. */
export type WalkDecision =
  /** Sent to the engine. */
  | 'keep'
  /** A file left out. */
  | 'skip'
  /** A directory left out with everything under it. */
  | 'prune'
  /** A directory left out itself, entered because an exception may bring back something under it. */
  | 'enter';

export class DockerignoreMatcher {
  private readonly patterns: Pattern[];
  private readonly exclusions: boolean;
  private readonly dirInfo = new Map<string, MatchInfo>();

  /** @throws DockerignoreError for a pattern Docker rejects (the build fails there too). */
  constructor(patterns: readonly string[]) {
    this.patterns = patterns.filter((p) => p.trim() !== '').map(compile);
    this.exclusions = this.patterns.some((p) => p.exclusion);
  }

  static fromFile(text: string): DockerignoreMatcher {
    return new DockerignoreMatcher(readDockerignore(text));
  }

  get empty(): boolean {
    return this.patterns.length === 0;
  }

  /** Whether the patterns alone exclude `file` or one of its parent directories (`MatchesOrParentMatches`). */
  matches(file: string): boolean {
    return this.evaluate(file, undefined).matched;
  }

  /** One step of the walk: `rel` is context-relative with forward slashes, `parent` its directory's info. */
  decide(rel: string, isDir: boolean, parent: MatchInfo): { decision: WalkDecision; info: MatchInfo } {
    const { matched, info } = this.evaluate(rel, parent);
    if (!matched) return { decision: 'keep', info };
    if (!isDir) return { decision: 'skip', info };
    if (!this.exclusions) return { decision: 'prune', info };
    const dirSlash = `${rel}/`;
    const reopened = this.patterns.some((p) => p.exclusion && `${p.cleaned}/`.startsWith(dirSlash));
    return { decision: reopened ? 'enter' : 'prune', info };
  }

  /**
   * Whether a file at `rel` reaches the build context when Docker walks it:
   * no parent directory was pruned and the file itself is not excluded.
   */
  sends(rel: string): boolean {
    const slash = rel.lastIndexOf('/');
    const info = slash < 0 ? undefined : this.directory(rel.slice(0, slash));
    if (info === PRUNED) return false;
    return this.decide(rel, false, info).decision === 'keep';
  }

  /** A directory's info as the walk reaches it (PRUNED when it or a parent is never entered), worked out once per directory. */
  private directory(dir: string): MatchInfo {
    const cached = this.dirInfo.get(dir);
    if (cached !== undefined || this.dirInfo.has(dir)) return cached;
    const slash = dir.lastIndexOf('/');
    const parent = slash < 0 ? undefined : this.directory(dir.slice(0, slash));
    let info: MatchInfo = PRUNED;
    if (parent !== PRUNED) {
      const step = this.decide(dir, true, parent);
      info = step.decision === 'prune' ? PRUNED : step.info;
    }
    this.dirInfo.set(dir, info);
    return info;
  }

  /** `patternmatcher.MatchesUsingParentResults`. */
  private evaluate(file: string, parent: MatchInfo): { matched: boolean; info: boolean[] } {
    let matched = false;
    const info = new Array<boolean>(this.patterns.length).fill(false);
    this.patterns.forEach((p, i) => {
      let match = parent?.[i] ?? false;
      if (!match) {
        // An inclusion that already matched, or an exclusion before anything matched, changes nothing.
        if (p.exclusion !== matched) return;
        match = matchOne(p, file);
        if (!match && parent === undefined) {
          const dirs = path.posix.dirname(file);
          if (dirs !== '.') {
            const parts = dirs.split('/');
            for (let j = 1; j <= parts.length && !match; j++) match = matchOne(p, parts.slice(0, j).join('/'));
          }
        }
      }
      info[i] = match;
      if (match) matched = !p.exclusion;
    });
    return { matched, info };
  }
}

/** Marks a directory the walk never enters. */
const PRUNED: MatchInfo = Object.freeze([]) as readonly boolean[];
