import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));

// src/version.ts
var TOOL_NAME = "twelve-factor-audit";
var TOOL_VERSION = true ? "1.0.0" : "0.0.0-source";

export {
  TOOL_NAME,
  TOOL_VERSION
};
