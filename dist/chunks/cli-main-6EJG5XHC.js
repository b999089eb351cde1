import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  COMMANDS,
  exitCodeFor,
  leadFinding,
  nearest,
  renderJson,
  renderMarkdown,
  renderSarif,
  runCommand
} from "./chunk-XO4RTMX3.js";
import "./chunk-3LIS36R2.js";
import "./chunk-I4UMQQLS.js";
import "./chunk-AU7AMLOW.js";
import {
  FACTORS,
  FAIL_ON
} from "./chunk-O5P4UZGH.js";
import {
  TOOL_VERSION
} from "./chunk-K4MH3PTH.js";
import "./chunk-PWOEW3LK.js";
import "./chunk-Q2LVJHL6.js";

// src/entry/cli-main.ts
import { mkdirSync, writeFileSync } from "node:fs";
import path2 from "node:path";

// src/entry/cli-args.ts
import path from "node:path";
import { parseArgs } from "node:util";

// src/judge/contradictions.ts
function oneLine(s, max = 300) {
  const t = s.replace(/[\r\n]+/g, " ").replace(/\s+/g, " ").trim();
  return t.length > max ? `${t.slice(0, max - 1)}\u2026` : t;
}
function contradictions(claims) {
  const out = /* @__PURE__ */ new Map();
  for (const claim of claims) {
    if (claim.judgement?.result !== "contradicted") continue;
    const existing = out.get(claim.factor);
    if (existing) {
      existing.sources.push(claim.source);
      continue;
    }
    const factor = FACTORS.find((f) => f.id === claim.factor);
    out.set(claim.factor, {
      factor: claim.factor,
      source: claim.source,
      text: oneLine(`${factor.id} ${factor.title}: ${claim.judgement.reason}`),
      claim,
      subClaims: claim.subClaims.filter((s) => s.judgement?.result === "contradicted"),
      checks: claim.judgement.checks ?? [],
      sources: [claim.source]
    });
  }
  return [...out.values()];
}

// src/render/text.ts
var LABEL = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  skip: "SKIP",
  error: "ERROR",
  "not-verified": "NOT VERIFIED"
};
var COLOR = {
  pass: "\x1B[32m",
  warn: "\x1B[33m",
  fail: "\x1B[31m",
  skip: "\x1B[90m",
  error: "\x1B[35m",
  "not-verified": "\x1B[90m"
};
var RESET = "\x1B[0m";
var BOLD = "\x1B[1m";
function renderText(report, opts = {}) {
  const color = opts.color ?? false;
  const paint = (v, s2) => color ? `${COLOR[v]}${s2}${RESET}` : s2;
  const bold = (s2) => color ? `${BOLD}${s2}${RESET}` : s2;
  const out = [];
  const s = report.summary;
  out.push(
    bold(`twelve-factor-audit ${report.tool.version}`) + `  ${inert(report.repository.path)}${report.repository.commit ? ` @ ${report.repository.commit.slice(0, 12)}` : ""}`
  );
  out.push(
    `Verdict: ${paint(report.verdict, LABEL[report.verdict])}  (${s.pass} pass, ${s.warn} warn, ${s.fail} fail, ${s.error} error, ${s.notVerified} not verified${s.skip ? `, ${s.skip} skipped` : ""})`
  );
  const contradicted = contradictions(report.claims);
  if (contradicted.length > 0) {
    out.push("", bold("Contradicted claims"));
    for (const c of contradicted) out.push(`  ${paint("fail", "\u2717")} ${inert(c.text)}`);
  }
  out.push("");
  const rows = report.factors.map((f) => [
    f.id.padEnd(4),
    f.title.padEnd(19),
    paint(f.verdict, LABEL[f.verdict].padEnd(12)),
    truncate(inert(headline(f.findings, f.verdict)), 90)
  ]);
  for (const r of rows) out.push(`  ${r.join("  ")}`);
  const apps = report.apps.filter((a) => a.verdict !== void 0);
  if (apps.length > 1) {
    out.push("", bold(`Apps (${apps.length})`));
    for (const a of apps) out.push(`  ${paint(a.verdict, LABEL[a.verdict].padEnd(12))}  ${inert(a.path)}`);
  }
  const detail = opts.detail ?? 3;
  if (detail > 0) {
    const notable = report.factors.filter((f) => f.verdict === "fail" || f.verdict === "warn" || f.verdict === "error");
    if (notable.length > 0) out.push("", bold("Details"));
    for (const f of notable) {
      out.push(`  ${f.id}. ${f.title}`);
      const bad = f.findings.filter((x) => x.outcome === "fail" || x.outcome === "warn" || x.outcome === "error");
      for (const x of bad.slice(0, detail)) {
        out.push(`    ${paint(x.outcome, LABEL[x.outcome].padEnd(5))} ${x.check}: ${truncate(inert(x.message), 120)}${inert(where(x))}`);
      }
      if (bad.length > detail) out.push(`    \u2026 ${bad.length - detail} more (see the JSON or Markdown report)`);
    }
  }
  const stageProblems = report.stages.filter((st) => st.status === "failed" || st.status === "skipped");
  if (stageProblems.length > 0) {
    out.push("", bold("Stages"));
    for (const st of stageProblems) out.push(`  ${st.stage}: ${st.status}${st.reason ? ` \u2014 ${truncate(inert(st.reason), 160)}` : ""}`);
  }
  const problems = report.diagnostics.filter((d) => d.severity !== "info");
  if (problems.length > 0) {
    out.push("", bold(`Input problems (${problems.length})`));
    for (const d of problems.slice(0, 10)) {
      const loc = d.file ? `${inert(d.file)}${d.line ? `:${d.line}` : ""}${d.column ? `:${d.column}` : ""}: ` : "";
      out.push(`  ${loc}${truncate(inert(d.message), 160)}`);
    }
    if (problems.length > 10) out.push(`  \u2026 ${problems.length - 10} more`);
  }
  if (report.ignored.length > 0) {
    out.push("", bold("Ignored by config"));
    for (const i of report.ignored) out.push(`  ${i.check} (${i.findings} findings): ${inert(i.reason)}`);
  }
  return `${out.join("\n")}
`;
}
function headline(findings, verdict) {
  const pick = leadFinding(findings);
  if (!pick) return verdict === "skip" ? "all checks ignored by config" : "no check could judge this factor";
  return `${pick.message}${where(pick)}`;
}
function where(f) {
  const e = f.evidence[0];
  if (!e) return "";
  if (e.kind === "file") return ` (${e.file}${e.line ? `:${e.line}` : ""})`;
  return ` (${e.name}: ${e.value} ${e.unit}${e.threshold !== void 0 ? `, limit ${e.threshold} ${e.unit}` : ""})`;
}
function inert(s) {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, "\uFFFD").replace(/\n/g, " ");
}
function truncate(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`;
}

// src/render/index.ts
var FORMATS = ["text", "markdown", "json", "sarif"];
function render(report, format, opts = {}) {
  switch (format) {
    case "text":
      return renderText(report, { color: opts.color ?? false });
    case "markdown":
      return renderMarkdown(report);
    case "json":
      return renderJson(report);
    case "sarif":
      return renderSarif(report);
  }
}

// src/entry/cli-args.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var HELP = `Usage: twelve-factor <command> [path] [options]

Verify a repository against the 12-Factor App methodology.

Commands:
  audit      static checks only; no Docker needed
  build      build the image (OCI labels), write build.json and image.tar
  release    bind the image to the config into an immutable release (release.json)
  run        boot the released image and measure it (runtime.json)
  report     merge static results and stage files into verdicts (report.json)
  all        all of the above in one process
  discover   list the deployable apps in a monorepo as JSON

Arguments:
  path                 repository to audit (default: current directory)

Options:
  --config PATH        config file (default: .twelve-factor.yml in path)
  --app PATH           audited app inside the repository (overrides config "path")
  --dockerfile FILE    Dockerfile relative to the app (overrides config "dockerfile")
  --context DIR        build context relative to the app (overrides config "context")
  --artifacts DIR      stage files directory (default: .twelve-factor/ under the app)
  --format FORMAT      text | markdown | json | sarif (repeatable, pairs with --output)
  --output FILE        write the matching --format to FILE instead of stdout
  --fail-on LEVEL      fail | warn | regression | never (default: config, else fail)
  --no-color           no ANSI colour (also NO_COLOR=1; colour is only used on a TTY)
  --quiet              no progress lines on stderr
  -h, --help           show this help
  -v, --version        print the version

Exit codes:
  0  the verdict passed the --fail-on threshold
  1  the verdict is below the threshold, or the build stage failed (build)
  2  usage, config or stage-file error (the message names file:line:col)
  3  internal error (a bug, the run harness failed, or Docker is unavailable
     for a command that needs it)
`;
function parseCliArgs(argv, env, isTTY, cwd = process.cwd()) {
  let parsed;
  try {
    parsed = parseWith(argv);
  } catch (e) {
    const msg = e.message;
    const unknown = /Unknown option '(--?[\w-]+)'/.exec(msg)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ""), OPTION_NAMES);
      throw new UsageError(`unknown option ${unknown}${guess ? `; did you mean --${guess}?` : ""}`);
    }
    throw new UsageError(msg);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const [first, second, ...rest] = positionals;
  if ((help || version) && first === void 0) {
    return { command: "audit", repoRoot: cwd, outputs: [], color: false, quiet: true, help, version };
  }
  if (first === void 0) throw new UsageError("missing command (audit, build, release, run, report, all, discover)");
  if (!COMMANDS.includes(first)) {
    const guess = nearest(first, COMMANDS);
    throw new UsageError(`unknown command "${first}"${guess ? `; did you mean "${guess}"?` : ""}`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const formats = (values.format ?? []).map((f) => {
    if (!FORMATS.includes(f)) throw new UsageError(`unknown format "${f}" (expected ${FORMATS.join(", ")})`);
    return f;
  });
  const files = values.output ?? [];
  if (files.length > Math.max(formats.length, 1)) throw new UsageError("each --output needs its own --format before it");
  if (formats.length === 0) formats.push(files.length > 0 ? "json" : "text");
  const outputs = formats.map((format, i) => ({ format, ...files[i] ? { file: files[i] } : {} }));
  if (outputs.filter((o) => !o.file).length > 1) throw new UsageError("only one --format can go to stdout; give the others an --output");
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(", ")}, got "${failOn}"`);
  }
  const noColor = values["no-color"] === true || env.NO_COLOR !== void 0 && env.NO_COLOR !== "";
  return {
    command: first,
    repoRoot: path.resolve(cwd, second ?? "."),
    ...values.config ? { config: values.config } : {},
    ...values.app ? { app: values.app } : {},
    ...values.dockerfile ? { dockerfile: values.dockerfile } : {},
    ...values.context ? { context: values.context } : {},
    ...values.artifacts ? { artifacts: values.artifacts } : {},
    outputs,
    ...failOn ? { failOn } : {},
    color: isTTY && !noColor,
    quiet: values.quiet === true,
    help,
    version
  };
}
var OPTION_NAMES = ["config", "app", "dockerfile", "context", "artifacts", "format", "output", "fail-on", "no-color", "quiet", "help", "version"];
function parseWith(argv) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: "string" },
      app: { type: "string" },
      dockerfile: { type: "string" },
      context: { type: "string" },
      artifacts: { type: "string" },
      format: { type: "string", multiple: true },
      output: { type: "string", multiple: true },
      "fail-on": { type: "string" },
      "no-color": { type: "boolean" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" }
    }
  });
}

// src/entry/cli-main.ts
var EXIT = { ok: 0, belowThreshold: 1, usage: 2, internal: 3 };
var USER_ERRORS = /* @__PURE__ */ new Set(["UsageError", "ConfigError", "StageFileError"]);
async function cliMain(io) {
  let args;
  try {
    args = parseCliArgs(io.argv, io.env, io.stdout.isTTY === true, io.cwd);
  } catch (e) {
    io.stderr.write(`twelve-factor: ${e.message}
Run "twelve-factor --help" for usage.
`);
    return EXIT.usage;
  }
  if (args.version) {
    io.stdout.write(`${TOOL_VERSION}
`);
    return EXIT.ok;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  const progress = args.quiet ? void 0 : (line) => io.stderr.write(`\xB7 ${line}
`);
  try {
    const result = await runCommand({
      command: args.command,
      repoRoot: args.repoRoot,
      ...args.config ? { configFile: args.config } : {},
      ...args.app ? { appPath: args.app } : {},
      ...args.dockerfile ? { dockerfile: args.dockerfile } : {},
      ...args.context ? { context: args.context } : {},
      ...args.artifacts ? { artifacts: args.artifacts } : {},
      // `audit --output FILE` writes that file and nothing else into the audited tree.
      ...args.command === "audit" && !args.artifacts && args.outputs.some((o) => o.file) ? { writeArtifacts: false } : {},
      ...args.failOn ? { failOn: args.failOn } : {},
      ...progress ? { progress } : {},
      ...io.signal ? { signal: io.signal } : {}
    });
    if (!result.report) {
      io.stdout.write(`${JSON.stringify(result.data ?? {}, null, 2)}
`);
      return EXIT.ok;
    }
    for (const out of args.outputs) {
      const text = render(result.report, out.format, { color: out.file ? false : args.color });
      if (out.file) {
        const file = path2.resolve(io.cwd, out.file);
        mkdirSync(path2.dirname(file), { recursive: true });
        writeFileSync(file, text);
        progress?.(`wrote ${out.format} report to ${out.file}`);
      } else {
        io.stdout.write(text);
      }
    }
    return interruptedExit(io.signal) ?? exitCodeFor(result.report, result.config["fail-on"]);
  } catch (e) {
    const err = e;
    const interrupted = interruptedExit(io.signal);
    if (interrupted !== void 0) {
      io.stderr.write(`twelve-factor: ${io.signal?.reason?.message ?? "interrupted"}
`);
      return interrupted;
    }
    if (err instanceof UsageError || USER_ERRORS.has(err.name)) {
      io.stderr.write(`twelve-factor: ${err.message}
`);
      return EXIT.usage;
    }
    const stageExit = err.exitCode;
    if (err.name === "StageFailedError" && (stageExit === 1 || stageExit === 3)) {
      io.stderr.write(`twelve-factor: ${err.message}
`);
      return stageExit;
    }
    io.stderr.write(`twelve-factor: internal error: ${err.message}
${io.env.TFA_DEBUG ? `${err.stack}
` : ""}`);
    return EXIT.internal;
  }
}
function interruptedExit(signal) {
  if (!signal?.aborted) return void 0;
  return /SIGTERM/.test(String(signal.reason?.message ?? signal.reason)) ? 143 : 130;
}
export {
  EXIT,
  cliMain
};
