import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  OUTCOMES,
  ROLES,
  RuntimeFactsSchema,
  VERDICTS,
  external_exports
} from "./chunk-LLOD3PSE.js";

// src/pipeline/stages/context.ts
var StageFailedError = class extends Error {
  constructor(stage, file, message) {
    super(`${stage} stage failed: ${message} (recorded in ${file})`);
    this.stage = stage;
    this.file = file;
    this.name = "StageFailedError";
    this.exitCode = stage === "build" ? 1 : 3;
  }
  stage;
  file;
  exitCode;
};

// src/model/factors.ts
var FACTORS = [
  { id: "I", number: 1, slug: "codebase", title: "Codebase" },
  { id: "II", number: 2, slug: "dependencies", title: "Dependencies" },
  { id: "III", number: 3, slug: "config", title: "Config" },
  { id: "IV", number: 4, slug: "backing-services", title: "Backing services" },
  { id: "V", number: 5, slug: "build-release-run", title: "Build, release, run" },
  { id: "VI", number: 6, slug: "processes", title: "Processes" },
  { id: "VII", number: 7, slug: "port-binding", title: "Port binding" },
  { id: "VIII", number: 8, slug: "concurrency", title: "Concurrency" },
  { id: "IX", number: 9, slug: "disposability", title: "Disposability" },
  { id: "X", number: 10, slug: "dev-prod-parity", title: "Dev/prod parity" },
  { id: "XI", number: 11, slug: "logs", title: "Logs" },
  { id: "XII", number: 12, slug: "admin-processes", title: "Admin processes" }
];
var FACTOR_IDS = FACTORS.map((f) => f.id);
var FACTOR_SLUGS = FACTORS.map((f) => f.slug);
function factorBySlug(slug) {
  return FACTORS.find((f) => f.slug === slug);
}
function factorById(id) {
  return FACTORS.find((f) => f.id === id);
}

// src/model/report.ts
var REPORT_SCHEMA_VERSION = 2;
var CheckIdSchema = external_exports.string().regex(/^[a-z-]+\/[a-z0-9-]+$/, "check id must look like <factor-slug>/<check-name>");
var FileEvidenceSchema = external_exports.object({
  kind: external_exports.literal("file"),
  file: external_exports.string(),
  line: external_exports.number().int().positive().optional(),
  column: external_exports.number().int().positive().optional(),
  endLine: external_exports.number().int().positive().optional(),
  /** A short, already-redacted excerpt. Never a secret value. */
  snippet: external_exports.string().max(400).optional()
});
var MeasurementEvidenceSchema = external_exports.object({
  kind: external_exports.literal("measurement"),
  name: external_exports.string(),
  value: external_exports.number(),
  unit: external_exports.string(),
  threshold: external_exports.number().optional()
});
var EvidenceSchema = external_exports.discriminatedUnion("kind", [FileEvidenceSchema, MeasurementEvidenceSchema]);
var FindingSchema = external_exports.object({
  check: CheckIdSchema,
  outcome: external_exports.enum(OUTCOMES),
  /** `core` (the default when absent) findings decide the factor; `advice` is shown apart and never changes a verdict. */
  role: external_exports.enum(ROLES).optional(),
  /** The severity-table row the check matched (`docs/rubric.md`); absent for `skip` and `error`. */
  condition: external_exports.string().optional(),
  /** One line a person reads; for `n/a`, `skip` and `error` it is the reason. */
  message: external_exports.string(),
  evidence: external_exports.array(EvidenceSchema),
  /** Extra human detail (lists of files, log tails); already bounded and redacted. */
  details: external_exports.array(external_exports.string()).optional(),
  /** Set by the judge when a measurement answered the same question: this finding supports, it does not decide. */
  supporting: external_exports.string().optional(),
  /** Set by the judge when a finding shares its cause with findings of other factors ("migrations at every start"). */
  sharedCause: external_exports.string().optional()
}).refine((f) => f.outcome !== "pass" || f.evidence.length > 0, {
  message: "a pass must carry evidence (a file and line, or a measurement)",
  path: ["evidence"]
});
var FactorReportSchema = external_exports.object({
  id: external_exports.enum(FACTOR_IDS),
  slug: external_exports.enum(FACTOR_SLUGS),
  title: external_exports.string(),
  verdict: external_exports.enum(VERDICTS),
  /** The judge's one line for the verdict: the deciding finding, or why nothing decided. */
  reason: external_exports.string().default(""),
  /** The deciding finding's index in `findings`, when one decided. */
  lead: external_exports.number().int().nonnegative().optional(),
  /** Core findings (measured ones first); those marked `supporting` did not decide. */
  findings: external_exports.array(FindingSchema),
  /** Advice: good practice the methodology does not ask for. Never part of the verdict. */
  advice: external_exports.array(FindingSchema).default([])
});
var ClaimStatusSchema = external_exports.enum(["claimed", "in-progress", "planned", "described", "not-claimed"]);
var CLAIM_STANDINGS = ["contradicted", "confirmed", "unverified", "described", "planned", "in-progress", "not-claimed"];
var ClaimStandingSchema = external_exports.enum(CLAIM_STANDINGS);
var NamedPathSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.enum(["file", "folder"]),
  /** Where the repository holds it; absent when it does not. */
  at: external_exports.string().optional(),
  /** Whether the repository was searched for it. */
  checked: external_exports.boolean().default(false)
});
var ClaimJudgementSchema = external_exports.object({
  result: external_exports.enum(["confirmed", "contradicted", "unverified"]),
  /** Why: the contradicting or confirming evidence, or what is missing to judge. */
  reason: external_exports.string(),
  checks: external_exports.array(CheckIdSchema).default([])
});
var SubClaimSchema = external_exports.object({
  text: external_exports.string(),
  /** The property the promise names ("graceful-shutdown", "logs-to-stdout", …; see docs/claims.md), absent when unknown. */
  topic: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  /** The promise's own status when it differs from its claim's (a done item inside an in-progress factor). */
  status: ClaimStatusSchema.optional(),
  /** Files and folders the promise names: a claim that a file does what it says needs the file. */
  paths: external_exports.array(NamedPathSchema).optional(),
  judgement: ClaimJudgementSchema.optional(),
  standing: ClaimStandingSchema.optional()
});
var ClaimSchema = external_exports.object({
  factor: external_exports.enum(FACTOR_IDS),
  status: ClaimStatusSchema,
  source: external_exports.object({ file: external_exports.string(), line: external_exports.number().int().positive() }),
  text: external_exports.string(),
  subClaims: external_exports.array(SubClaimSchema),
  judgement: ClaimJudgementSchema.optional(),
  /** Set by the judge: the word every output shows for this claim. */
  standing: ClaimStandingSchema.optional()
});
var ClaimDocumentSchema = external_exports.object({
  file: external_exports.string(),
  claims: external_exports.number().int().nonnegative(),
  standings: external_exports.record(ClaimStandingSchema, external_exports.number().int().nonnegative())
});
var DiagnosticSchema = external_exports.object({
  severity: external_exports.enum(["info", "warning", "error"]),
  message: external_exports.string(),
  file: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  column: external_exports.number().int().positive().optional()
});
var StageStatusSchema = external_exports.object({
  stage: external_exports.enum(["static", "build", "release", "run"]),
  status: external_exports.enum(["ok", "failed", "skipped", "absent"]),
  reason: external_exports.string().optional()
});
var AppSchema = external_exports.object({
  path: external_exports.string(),
  kind: external_exports.string(),
  ecosystems: external_exports.array(external_exports.string()),
  processTypes: external_exports.array(external_exports.string()),
  audited: external_exports.boolean(),
  /** In a merged monorepo report: the app's own verdict and per-factor verdicts. */
  verdict: external_exports.enum(VERDICTS).optional(),
  factors: external_exports.array(external_exports.object({ id: external_exports.enum(FACTOR_IDS), verdict: external_exports.enum(VERDICTS) })).optional()
});
var BaselineSchema = external_exports.object({
  source: external_exports.string(),
  regressions: external_exports.array(external_exports.object({ check: CheckIdSchema, from: external_exports.enum(OUTCOMES), to: external_exports.enum(OUTCOMES), message: external_exports.string() })),
  fixes: external_exports.array(external_exports.object({ check: CheckIdSchema, from: external_exports.enum(OUTCOMES), to: external_exports.enum(OUTCOMES), message: external_exports.string() }))
});
var GateSchema = external_exports.object({
  failOn: external_exports.enum(["fail", "warn", "regression", "never"]),
  /** 0 when the verdict passes `fail-on`, 1 when it does not. */
  exitCode: external_exports.union([external_exports.literal(0), external_exports.literal(1)]),
  /** The check-run conclusion the report maps to. */
  conclusion: external_exports.enum(["success", "failure", "neutral"]),
  /** Why the gate decided as it did, in one line. */
  reason: external_exports.string(),
  /** No factor warns, fails or errors and no claim is contradicted: the comment may hide, the tracking issue may close. */
  allClear: external_exports.boolean()
});
var ContradictionSchema = external_exports.object({
  factor: external_exports.enum(FACTOR_IDS),
  file: external_exports.string(),
  line: external_exports.number().int().positive(),
  /** "README.md:40 claims graceful shutdown; measured: …" */
  text: external_exports.string(),
  checks: external_exports.array(CheckIdSchema),
  /** Whether a measurement (not a static reading) contradicts it. */
  measured: external_exports.boolean()
});
var PolicySchema = external_exports.object({
  /** E.g. "the base branch main (3f2a1c0…)", or the defaults when the base's config could not be read. */
  source: external_exports.string(),
  changes: external_exports.array(external_exports.object({ key: external_exports.string(), applied: external_exports.string(), requested: external_exports.string() }))
});
var SummarySchema = external_exports.object({
  pass: external_exports.number().int(),
  warn: external_exports.number().int(),
  fail: external_exports.number().int(),
  "n/a": external_exports.number().int().default(0),
  skip: external_exports.number().int(),
  error: external_exports.number().int(),
  notVerified: external_exports.number().int(),
  /** Advice findings that suggest a change (warn), across all factors. */
  advice: external_exports.number().int().default(0)
});
var ReportSchema = external_exports.object({
  schemaVersion: external_exports.literal(REPORT_SCHEMA_VERSION),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
  generatedAt: external_exports.string(),
  repository: external_exports.object({
    path: external_exports.string(),
    commit: external_exports.string().optional(),
    ref: external_exports.string().optional(),
    /** owner/name when known, for links. */
    slug: external_exports.string().optional(),
    serverUrl: external_exports.string().optional()
  }),
  /** Overall verdict: the worst factor verdict (not-verified factors do not make it pass). */
  verdict: external_exports.enum(VERDICTS),
  summary: SummarySchema,
  factors: external_exports.array(FactorReportSchema).length(12),
  claims: external_exports.array(ClaimSchema),
  /** The documents the claims came from, in reading order, with how their claims stand (decided by the judge). */
  claimDocuments: external_exports.array(ClaimDocumentSchema).default([]),
  contradictions: external_exports.array(ContradictionSchema).default([]),
  runtime: RuntimeFactsSchema.optional(),
  apps: external_exports.array(AppSchema).default([]),
  stages: external_exports.array(StageStatusSchema).default([]),
  ignored: external_exports.array(external_exports.object({ check: CheckIdSchema, reason: external_exports.string(), findings: external_exports.number().int() })).default([]),
  diagnostics: external_exports.array(DiagnosticSchema).default([]),
  baseline: BaselineSchema.optional(),
  gate: GateSchema.optional(),
  policy: PolicySchema.optional()
});

// src/model/app.ts
var APP_KINDS = ["web", "worker", "one-off", "unknown"];
var PORT_SOURCES = ["env", "start-command", "config-file", "code", "base-image", "unknown"];
var PortFactSchema = external_exports.object({
  source: external_exports.enum(PORT_SOURCES),
  /** The fixed port, when one is written down. */
  port: external_exports.number().int().optional(),
  /** The app binds loopback only (127.0.0.1, localhost): unreachable from outside the container. */
  loopback: external_exports.boolean().default(false),
  file: external_exports.string().optional(),
  line: external_exports.number().int().positive().optional(),
  /** The line as written, redacted and cut short. */
  text: external_exports.string().max(200).optional()
});
var AppFactsSchema = external_exports.object({
  /** The app folder, repository-relative. */
  root: external_exports.string(),
  /** How the app was found ("the repository root", "compose service orders", "the only app, in services/orders"). */
  found: external_exports.string(),
  dockerfile: external_exports.string().optional(),
  context: external_exports.string(),
  kind: external_exports.enum(APP_KINDS),
  /** Why that kind: the start command or code that says so. */
  kindReason: external_exports.string(),
  /** Variables the code or its framework reads the port from, PORT first. */
  portVariables: external_exports.array(external_exports.string()).default(["PORT"]),
  port: PortFactSchema.optional(),
  /** The start command installs dependencies or builds code (V), so what that writes is not VI state. */
  startInstalls: external_exports.boolean().default(false),
  /** The start command runs migrations (V, IX and XII share that cause). */
  startMigrates: external_exports.boolean().default(false)
});

// src/model/stages.ts
var STAGE_SCHEMA_VERSION = 1;
var STATIC_SCHEMA_VERSION = 2;
var stageHeader = {
  schemaVersion: external_exports.literal(STAGE_SCHEMA_VERSION),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() })
};
var BuildFileSchema = external_exports.object({
  ...stageHeader,
  stage: external_exports.literal("build"),
  status: external_exports.enum(["ok", "failed"]),
  /** `sha256:…` of the built image, the identity every later stage checks. */
  imageId: external_exports.string().optional(),
  /** Tarball from `docker save`, relative to the artifacts directory. */
  tarball: external_exports.string().optional(),
  dockerfile: external_exports.string(),
  context: external_exports.string(),
  target: external_exports.string().optional(),
  revision: external_exports.string().optional(),
  labels: external_exports.record(external_exports.string(), external_exports.string()).default({}),
  builder: external_exports.string(),
  startedAt: external_exports.string(),
  durationMs: external_exports.number(),
  /** Why the build failed: the failing step and the last lines of its output. */
  error: external_exports.object({ message: external_exports.string(), step: external_exports.string().optional(), logTail: external_exports.array(external_exports.string()) }).optional()
});
var ReleaseFileSchema = external_exports.object({
  ...stageHeader,
  stage: external_exports.literal("release"),
  releaseId: external_exports.string(),
  imageId: external_exports.string(),
  /** sha256 over the run-relevant config (env names and values together, run settings, admin, services); values are never written. */
  configHash: external_exports.string(),
  envNames: external_exports.array(external_exports.string()),
  /** Revision the image was built from, copied from build.json when known. */
  revision: external_exports.string().optional(),
  createdAt: external_exports.string(),
  /** sha256 binding releaseId, imageId, configHash and envNames; recomputed on every read to catch edits. */
  digest: external_exports.string()
});
var RuntimeFileSchema = external_exports.object({
  ...stageHeader,
  stage: external_exports.literal("run"),
  status: external_exports.enum(["ok", "failed"]),
  releaseId: external_exports.string().optional(),
  imageId: external_exports.string().optional(),
  facts: RuntimeFactsSchema.optional(),
  error: external_exports.string().optional()
});
var StaticFileSchema = external_exports.object({
  schemaVersion: external_exports.literal(STATIC_SCHEMA_VERSION),
  tool: external_exports.object({ name: external_exports.string(), version: external_exports.string() }),
  stage: external_exports.literal("static"),
  /** What the static reading knows of the app, for the run stage (port variables) and runtime checks (severity). */
  app: AppFactsSchema.optional(),
  repository: external_exports.object({
    path: external_exports.string(),
    commit: external_exports.string().optional(),
    ref: external_exports.string().optional(),
    slug: external_exports.string().optional(),
    serverUrl: external_exports.string().optional()
  }),
  /** The config with env values replaced by a placeholder: thresholds, ignores and names survive, secrets do not. */
  config: external_exports.unknown(),
  findings: external_exports.array(FindingSchema),
  claims: external_exports.array(ClaimSchema),
  diagnostics: external_exports.array(DiagnosticSchema).default([]),
  /** The deployable apps the scan saw, as the report lists them. */
  apps: external_exports.array(AppSchema).default([]),
  /** The policy applied on a pull request and the changes it asked for (the config above is the applied one). */
  policy: PolicySchema.optional(),
  createdAt: external_exports.string()
});

// src/pipeline/stages/files.ts
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
var STAGE_FILE_NAMES = {
  static: "static.json",
  build: "build.json",
  release: "release.json",
  run: "runtime.json"
};
var IMAGE_TARBALL = "image.tar.gz";
var REPORT_FILES = { json: "report.json", markdown: "report.md", sarif: "report.sarif" };
var SCHEMAS = {
  static: StaticFileSchema,
  build: BuildFileSchema,
  release: ReleaseFileSchema,
  run: RuntimeFileSchema
};
var WRITER = {
  static: "`twelve-factor audit`",
  build: "`twelve-factor build`",
  release: "`twelve-factor release`",
  run: "`twelve-factor run`"
};
var MAX_STAGE_FILE_BYTES = 16 * 1024 * 1024;
var StageFileError = class extends Error {
  constructor(file, expected, problem) {
    super(`${file}: ${problem}; expected ${expected}`);
    this.file = file;
    this.expected = expected;
    this.name = "StageFileError";
  }
  file;
  expected;
  exitCode = 2;
};
function stageFilePath(dir, kind) {
  return path.join(dir, STAGE_FILE_NAMES[kind]);
}
function readStageFile(dir, kind) {
  const file = stageFilePath(dir, kind);
  const shown = displayPath(file);
  const version = kind === "static" ? STATIC_SCHEMA_VERSION : STAGE_SCHEMA_VERSION;
  const expected = `${STAGE_FILE_NAMES[kind]} (schemaVersion ${version}) written by ${WRITER[kind]}`;
  if (!existsSync(file)) {
    throw new StageFileError(shown, expected, `not found (did the ${kind} stage run, and were its artifacts passed to this job?)`);
  }
  const size = statSync(file).size;
  if (size > MAX_STAGE_FILE_BYTES) {
    throw new StageFileError(shown, expected, `is ${size} bytes; the limit is ${MAX_STAGE_FILE_BYTES}`);
  }
  let data;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new StageFileError(shown, expected, `is not valid JSON (${e.message})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new StageFileError(shown, expected, "is not a JSON object");
  }
  const header = data;
  if (header.schemaVersion !== version) {
    const by = typeof header.tool?.version === "string" ? ` (written by version ${header.tool.version})` : "";
    throw new StageFileError(shown, expected, `has schemaVersion ${JSON.stringify(header.schemaVersion ?? null)}${by}`);
  }
  const stageName = kind === "run" ? "run" : kind;
  if (header.stage !== stageName) {
    throw new StageFileError(shown, expected, `is a ${JSON.stringify(header.stage ?? null)} stage file, not "${stageName}"`);
  }
  const parsed = SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join(".") || "(top level)"}: ${i.message}`);
    throw new StageFileError(shown, expected, `does not match the schema (${issues.join("; ")})`);
  }
  return parsed.data;
}
function readStageFileIfPresent(dir, kind) {
  return existsSync(stageFilePath(dir, kind)) ? readStageFile(dir, kind) : void 0;
}
function writeStageFile(dir, kind, data) {
  const valid = SCHEMAS[kind].parse(data);
  return writeJsonAtomic(stageFilePath(dir, kind), valid);
}
function writeJsonAtomic(file, data) {
  return writeTextAtomic(file, `${JSON.stringify(data, null, 2)}
`);
}
function writeTextAtomic(file, text) {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return file;
}
function displayPath(file) {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && rel.length < file.length ? rel : file;
}

// src/config/values.ts
function configValues(config) {
  const out = [];
  const add = (record) => {
    for (const [name, value] of Object.entries(record)) out.push({ name, value });
  };
  add(config.run.env);
  add(config.build.args);
  for (const s of config.services) {
    add(s.env);
    add(Object.fromEntries(Object.entries(s.env).map(([k, v]) => [k, v.replaceAll("{host}", s.name).replaceAll("{port}", String(s.port))])));
    add(s["service-env"]);
  }
  return out;
}

// src/util/redact.ts
var MIN_SECRET_LENGTH = 4;
var NOT_SECRET_VALUE = /^(?:[+-]?\d+(?:\.\d+)?|true|false|yes|no|on|off|null|none)$/i;
var IMAGE_ENV_NOT_SECRET = /^(?:PATH|HOME|HOSTNAME|TERM|LANG|LANGUAGE|LC_\w+|TZ|PWD|OLDPWD|SHLVL|USER|SHELL|PORT|DEBIAN_FRONTEND|NODE_ENV|RAILS_ENV|RACK_ENV|PYTHONUNBUFFERED|PYTHONDONTWRITEBYTECODE|PYTHONPATH|PIP_\w+|GPG_KEY|GOPATH|GOROOT|JAVA_HOME|CATALINA_HOME|\w+_VERSION|\w+_HOME|\w+_PATH|\w+_DIR|\w+_SHA256)$/;
function imageEnvValues(env) {
  const out = [];
  for (const line of env) {
    const eq = line.indexOf("=");
    if (eq <= 0) continue;
    const name = line.slice(0, eq);
    if (!IMAGE_ENV_NOT_SECRET.test(name)) out.push({ name, value: line.slice(eq + 1) });
  }
  return out;
}
function forms(v) {
  const out = [v];
  const m = /^[a-z][\w+.-]*:\/\/[^:/@\s]*:([^@\s]+)@/i.exec(v.value);
  if (m?.[1]) {
    out.push({ name: v.name, value: m[1] });
    try {
      out.push({ name: v.name, value: decodeURIComponent(m[1]) });
    } catch {
    }
  }
  return out;
}
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var STRUCTURAL_KEYS = /* @__PURE__ */ new Set(["check", "outcome", "verdict", "kind", "id", "slug", "stage", "status", "severity", "factor", "stream", "classification", "imageId", "releaseId", "configHash", "digest", "runId", "schemaVersion", "result", "topic"]);
var Redactor = class {
  byValue = /* @__PURE__ */ new Map();
  pattern;
  constructor(values) {
    for (const v of values) {
      for (const f of forms(v)) {
        if (f.value.length < MIN_SECRET_LENGTH || NOT_SECRET_VALUE.test(f.value.trim())) continue;
        if (!this.byValue.has(f.value)) this.byValue.set(f.value, f.name.replace(/[^\w.-]/g, "_"));
      }
    }
    const sorted = [...this.byValue.keys()].sort((a, b) => b.length - a.length);
    this.pattern = sorted.length > 0 ? new RegExp(sorted.map(escapeRegExp).join("|"), "g") : void 0;
  }
  get empty() {
    return this.pattern === void 0;
  }
  /** The text with every value replaced by `[REDACTED:NAME]`. */
  text(s) {
    if (!this.pattern || s.length < MIN_SECRET_LENGTH) return s;
    return s.replace(this.pattern, (m) => `[REDACTED:${this.byValue.get(m)}]`);
  }
  /** A copy of a JSON-like value with every string redacted (object keys and identifiers kept). */
  deep(value) {
    if (!this.pattern) return value;
    return this.walk(value, void 0);
  }
  walk(value, key) {
    if (typeof value === "string") return key !== void 0 && STRUCTURAL_KEYS.has(key) ? value : this.text(value);
    if (Array.isArray(value)) return value.map((v) => this.walk(v, key));
    if (value !== null && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.walk(v, k)]));
    }
    return value;
  }
};

export {
  FACTORS,
  factorBySlug,
  factorById,
  REPORT_SCHEMA_VERSION,
  CLAIM_STANDINGS,
  ReportSchema,
  StageFailedError,
  STAGE_SCHEMA_VERSION,
  STATIC_SCHEMA_VERSION,
  STAGE_FILE_NAMES,
  IMAGE_TARBALL,
  REPORT_FILES,
  StageFileError,
  stageFilePath,
  readStageFile,
  readStageFileIfPresent,
  writeStageFile,
  writeTextAtomic,
  displayPath,
  configValues,
  imageEnvValues,
  Redactor
};
