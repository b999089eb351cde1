import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-EJ3QJXPQ.js";
import "./chunk-4G2ZIO64.js";
import "./chunk-ODKIG7QQ.js";
import "./chunk-QZGMVHBT.js";
import "./chunk-VLVF2E6X.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-PWOEW3LK.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
