import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-NXDBVOY3.js";
import "./chunk-QPXPM5GF.js";
import "./chunk-ODKIG7QQ.js";
import "./chunk-ZTTA2YNX.js";
import "./chunk-BROUHMBY.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-PWOEW3LK.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
