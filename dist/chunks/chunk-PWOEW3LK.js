import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));

// src/evidence/repo/dockerignore.ts
import path from "node:path";
var DockerignoreError = class extends Error {
  name = "DockerignoreError";
};
function goClean(p) {
  if (p === "") return ".";
  const normal = path.posix.normalize(p);
  return normal.length > 1 && normal.endsWith("/") ? normal.slice(0, -1) : normal;
}
function readDockerignore(text) {
  const patterns = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/\r$/, "");
    if (i === 0) line = line.replace(/^\uFEFF/, "");
    if (line.startsWith("#")) continue;
    let pattern = line.trim();
    if (pattern === "") continue;
    const invert = pattern.startsWith("!");
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = goClean(pattern);
      if (pattern.length > 1 && pattern.startsWith("/")) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  }
  return patterns;
}
var GO_CONTROL_ESCAPES = { a: "\\x07", f: "\\f", n: "\\n", r: "\\r", t: "\\t", v: "\\v" };
var GO_CLASS_ESCAPES = /* @__PURE__ */ new Set(["d", "D", "w", "W", "s", "S", "b", "B"]);
var REGEXP_ONLY = /* @__PURE__ */ new Set([".", "+", "(", ")", "|", "{", "}", "$"]);
function checkSyntax(pattern) {
  const bad = () => new DockerignoreError(`syntax error in pattern "${pattern}"`);
  const chars = [...pattern];
  const escaped = (i) => {
    let c = chars[i];
    if (c === void 0 || c === "-" || c === "]") throw bad();
    if (c === "\\") {
      i++;
      c = chars[i];
      if (c === void 0) throw bad();
    }
    return [c, i + 1];
  };
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c === "\\") {
      if (i + 1 >= chars.length) throw bad();
      i++;
    } else if (c === "[") {
      i++;
      if (chars[i] === "^") i++;
      let ranges = 0;
      for (; ; ) {
        if (i >= chars.length) throw bad();
        if (chars[i] === "]" && ranges > 0) break;
        [, i] = escaped(i);
        if (chars[i] === "-") [, i] = escaped(i + 1);
        ranges++;
      }
    }
  }
}
function compile(raw) {
  let cleaned = goClean(raw.trim());
  let exclusion = false;
  if (cleaned.startsWith("!")) {
    if (cleaned.length === 1) throw new DockerignoreError('illegal exclusion pattern: "!"');
    exclusion = true;
    cleaned = cleaned.slice(1);
  }
  checkSyntax(cleaned);
  let regStr = "^";
  let type = "exact";
  const chars = [...cleaned];
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i];
    if (ch === "*") {
      if (chars[i + 1] === "*") {
        i++;
        if (chars[i + 1] === "/") i++;
        if (i + 1 >= chars.length) {
          if (type === "exact") type = "prefix";
          else {
            regStr += ".*";
            type = "regexp";
          }
        } else {
          regStr += "(.*/)?";
          type = "regexp";
        }
        if (step === 0) type = "suffix";
      } else {
        regStr += "[^/]*";
        type = "regexp";
      }
    } else if (ch === "?") {
      regStr += "[^/]";
      type = "regexp";
    } else if (REGEXP_ONLY.has(ch)) {
      regStr += `\\${ch}`;
    } else if (ch === "\\") {
      const next = chars[i + 1];
      if (next === void 0) regStr += "\\\\";
      else {
        i++;
        type = "regexp";
        if (GO_CONTROL_ESCAPES[next]) regStr += GO_CONTROL_ESCAPES[next];
        else if (GO_CLASS_ESCAPES.has(next)) regStr += `\\${next}`;
        else if (/[\p{L}\p{N}]/u.test(next)) throw new DockerignoreError(`invalid escape \\${next} in pattern "${cleaned}"`);
        else regStr += `\\${next}`;
      }
    } else if (ch === "[" || ch === "]") {
      regStr += ch;
      type = "regexp";
    } else {
      regStr += ch;
    }
  }
  const pattern = { cleaned, exclusion, type };
  if (type === "regexp") {
    try {
      pattern.regexp = new RegExp(`${regStr}$`, "s");
    } catch (e) {
      throw new DockerignoreError(`syntax error in pattern "${cleaned}": ${e.message}`);
    }
  }
  return pattern;
}
function matchOne(p, file) {
  switch (p.type) {
    case "exact":
      return file === p.cleaned;
    case "prefix":
      return file.startsWith(p.cleaned.slice(0, -2));
    case "suffix": {
      const suffix = p.cleaned.slice(2);
      return file.endsWith(suffix) || suffix.startsWith("/") && file === suffix.slice(1);
    }
    case "regexp":
      return p.regexp.test(file);
  }
}
var DockerignoreMatcher = class _DockerignoreMatcher {
  patterns;
  exclusions;
  dirInfo = /* @__PURE__ */ new Map();
  /** @throws DockerignoreError for a pattern Docker rejects (the build fails there too). */
  constructor(patterns) {
    this.patterns = patterns.filter((p) => p.trim() !== "").map(compile);
    this.exclusions = this.patterns.some((p) => p.exclusion);
  }
  static fromFile(text) {
    return new _DockerignoreMatcher(readDockerignore(text));
  }
  get empty() {
    return this.patterns.length === 0;
  }
  /** Whether the patterns alone exclude `file` or one of its parent directories (`MatchesOrParentMatches`). */
  matches(file) {
    return this.evaluate(file, void 0).matched;
  }
  /** One step of the walk: `rel` is context-relative with forward slashes, `parent` its directory's info. */
  decide(rel, isDir, parent) {
    const { matched, info } = this.evaluate(rel, parent);
    if (!matched) return { decision: "keep", info };
    if (!isDir) return { decision: "skip", info };
    if (!this.exclusions) return { decision: "prune", info };
    const dirSlash = `${rel}/`;
    const reopened = this.patterns.some((p) => p.exclusion && `${p.cleaned}/`.startsWith(dirSlash));
    return { decision: reopened ? "enter" : "prune", info };
  }
  /**
   * Whether a file at `rel` reaches the build context when Docker walks it:
   * no parent directory was pruned and the file itself is not excluded.
   */
  sends(rel) {
    const parts = rel.split("/");
    let info;
    for (let i = 1; i < parts.length; i++) {
      const dir = parts.slice(0, i).join("/");
      const cached = this.dirInfo.get(dir);
      let dirInfo;
      if (cached !== void 0 || this.dirInfo.has(dir)) dirInfo = cached;
      else {
        const step = this.decide(dir, true, info);
        dirInfo = step.decision === "prune" ? PRUNED : step.info;
        this.dirInfo.set(dir, dirInfo);
      }
      if (dirInfo === PRUNED) return false;
      info = dirInfo;
    }
    return this.decide(rel, false, info).decision === "keep";
  }
  /** `patternmatcher.MatchesUsingParentResults`. */
  evaluate(file, parent) {
    let matched = false;
    const info = new Array(this.patterns.length).fill(false);
    this.patterns.forEach((p, i) => {
      let match = parent?.[i] ?? false;
      if (!match) {
        if (p.exclusion !== matched) return;
        match = matchOne(p, file);
        if (!match && parent === void 0) {
          const dirs = path.posix.dirname(file);
          if (dirs !== ".") {
            const parts = dirs.split("/");
            for (let j = 1; j <= parts.length && !match; j++) match = matchOne(p, parts.slice(0, j).join("/"));
          }
        }
      }
      info[i] = match;
      if (match) matched = !p.exclusion;
    });
    return { matched, info };
  }
};
var PRUNED = Object.freeze([]);

export {
  DockerignoreError,
  readDockerignore,
  DockerignoreMatcher
};
