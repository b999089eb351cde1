import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  CREATED_LABEL,
  DockerUnavailableError,
  ROLE_LABEL,
  RUN_LABEL,
  STALE_AFTER_MS,
  buildImage,
  contextTar,
  createContainerClient,
  dockerSocket,
  imageExists,
  inspectImage,
  installCleanupHandlers,
  loadImage,
  newRunId,
  ociLabels,
  ping,
  removeImage,
  removeTracked,
  runProbes,
  saveImage,
  sweep
} from "./chunk-J56MMQXS.js";
import "./chunk-LLOD3PSE.js";
import "./chunk-Q2LVJHL6.js";
export {
  CREATED_LABEL,
  DockerUnavailableError,
  ROLE_LABEL,
  RUN_LABEL,
  STALE_AFTER_MS,
  buildImage,
  contextTar,
  createContainerClient,
  dockerSocket,
  imageExists,
  inspectImage,
  installCleanupHandlers,
  loadImage,
  newRunId,
  ociLabels,
  ping,
  removeImage,
  removeTracked,
  runProbes,
  saveImage,
  sweep
};
