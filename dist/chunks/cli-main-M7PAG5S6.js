import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  EXIT,
  cliMain,
  repositoryFromEnv
} from "./chunk-JMNCM7E7.js";
import "./chunk-VJY47AXX.js";
import "./chunk-44VDGON2.js";
import "./chunk-6GAO5BH4.js";
import "./chunk-APB26W5U.js";
import "./chunk-Y57RJ44Z.js";
import "./chunk-K4MH3PTH.js";
import "./chunk-Z4TAJGVV.js";
import "./chunk-Q2LVJHL6.js";
export {
  EXIT,
  cliMain,
  repositoryFromEnv
};
