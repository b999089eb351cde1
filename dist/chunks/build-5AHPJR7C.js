import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  buildImage,
  newRunId,
  ociLabels,
  saveImage
} from "./chunk-J56MMQXS.js";
import {
  headCommit,
  locateApp,
  parseDockerfile,
  resolveInWorkspace,
  scanRepository
} from "./chunk-IME6DF32.js";
import "./chunk-6GAO5BH4.js";
import {
  IMAGE_TARBALL,
  Redactor,
  STAGE_SCHEMA_VERSION,
  StageFailedError,
  configValues,
  displayPath,
  imageEnvValues,
  stageFilePath,
  writeStageFile
} from "./chunk-FVSJOJO2.js";
import {
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-K4MH3PTH.js";
import {
  readRegularFile
} from "./chunk-LLOD3PSE.js";
import "./chunk-Q2LVJHL6.js";

// src/pipeline/stages/build.ts
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
async function buildStage(ctx) {
  const { config } = ctx;
  const app = ctx.app ?? locateOnly(ctx);
  const contextDir = resolveInWorkspace(ctx.repoRoot, ctx.repoRoot, app.context, "context");
  const dockerfile = path.relative(contextDir, resolveInWorkspace(ctx.repoRoot, ctx.repoRoot, app.dockerfile ?? path.join(config.path, config.dockerfile), "dockerfile"));
  const revision = headCommit(ctx.repoRoot);
  const source = ctx.repository?.serverUrl && ctx.repository.slug ? `${ctx.repository.serverUrl}/${ctx.repository.slug}` : void 0;
  const startedAt = /* @__PURE__ */ new Date();
  const tarball = path.join(ctx.artifactsDir, IMAGE_TARBALL);
  for (const stale of [tarball, stageFilePath(ctx.artifactsDir, "build"), stageFilePath(ctx.artifactsDir, "release"), stageFilePath(ctx.artifactsDir, "run")]) {
    rmSync(stale, { force: true });
  }
  const base = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "build",
    dockerfile: toPosix(path.relative(ctx.repoRoot, path.resolve(contextDir, dockerfile))),
    context: toPosix(path.relative(ctx.repoRoot, contextDir)) || ".",
    ...config.build.target ? { target: config.build.target } : {},
    ...revision ? { revision } : {},
    startedAt: startedAt.toISOString()
  };
  const redactor = new Redactor([...configValues(config), ...dockerfileEnvValues(path.resolve(contextDir, dockerfile))]);
  const progress = ctx.progress ? (line) => ctx.progress(redactor.text(line)) : void 0;
  progress?.(`building ${base.dockerfile} (context ${base.context})`);
  const fail = (message, step, logTail, builder, durationMs) => {
    const build = redactor.deep({
      ...base,
      status: "failed",
      labels: {},
      builder,
      durationMs,
      error: { message, ...step ? { step } : {}, logTail }
    });
    const file = writeStageFile(ctx.artifactsDir, "build", build);
    throw new StageFailedError("build", displayPath(file), redactor.text(`${message}${step ? ` (at ${step})` : ""}`));
  };
  let result;
  try {
    result = await buildImage({
      contextDir,
      dockerfile,
      ...config.build.target ? { target: config.build.target } : {},
      buildArgs: config.build.args,
      labels: ociLabels({ revision, source, created: startedAt }),
      runId: ctx.runId ?? newRunId(),
      // Stage files and the auditor's checkout never reach the audited image, wherever the user put them.
      exclude: [ctx.artifactsDir, ...ctx.contextExcludes ?? []],
      timeoutMs: config.build.timeout * 1e3,
      ...progress ? { onProgress: progress } : {},
      ...ctx.signal ? { signal: ctx.signal } : {}
    });
  } catch (e) {
    return fail(e.message, void 0, [], "unknown", Date.now() - startedAt.getTime());
  }
  if (!result.ok) return fail(result.message, result.step, result.logTail, result.builder, result.durationMs);
  if (ctx.saveImage === false) {
    progress?.(`built ${result.imageId}; kept in the engine for this run (no image tarball: nothing later needs one)`);
    return record({ ...base, status: "ok", imageId: result.imageId, labels: result.labels, builder: result.builder, durationMs: result.durationMs });
  }
  progress?.(`built ${result.imageId}; saving ${displayPath(tarball)}`);
  try {
    mkdirSync(ctx.artifactsDir, { recursive: true });
    await saveImage(result.imageId, tarball);
  } catch (e) {
    rmSync(tarball, { force: true });
    return fail(`docker save of ${result.imageId} failed: ${e.message}`, void 0, [], result.builder, result.durationMs);
  }
  return record({ ...base, status: "ok", imageId: result.imageId, tarball: IMAGE_TARBALL, labels: result.labels, builder: result.builder, durationMs: result.durationMs });
  function record(build) {
    const redacted = redactor.deep(build);
    return { build: redacted, file: writeStageFile(ctx.artifactsDir, "build", redacted) };
  }
}
var toPosix = (p) => p.split(path.sep).join("/");
function locateOnly(ctx) {
  const loc = locateApp(scanRepository(ctx.repoRoot, "."), ctx.config);
  return { context: loc.context, ...loc.dockerfile ? { dockerfile: loc.dockerfile } : {} };
}
function dockerfileEnvValues(file) {
  const read = readRegularFile(file, 1024 * 1024);
  if (read.kind !== "text") return [];
  const envs = parseDockerfile(read.text).envs.filter((e) => e.keyword === "ENV" && e.value !== void 0);
  return imageEnvValues(envs.map((e) => `${e.name}=${e.value}`));
}
export {
  buildStage
};
