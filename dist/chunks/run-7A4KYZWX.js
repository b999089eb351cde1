import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  imageExists,
  inspectImage,
  loadImage,
  newRunId,
  removeImage,
  runProbes
} from "./chunk-J56MMQXS.js";
import {
  verifyRelease
} from "./chunk-SYYQJGSP.js";
import {
  IMAGE_TARBALL,
  Redactor,
  STAGE_SCHEMA_VERSION,
  StageFailedError,
  StageFileError,
  configValues,
  displayPath,
  imageEnvValues,
  readStageFile,
  readStageFileIfPresent,
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

// src/pipeline/stages/run.ts
import { existsSync } from "node:fs";
import path from "node:path";
async function runStage(ctx) {
  let release;
  let loaded = false;
  let redactor = new Redactor(configValues(ctx.config));
  try {
    release = readStageFile(ctx.artifactsDir, "release");
    verifyRelease(release, displayPath(stageFilePath(ctx.artifactsDir, "release")), ctx.config);
    const image = await ensureReleasedImage(ctx, release);
    loaded = image.loaded;
    redactor = new Redactor([...configValues(ctx.config), ...imageEnvValues(image.env)]);
  } catch (e) {
    const file2 = recordFailure(ctx, redactor.text(e.message), release);
    if (e instanceof StageFileError) throw e;
    throw new StageFailedError("run", displayPath(file2), redactor.text(e.message));
  }
  const limitSeconds = ctx.config.run.timeout;
  const limit = new AbortController();
  const timer = setTimeout(
    () => limit.abort(new Error(`the run stage's time limit of ${limitSeconds} s (run.timeout) ran out`)),
    limitSeconds * 1e3
  );
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, limit.signal]) : limit.signal;
  const progress = ctx.progress ? (line) => ctx.progress(redactor.text(line)) : void 0;
  let runtime;
  try {
    const web = ctx.config.run.web ?? (ctx.app?.kind === "worker" || ctx.app?.kind === "one-off" ? false : webFromProcfile(ctx.repoRoot, ctx.app?.root ?? ctx.config.path));
    progress?.(`running release ${release.releaseId} (image ${release.imageId})`);
    const facts = await runProbes({
      imageId: release.imageId,
      releaseId: release.releaseId,
      config: ctx.config,
      runId: ctx.runId ?? newRunId(),
      ...web !== void 0 ? { web } : {},
      ...portVariablesOf(ctx),
      ...progress ? { onProgress: progress } : {},
      signal
    });
    if (facts.imageId !== release.imageId) {
      throw new Error(`the probes ran image ${facts.imageId}, not the released ${release.imageId}`);
    }
    runtime = redactor.deep({
      schemaVersion: STAGE_SCHEMA_VERSION,
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
      stage: "run",
      status: "ok",
      releaseId: release.releaseId,
      imageId: release.imageId,
      facts: { ...facts, releaseId: release.releaseId }
    });
  } catch (e) {
    const message = redactor.text(e.message);
    const file2 = recordFailure(ctx, message, release);
    throw new StageFailedError("run", displayPath(file2), message);
  } finally {
    clearTimeout(timer);
    if (loaded) await removeImage(release.imageId, false).catch(() => void 0);
  }
  const file = writeStageFile(ctx.artifactsDir, "run", runtime);
  return { runtime, file };
}
async function ensureReleasedImage(ctx, release) {
  let loaded = false;
  const buildFile = displayPath(stageFilePath(ctx.artifactsDir, "build"));
  const build = readStageFileIfPresent(ctx.artifactsDir, "build");
  if (build?.imageId && build.imageId !== release.imageId) {
    throw new StageFileError(
      buildFile,
      `the build of image ${release.imageId}, the image release.json released`,
      `built image ${build.imageId}`
    );
  }
  if (!await imageExists(release.imageId)) {
    const name = build?.tarball ?? IMAGE_TARBALL;
    if (path.basename(name) !== name) {
      throw new StageFileError(buildFile, `a tarball name inside the artifacts directory (like ${IMAGE_TARBALL})`, `names tarball "${name}"`);
    }
    const tarball = path.join(ctx.artifactsDir, name);
    if (!existsSync(tarball)) {
      throw new StageFileError(
        displayPath(tarball),
        `the image tarball written by \`twelve-factor build\`, holding image ${release.imageId}`,
        "not found, and the engine does not have the released image"
      );
    }
    ctx.progress?.(`image ${release.imageId} not in the engine; loading ${displayPath(tarball)}`);
    const id = await loadImage(tarball);
    if (id !== release.imageId) {
      throw new StageFileError(
        displayPath(tarball),
        `image ${release.imageId}, the image release.json released`,
        `holds image ${id}; refusing to run anything but the released image`
      );
    }
    loaded = true;
  }
  const info = await inspectImage(release.imageId);
  if (info?.id !== release.imageId) {
    throw new StageFileError(
      displayPath(stageFilePath(ctx.artifactsDir, "release")),
      "an image id (sha256:\u2026) the engine resolves to itself",
      `names ${release.imageId}, which the engine resolves to ${info?.id ?? "nothing"}`
    );
  }
  return { loaded, env: info.env };
}
function recordFailure(ctx, message, release) {
  const runtime = {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: "run",
    status: "failed",
    ...release ? { releaseId: release.releaseId, imageId: release.imageId } : {},
    error: message
  };
  return writeStageFile(ctx.artifactsDir, "run", runtime);
}
function portVariablesOf(ctx) {
  const vars = ctx.app?.portVariables;
  return vars ? { portVariables: vars } : {};
}
function webFromProcfile(repoRoot, appPath) {
  const read = readRegularFile(path.resolve(repoRoot, appPath, "Procfile"), 64 * 1024);
  if (read.kind !== "text") return void 0;
  const text = read.text;
  const types = text.split("\n").map((l) => /^([A-Za-z0-9_-]+)\s*:/.exec(l.trim())?.[1]).filter((t) => t !== void 0);
  if (types.length === 0) return void 0;
  return types.includes("web");
}
export {
  runStage,
  webFromProcfile
};
