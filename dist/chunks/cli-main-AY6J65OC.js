import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-37HU2BZJ.js";
import "./chunk-VJY47AXX.js";
import "./chunk-IME6DF32.js";
import "./chunk-6GAO5BH4.js";
import "./chunk-SYYQJGSP.js";
import "./chunk-FVSJOJO2.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-LLOD3PSE.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
