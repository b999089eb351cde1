import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-ILHBRFKP.js";
import "./chunk-VJY47AXX.js";
import "./chunk-65JPDZUY.js";
import "./chunk-34TBEJMR.js";
import "./chunk-QTPFZCQZ.js";
import "./chunk-7KHOKSTW.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-7XVH5JTS.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
