import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));

// src/evidence/repo/secrets/placeholder.ts
var PLACEHOLDER = /^(?:x+|\*+|\.+|-+|_+|0+|1234\w*|changeme|change_me|changeit|password|passwd|secret|example\w*|sample|dummy|fake|test\w*|foo\w*|bar|baz|null|none|undefined|todo|tbd|placeholder|your[\w-]*|redacted|<[^>]*>|\$\{[^}]*\}|\$\w+|%\([^)]*\)s|\{\{[^}]*\}\}|#\{[^}]*\}|%[\w]+%)$/i;
function isPlaceholder(v) {
  const bare = v.replace(/^[[(]+|[\])]+$/g, "");
  return PLACEHOLDER.test(v) || bare !== v && PLACEHOLDER.test(bare) || /(?:example|xxxx|placeholder|changeme|your_|your-|dummy|redacted)/i.test(v) || /^\$|\$\{|\{\{|<%/.test(v);
}
var STAND_IN_WORDS = [
  // What the slot holds.
  "password passwd pass pwd pw passphrase secret secrets key keys token tokens api auth jwt session cookie signing sign hmac salt",
  "encryption encrypt private public access client credential credentials login user username admin administrator root superuser",
  "guest owner account email mail smtp server host db database postgres postgresql pg mysql mariadb mongo mongodb redis rabbit",
  "rabbitmq sql app application service web site django flask rails laravel node value string text base master",
  // Asking for it to be replaced.
  "change changed replace replaced update set please must should need needs me it this that here there your you my our the a an to",
  "is be with in of for before not do dont use only real own actual new generate generated random some any strong secure safe",
  "unsafe insecure super very good and or",
  // Saying it is for development only.
  "sample samples example examples demo test testing tests dev develop development local localhost default dummy fake mock",
  "placeholder temp temporary tmp todo tbd fixme foo bar baz qux xxx abc xyz none null nil empty blank unset undefined nothing",
  "production prod staging docker compose container env environment config configuration characters chars at least"
].join(" ").split(" ");
var VOCABULARY = new Set(STAND_IN_WORDS);
var LONGEST_WORD = Math.max(...STAND_IN_WORDS.map((w) => w.length));
var MAX_PHRASE = 120;
function segments(s) {
  const ok = new Array(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !ok[end]; start++) {
      if (ok[start] && VOCABULARY.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length];
}
function isStandInPhrase(value) {
  if (value.length > MAX_PHRASE) return false;
  const runs = value.toLowerCase().match(/[a-z]+|[0-9]+/g);
  if (!runs?.some((r) => /[a-z]/.test(r))) return false;
  return runs.every((r) => /[0-9]/.test(r) ? r.length <= 4 : segments(r));
}
function nameWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var SECRET_WORD = /(?:password|passwd|passphrase|secret|token|credentials?|apikey|accesskey|privatekey)$|^(?:pass|pwd)$/;
var KEY_OF = /* @__PURE__ */ new Set(["api", "access", "private", "signing", "sign", "encryption", "encrypt", "auth", "app", "jwt", "master", "session", "cookie", "secret", "hmac", "license", "client", "crypt"]);
var MEASURE_OR_FLAG = /* @__PURE__ */ new Set([
  ..."minutes minute mins seconds second secs hours hour days day ms millis expiration expiry expires expire ttl timeout lifetime duration age".split(" "),
  ..."length len size count rounds iterations cost retries attempts min max limit interval".split(" "),
  ..."allow enable enabled disable disabled require required skip use is has empty".split(" ")
]);
var POINTER = new Set(
  "file path dir name id header type algorithm alg field param policy hint prompt label mode format pattern regex scheme url uri endpoint host port route page template version provider backend store strategy method class prefix env".split(
    " "
  )
);
function isCredentialName(key) {
  const words = nameWords(key);
  if (words.length === 0 || words.length === 1 && /^(?:pwd|oldpwd)$/.test(words[0])) return false;
  if (words.some((w) => MEASURE_OR_FLAG.has(w)) || POINTER.has(words.at(-1))) return false;
  return words.some((w, i) => SECRET_WORD.test(w) || w === "key" && i > 0 && KEY_OF.has(words[i - 1]));
}
function namesNoCredential(key) {
  const words = nameWords(key);
  return words.some((w) => MEASURE_OR_FLAG.has(w)) || words.length > 1 && POINTER.has(words.at(-1));
}
function credentialValue(raw, ctx = {}) {
  const v = raw.trim().replace(/^["'`]|["'`]$/g, "");
  if (ctx.key && namesNoCredential(ctx.key)) return "not-credential";
  if (v === "" || /^(?:true|false|yes|no|on|off|null|none|nil|~)$/i.test(v)) return "not-credential";
  const lower = v.toLowerCase();
  if (ctx.names?.has(lower) || ctx.key !== void 0 && lower === ctx.key.toLowerCase()) return "placeholder";
  if (v.length < 4 || /^\d{1,8}$/.test(v)) return "placeholder";
  if (/^[A-Z][A-Z0-9_]{2,60}$/.test(v) || /^[A-Z][a-z]+(?: [a-z]+)*$/.test(v)) return "placeholder";
  if (isPlaceholder(v) || isStandInPhrase(v)) return "placeholder";
  return "credential";
}
function userAndDatabaseNames(text) {
  const names = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^[ \t]*(?:-[ \t]*)?["']?[\w.-]{0,60}(?:user|username|db|database|name)["']?[ \t]*[:=][ \t]*["']?(?:\$\{[\w.]{1,80}:-?)?([\w.-]{1,64})/gim)) names.add(m[1].toLowerCase());
  for (const m of text.matchAll(/:\/\/([^\s:/@'"`]{1,64}):[^\s'"`/]{1,128}@[^\s/'"`?@]{1,253}(?:\/([\w-]{1,64}))?/g)) {
    names.add(m[1].toLowerCase());
    if (m[2]) names.add(m[2].toLowerCase());
  }
  return names;
}

// src/evidence/repo/secrets/rules.ts
function entropy(s) {
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}
var classes = (s) => [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(s)).length;
var SECRET_RULES = [
  {
    id: "aws-access-key-id",
    title: "AWS access key id",
    pattern: /\b(?<value>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g,
    severity: "fail",
    accept: (v) => !/EXAMPLE$/.test(v),
    keywords: ["akia", "asia", "abia", "acca"]
  },
  {
    id: "aws-secret-access-key",
    title: "AWS secret access key",
    pattern: /aws_?secret_?(?:access_?)?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<value>[A-Za-z0-9/+]{40})\b/gi,
    severity: "fail",
    accept: (v) => !/EXAMPLEKEY$/.test(v) && entropy(v) > 3.5,
    keywords: ["aws"]
  },
  {
    id: "github-token",
    title: "GitHub token",
    pattern: /\b(?<value>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g,
    severity: "fail",
    accept: (v) => entropy(v) > 3,
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"]
  },
  {
    id: "gitlab-token",
    title: "GitLab personal access token",
    pattern: /\b(?<value>glpat-[A-Za-z0-9_-]{20})\b/g,
    severity: "fail",
    accept: (v) => entropy(v) > 3,
    keywords: ["glpat-"]
  },
  {
    id: "stripe-secret-key",
    title: "Stripe secret or restricted key",
    pattern: /\b(?<value>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g,
    severity: "fail",
    keywords: ["_live_"]
  },
  {
    id: "slack-token",
    title: "Slack token or webhook",
    pattern: /(?<value>\bxox[abposr]-[A-Za-z0-9-]{10,200}|https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{8,12}\/B[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{24})/g,
    severity: "fail",
    accept: (v) => !/x{6,}/i.test(v),
    keywords: ["xox", "hooks.slack.com"]
  },
  {
    id: "google-api-key",
    title: "Google API key",
    pattern: /\b(?<value>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)/g,
    severity: "fail",
    keywords: ["aiza"]
  },
  {
    id: "npm-token",
    title: "npm access token",
    pattern: /(?:\b(?<value>npm_[A-Za-z0-9]{36})\b|_authToken[ \t]{0,4}=[ \t]{0,4}(?<auth>[A-Za-z0-9_-]{20,100}))/g,
    severity: "fail",
    accept: (v) => credentialValue(v) === "credential" && entropy(v) > 3,
    keywords: ["npm_", "_authtoken"]
  },
  {
    id: "private-key",
    title: "Private key",
    pattern: /(?<value>-----BEGIN[ A-Z]{0,20} PRIVATE KEY(?: BLOCK)?-----)/g,
    severity: "fail",
    // The header alone in docs or code ("-----BEGIN PRIVATE KEY-----" literals) is common; the key body must follow.
    accept: (_v, line) => !/["'`]\s*-----BEGIN[ A-Z]{0,20} PRIVATE KEY-----\s*["'`]/.test(line),
    keywords: ["private key"]
  },
  {
    id: "database-url-password",
    title: "Database URL with a password",
    // The password runs to the last @ before the host: an unencoded @ inside it is part of it.
    pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|ecto)(?:\+[a-z0-9]{1,20})?:\/\/(?<user>[^\s:/@'"`]{0,64}):(?<value>[^\s'"`/]{1,128})@(?<host>[^\s/:'"`?@]{1,253})/gi,
    severity: "fail",
    accept: (v, line) => v.length >= 6 && credentialValue(v, { names: userAndDatabaseNames(line) }) === "credential",
    keywords: ["://"]
  },
  {
    id: "generic-secret-assignment",
    title: "High-entropy value assigned to a secret-named variable",
    // A type annotation may stand between name and value: `SECRET_KEY: str = "…"` (Python), `apiKey: string = "…"` (TypeScript, Kotlin).
    pattern: /(?:secret|token|passwd|password|api_?key|apikey|access_?key|private_?key|client_?secret|auth)[A-Za-z0-9_]{0,24}["']?[ \t]{0,4}(?:[:=]|=>|:=|:[ \t]{0,4}[A-Za-z_][A-Za-z0-9_.<>[\]]{0,40}[ \t]{0,4}=)[ \t]{0,4}["'`](?<value>[A-Za-z0-9+/=_.~!@#$%^&*()-]{16,128})["'`]/gi,
    severity: "warn",
    accept: (v, line) => credentialValue(v, { names: userAndDatabaseNames(line) }) === "credential" && entropy(v) >= 3.5 && classes(v) >= 2 && !/^[a-z]+(?:[._-][a-z]+)+$/i.test(v),
    keywords: ["secret", "token", "passw", "key", "auth"]
  }
];

// src/evidence/repo/secrets/scan.ts
var SNIPPET_RADIUS = 60;
var MAX_RAW_HITS = 200;
var ACCEPT_RADIUS = 256;
var KEYWORDS = new Set(SECRET_RULES.flatMap((r) => r.keywords));
var ALL_KEYWORDS = new RegExp([...KEYWORDS].map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "gi");
function keywordsIn(text) {
  let found;
  ALL_KEYWORDS.lastIndex = 0;
  for (let m = ALL_KEYWORDS.exec(text); m; m = ALL_KEYWORDS.exec(text)) {
    found ??= /* @__PURE__ */ new Set();
    found.add(m[0].toLowerCase());
    if (found.size === KEYWORDS.size) break;
    ALL_KEYWORDS.lastIndex = m.index + 1;
  }
  return found;
}
var GLOBAL = /* @__PURE__ */ new WeakMap();
function globalPattern(rule) {
  let re = GLOBAL.get(rule);
  if (!re) {
    re = new RegExp(rule.pattern.source, rule.pattern.flags.includes("g") ? rule.pattern.flags : `${rule.pattern.flags}g`);
    GLOBAL.set(rule, re);
  }
  return re;
}
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
function lineAt(starts, index) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function redactSpans(text, spans) {
  let out = "";
  let pos = 0;
  for (const [s, e] of [...spans].sort((a, b) => a[0] - b[0])) {
    if (e <= pos) continue;
    out += `${text.slice(pos, Math.max(s, pos))}[REDACTED]`;
    pos = e;
  }
  return out + text.slice(pos);
}
function scanSecrets(text, file, rules = SECRET_RULES) {
  const found = keywordsIn(text);
  if (!found) return [];
  let lower;
  const holds = (k) => {
    if (found.has(k)) return true;
    if (KEYWORDS.has(k)) return false;
    lower ??= text.toLowerCase();
    return lower.includes(k);
  };
  const raw = [];
  let starts;
  for (const rule of rules) {
    if (!rule.keywords.some(holds)) continue;
    const re = globalPattern(rule);
    re.lastIndex = 0;
    for (let m = re.exec(text); m && raw.length < MAX_RAW_HITS; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const value = m.groups?.value ?? m.groups?.auth ?? m[0];
      const offset = m.index + m[0].indexOf(value);
      if (rule.accept) {
        starts ??= lineStarts(text);
        const ln = lineAt(starts, m.index);
        const lineText = text.slice(Math.max(starts[ln], m.index - ACCEPT_RADIUS), Math.min((starts[ln + 1] ?? text.length + 1) - 1, m.index + m[0].length + ACCEPT_RADIUS));
        if (!rule.accept(value, lineText)) continue;
      }
      raw.push({ rule, start: offset, end: offset + value.length });
    }
  }
  if (raw.length === 0) return [];
  starts ??= lineStarts(text);
  const kept = [];
  for (const h of raw) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept.map((h) => {
    const ln = lineAt(starts, h.start);
    const lineStart = starts[ln];
    const lineEnd = (starts[ln + 1] ?? text.length + 1) - 1;
    const from = Math.max(lineStart, h.start - SNIPPET_RADIUS);
    const to = Math.min(lineEnd, h.end + SNIPPET_RADIUS);
    const spans = raw.filter((o) => o.end > from && o.start < to).map((o) => [Math.max(o.start, from) - from, Math.min(o.end, to) - from]);
    const snippet = redactSpans(text.slice(from, to), spans).trim();
    return {
      rule: h.rule.id,
      title: h.rule.title,
      severity: h.rule.severity,
      file,
      line: ln + 1,
      column: h.start - lineStart + 1,
      snippet: `${from > lineStart ? "\u2026" : ""}${snippet}${to < lineEnd ? "\u2026" : ""}`.slice(0, 300)
    };
  }).sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/evidence/repo/read.ts
import { closeSync, constants, openSync, readSync } from "node:fs";
var MAX_READ_BYTES = 1024 * 1024;
var BINARY_PROBE_CHARS = 8192;
var BINARY_EXTENSIONS = new Set(
  "png jpg jpeg gif bmp ico webp avif tiff psd pdf zip gz tgz bz2 xz 7z rar jar war ear class so dylib dll exe o a lib bin woff woff2 ttf otf eot mp3 mp4 mov avi webm ogg wav flac pyc pyo whl egg db sqlite sqlite3 lockb wasm node".split(" ")
);
var readBuffer;
function readBounded(abs) {
  readBuffer ??= Buffer.allocUnsafe(MAX_READ_BYTES + 1);
  const buf = readBuffer;
  let got = 0;
  try {
    const fd = openSync(abs, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, got);
        if (n === 0) break;
        got += n;
      }
    } finally {
      closeSync(fd);
    }
  } catch {
    return { kind: "failed" };
  }
  const truncated = got > MAX_READ_BYTES;
  const end = truncated ? MAX_READ_BYTES : got;
  const nul = buf.subarray(0, Math.min(end, 3 * BINARY_PROBE_CHARS)).indexOf(0);
  if (nul >= 0 && (nul < BINARY_PROBE_CHARS || buf.toString("utf8", 0, nul).length < BINARY_PROBE_CHARS)) return { kind: "binary" };
  const text = buf.toString("utf8", 0, end);
  return truncated ? { kind: "text", text, truncated } : { kind: "text", text, truncated, size: got };
}
function hasBinaryExtension(file) {
  return BINARY_EXTENSIONS.has(file.slice(file.lastIndexOf(".") + 1).toLowerCase());
}

// src/evidence/repo/env-defaults.ts
var ENV_READ = /process\.env|import\.meta\.env|os\.environ|os\.getenv|\bgetenv\(|Getenv\(|LookupEnv\(|System\.getenv|System\.get_env|ENV\[|ENV\.fetch|env::var|GetEnvironmentVariable|\$_ENV|\$_SERVER/;
var DEFAULT_ASSIGN = /^\s*(?:(?:let|var|const|final|val|mut)\s+)*([A-Za-z_]\w{0,60})\s*(?:\|\|=|\?\?=|:=|=)\s*[`'"]/;
var LOOKBACK = 8;
function envDefaultOn(lines, line) {
  const m = DEFAULT_ASSIGN.exec(lines[line - 1] ?? "");
  if (!m) return void 0;
  const name = m[1];
  const read = new RegExp(`\\b${name}\\b(?:\\s*,\\s*\\w+)?\\s*(?::=|=)(?!=)`);
  for (let i = line - 2; i >= 0 && i >= line - 1 - LOOKBACK; i--) {
    const l = lines[i];
    if (!read.test(l)) continue;
    if (!ENV_READ.test(l)) return void 0;
    return /["'`]([A-Z][A-Z0-9_]{0,60})["'`]/.exec(l)?.[1] ?? /process\.env\.([A-Z][A-Z0-9_]{0,60})/.exec(l)?.[1] ?? name;
  }
  return void 0;
}
var NAMED_ENV_READ = /\b(?:process\.env|import\.meta\.env)\.([A-Za-z_]\w{0,80})|(?:\bprocess\.env|\bENV|\$_ENV|\$_SERVER|\bConfiguration)\[[ \t]*['"]([A-Za-z_]\w{0,80})['"]|\b(?![Ss]et|[Uu]nset|[Pp]ut)\w{0,30}?(?:env|Env|ENV|environ)(?:\w{0,30}|::var)(?:\.(?:get|fetch|str))?\(\)?(?:\.getOrDefault\()?[ \t]*['"]([A-Za-z_]\w{0,80})['"]|\bconfig\([ \t]*['"]([A-Z][A-Z0-9_]{0,80})['"]/g;
var DEFAULT_AFTER_NAME = /^['"]?[ \t]*(?:,[ \t]*(?:default[ \t]*=[ \t]*)?|[)\]]{0,2}[ \t]*(?:\|\||\?\?|\?:|\bor\b)[ \t]*|\)\)?[ \t]*\.(?:orElse|or|unwrap_or|unwrap_or_else)\([ \t]*(?:\|_?\|[ \t]*)?|\)[ \t]*\{[ \t]*)(?:String::from\(|&?)?(["'`])([^"'`\n]{1,200})\1/;
var PLACEHOLDER_DEFAULT = /\$\{([A-Za-z_][\w.]{0,80}):-?([^}\s'"]{1,200})\}/g;
function envDefaultsOnLine(line) {
  const out = [];
  if (/\$\{/.test(line)) {
    for (const m of line.matchAll(PLACEHOLDER_DEFAULT)) {
      const start = m.index + m[0].length - 1 - m[2].length;
      out.push({ variable: m[1].replace(/[.-]/g, "_").toUpperCase(), start, end: start + m[2].length, value: m[2] });
    }
  }
  if (!/env|configuration\[|config\(/i.test(line)) return out;
  for (const m of line.matchAll(NAMED_ENV_READ)) {
    const after = m.index + m[0].length;
    const d = DEFAULT_AFTER_NAME.exec(line.slice(after, after + 300));
    if (!d) continue;
    const start = after + d.index + d[0].length - 1 - d[2].length;
    out.push({ variable: m.slice(1).find(Boolean), start, end: start + d[2].length, value: d[2] });
  }
  return out;
}
var ASSIGNED = /^[ \t]*(?:(?:export|let|var|const|final|val|mut|static|private|public|readonly)[ \t]+)*(?:[A-Za-z_][\w<>,.?]{0,40}[ \t]+)?["']?([A-Za-z_][\w.-]{0,80})["']?[ \t]*(?::[ \t]*[A-Za-z_][\w.[\]|]{0,40}[ \t]*)?(?::=|=>|=|:)/;
var ASSIGNED_ITEM = /\[[ \t]*['"]([A-Za-z_][\w.-]{0,80})['"][ \t]*\][ \t]*=/;
var USER_OR_DATABASE = /(?:user|username|db|database|dbname|db_name)$/i;
var COMMENT_LINE = /^[ \t]*(?:#|\/\/|\/?\*|<!--|;)/;
var MAX_LINE = 2e3;
function assignedName(line) {
  return ASSIGNED_ITEM.exec(line)?.[1] ?? ASSIGNED.exec(line)?.[1];
}
function credentialEnvDefaults(text, file, lang) {
  if (!/env|\$\{|config\(/i.test(text)) return [];
  const found = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_LINE || COMMENT_LINE.test(line)) continue;
    const defaults = envDefaultsOnLine(line);
    if (defaults.length === 0) continue;
    const key = assignedName(line);
    for (const d of defaults) found.push({ line: i + 1, text: line, key, d });
  }
  if (found.length === 0) return [];
  const names = userAndDatabaseNames(text);
  for (const { key, d } of found) if (USER_OR_DATABASE.test(d.variable) || key !== void 0 && USER_OR_DATABASE.test(key)) names.add(d.value.toLowerCase());
  const out = [];
  for (const { line, text: lineText, key, d } of found) {
    const name = key !== void 0 && isCredentialName(key) ? key : d.variable;
    if (!isCredentialName(name) || credentialValue(d.value, { key: name, names }) !== "credential") continue;
    const snippet = `${lineText.slice(0, d.start)}[REDACTED]${lineText.slice(d.end)}`.trim().slice(0, 160);
    out.push({ kind: "hardcoded-credential", file, line, lang, snippet, variable: d.variable });
  }
  return out;
}

// src/evidence/repo/literals.ts
var Parser = class {
  constructor(src) {
    this.src = src;
  }
  src;
  i = 0;
  /** alternatives ('|'-separated sequences) up to the end or a closing parenthesis. */
  alternatives() {
    const alts = [this.sequence()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }
  sequence() {
    const seq = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      const min = this.quantifier();
      if (min === void 0) seq.push(atom);
      else if (atom.kind === "other") seq.push(atom);
      else seq.push({ ...atom, min: min === 0 ? 0 : 1 }, { kind: "other" });
    }
    return seq;
  }
  atom() {
    const c = this.src[this.i];
    if (c === "\\") {
      const e = this.src[this.i + 1] ?? "";
      this.i += 2;
      if (!/[A-Za-z0-9]/.test(e) && e !== "") return { kind: "char", ch: e, min: 1 };
      const rest = this.src.slice(this.i);
      const span = e === "u" ? /^[0-9A-Fa-f]{4}/.exec(rest) : e === "x" ? /^[0-9A-Fa-f]{2}/.exec(rest) : e === "c" ? /^[A-Za-z]/.exec(rest) : e === "k" ? /^<[^>]*>/.exec(rest) : /[0-9]/.test(e) ? /^[0-9]*/.exec(rest) : null;
      if (span) this.i += span[0].length;
      return { kind: "other" };
    }
    if (c === "[") {
      this.i++;
      while (this.i < this.src.length && this.src[this.i] !== "]") this.i += this.src[this.i] === "\\" ? 2 : 1;
      this.i++;
      return { kind: "other" };
    }
    if (c === "(") {
      this.i++;
      let lookaround = false;
      if (this.src[this.i] === "?") {
        const next = this.src[this.i + 1];
        if (next === ":") this.i += 2;
        else if (next === "<" && /[A-Za-z_$]/.test(this.src[this.i + 2] ?? "")) this.i = this.src.indexOf(">", this.i) + 1;
        else {
          lookaround = true;
          this.i += next === "<" ? 3 : 2;
        }
      }
      const alts = this.alternatives();
      this.i++;
      return lookaround ? { kind: "other" } : { kind: "group", alts, min: 1 };
    }
    this.i++;
    if (".^$*+?{}".includes(c)) return { kind: "other" };
    return { kind: "char", ch: c, min: 1 };
  }
  /** The quantifier's minimum (undefined when none follows). */
  quantifier() {
    const c = this.src[this.i];
    let min;
    if (c === "*" || c === "?") min = 0;
    else if (c === "+") min = 1;
    else if (c === "{") {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.src.slice(this.i));
      if (!m) return void 0;
      this.i += m[0].length - 1;
      min = Number(m[1]);
    } else return void 0;
    this.i++;
    if (this.src[this.i] === "?") this.i++;
    return min;
  }
};
function strength(set) {
  return Math.min(...set.map((s) => s.length));
}
function requiredOfSequence(seq, min) {
  let best;
  const consider = (set) => {
    if (set && strength(set) >= min && (!best || strength(set) > strength(best))) best = set;
  };
  let run = "";
  for (const t of seq) {
    if (t.kind === "char" && t.min > 0) {
      run += t.ch;
      continue;
    }
    consider(run ? [run] : void 0);
    run = "";
    if (t.kind === "group" && t.min > 0) consider(requiredOfAlternatives(t.alts, min));
  }
  consider(run ? [run] : void 0);
  return best;
}
function requiredOfAlternatives(alts, min) {
  const out = /* @__PURE__ */ new Set();
  for (const seq of alts) {
    const r = requiredOfSequence(seq, min);
    if (!r) return void 0;
    for (const s of r) out.add(s);
  }
  return [...out];
}
function requiredLiterals(re, min = 2) {
  if (re.unicode || re.flags.includes("v")) return void 0;
  const parser = new Parser(re.source);
  const set = requiredOfAlternatives(parser.alternatives(), min);
  if (!set || set.some((s) => /[^\x20-\x7e]/.test(s))) return void 0;
  return re.ignoreCase ? [...new Set(set.map((s) => s.toLowerCase()))] : set;
}

// src/evidence/repo/memory-state.ts
var NOT_STATE = /registry|handlers?$|routes?$|plugins?|commands?$|hooks?$|signals?$|^__all__$|lock|mutex|mapping|schema|choices|config|settings|defaults?|options|metrics?|counters?|logger|loggers|templates?|patterns?|types?$|_?cache_info/i;
var esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var RULES = {
  py: {
    decl: /^([A-Za-z_]\w*)\s*(?::\s*[\w[\], .|]{1,60})?=\s*(?:\{\s*\}|\[\s*\]|dict\(\s*\)|list\(\s*\)|set\(\s*\)|(?:collections\.)?(?:defaultdict|OrderedDict|deque|Counter)\()/,
    write: (n) => new RegExp(`^\\s+(?:${esc(n)}\\s*\\[[^\\]]{1,200}\\]\\s*(?:=|\\+=)(?!=)|${esc(n)}\\.(?:append|update|setdefault|add|extend|insert|pop|popitem|remove|clear)\\(|del\\s+${esc(n)}\\[)`)
  },
  js: {
    decl: /^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[^=]{1,80})?=\s*(?:new\s+(?:Map|Set|WeakMap)\s*(?:<[^>]{0,80}>)?\(\s*\)|\{\s*\}|\[\s*\])\s*;?\s*$/,
    write: (n) => new RegExp(`^\\s+.*\\b${esc(n)}(?:\\.(?:set|push|add|unshift|splice)\\(|\\[[^\\]]{1,200}\\]\\s*=(?!=))`)
  },
  go: {
    decl: /^(?:var\s+|\t| {4})?([A-Za-z_]\w*)\s*(?:map\[[^\]]{1,60}\][\w.*[\]]{1,60}\s*)?=\s*(?:map\[[^\]]{1,60}\][\w.*[\]{}]{1,80}\{\s*\}|make\(\s*map\[)/,
    write: (n) => new RegExp(`^\\s+${esc(n)}\\[[^\\]]{1,200}\\]\\s*=(?!=)|^\\s+delete\\(\\s*${esc(n)}\\s*,`),
    // Indented declarations count only inside a package-level `var (` block.
    block: /^var\s*\(\s*$/
  },
  jvm: {
    decl: /^\s*(?:(?:private|public|protected)\s+)?static\s+(?:final\s+)?(?:[\w.]+\s*<[^>]{0,120}>|[\w.]+)\s+([A-Za-z_]\w*)\s*=\s*new\s+(?:Concurrent)?(?:HashMap|LinkedHashMap|TreeMap|ArrayList|LinkedList|HashSet|CopyOnWriteArrayList)\s*</,
    write: (n) => new RegExp(`\\b${esc(n)}\\.(?:put|putIfAbsent|add|compute|merge|remove|computeIfAbsent)\\(`)
  },
  cs: {
    decl: /^\s*(?:(?:private|public|internal|protected)\s+)?static\s+(?:readonly\s+)?(?:[\w.]+\s*<[^>]{0,120}>|[\w.]+)\s+([A-Za-z_]\w*)\s*=\s*new\s*(?:Concurrent)?(?:Dictionary|List|HashSet|ConcurrentBag)?\s*(?:<[^>]{0,120}>)?\s*\(/,
    write: (n) => new RegExp(`\\b${esc(n)}(?:\\.(?:Add|TryAdd|AddOrUpdate|Remove|TryRemove|Insert)\\(|\\[[^\\]]{1,200}\\]\\s*=(?!=))`)
  },
  ruby: {
    decl: /^(\$[a-z_]\w*|[A-Z][A-Z0-9_]*)\s*=\s*(?:\{\s*\}|\[\s*\]|Hash\.new|Array\.new|Concurrent::(?:Hash|Array|Map)\.new)/,
    write: (n) => new RegExp(`^\\s+${esc(n)}(?:\\[[^\\]]{1,200}\\]\\s*=(?!=)|\\s*<<|\\.(?:push|store|merge!|delete)\\b)`)
  },
  // A static, lazily built or lock-guarded collection: `static ORDERS: Lazy<Mutex<HashMap<…>>>`, `static ref CACHE: RwLock<…>`.
  rust: {
    decl: /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?static\s+(?:ref\s+)?([A-Z][A-Z0-9_]*)\s*:\s*(?:[\w:]{0,40}(?:Lazy|LazyLock|OnceLock|OnceCell)\s*<\s*)?(?:[\w:]{0,40}(?:Mutex|RwLock|DashMap|DashSet))\b/,
    write: (n) => new RegExp(`\\b${esc(n)}(?:\\.(?:lock|write)\\(\\)[^;\\n]{0,80}?\\.(?:insert|push|entry|extend|remove|clear)\\(|\\.(?:insert|entry|remove)\\()`)
  },
  // The long-running PHP servers keep a script's top-level arrays between requests; under php-fpm they start empty every request.
  php: {
    decl: /^(?:\$([A-Za-z_]\w*)|\s+(?:(?:private|public|protected)\s+)?static\s+(?:\??array\s+)?\$([A-Za-z_]\w*))\s*=\s*(?:\[\s*\]|array\(\s*\))\s*;/,
    write: (n) => new RegExp(`(?:\\$|self::\\$|static::\\$)${esc(n)}\\[[^\\]]{0,200}\\]\\s*=(?!=)`),
    only: /\b(?:Open)?Swoole\\|\bReact\\(?:Http|Socket)\\|\bWorkerman\\|\bSpiral\\RoadRunner\\/
  },
  // A named ETS table other processes write (`:public`), or an Agent the code updates: state of this node only.
  elixir: {
    decl: /:ets\.new\(\s*(:\w+)\s*,[^)\n]{0,200}:named_table|\bAgent\.start_link\([^\n]{0,200}\bname:\s*([\w.]+)/,
    write: (n) => new RegExp(`:ets\\.insert(?:_new)?\\(\\s*${esc(n)}\\b|\\bAgent\\.(?:update|get_and_update|cast)\\(\\s*${esc(n)}\\b`),
    self: /:ets\.new\([^)\n]{0,200}:public/
  }
};
var QUICK = /* @__PURE__ */ new Map();
function memoryStores(text, file, lang) {
  const rule = RULES[lang];
  if (!rule || text.length > 1e6) return [];
  let quick = QUICK.get(lang);
  if (!quick) {
    quick = new RegExp(rule.decl.source, "m");
    QUICK.set(lang, quick);
  }
  if (!quick.test(text) || rule.only && !rule.only.test(text)) return [];
  const lines = text.split("\n");
  const out = [];
  let inBlock = false;
  for (let i = 0; i < lines.length && out.length < 20; i++) {
    const line = lines[i];
    if (rule.block) {
      if (rule.block.test(line)) {
        inBlock = true;
        continue;
      }
      if (inBlock && /^\)/.test(line)) inBlock = false;
    }
    const m = rule.decl.exec(line);
    if (!m) continue;
    if (rule.block && /^\s/.test(line) && !inBlock) continue;
    const name = m.slice(1).find(Boolean);
    if (NOT_STATE.test(name.replace(/^[$:]/, ""))) continue;
    const write = rule.write(name);
    const at = lines.findIndex((l, k) => k !== i && write.test(l));
    if (at >= 0) {
      out.push({ kind: "memory-store", file, line: i + 1, lang, snippet: `${line.trim().slice(0, 100)} (written at line ${at + 1}: ${lines[at].trim().slice(0, 50)})` });
    } else if (rule.self?.test(line)) {
      out.push({ kind: "memory-store", file, line: i + 1, lang, snippet: `${line.trim().slice(0, 100)} (a public named table: any process writes it)` });
    }
  }
  return out;
}

// src/evidence/repo/settings-fields.ts
var SERVICE_FIELD = /^(?:\w+_)?(?:database|db|redis|mongo(?:db)?|postgres(?:ql)?|pg|mysql|amqp|rabbit(?:mq)?|kafka|elastic(?:search)?|memcached?|cache|broker|smtp|mail|queue|nats|s3|sqlalchemy_database)(?:_\w+)?_(?:url|uri|dsn|host|hostname|addr|address|server|servers|endpoint|brokers)$|^(?:database|db|redis|broker|amqp|mongo|postgres|mysql)_?(?:url|uri|dsn)$/i;
var PORT_FIELD = /^(?:(?:http|server|app|web|listen)_)?port$/i;
function signal(kind, f, variable, file, lang) {
  return { kind, file, line: f.line, lang, snippet: `${f.text.trim().slice(0, 110)} (read from "${variable}")`, variable };
}
function toSignals(fields, prefix, file, lang) {
  const out = [];
  for (const f of fields) {
    const variable = f.alias ?? `${prefix}${f.name}`.toUpperCase();
    if (PORT_FIELD.test(f.name)) out.push(signal("port-from-env", f, variable, file, lang));
    else if (SERVICE_FIELD.test(f.name)) out.push(signal("service-url-from-env", f, variable, file, lang));
  }
  return out;
}
function body(lines, start) {
  const indent = /^\s*/.exec(lines[start])[0].length;
  const out = [];
  for (let i = start + 1; i < lines.length && out.length < 400; i++) {
    const l = lines[i];
    if (l.trim() === "" || /^\s*#/.test(l)) continue;
    if (/^\s*/.exec(l)[0].length <= indent) break;
    out.push({ text: l, line: i + 1 });
  }
  return out;
}
function pydantic(text, file) {
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*class\s+\w+\s*\([^)]{0,200}\bBaseSettings\b/.test(lines[i])) continue;
    const members = body(lines, i);
    const indent = members[0] ? /^\s*/.exec(members[0].text)[0] : "";
    const prefix = /\benv_prefix\s*=\s*['"](\w{0,40})['"]/.exec(members.map((m) => m.text).join("\n"))?.[1] ?? "";
    const fields = [];
    for (const m of members) {
      if (!m.text.startsWith(indent) || /^\s/.test(m.text.slice(indent.length))) continue;
      const f = /^([a-z_][a-z0-9_]{0,60})\s*:\s*[^=\n]{1,120}/i.exec(m.text.slice(indent.length));
      if (!f || f[1] === "model_config") continue;
      const alias = /\b(?:validation_)?alias\s*=\s*['"]([A-Za-z_]\w{0,60})['"]/.exec(m.text)?.[1];
      fields.push({ name: f[1], line: m.line, text: m.text, ...alias ? { alias: alias.toUpperCase() } : {} });
    }
    out.push(...toSignals(fields, prefix, file, "py"));
  }
  return out;
}
function envy(text, file) {
  const prefix = /\benvy::prefixed\(\s*"(\w{0,40})"\s*\)/.exec(text)?.[1] ?? "";
  const lines = text.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?struct\s+\w+\s*\{\s*$/.test(lines[i])) continue;
    const attrs = lines.slice(Math.max(0, i - 4), i).join("\n");
    if (!/#\[derive\([^)]{0,200}\bDeserialize\b/.test(attrs)) continue;
    const fields = [];
    for (let k = i + 1; k < lines.length && !/^\s*\}/.test(lines[k]); k++) {
      const f = /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?([a-z_][a-z0-9_]{0,60})\s*:\s*[^,\n]{1,120},?\s*$/.exec(lines[k]);
      const rename = /#\[serde\(\s*rename\s*=\s*"(\w{1,60})"/.exec(lines[k - 1] ?? "")?.[1];
      if (f) fields.push({ name: f[1], line: k + 1, text: lines[k], ...rename ? { alias: `${prefix}${rename}`.toUpperCase() } : {} });
    }
    out.push(...toSignals(fields, prefix, file, "rust"));
  }
  return out;
}
function settingsFields(text, file, lang) {
  if (text.length > 1e6) return [];
  if (lang === "py" && text.includes("BaseSettings")) return pydantic(text, file);
  if (lang === "rust" && text.includes("envy::")) return envy(text, file);
  return [];
}

// src/evidence/repo/paths.ts
function isUnder(file, dir) {
  return dir === "." || file === dir || file.startsWith(`${dir}/`);
}
function relativeTo(file, dir) {
  return dir === "." ? file : file.slice(dir.length + 1);
}
var EXT_LANG = {
  js: "js",
  mjs: "js",
  cjs: "js",
  jsx: "js",
  ts: "js",
  mts: "js",
  cts: "js",
  tsx: "js",
  py: "py",
  go: "go",
  java: "jvm",
  kt: "jvm",
  kts: "jvm",
  scala: "jvm",
  groovy: "jvm",
  rb: "ruby",
  rake: "ruby",
  ru: "ruby",
  php: "php",
  rs: "rust",
  cs: "cs",
  fs: "cs",
  vb: "cs",
  cshtml: "cs",
  ex: "elixir",
  exs: "elixir",
  yml: "config",
  yaml: "config",
  properties: "config",
  xml: "config",
  ini: "config",
  toml: "config",
  conf: "config",
  cfg: "config",
  json: "config",
  sh: "shell",
  bash: "shell"
};
var TOOL_FILE_NAMES = /^(?:\.twelve-factor\.ya?ml|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.]*|biome\.json|\.prettierrc[\w.]*|renovate\.json|\.?(?:docker-)?compose[\w.-]*\.ya?ml|\.gitlab-ci\.yml|\.travis\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|mkdocs\.yml|\.pre-commit-config\.yaml|codecov\.yml|\.readthedocs\.ya?ml|lerna\.json|nx\.json|turbo\.json|angular\.json|vercel\.json|netlify\.toml|app\.json|pyproject\.toml|Cargo\.toml|package\.json|composer\.json)$/;
var TOOL_DIRS = /(?:^|\/)(?:\.github|\.circleci|\.vscode|\.idea)\/.*$/;
function languageOf(file) {
  const base = file.slice(file.lastIndexOf("/") + 1);
  if (base === "Rakefile" || base === "Gemfile" || base === "config.ru") return "ruby";
  if (/^\.twelve-factor\.ya?ml$/.test(base)) return void 0;
  const dot = base.lastIndexOf(".");
  if (dot <= 0 && !base.startsWith(".")) return void 0;
  const lang = EXT_LANG[base.slice(dot + 1).toLowerCase()];
  if (lang === "config" && (TOOL_FILE_NAMES.test(base) || TOOL_DIRS.test(file))) return void 0;
  if (lang === "js" && /\.(min|bundle)\.js$|\.d\.ts$/.test(base)) return void 0;
  return lang;
}
var EXCLUDED_DIRS = /* @__PURE__ */ new Set([
  "test",
  "tests",
  "__tests__",
  "spec",
  "specs",
  "testdata",
  "test-data",
  "fixtures",
  "__fixtures__",
  "__mocks__",
  "mocks",
  "e2e",
  "cypress",
  "playwright",
  "docs",
  "doc",
  "documentation",
  "examples",
  "samples",
  "demos",
  "vendor",
  "third_party",
  "third-party",
  "external",
  "node_modules",
  "bower_components",
  "site-packages",
  "dist",
  "build",
  "target",
  "out",
  ".next",
  ".nuxt",
  "coverage",
  ".cache",
  "tmp",
  "benchmarks",
  "bench",
  // Deploy descriptors and ops tooling: read for formation, parity and release, never as the app's own config or code.
  "ops",
  "tools",
  "infra",
  "deploy",
  "deployment",
  "deployments",
  "k8s",
  "kubernetes",
  "helm",
  "charts",
  "terraform",
  "ansible",
  ".devcontainer",
  "obj"
]);
var SHOWCASE_DIRS = /* @__PURE__ */ new Set(["docs", "doc", "documentation", "examples", "samples", "demos"]);
var SOURCE_TREE_DIRS = /* @__PURE__ */ new Set(["src", "lib", "internal", "pkg", "cmd", "app"]);
var JVM_SOURCE_ROOT = /(?:^|\/)src\/(?:main|[a-z]+Main)\/(?:java|kotlin|scala|groovy|resources)(?:\/|$)/;
function isNonRuntimeFolder(dir) {
  if (dir === "") return false;
  if (`${dir}/`.includes("src/test/")) return true;
  const root = JVM_SOURCE_ROOT.exec(dir);
  const above = root ? dir.slice(0, root.index) : dir;
  if (above === "") return false;
  let inSourceTree = false;
  for (const part of above.split("/")) {
    const name = part.toLowerCase();
    if (EXCLUDED_DIRS.has(name) && !(inSourceTree && SHOWCASE_DIRS.has(name))) return true;
    if (SOURCE_TREE_DIRS.has(name)) inSourceTree = true;
  }
  return false;
}
var TEST_FILE = /(\.(test|spec|e2e)\.[a-z]+$|_test\.(go|py|rb|exs?)$|^test_[^/]*\.py$|^conftest\.py$|_spec\.rb$|Test\.(java|kt)$|Tests\.(java|kt)$|IT\.java$|\.stories\.[jt]sx?$)/;
function isNonRuntimePath(rel) {
  const slash = rel.lastIndexOf("/");
  const dir = slash < 0 ? "" : rel.slice(0, slash);
  const base = rel.slice(slash + 1);
  if (isNonRuntimeFolder(dir)) return true;
  if (base.endsWith(".go") && goIgnoredFolder(dir)) return true;
  return rel.startsWith("src/test") || TEST_FILE.test(base);
}
function goIgnoredFolder(dir) {
  return dir !== "" && dir.split("/").some((p) => p.startsWith("_") && p !== "__pycache__");
}
function nonRuntimePathMemo() {
  const dirs = /* @__PURE__ */ new Map();
  return (rel) => {
    const slash = rel.lastIndexOf("/");
    const dir = slash < 0 ? "" : rel.slice(0, slash);
    let folder = dirs.get(dir);
    if (folder === void 0) {
      folder = { excluded: isNonRuntimeFolder(dir), goIgnored: goIgnoredFolder(dir) };
      dirs.set(dir, folder);
    }
    return folder.excluded || rel.startsWith("src/test") || TEST_FILE.test(rel.slice(slash + 1)) || rel.endsWith(".go") && folder.goIgnored;
  };
}
var ENV_TEMPLATE_WORD = /* @__PURE__ */ new Set(["example", "examples", "sample", "samples", "template", "tmpl", "tpl", "dist", "default", "defaults", "schema"]);
function isEnvTemplateName(base) {
  const m = /^\.env[._-]([\w.-]{1,100})$|^([\w.-]{1,100})\.env$/.exec(base);
  return m !== null && (m[1] ?? m[2]).split(/[._-]/).some((w) => ENV_TEMPLATE_WORD.has(w.toLowerCase()));
}

// src/evidence/repo/source-signals.ts
var ENV_ON_LINE = /process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv\(|Getenv\(|LookupEnv|System\.getenv|System\.get_env|System\.fetch_env|ENV\[|ENV\.fetch|\$_ENV|\$_SERVER|env::var|env\(|\$\{[A-Z_]+|config\(['"][A-Z_]|Settings\b|GetEnvironmentVariable|Configuration\[|GetValue<|@ConfigProperty|@Value\(/;
var ENV_HELPER = "\\b(?![Ss]et|[Uu]nset|[Pp]ut)\\w{0,30}?(?:env|Env|ENV)\\w{0,30}!?\\(\\s*";
var SERVICE_VAR = "[A-Z_]*(?:DATABASE|DB|REDIS|MONGO|POSTGRES|PG|MYSQL|AMQP|RABBIT|KAFKA|ELASTIC|MEMCACHE|CACHE|BROKER|SMTP|QUEUE|NATS|S3)[A-Z_]*";
var ENV_COPY = `\\benv(?:Vars?|ironment)?\\.(?:(?:str|url|db|dj_db_url|dj_cache_url|json|get)\\(\\s*['"])?`;
var SERVICE_URL_FROM_ENV = new RegExp(`(?:${ENV_COPY}|process\\.env\\.|\\bconfig\\(\\s*['"]|environ(?:\\.get)?[\\[(]\\s*['"]|getenv\\(\\s*['"]|Getenv\\(\\s*"|ENV(?:\\[|\\.fetch\\()\\s*['"]|\\$_ENV\\[['"]|env\\(\\s*['"]|env::var\\(\\s*"|GetEnvironmentVariable\\(\\s*"|System\\.(?:get_env|fetch_env!?)\\(\\s*"|GetConnectionString\\(\\s*"|getenv\\(\\)\\s*\\.get(?:OrDefault)?\\(\\s*"|\\$\\{\\??|\`(?:env|envconfig):"|\\b(?:envvar|envVar|env_var|envName|env_name|envKey|env)\\s*(?::|=>|=)\\s*['"])${SERVICE_VAR}\\b`);
var SERVICE_SCHEME = "\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|nats|jdbc:[a-z]{2,12})";
var SECRET_NAME_WORD = "(?:pass|pwd|secret|token|credential|api_?key|access_?key|private_?key|signing_?key|app_?key|jwt_?key|master_?key|session_?key|hmac|salt)";
var SERVICE_PORTS = "5432|3306|6379|27017|5672|9200|11211|9092|1433|1521|26257|4222|15672";
var HARDCODED_HOST = new RegExp(
  `\\b(?:localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|host\\.docker\\.internal)(?::|['"]?\\s*,\\s*)(?:${SERVICE_PORTS})\\b|\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|rediss?|amqps?|ecto|jdbc:[a-z]{2,12}):\\/\\/[^\\s'"\`$]{1,200}|\\b(?:pgsql|mysql|sqlsrv|dblib|oci|firebird):(?:host|server|unix_socket)=[\\w.\\/-]{1,200}|\\b(?:[Hh]ost|HOST|[Ss]erver|SERVER|Data Source|Address)\\s*=\\s*[\\w.,\\\\-]{1,200};[^"'\\n]{0,200}?\\b(?:[Dd]atabase|DATABASE|Initial Catalog)\\s*=`
);
var P = [
  // Config read from the environment.
  { kind: "env-read", langs: ["js"], hint: "env", re: /\bprocess\.env\b|\bimport\.meta\.env\b|\bDeno\.env\b|\bBun\.env\b/ },
  // No hint: BaseSettings and decouple imports hold no 'env'.
  { kind: "env-read", langs: ["py"], hint: "", re: /\bos\.environ\b|\bos\.getenv\(|\bgetenv\(|\benviron\.Env\(|\bBaseSettings\b|\bfrom decouple import\b|\benv\.(?:str|int|bool|url|db)\(/ },
  // AutomaticEnv on any viper instance (viper.New(), a getter); 'nv' is in every alternative, 'env' is not in AutomaticEnv.
  { kind: "env-read", langs: ["go"], hint: "nv", re: /\bos\.(?:Getenv|LookupEnv|Environ)\(|\benvconfig\.Process\(|\.AutomaticEnv\(|\benv\.Parse\(/i },
  { kind: "env-read", langs: ["jvm"], hint: "env", re: /\bSystem\.getenv\(|@Value\("\$\{|\bEnvironment\b.*getProperty\(/ },
  { kind: "env-read", langs: ["config"], hint: "${", re: /\$\{[A-Z][A-Z0-9_]*(?::[^}]{0,80})?\}/ },
  { kind: "env-read", langs: ["ruby"], hint: "ENV", re: /\bENV(?:\[|\.fetch\()/ },
  { kind: "env-read", langs: ["php"], hint: "env", re: /\bgetenv\(|\$_ENV\[|\$_SERVER\[['"][A-Z_]+['"]\]|\benv\(\s*['"][A-Z_]+/ },
  { kind: "env-read", langs: ["rust"], hint: "env", re: /\benv::var(?:_os)?\(|\benvy::|\bdotenvy?::|#\[(?:arg|clap)\([^)]{0,80}\benv\b/ },
  { kind: "env-read", langs: ["cs"], hint: "", re: /\bEnvironment\.GetEnvironmentVariable\(|\bConfiguration\[\s*"|\.GetValue<[^>]{1,40}>\(\s*"|\bAddEnvironmentVariables\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(/ },
  { kind: "env-read", langs: ["elixir"], hint: "env", re: /\bSystem\.(?:get_env|fetch_env!?)\(/ },
  // Go config loaders that take a getenv function (`load(os.Getenv)`) read the environment through their parameter.
  { kind: "env-read", langs: ["go"], hint: "etenv", re: /\(\s*os\.Getenv\s*\)|\bgetenv\(\s*"[A-Z][A-Z0-9_]*"\s*\)/ },
  { kind: "env-read", langs: ["jvm"], hint: "Config", re: /@ConfigProperty\(|ConfigProvider\.getConfig\(|\bSmallRyeConfig\b/ },
  // A table of option names, each bound to its variable (convict `env: 'PORT'`, click `envvar=`, viper `BindEnv`, `env_var:`).
  { kind: "env-read", langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir"], hint: "", re: /\b(?:env|envvar|envVar|env_var|envName|env_name|envKey)\s*(?::|=>|=)\s*['"][A-Z][A-Z0-9_]{1,60}['"]|\bBindEnv\(\s*"/ },
  // Overlays that let the environment override any config-file key.
  { kind: "env-overlay", langs: ["go"], hint: "AutomaticEnv", re: /\.AutomaticEnv\(/ },
  { kind: "env-overlay", langs: ["py"], hint: "BaseSettings", re: /\bclass\s+\w+\(\s*(?:pydantic_settings\.)?BaseSettings\b/ },
  { kind: "env-overlay", langs: ["cs"], hint: "", re: /\bAddEnvironmentVariables\(|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(/ },
  { kind: "env-overlay", langs: ["rust"], hint: "Env", re: /\bEnv::prefixed\(|\bFigment::from\(\s*rocket::Config|\bconfig::Environment::with_prefix\(|\bEnvironment::default\(\)/ },
  // Port from the environment.
  { kind: "port-from-env", langs: ["js"], hint: "PORT", re: new RegExp(`process\\.env(?:\\.PORT\\b|\\[['"]PORT['"]\\])|${ENV_COPY}PORT\\b`) },
  // A settings field named port (pydantic reads it from PORT); the check keeps it only in a BaseSettings file.
  { kind: "port-from-env", langs: ["py"], hint: "PORT", re: /(?:environ(?:\.get)?|getenv)[[(]\s*['"]PORT['"]|\bPORT\b\s*[:=].*(?:environ|getenv|env\.int)/ },
  { kind: "port-from-env", langs: ["go"], hint: "PORT", re: /(?:Getenv|LookupEnv)\(\s*"PORT"\s*\)|`(?:env|envconfig):"PORT"/ },
  { kind: "port-from-env", langs: ["jvm"], hint: "PORT", re: /getenv\(\s*"PORT"\s*\)|getenv\(\)\s*\.get(?:OrDefault)?\(\s*"PORT"|\$\{PORT(?::\d{1,5})?\}/ },
  { kind: "port-from-env", langs: ["config"], hint: "PORT", re: /\$\{PORT(?::-?\d{1,5})?\}/ },
  { kind: "port-from-env", langs: ["ruby"], hint: "PORT", re: /ENV(?:\[|\.fetch\()\s*['"]PORT['"]/ },
  { kind: "port-from-env", langs: ["php"], hint: "PORT", re: /(?:getenv\(|\$_ENV\[|\$_SERVER\[|env\()\s*['"]PORT['"]/ },
  { kind: "port-from-env", langs: ["rust"], hint: "PORT", re: /env::var\(\s*"PORT"\s*\)/ },
  { kind: "port-from-env", langs: ["shell"], hint: "PORT", re: /\$\{?PORT\b/ },
  { kind: "port-from-env", langs: ["go"], hint: "PORT", re: /\bgetenv\(\s*"[A-Z_]*PORT"\s*\)|(?:Getenv|LookupEnv)\(\s*"[A-Z_]*(?:HTTP|SERVER|APP|WEB|LISTEN)_PORT"\s*\)/ },
  { kind: "port-from-env", langs: ["js"], hint: "PORT", re: /process\.env(?:\.|\[['"])(?:HTTP|SERVER|APP|WEB|LISTEN)_PORT\b/ },
  { kind: "port-from-env", langs: ["py"], hint: "PORT", re: /(?:environ(?:\.get)?|getenv)[[(]\s*['"](?:HTTP|SERVER|APP|WEB|LISTEN)_PORT['"]/ },
  { kind: "port-from-env", langs: ["cs"], hint: "", re: /GetEnvironmentVariable\(\s*"(?:PORT|ASPNETCORE_URLS|ASPNETCORE_HTTP_PORTS|HTTP_PORT)"|Configuration\[\s*"(?:PORT|urls|Urls)"\]/ },
  { kind: "port-from-env", langs: ["elixir"], hint: "PORT", re: /System\.(?:get_env|fetch_env!?)\(\s*"PORT"/ },
  { kind: "port-from-env", langs: ["rust"], hint: "PORT", re: /env::var\(\s*"(?:ROCKET_PORT|HTTP_PORT|APP_PORT|SERVER_PORT)"\s*\)/ },
  { kind: "port-from-env", langs: ["jvm"], hint: "PORT", re: /getenv\(\s*"(?:HTTP|SERVER|APP)_PORT"\s*\)|\$\{(?:SERVER|HTTP|QUARKUS_HTTP)_PORT(?::\d{1,5})?\}/ },
  // Through a helper of the codebase (`envOr("PORT", "8080")`, `getEnv('PORT', 3000)`): the default-then-override every language writes.
  // The whole-text scan finds the quoted name; only its lines are tried against the helper call (slow over whole files).
  { kind: "port-from-env", langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir"], hint: "PORT", re: /['"](?:HTTP_|SERVER_|APP_|WEB_|LISTEN_)?PORT['"]/, only: new RegExp(`(?:${ENV_HELPER}|\\b(?:env|envvar|envVar|env_var|envName|env_name|envKey)\\s*(?::|=>|=)\\s*)['"](?:PORT|HTTP_PORT|SERVER_PORT|APP_PORT|WEB_PORT|LISTEN_PORT)['"]`) },
  // The port comes from the command line: the start command decides it.
  { kind: "port-from-argv", langs: ["js"], hint: "argv", re: /\.listen\([^)]{0,80}process\.argv/ },
  { kind: "port-from-argv", langs: ["py"], hint: "port", re: /add_argument\(\s*['"]--port['"]|sys\.argv\[\d\][^\n]{0,40}port|port[^\n]{0,20}sys\.argv/ },
  { kind: "port-from-argv", langs: ["go"], hint: "flag", re: /flag\.(?:Int|String)(?:Var)?\([^)]{0,40}"(?:port|addr|listen|http)"/ },
  // The code serves a port (whatever the port's source): it is a web process.
  { kind: "server", langs: ["js"], hint: "", re: /\.listen\(|\bcreateServer\(|\bBun\.serve\(|\bDeno\.serve\(|\bNestFactory\.create\(|\bserve\(\s*\{\s*fetch/ },
  { kind: "server", langs: ["py"], hint: "", re: /\b(?:app|application|uvicorn|web|socketio)\.run\(|\bweb\.run_app\(|\bHTTPServer\(|\bserve_forever\(|\bmake_server\(|=\s*(?:Flask|FastAPI|Starlette|Sanic|Quart|Litestar)\(|@(?:app|router|api|bp|blueprint)\.(?:get|post|put|delete|patch|route)\(/ },
  { kind: "server", langs: ["go"], hint: "", re: /\b(?:http\.)?ListenAndServe(?:TLS)?\(|\bnet\.Listen\(|\.Run\(\s*(?:"|fmt|addr|":"|\))|\.Start\(\s*(?:"|fmt|addr|":")|\bhttp\.Server\{/ },
  { kind: "server", langs: ["jvm"], hint: "", re: /\bSpringApplication\.run\(|\.createHttpServer\(|\bembeddedServer\(|\bJavalin\.create\(|\bnew\s+ServerSocket\(|@(?:RestController|Controller|GetMapping|PostMapping|RequestMapping)\b|@(?:jakarta|javax)\.ws\.rs\.Path\b|@Path\(|\bQuarkus\.run\(|\bMicronaut\.run\(/ },
  { kind: "server", langs: ["ruby"], hint: "", re: /^\s*(?:get|post|put|delete|patch)\s*(?:\(|\s)['"]\/|\bRack::Server\b|\bRails\.application\b|^\s*set\s+:(?:port|bind)\b/ },
  { kind: "server", langs: ["php"], hint: "", re: /\$app->(?:get|post|run)\(|Route::(?:get|post)\(|->listen\(/ },
  // Long-running PHP servers (Swoole, OpenSwoole, ReactPHP, Workerman, RoadRunner): the process, not a web server in front, holds the port.
  { kind: "server", langs: ["php"], hint: "new", re: /\bnew\s+(?:\\?[\w\\]{1,80}\\)?(?:Server|SocketServer|HttpServer)\(\s*['"](?:0\.0\.0\.0|127\.0\.0\.1|\[?::\]?|localhost)(?::\d{2,5})?['"]|\bnew\s+(?:\\?[\w\\]{1,80}\\)?Worker\(\s*['"](?:http|websocket|tcp|text):\/\/|\bnew\s+(?:\\?Spiral\\RoadRunner\\Http\\)?PSR7Worker\(/ },
  { kind: "server", langs: ["rust"], hint: "", re: /\bHttpServer::new\(|\baxum::serve\(|\bServer::bind\(|\brocket::build\(|#\[(?:rocket::)?launch\]|\bwarp::serve\(|\bTcpListener::bind\(/ },
  { kind: "server", langs: ["cs"], hint: "", re: /\bWebApplication\.CreateBuilder\(|\bWebHost\.CreateDefaultBuilder\(|\.UseUrls\(|\.UseKestrel\(|\.MapGet\(|\.MapControllers\(|\.ListenAnyIP\(/ },
  { kind: "server", langs: ["elixir"], hint: "", re: /\bPlug\.Cowboy\b|\bBandit\b|\bPhoenix\.Endpoint\b|\bhttp:\s*\[/ },
  // A process that keeps running with no port: a worker.
  { kind: "long-running", langs: ["js"], hint: "", re: /\bsetInterval\(|\.consume\(|\bnew\s+Worker\(|\.process\(\s*['"\w]|\bcron\.schedule\(/ },
  { kind: "long-running", langs: ["py"], hint: "", re: /^\s*while\s+True\s*:|\.start_consuming\(|\bschedule\.every\(|\bBlockingScheduler\(|\.run_forever\(/ },
  { kind: "long-running", langs: ["go"], hint: "", re: /^\s*for\s*\{\s*$|\btime\.NewTicker\(|\bselect\s*\{\s*\}/ },
  // Command-line argument parsing: a tool run once per invocation, not a server.
  { kind: "cli-parser", langs: ["py"], hint: "", re: /\bargparse\.ArgumentParser\(|^\s*import\s+(?:click|typer)\b|\bfire\.Fire\(/ },
  { kind: "cli-parser", langs: ["js"], hint: "", re: /require\(['"](?:commander|yargs|meow|cac)['"]\)|from\s+['"](?:commander|yargs|meow|cac)['"]/ },
  { kind: "cli-parser", langs: ["go"], hint: "", re: /"github\.com\/spf13\/cobra"|\bflag\.Parse\(\)/ },
  { kind: "cli-parser", langs: ["rust"], hint: "clap", re: /#\[derive\([^)]*Parser|clap::/ },
  // Hardcoded listening ports (the env is not read on the same line).
  { kind: "hardcoded-port", langs: ["js"], hint: "listen", re: /\.listen\(\s*\d{2,5}\s*[,)]/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["py"], hint: "port", re: /\b(?:app|application|uvicorn|web|socketio)\.run\([^)]{0,200}\bport\s*=\s*\d{2,5}|web\.run_app\([^)]{0,200}port\s*=\s*\d{2,5}/, unless: ENV_ON_LINE },
  // A gunicorn config file (`bind = "0.0.0.0:8000"`) need not say "port" anywhere.
  { kind: "hardcoded-port", langs: ["py"], hint: "bind", re: /\bbind\s*=\s*['"][^'"]{0,40}:\d{2,5}['"]/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["py"], hint: "runserver", re: /runserver\s+(?:[\d.]+:)?\d{2,5}/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["go"], hint: '"', re: /(?:ListenAndServe(?:TLS)?|\.Run|\.Start|net\.Listen)\(\s*(?:"tcp",\s*)?"[\w.]{0,40}:\d{2,5}"/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["jvm"], hint: "", re: /new ServerSocket\(\s*\d{2,5}|\bport\(\s*\d{2,5}\s*\)|embeddedServer\([^)]{0,80}port\s*=\s*\d{2,5}|\.bind\(\s*\d{2,5}\s*\)|\.listen\(\s*\d{2,5}\s*[,)]|\.start\(\s*\d{2,5}\s*\)|\.setPort\(\s*\d{2,5}\s*\)/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["cs"], hint: "", re: /\.UseUrls\(\s*"[^"]{0,80}:\d{2,5}|\.Listen(?:AnyIP|Localhost)\(\s*\d{2,5}|\bapp\.Run\(\s*"[^"]{0,80}:\d{2,5}"|\.Listen\(\s*IPAddress\.\w+,\s*\d{2,5}/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["elixir"], hint: "port", re: /\bport:\s*\d{2,5}\b/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["config"], hint: "port", re: /^\s*server\.port\s*[=:]\s*\d{2,5}\s*$|^\s{2,}port:\s*\d{2,5}\s*$/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["ruby"], hint: "port", re: /^\s*port\s+\d{2,5}\s*$|\bset\s+:port,\s*\d{2,5}|\bPort:\s*\d{2,5}/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["php"], hint: "listen", re: /->listen\(\s*\d{2,5}|\bphp\s+-S\s+[\w.]{0,40}:\d{2,5}/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["php"], hint: "new", re: /\bnew\s+(?:\\?[\w\\]{1,80}\\)?(?:Server|SocketServer|HttpServer|Worker)\(\s*['"](?:(?:https?|websocket|tcp|text):\/\/)?[\w.[\]:-]{0,60}?(?::\d{2,5}['"]|['"]\s*,\s*\d{2,5}\s*[,)])/, unless: ENV_ON_LINE },
  { kind: "hardcoded-port", langs: ["rust"], hint: "bind", re: /\.bind\(\s*(?:"[\w.]{0,40}:\d{2,5}"|\(\s*"[\w.]{0,40}",\s*\d{2,5}\s*\)|&?"[\w.]{0,40}:\d{2,5}"\.parse)|SocketAddr::from\(\(\[[\d, ]{0,20}\],\s*\d{2,5}\)\)/, unless: ENV_ON_LINE },
  // Backing-service locations.
  { kind: "service-url-from-env", langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir", "config"], hint: "_", re: SERVICE_URL_FROM_ENV },
  // Through a helper of the codebase (`envOr("DATABASE_URL", …)`): the whole-text scan finds the quoted name, and only
  // its lines are tried against the helper call (a lazy `\w{0,30}?` at every word boundary is slow over whole files).
  {
    kind: "service-url-from-env",
    langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir", "config"],
    hint: "_",
    re: new RegExp(`["'\`]${SERVICE_VAR}\\b`),
    only: new RegExp(`${ENV_HELPER}['"]${SERVICE_VAR}\\b`),
    // One signal per line: a line the direct reads above already match is not counted twice.
    unless: SERVICE_URL_FROM_ENV
  },
  // .NET: a connection string is a backing-service location by definition, and the host reads ConnectionStrings__<name> from the environment.
  { kind: "service-url-from-env", langs: ["cs"], hint: "GetConnectionString", re: /\bGetConnectionString\(\s*"[\w.:-]{1,80}"/ },
  // A service URL whose host is another config key (`jdbc:postgresql://${database.host}:5432/app`): Spring's relaxed
  // binding and MicroProfile Config let DATABASE_HOST override that key; whether one does is the check's to say.
  { kind: "service-url-placeholder", langs: ["config", "jvm"], hint: "${", re: new RegExp(`${SERVICE_SCHEME}:\\/\\/(?:[^\\s'"\`$@/]{0,64}@)?\\$\\{[a-z][\\w-]{0,60}(?:\\.[\\w-]{1,60}){0,8}(?::[^}\\s]{0,80})?\\}`) },
  // Driver, client and ORM calls that connect to a backing service (a SQLite file is local state, not one): the app uses a service wherever its location comes from.
  { kind: "service-client", langs: ["js"], hint: "", re: /\bmongoose\.(?:connect|createConnection)\(|\bMongoClient(?:\.connect)?\(|\bnew\s+(?:pg\.)?(?:Pool|Client)\(|\b(?:redis\.)?createClient\(|\bnew\s+(?:Redis|IORedis|Sequelize|PrismaClient|DataSource|Kafka|S3Client)\(|\b[kK]nex\(\s*\{|\b(?:mysql2?|mysql\.promise\(\))\.create(?:Pool|Connection)\(|\bamqp\.connect\(|\bnodemailer\.createTransport\(|\bpostgres\(\s*(?:process|env|config|[`'"]postgres)/ },
  { kind: "service-client", langs: ["py"], hint: "", re: /\bcreate_(?:async_)?engine\(\s*(?!['"]sqlite)|\bpsycopg2?\.connect\(|\b(?:Async)?Connection\.connect\(|\basyncpg\.(?:connect|create_pool)\(|\b(?:redis\.)?(?:Strict)?Redis(?:\.from_url)?\(|\baioredis\.from_url\(|\b(?:AsyncIOMotor|Mongo)Client\(|\bpymysql\.connect\(|\bmysql\.connector\.connect\(|\bpika\.(?:Blocking|Select)Connection\(|\bCelery\(|\bboto3\.(?:client|resource)\(\s*['"](?:s3|sqs|dynamodb)|\bsmtplib\.SMTP(?:_SSL)?\(|\bKafka(?:Producer|Consumer)\(|\bSQLAlchemy\(/ },
  { kind: "service-client", langs: ["go"], hint: "", re: /\bpgxpool\.(?:New|NewWithConfig|Connect)\(|\bpgx\.Connect\(|\bsql(?:x)?\.(?:Open|Connect)\(\s*"(?!sqlite)|\bgorm\.Open\(\s*(?:postgres|mysql|sqlserver)\.|\bredis\.(?:NewClient|NewClusterClient|ParseURL)\(|\bmongo\.Connect\(|\bamqp(?:091)?\.Dial\(|\basynq\.(?:NewClient|NewServer|ParseRedisURI)\(|\bnats\.Connect\(|\bkafka\.NewWriter\(|\bsmtp\.Dial\(/ },
  { kind: "service-client", langs: ["jvm"], hint: "", re: /\bDriverManager\.getConnection\(|\bnew\s+(?:Hikari|Basic|Druid)DataSource\(|\bDataSourceBuilder\.create\(|\bMongoClients\.create\(|\bnew\s+Jedis(?:Pool)?\(|\bRedisClient\.create\(|\bnew\s+Kafka(?:Producer|Consumer)\(/ },
  // JDBC URLs and datasource keys in application config: Spring Boot and Quarkus connect to what they name.
  { kind: "service-client", langs: ["config"], hint: "", re: /\bjdbc:(?!sqlite|h2:mem|hsqldb:mem|h2:file|hsqldb:file)[a-z]{2,12}:|^\s*(?:spring\.)?datasource\.(?:url|jdbc-url)\s*[=:]|^\s*(?:quarkus\.)?datasource\.(?:jdbc\.url|reactive\.url)\s*[=:]|^\s*adapter:\s*(?:postgres(?:ql)?|postgis|mysql2?|trilogy|sqlserver|oracle_enhanced)\s*$/ },
  { kind: "service-client", langs: ["ruby"], hint: "", re: /\bPG\.connect\(|\bRedis\.new\(|\bMongo::Client\.new\(|\bSequel\.connect\(|\bestablish_connection\b|\bBunny\.new\(|\bMysql2::Client\.new\(/ },
  { kind: "service-client", langs: ["php"], hint: "", re: /\bnew\s+\\?PDO\(\s*(?!['"]sqlite)|\bnew\s+\\?(?:Predis\\Client|Redis|MongoDB\\Client|mysqli)\(|\b(?:mysqli|pg)_connect\(/ },
  { kind: "service-client", langs: ["rust"], hint: "", re: /\b(?:PgPool|MySqlPool)(?:Options)?::(?:new|connect)|\bredis::Client::open\(|\b(?:Pg|Mysql)Connection::establish\(|\bmongodb::Client::with_uri_str\(|\btokio_postgres::connect\(|\blapin::Connection::connect\(|\bdeadpool_postgres::/ },
  { kind: "service-client", langs: ["cs"], hint: "", re: /\.Use(?:SqlServer|Npgsql|MySql|MySQL|Oracle|Cosmos)\(|\bnew\s+(?:SqlConnection|NpgsqlConnection|MySqlConnection|MongoClient)\(|\bConnectionMultiplexer\.Connect(?:Async)?\(|\bAddStackExchangeRedisCache\(|\bNpgsqlDataSource\.Create\(/ },
  { kind: "service-client", langs: ["elixir"], hint: "", re: /\bEcto\.Adapters\.(?:Postgres|MyXQL|Tds)\b|\bRedix\.start_link\(|\bPostgrex\.start_link\(|\bAMQP\.Connection\.open\(/ },
  {
    kind: "hardcoded-service-host",
    langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir"],
    hint: "",
    re: HARDCODED_HOST,
    unless: ENV_ON_LINE,
    redact: true
  },
  // The database host as a config key: Ecto's `hostname:`, Django's `'HOST':`, a PHP config array's `'host' =>`.
  { kind: "hardcoded-service-host", langs: ["elixir"], hint: "hostname", re: /\bhostname:\s*"[\w.-]{1,200}"/, unless: ENV_ON_LINE },
  { kind: "hardcoded-service-host", langs: ["py"], hint: "HOST", re: /['"]HOST['"]\s*:\s*['"][\w.-]{1,200}['"]/, unless: ENV_ON_LINE },
  { kind: "hardcoded-service-host", langs: ["php"], hint: "host", re: /['"](?:host|hostname|db_host)['"]\s*=>\s*['"][\w.-]{1,200}['"]/, unless: ENV_ON_LINE },
  // In YAML or INI an upper-case key (`DATABASE_URL: postgres://db/app`, `- REDIS_URL=…`) sets an environment variable for the app: config in the environment, not a host in code.
  { kind: "hardcoded-service-host", langs: ["config"], hint: "", re: HARDCODED_HOST, unless: new RegExp(`${ENV_ON_LINE.source}|^\\s*-?\\s*["']?[A-Z][A-Z0-9_]*["']?\\s*[:=]`), redact: true },
  {
    kind: "service-host-fallback",
    langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir", "config"],
    hint: "",
    re: new RegExp(`\\b(?:localhost|127\\.0\\.0\\.1)(?::|['"]?\\s*,\\s*)(?:${SERVICE_PORTS})\\b|\\b(?:postgres(?:ql)?|mysql|mongodb|rediss?|amqps?):\\/\\/[^\\s'"\`$]{0,100}(?:localhost|127\\.0\\.0\\.1)`),
    only: ENV_ON_LINE,
    redact: true
  },
  // Hardcoded HTTP endpoints handed to a client, or held in a constant: third-party APIs and sibling services.
  { kind: "http-endpoint", langs: ["js"], hint: "http", re: /\b(?:fetch|axios(?:\.\w+)?|got(?:\.\w+)?|request|superagent\.\w+|ky(?:\.\w+)?)\(\s*['"`]https?:\/\/|\bbaseURL:\s*['"`]https?:\/\/|^\s*(?:export\s+)?const\s+[A-Z][A-Z0-9_]*\s*=\s*['"`]https?:\/\//, unless: ENV_ON_LINE },
  { kind: "http-endpoint", langs: ["py"], hint: "http", re: /\b(?:requests|httpx|session|client|aiohttp\.ClientSession\(\)\.?)\.(?:get|post|put|patch|delete|request)\(\s*f?['"]https?:\/\/|^[A-Z][A-Z0-9_]*\s*(?::\s*str\s*)?=\s*f?['"]https?:\/\//, unless: ENV_ON_LINE },
  { kind: "http-endpoint", langs: ["ruby"], hint: "", re: /\bNet::HTTP\.(?:new|start|get(?:_response)?|post(?:_form)?)\(\s*(?:URI\(\s*)?['"][\w.-]+|\b(?:HTTParty|Faraday|RestClient)\.(?:get|post|new|put)\(\s*['"]https?:\/\/|\bURI\(\s*['"]https?:\/\/|^\s*[A-Z][A-Z0-9_]*\s*=\s*['"]https?:\/\//, unless: ENV_ON_LINE },
  { kind: "http-endpoint", langs: ["go"], hint: "http", re: /\bhttp\.(?:Get|Post|Head|PostForm|NewRequest(?:WithContext)?)\([^)]{0,80}"https?:\/\/|^\s*(?:const|var)?\s*[A-Za-z]\w*(?:URL|Url|Endpoint|Host|API|Api)\w*\s*=\s*"https?:\/\//, unless: ENV_ON_LINE },
  { kind: "http-endpoint", langs: ["jvm", "cs", "php", "rust", "elixir"], hint: "http", re: /\b(?:new\s+URL|URI\.create|new\s+Uri|HttpRequest\.newBuilder\(\s*URI\.create|reqwest::get|Client::new\(\)\.(?:get|post)|Http(?:oison|Client)?\.(?:get|post)!?|Req\.(?:get|post)!?|file_get_contents|curl_init|Http::(?:get|post))\(\s*[\w.:]*\(?\s*['"]https?:\/\/|(?:static\s+final\s+String|const\s+string|const|@\w+)\s+[A-Za-z_]\w*(?:URL|Url|ENDPOINT|Endpoint|HOST|Host|API|Api)\w*\s*=\s*['"]https?:\/\//, unless: ENV_ON_LINE },
  // Logs written to files.
  { kind: "file-logging", langs: ["js"], hint: "ile", re: /\btransports\.(?:File|DailyRotateFile)\b|new\s+DailyRotateFile\(|pino\.destination\(\s*['"`][^'"`]{1,200}['"`]|\btype:\s*['"](?:file|dateFile|fileSync)['"]|createWriteStream\([^;\n]{0,200}\.log['"`]|\bfilename:\s*['"`][^'"`]{0,200}\.log['"`]/ },
  // A write stream to a .log file, its path computed (`path.join(__dirname, 'app.log')`) or literal.
  { kind: "file-logging", langs: ["js"], hint: "WriteStream", re: /\bcreateWriteStream\([^;\n]{0,200}\.log\b/ },
  { kind: "file-logging", langs: ["py"], hint: "ile", re: /\b(?:logging\.|handlers\.)?(?:Rotating|TimedRotating|Watched)?FileHandler\(|basicConfig\([^)]{0,200}\bfilename\s*=|['"]class['"]\s*:\s*['"]logging\.(?:handlers\.)?\w*FileHandler['"]|logger\.add\(\s*['"][^'"]{1,200}\.log['"]/ },
  { kind: "file-logging", langs: ["go"], hint: "log", re: /&?lumberjack\.Logger\{|os\.(?:Create|OpenFile)\([^)\n]{0,200}?\.log"/ },
  { kind: "file-logging", langs: ["jvm", "config"], hint: "ile", re: /<(?:Rolling)?(?:RandomAccess)?File\b[^>]{0,200}fileName=|class="ch\.qos\.logback\.core\.(?:rolling\.)?(?:Rolling)?FileAppender"|org\.apache\.log4j\.(?:Rolling|DailyRolling)?FileAppender|new\s+FileHandler\(|^\s*logging\.file\.(?:name|path)\s*[=:]|appender\.\w+\.type\s*=\s*(?:Rolling)?File\b/ },
  { kind: "file-logging", langs: ["ruby"], hint: "Logger", re: /Logger\.new\(\s*(?:['"][^'"]{1,200}['"]|Rails\.root\.join\(|File\.(?:open|join)\()/ },
  { kind: "file-logging", langs: ["php"], hint: "Handler", re: /new\s+(?:\\?\w{1,40}\\){0,6}(?:Rotating)?(?:Stream|File)Handler\(\s*(?:__DIR__\s*\.\s*)?['"][^'"]{0,200}\.log['"]|error_log\([^)]{0,200},\s*3\s*,/ },
  { kind: "file-logging", langs: ["php"], hint: "driver", re: /['"]driver['"]\s*=>\s*['"](?:single|daily)['"]/ },
  { kind: "file-logging", langs: ["cs"], hint: "File", re: /\.WriteTo\.(?:Rolling)?File\(|\bAddFile\(|xsi:type="File"|\bFileTarget\b/ },
  { kind: "file-logging", langs: ["elixir"], hint: "File", re: /LoggerFileBackend|:logger_file_backend|backends:\s*\[[^\]]*\{LoggerFileBackend/ },
  // log4rs's YAML config: a file or rolling_file appender.
  { kind: "file-logging", langs: ["config"], hint: "file", re: /^\s*kind:\s*(?:rolling_file|file)\s*$/ },
  { kind: "file-logging", langs: ["rust"], hint: "ppender", re: /\bFileAppender::builder\(|\bRollingFileAppender\b|tracing_appender::rolling::|WriteLogger::new\(/ },
  { kind: "log-file-path", langs: ["config", "shell", "py", "js", "ruby", "php", "go", "jvm", "rust", "cs", "elixir"], hint: "log", re: /(?:log_?file|logfile|log_?path|log_?dir|access-logfile|error-logfile|log-file|errorlog|accesslog)\b['"]?\s*(?:[=:]\s*)?['"]?(?:\/var\/log\/|\.?\/?logs?\/)[^\s'"]{0,200}|--(?:access-|error-)?log-?file[= ]+(?!-)[^\s'"]{1,200}/i, unless: /\/dev\/std(?:out|err)|\s-\s*$|=-\b/ },
  // Local state.
  { kind: "sqlite", langs: ["js"], hint: "qlite", re: /\bnew\s+(?:sqlite3\.)?(?:Database|verbose\(\)\.Database)\(\s*['"`][^'"`:]{1,200}['"`]|\bopen\(\s*\{\s*filename:|require\(['"](?:sqlite3|better-sqlite3)['"]\)|from\s+['"](?:sqlite3|better-sqlite3|bun:sqlite|node:sqlite)['"]|dialect:\s*['"]sqlite['"]|\bstorage:\s*['"][^'"]{1,200}\.sqlite3?['"]|provider\s*=\s*"sqlite"/ },
  { kind: "sqlite", langs: ["py"], hint: "sqlite", re: /\bsqlite3\.connect\(\s*(?:['"][^:'"]|[a-zA-Z_])|sqlite:\/\/\/[^:]|django\.db\.backends\.sqlite3/ },
  { kind: "sqlite", langs: ["go"], hint: "sqlite", re: /sql\.Open\(\s*"sqlite3?"|sqlite\.Open\(|"(?:github\.com\/mattn\/go-sqlite3|gorm\.io\/driver\/sqlite|modernc\.org\/sqlite)"/ },
  { kind: "sqlite", langs: ["jvm", "config"], hint: "jdbc:", re: /jdbc:sqlite:|jdbc:h2:file:|jdbc:hsqldb:file:/ },
  { kind: "sqlite", langs: ["ruby", "config"], hint: "sqlite", re: /^\s*adapter:\s*sqlite3?\b|sqlite3?:\/\/|Sequel\.sqlite\(/ },
  { kind: "sqlite", langs: ["php"], hint: "sqlite", re: /new\s+PDO\(\s*['"]sqlite:|['"]driver['"]\s*=>\s*['"]sqlite['"]|new\s+SQLite3\(/ },
  { kind: "sqlite", langs: ["cs"], hint: "qlite", re: /\.UseSqlite\(|new\s+SqliteConnection\(|Data Source=[^;"]{1,200}\.db\b/ },
  { kind: "sqlite", langs: ["elixir"], hint: "qlite", re: /Ecto\.Adapters\.SQLite3|:ecto_sqlite3/ },
  { kind: "sqlite", langs: ["rust"], hint: "sqlite", re: /Connection::open\(|sqlite:\/\/|SqlitePool/ },
  { kind: "upload-dir", langs: ["js"], hint: "", re: /\.files\.[\w$]+\.mv\(|\breq\.files?\b[^;\n]{0,80}\.mv\(|multer\(\s*\{\s*dest\s*:|multer\.diskStorage\(|\bdiskStorage\(\s*\{|\.mv\(\s*[`'"][^`'"]{0,200}uploads?\/|writeFile(?:Sync)?\(\s*[`'"](?:\.\/)?(?:public\/)?uploads?\/|\b(?:dest|destination|uploadDir)\s*:\s*(?:[`'"][^`'"]{0,200}|path\.(?:join|resolve)\([^)]{0,200})\buploads?\b/i },
  { kind: "upload-dir", langs: ["py"], hint: "", re: /\bUPLOAD_FOLDER['"]?\s*[=\]]|\.save\(\s*(?:f?['"]\.?\/?(?:media\/)?uploads?\/)|\bMEDIA_ROOT\s*=|\.save\(\s*os\.path\.join\(|FileSystemStorage\(/ },
  { kind: "upload-dir", langs: ["go"], hint: "upload", re: /os\.(?:Create|MkdirAll|WriteFile)\(\s*(?:filepath\.Join\(\s*)?"\.?\/?uploads?\b|SaveUploadedFile\(/i },
  { kind: "upload-dir", langs: ["jvm"], hint: "", re: /\.transferTo\(\s*(?:new\s+File|Paths?\.(?:get|of))\(|upload[-_.]?dir\s*[=:]/i },
  // Active Storage's `service: Disk` counts only when production selects it: rails.ts.
  { kind: "upload-dir", langs: ["php"], hint: "upload", re: /\bmove_uploaded_file\(/ },
  { kind: "upload-dir", langs: ["cs"], hint: "File", re: /\bIFormFile\b[^\n]{0,200}|\.CopyToAsync\(\s*(?:stream|fs|fileStream)\b|new\s+FileStream\([^)]{0,200}(?:upload|Upload)/ },
  { kind: "upload-dir", langs: ["rust"], hint: "upload", re: /File::create\(\s*(?:format!\(\s*)?"\.?\/?uploads?\//i },
  // An upload saved under the name the client sent, whatever folder the path is computed from.
  { kind: "upload-dir", langs: ["go"], hint: "Filename", re: /os\.(?:Create|OpenFile|WriteFile)\([^)\n]{0,200}?\.Filename\b/ },
  { kind: "upload-dir", langs: ["js"], hint: "originalname", re: /\b(?:writeFile(?:Sync)?|createWriteStream|rename(?:Sync)?|copyFile(?:Sync)?|join|resolve)\([^;\n]{0,200}?\.originalname\b/ },
  { kind: "upload-dir", langs: ["py"], hint: "filename", re: /\.save\([^\n]{0,200}?secure_filename\(|\bopen\([^\n]{0,200}?\.filename\b[^\n]{0,60}['"]wb['"]/ },
  { kind: "upload-dir", langs: ["ruby"], hint: "original_filename", re: /\b(?:File\.(?:open|write|binwrite)|FileUtils\.(?:cp|mv))\([^\n]{0,200}?original_filename\b/ },
  { kind: "upload-dir", langs: ["jvm"], hint: "getOriginalFilename", re: /\b(?:Files\.copy|Paths?\.(?:get|of)|new\s+File)\([^;\n]{0,200}?getOriginalFilename\(\)/ },
  { kind: "upload-dir", langs: ["rust"], hint: "file_name", re: /File::create\([^;\n]{0,200}?file_name\(\)/ },
  { kind: "upload-dir", langs: ["elixir"], hint: "File.", re: /\bFile\.(?:cp|rename)!?\(\s*\w{1,40}\.path\s*,/ },
  { kind: "memory-session", langs: ["js"], hint: "Store", re: /new\s+(?:session\.)?MemoryStore\(|require\(['"]memorystore['"]\)/ },
  { kind: "memory-session", langs: ["py", "config"], hint: "SESSION", re: /SESSION_TYPE\W{1,6}filesystem|SESSION_ENGINE\s*=\s*['"]django\.contrib\.sessions\.backends\.file['"]/ },
  { kind: "memory-session", langs: ["go"], hint: "Store", re: /sessions\.NewFilesystemStore\(|memstore\.New\w*\(|memory\.NewStore\(/ },
  { kind: "memory-session", langs: ["ruby"], hint: "session_store", re: /session_store\s+:(?:memory_store|file_store)\b/ },
  { kind: "memory-session", langs: ["php", "config"], hint: "session", re: /session\.save_handler\s*=\s*files|['"]driver['"]\s*=>\s*['"]file['"]|\bsession_start\(\)/ },
  { kind: "memory-session", langs: ["cs"], hint: "Memory", re: /\bAddDistributedMemoryCache\(/ },
  { kind: "memory-session", langs: ["rust"], hint: "MemoryStore", re: /\bMemoryStore::(?:new|default)\(/ },
  // Shutdown handling.
  { kind: "signal-handler", langs: ["js"], hint: "SIG", re: /process\.(?:on|once|addListener)\(\s*['"]SIG(?:TERM|INT)['"]|\bcreateTerminus\(|\bcreateHttpTerminator\(|\benableShutdownHooks\(/ },
  { kind: "signal-handler", langs: ["py"], hint: "SIG", re: /signal\.signal\(\s*signal\.SIG(?:TERM|INT)|add_signal_handler\(\s*signal\.SIG(?:TERM|INT)/ },
  { kind: "signal-handler", langs: ["go"], hint: "signal", re: /signal\.Notify(?:Context)?\(/ },
  { kind: "signal-handler", langs: ["jvm", "config"], hint: "", re: /addShutdownHook\(|@PreDestroy\b|^\s*server\.shutdown\s*[=:]\s*graceful|\bSpringApplication\.run\(|\bQuarkus\.run\(|@Observes\s+ShutdownEvent|\bMicronaut\.run\(|\bextends\s+AbstractVerticle\b|\bVertx\.vertx\(|\bembeddedServer\(/ },
  { kind: "signal-handler", langs: ["ruby"], hint: "trap", re: /(?:Signal\.)?trap\(\s*['"](?:SIG)?(?:TERM|INT)['"]|\bat_exit\b/ },
  { kind: "signal-handler", langs: ["php"], hint: "SIG", re: /pcntl_signal\(\s*SIG(?:TERM|INT)|Loop::addSignal\(\s*SIG(?:TERM|INT)/ },
  // Swoole's and RoadRunner's master processes stop their workers gracefully on SIGTERM.
  { kind: "signal-handler", langs: ["php"], hint: "", re: /\b(?:Open)?Swoole\\(?:Http\\|WebSocket\\)?Server\b|\bSpiral\\RoadRunner\\/ },
  { kind: "signal-handler", langs: ["cs"], hint: "", re: /\bApplicationStopping\b|\bIHostApplicationLifetime\b|\bWebApplication\.CreateBuilder\(|\bHost\.CreateDefaultBuilder\(|\bWebHost\.CreateDefaultBuilder\(|\bPosixSignalRegistration\.Create\(/ },
  { kind: "signal-handler", langs: ["elixir"], hint: "", re: /\buse\s+Application\b|\bSupervisor\.start_link\(/ },
  { kind: "signal-handler", langs: ["rust"], hint: "signal", re: /tokio::signal::|signal_hook::|ctrlc::set_handler|with_graceful_shutdown\(/ },
  // actix-web's server and Rocket stop gracefully on SIGTERM by default.
  { kind: "signal-handler", langs: ["rust"], hint: "", re: /\bHttpServer::new\(|\brocket::build\(|#\[(?:rocket::)?launch\]/ },
  // Env validated at boot.
  { kind: "env-validation", langs: ["js"], hint: "", re: /from\s+['"](?:envalid|env-var|@t3-oss\/env-\w+|znv|dotenv-safe|convict)['"]|require\(['"](?:envalid|env-var|dotenv-safe|convict)['"]\)|\bcleanEnv\(|\.parse\(\s*process\.env\s*\)|\.validate\(\s*process\.env\b|validationSchema\s*:/ },
  { kind: "env-validation", langs: ["py"], hint: "", re: /\bBaseSettings\b|from\s+environs\s+import|\benviron\.Env\(|from\s+decouple\s+import|from\s+dynaconf\s+import/ },
  { kind: "env-validation", langs: ["go"], hint: "", re: /envconfig\.Process\(|env\.Parse\(|`env:"[A-Z_]+,required|viper\.AutomaticEnv\(/ },
  { kind: "env-validation", langs: ["jvm"], hint: "", re: /@ConfigurationProperties\b|@Validated\b/ },
  { kind: "env-validation", langs: ["ruby"], hint: "", re: /Dotenv\.require_keys\(|ENV\.fetch\(\s*['"][A-Z_]+['"]\s*\)|\bEnvied\b|Anyway::Config/ },
  { kind: "env-validation", langs: ["php"], hint: "required", re: /->required\(\s*\[?['"][A-Z_]/ },
  { kind: "env-validation", langs: ["rust"], hint: "", re: /envy::from_env|#\[(?:arg|clap)\([^)]{0,80}\benv\b|config::Environment::/ },
  // Literal credentials (low-entropy ones; high-entropy values are the secret scanner's).
  // The name says it holds a secret (judged by isCredentialName: `api_key`, `hmac_secret`, `signing_key`, `DB_PASS`, not
  // `token_expires_in` or `cache_key`); the value is judged by credentialValue (a placeholder or a flag is no credential).
  { kind: "hardcoded-credential", langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir", "config"], hint: "", re: new RegExp(`\\b\\w{0,30}${SECRET_NAME_WORD}[\\w.-]{0,30}["']?[ \\t]*(?:[:=]|=>)[ \\t]*["'][^\\s"'<>]{4,200}["']`, "i"), unless: ENV_ON_LINE, redact: true },
  // Builders and setters (`.password("…")`, `setPassword("…")`), PHP's `'pass' =>`, the password argument of
  // `new PDO(dsn, user, password)` and DriverManager.getConnection, and `Password=…;` in a connection string.
  {
    kind: "hardcoded-credential",
    langs: ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir"],
    hint: "",
    re: /(?:\.|->)(?:set|with)?[Pp]assword\(\s*["'][^\s"'$%{}<>]{4,64}["']\s*\)|['"](?:pass|pwd)['"]\s*=>\s*['"][^\s"'$%{}<>]{4,64}['"]|\bnew\s+\\?PDO\([^,\n]{1,200},\s*['"][^'"\n]{1,64}['"]\s*,\s*['"][^\s'"$]{4,64}['"]|\bDriverManager\.getConnection\([^,\n]{1,200},\s*"[^"\n]{1,64}"\s*,\s*"[^\s"$]{4,64}"|\b(?:[Pp]assword|PASSWORD|[Pp]wd|PWD)\s*=\s*(?![$%{<])[^;'"\s&,()]{4,64}(?=[;'"&\s])/,
    unless: ENV_ON_LINE,
    redact: true
  },
  // YAML and .properties leave the value unquoted: `password: s3cret`, `spring.datasource.password=s3cret`.
  { kind: "hardcoded-credential", langs: ["config"], hint: "", re: new RegExp(`^[ \\t]*[\\w.-]{0,60}${SECRET_NAME_WORD}[\\w.-]{0,30}[ \\t]*[:=][ \\t]*[^\\s"'<>#]{4,200}[ \\t]*$`, "i"), unless: ENV_ON_LINE, redact: true },
  // Code that applies migrations (whether it runs at every start is decided with the file's other signals: see migrations-at-start.ts).
  { kind: "migrate-in-code", langs: ["js"], hint: "", re: /\.migrate\.latest\(|\bsequelize\.sync\(|\bmigrationsRun:\s*true\b|\bsynchronize:\s*true\b|\bumzug\.up\(|\bmigrate\(\s*\w{1,40}\s*,\s*\{\s*migrationsFolder\b/ },
  { kind: "migrate-in-code", langs: ["py"], hint: "", re: /\bcommand\.upgrade\(|\bcall_command\(\s*['"]migrate['"]|\.metadata\.create_all\(|\bflask_migrate\.upgrade\(/ },
  { kind: "migrate-in-code", langs: ["go"], hint: "", re: /\bgoose\.Up(?:Context)?\(|\bm\.Up\(\)|\.AutoMigrate\(|\bmigrator\.Migrate\(/ },
  { kind: "migrate-in-code", langs: ["jvm"], hint: "", re: /\bflyway\.migrate\(\)|\bFlyway\.configure\(\)[^;\n]{0,200}\.migrate\(\)|\bliquibase\.update\(/ },
  { kind: "migrate-in-code", langs: ["config"], hint: "migrate-at-start", re: /\b(?:quarkus\.)?(?:flyway|liquibase)\.migrate-at-start\s*[=:]\s*true\b|^\s*migrate-at-start:\s*true\b/ },
  { kind: "migrate-in-code", langs: ["ruby"], hint: "igrat", re: /\bSequel::Migrator\.run\(|\bActiveRecord::(?:MigrationContext|Migrator|Tasks::DatabaseTasks)\b[^\n]{0,80}\bmigrate\b/ },
  { kind: "migrate-in-code", langs: ["php"], hint: "igrat", re: /\bArtisan::call\(\s*['"]migrate\b|\$\w{1,40}->migrate\(\s*['"]/ },
  { kind: "migrate-in-code", langs: ["rust"], hint: "igrat", re: /\bsqlx::migrate!\([^)\n]{0,200}\)\s*\.run\(|\.run_pending_migrations\(|\bmigrations::runner\(\)/ },
  { kind: "migrate-in-code", langs: ["cs"], hint: "Database", re: /\.Database\.(?:Migrate|MigrateAsync|EnsureCreated|EnsureCreatedAsync)\(/ },
  { kind: "migrate-in-code", langs: ["elixir"], hint: "Migrator", re: /\{\s*Ecto\.Migrator\s*,(?![^\n]{0,200}\bskip:\s*true)/ },
  // Daemonising and process supervisors (also scanned in Dockerfile commands, Procfile and scripts by the checks).
  { kind: "daemonize", langs: ["shell", "config", "py", "ruby"], hint: "", re: /\bnohup\s|--daemon(?:ize)?\b|^\s*daemon(?:ize)?\s*(?:[=:]\s*)?(?:true|yes|on|True)\b|\bpm2\s+start\b|\bforever\s+start\b|\bstart-stop-daemon\b|\/etc\/init\.d\/|\bservice\s+\S+\s+start\b|\bpid_?file\s*[=:]|--pid(?:file)?[= ]/i },
  // Bounded gap: `.*` here rescanned the rest of the line at every `pm2` (quadratic on a line of them).
  { kind: "supervisor", langs: ["shell", "config"], hint: "", re: /\bsupervisord\b|\bs6-svscan\b|\brunsvdir\b|\bcircusd\b|\bpm2(?:-runtime)?\b[^\n]{0,200}?\s-i\s+(?:max|\d+)/ }
];
var FIND = new Map(P.map((p) => [p, new RegExp(p.re.source, [...new Set(`${p.re.flags}gm`)].join(""))]));
var NEEDS = new Map(P.map((p) => [p, p.hint === "" ? requiredLiterals(p.re) : void 0]));
var BY_LANG = /* @__PURE__ */ new Map();
for (const p of P) for (const l of p.langs) BY_LANG.set(l, [...BY_LANG.get(l) ?? [], p]);
var MAX_LINE2 = 2e3;
var COMMENT = {
  js: /^\s*(?:\/\/|\/?\*)/,
  go: /^\s*(?:\/\/|\/?\*)/,
  jvm: /^\s*(?:\/\/|\/?\*|<!--)/,
  php: /^\s*(?:\/\/|#|\/?\*)/,
  rust: /^\s*(?:\/\/|\/?\*)/,
  cs: /^\s*(?:\/\/|\/?\*)/,
  elixir: /^\s*#/,
  py: /^\s*#/,
  ruby: /^\s*#/,
  shell: /^\s*#/,
  config: /^\s*(?:#|;|<!--|\/\/)/
};
function redactLine(s) {
  return s.replace(/(\bnew\s+\\?PDO\([^,\n]{1,200},\s*['"][^'"\n]{1,64}['"]\s*,\s*['"]|\bDriverManager\.getConnection\([^,\n]{1,200},\s*"[^"\n]{1,64}"\s*,\s*"|(?:\.|->)(?:set|with)?[Pp]assword\(\s*["'])[^"'\n]{1,64}/g, "$1[REDACTED]").replace(/(\b(?:password|pwd)\s*=\s*)(?!\[REDACTED\])[^;'"\s&,()]{1,64}/gi, "$1[REDACTED]").replace(/(:\/\/[^\s:/@'"`]{0,64}:)[^\s/'"`]{1,128}@/g, "$1[REDACTED]@").replace(QUOTED_SECRET_VALUE, "$1[REDACTED]$2").replace(UNQUOTED_SECRET_VALUE, "$1[REDACTED]");
}
var QUOTED_SECRET_VALUE = new RegExp(`(${SECRET_NAME_WORD}[\\w.-]{0,30}["']?[ \\t]*(?:[:=]|=>)[ \\t]*["'])[^"'\\n]{1,200}(["'])`, "gi");
var UNQUOTED_SECRET_VALUE = new RegExp(`^([ \\t]*[\\w.-]{0,60}${SECRET_NAME_WORD}[\\w.-]{0,30}[ \\t]*[:=][ \\t]*)(?!\\[REDACTED\\])[^\\s"'<>#]{1,200}`, "i");
function isPlaceholderCredential(line, match) {
  const quoted = /["']$/.test(match) || /["']\s*\)$/.test(match) ? /["']([^"']{1,200})["']\s*\)?$/.exec(match) : void 0;
  const m = quoted ?? /(?:[:=]|=>)\s*["']([^"']{1,200})["']/.exec(match) ?? /(?:[:=]|=>)\s*([^\s"';&]{1,200})[;&]?\s*$/.exec(match);
  if (!m) return true;
  const key = /([\w.-]+)["']?\s*(?:[:=]|=>)/.exec(match)?.[1];
  if (key !== void 0 && !isCredentialName(key)) return true;
  const names = new Set([...line.matchAll(/\b(?:user(?:name)?|User(?:name)?|USER(?:NAME)?|User Id|uid|Uid|UID)\s*(?:[:=]|=>)\s*["']?([\w.-]{1,64})/g)].map((u) => u[1].toLowerCase()));
  const positionalUser = /,\s*["']([^"']{1,64})["']\s*,\s*["'][^"']{1,64}["']\s*\)?$/.exec(match)?.[1]?.toLowerCase();
  if (positionalUser) names.add(positionalUser);
  return credentialValue(m[1], { ...key !== void 0 ? { key } : {}, names }) !== "credential";
}
var MAX_SIGNALS_PER_KIND = 500;
var MAX_CONFIG_SIGNAL_BYTES = 256 * 1024;
function signalsInText(text, file, lang) {
  const out = [];
  let lower;
  const mayMatch = (p) => {
    const needs = NEEDS.get(p);
    if (!needs) return true;
    if (p.re.ignoreCase && lower === void 0) lower = text.toLowerCase();
    const hay = p.re.ignoreCase ? lower : text;
    return needs.some((n) => hay.includes(n));
  };
  const patterns = [];
  const candidates = [];
  let starts;
  for (const p of BY_LANG.get(lang) ?? []) {
    if (p.hint !== "" && !text.includes(p.hint) || !mayMatch(p)) continue;
    const re = FIND.get(p);
    re.lastIndex = 0;
    let m = re.exec(text);
    if (!m) continue;
    patterns.push(p);
    starts ??= lineStarts(text);
    for (; m; m = re.exec(text)) {
      const ln = lineAt(starts, m.index);
      candidates.push(ln);
      if (ln + 1 >= starts.length) break;
      re.lastIndex = starts[ln + 1];
    }
  }
  if (patterns.length === 0 || !starts) return out;
  const perKind = /* @__PURE__ */ new Map();
  const comment = COMMENT[lang];
  candidates.sort((a, b) => a - b);
  for (let k = 0; k < candidates.length; k++) {
    const i = candidates[k];
    if (k > 0 && candidates[k - 1] === i) continue;
    const line = text.slice(starts[i], (starts[i + 1] ?? text.length + 1) - 1);
    matchLine(line, i + 1, { file, lang, patterns, comment, perKind, out });
  }
  return out;
}
function matchLine(line, lineNo, at) {
  if (line.length > MAX_LINE2 || line.trim() === "" || at.comment.test(line)) return;
  for (const p of at.patterns) {
    const m = p.re.exec(line);
    if (!m || p.unless?.test(line) || p.only && !p.only.test(line)) continue;
    if (p.kind === "hardcoded-credential" && isPlaceholderCredential(line, m[0])) continue;
    const n = at.perKind.get(p.kind) ?? 0;
    if (n >= MAX_SIGNALS_PER_KIND) continue;
    at.perKind.set(p.kind, n + 1);
    const trimmed = line.trim();
    at.out.push({ kind: p.kind, file: at.file, line: lineNo, lang: at.lang, snippet: (p.redact ? redactLine(trimmed) : trimmed).slice(0, 160) });
  }
}
function structuredSignals(text, file, lang) {
  const stores = memoryStores(text, file, lang);
  const fields = settingsFields(text, file, lang);
  const defaults = credentialEnvDefaults(text, file, lang);
  return defaults.length === 0 && stores.length === 0 ? fields : [...stores, ...fields, ...defaults];
}
function sessionWithoutStore(text, file) {
  if (!/\bexpress-session\b/.test(text) || /\bstore\s*:/.test(text)) return void 0;
  const line = text.split("\n").findIndex((l) => /\bsession\(\s*\{/.test(l));
  return line < 0 ? void 0 : { kind: "memory-session", file, line: line + 1, lang: "js", snippet: "express-session without a store (MemoryStore)" };
}
var SignalCollector = class {
  all = [];
  perKind = /* @__PURE__ */ new Map();
  sourceFiles = /* @__PURE__ */ new Map();
  sessionsWithoutStore = [];
  scannedFiles = 0;
  /** Registers a runtime source file (config and shell files are not source). */
  source(file, lang) {
    if (lang === "config" || lang === "shell") return;
    const list = this.sourceFiles.get(lang);
    if (list) list.push(file);
    else this.sourceFiles.set(lang, [file]);
  }
  add(signals) {
    for (const s of signals) {
      const n = this.perKind.get(s.kind) ?? 0;
      if (n >= MAX_SIGNALS_PER_KIND) continue;
      this.perKind.set(s.kind, n + 1);
      this.all.push(s);
    }
  }
  index() {
    const all = this.all;
    return {
      all,
      of: (kind) => all.filter((s) => s.kind === kind),
      sourceFiles: this.sourceFiles,
      scannedFiles: this.scannedFiles,
      sessionsWithoutStore: this.sessionsWithoutStore
    };
  }
};

// src/evidence/repo/content-rules.ts
var NONE = [];
var isKubernetes = (text) => /^apiVersion:\s*\S/m.test(text) && /^kind:\s*[A-Z]/m.test(text);
function scanText(job, read) {
  if (read.kind !== "text") return { read, hits: NONE, signals: NONE, scanned: false };
  const text = read.text;
  const result = {
    read,
    hits: job.secrets ? scanSecrets(text, job.path) : NONE,
    signals: NONE,
    scanned: false
  };
  if (job.lang) {
    if (job.lang === "js") {
      const s = sessionWithoutStore(text, job.path);
      if (s) result.session = s;
    }
    if (!(job.lang === "config" && (read.truncated || (read.size ?? 0) > MAX_CONFIG_SIGNAL_BYTES || isKubernetes(text)))) {
      result.scanned = true;
      const found = signalsInText(text, job.path, job.lang);
      const more = structuredSignals(text, job.path, job.lang);
      result.signals = more.length > 0 ? [...found, ...more] : found;
    }
  }
  return result;
}
var BINARY = { kind: "binary" };
function scanJobs(jobs, from, to, rootPrefix) {
  const out = [];
  for (let i = from; i < to; i++) {
    const job = jobs[i];
    out.push(scanText(job, hasBinaryExtension(job.path) ? BINARY : readBounded(rootPrefix + job.path)));
  }
  return out;
}
var LANGS = ["js", "py", "go", "jvm", "ruby", "php", "rust", "cs", "elixir", "config", "shell"];
function encodeJobs(jobs) {
  const flags = new Uint8Array(jobs.length);
  jobs.forEach((j, i) => {
    flags[i] = (j.secrets ? 1 : 0) | (j.lang ? LANGS.indexOf(j.lang) + 1 : 0) << 1;
  });
  return { paths: jobs.map((j) => j.path).join("\0"), flags };
}
function decodeJobs(batch) {
  const paths = batch.paths === "" && batch.flags.length === 0 ? [] : batch.paths.split("\0");
  return paths.map((path, i) => {
    const f = batch.flags[i];
    const lang = LANGS[(f >> 1) - 1];
    return lang ? { path, secrets: (f & 1) === 1, lang } : { path, secrets: (f & 1) === 1 };
  });
}
function encodeChunk(chunk, results) {
  const state = new Uint8Array(results.length);
  const sizes = new Int32Array(results.length).fill(-1);
  const found = [];
  results.forEach((r, i) => {
    const kind = r.read.kind === "text" ? 0 : r.read.kind === "binary" ? 1 : 2;
    state[i] = kind | (r.read.kind === "text" && r.read.truncated ? 4 : 0) | (r.scanned ? 8 : 0);
    if (r.read.kind === "text" && r.read.size !== void 0) sizes[i] = r.read.size;
    if (r.hits.length > 0 || r.signals.length > 0 || r.session) found.push({ i, hits: r.hits, signals: r.signals, ...r.session ? { session: r.session } : {} });
  });
  return { chunk, state, sizes, found };
}
function decodeChunk(msg) {
  const out = [];
  for (let i = 0; i < msg.state.length; i++) {
    const s = msg.state[i];
    const kind = s & 3;
    const read = kind === 1 ? { kind: "binary" } : kind === 2 ? { kind: "failed" } : msg.sizes[i] >= 0 ? { kind: "text", truncated: (s & 4) !== 0, size: msg.sizes[i] } : { kind: "text", truncated: (s & 4) !== 0 };
    out.push({ read, hits: NONE, signals: NONE, scanned: (s & 8) !== 0 });
  }
  for (const f of msg.found) {
    const r = out[f.i];
    r.hits = f.hits;
    r.signals = f.signals;
    if (f.session) r.session = f.session;
  }
  return out;
}

export {
  isCredentialName,
  credentialValue,
  userAndDatabaseNames,
  scanSecrets,
  MAX_READ_BYTES,
  readBounded,
  hasBinaryExtension,
  envDefaultOn,
  esc,
  isUnder,
  relativeTo,
  languageOf,
  isNonRuntimePath,
  nonRuntimePathMemo,
  isEnvTemplateName,
  ENV_ON_LINE,
  SignalCollector,
  scanText,
  scanJobs,
  encodeJobs,
  decodeJobs,
  encodeChunk,
  decodeChunk
};
