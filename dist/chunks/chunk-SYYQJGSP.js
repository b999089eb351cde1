import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  STAGE_FILE_NAMES,
  StageFileError
} from "./chunk-FVSJOJO2.js";

// src/pipeline/stages/release-id.ts
import { createHash } from "node:crypto";
var sha256 = (text) => createHash("sha256").update(text).digest("hex");
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
function runRelevantConfig(config) {
  return { run: config.run, admin: config.admin, services: config.services };
}
function configHash(config) {
  return `sha256:${sha256(canonicalJson(runRelevantConfig(config)))}`;
}
function deriveReleaseId(imageId, hash) {
  return `rel-${sha256(`${imageId}
${hash}`).slice(0, 24)}`;
}
function releaseDigest(r) {
  return `sha256:${sha256(canonicalJson([r.releaseId, r.imageId, r.configHash, [...r.envNames].sort()]))}`;
}
function envNamesOf(config) {
  const names = new Set(Object.keys(config.run.env));
  for (const s of config.services) for (const k of Object.keys(s.env)) names.add(k);
  return [...names].sort();
}
function verifyRelease(release, shownFile = STAGE_FILE_NAMES.release, config) {
  const derived = deriveReleaseId(release.imageId, release.configHash);
  if (derived !== release.releaseId) {
    throw new StageFileError(
      shownFile,
      `releaseId ${derived}, derived from its imageId and configHash (run \`twelve-factor release\` again instead of editing the file)`,
      `releaseId ${release.releaseId} does not match its imageId ${release.imageId} and configHash`
    );
  }
  const digest = releaseDigest(release);
  if (digest !== release.digest) {
    throw new StageFileError(
      shownFile,
      `digest ${digest} over releaseId, imageId, configHash and envNames (run \`twelve-factor release\` again instead of editing the file)`,
      `digest ${release.digest} does not match the file's contents; it was edited after the release stage wrote it`
    );
  }
  if (config) {
    const hash = configHash(config);
    if (hash !== release.configHash) {
      throw new StageFileError(
        shownFile,
        `configHash ${hash}, the hash of the config given to this stage (release again with this config, or run with the config the release was made with)`,
        `release ${release.releaseId} was made with configHash ${release.configHash}`
      );
    }
  }
}

export {
  configHash,
  deriveReleaseId,
  releaseDigest,
  envNamesOf,
  verifyRelease
};
