import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-BJM7A5DC.js";
import "./chunk-TNQS4EXZ.js";
import "./chunk-ODKIG7QQ.js";
import "./chunk-O3CK72EV.js";
import "./chunk-6DZYI2EJ.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-BMKRFEIX.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
