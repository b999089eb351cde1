import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-KRZYPVYF.js";
import "./chunk-SX2UBZQM.js";
import "./chunk-34TBEJMR.js";
import "./chunk-VXRFTV3P.js";
import "./chunk-FPFSP46L.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-RDHJBE5M.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
