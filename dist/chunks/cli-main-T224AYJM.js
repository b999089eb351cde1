import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-NVWN4LUN.js";
import "./chunk-ZN7TC7ZH.js";
import "./chunk-QXKCL6PM.js";
import "./chunk-4AZS5UN2.js";
import "./chunk-UEURIL7U.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-PWOEW3LK.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
