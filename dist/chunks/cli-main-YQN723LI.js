import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-NPDS3NZC.js";
import "./chunk-VJY47AXX.js";
import "./chunk-M5N56SEF.js";
import "./chunk-34TBEJMR.js";
import "./chunk-XAFVLQ7R.js";
import "./chunk-YT2WKSTG.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-XESDCHTJ.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
