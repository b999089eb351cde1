import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-I2CXWCQ5.js";
import "./chunk-VJY47AXX.js";
import "./chunk-KQGYY2B6.js";
import "./chunk-34TBEJMR.js";
import "./chunk-WS5ZVNIS.js";
import "./chunk-3AOMYSV4.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-RNLVAJQH.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
