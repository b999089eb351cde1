import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-GZVRHP6S.js";
import "./chunk-KNK5GE3N.js";
import "./chunk-ODKIG7QQ.js";
import "./chunk-PPE6Q2ZV.js";
import "./chunk-YYWTYONV.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-EP2RCDYO.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
