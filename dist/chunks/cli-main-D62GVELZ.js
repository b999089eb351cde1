import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-B3EKSVCU.js";
import "./chunk-G2PLQY6U.js";
import "./chunk-QXKCL6PM.js";
import "./chunk-UWSLPV3B.js";
import "./chunk-MVOEGE5Z.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-BMKRFEIX.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
