#!/usr/bin/env node
import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  TOOL_VERSION
} from "./chunks/chunk-K4MH3PTH.js";
import "./chunks/chunk-Q2LVJHL6.js";

// src/entry/cli.ts
import module from "node:module";
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v")) {
  process.stdout.write(`${TOOL_VERSION}
`);
} else {
  module.enableCompileCache?.();
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort(new Error("interrupted (SIGINT)")));
  process.once("SIGTERM", () => controller.abort(new Error("terminated (SIGTERM)")));
  import("./chunks/cli-main-AY6J65OC.js").then(
    ({ cliMain }) => cliMain({ argv, env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, signal: controller.signal })
  ).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`twelve-factor: internal error: ${e.message}
`);
      process.exitCode = 3;
    }
  );
}
