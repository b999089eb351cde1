#!/usr/bin/env node
import { cliMain } from './cli-main';

// Ctrl-C aborts long steps; the runtime's own handlers remove what it started.
const controller = new AbortController();
process.once('SIGINT', () => controller.abort(new Error('interrupted (SIGINT)')));
process.once('SIGTERM', () => controller.abort(new Error('terminated (SIGTERM)')));

cliMain({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  stderr: process.stderr,
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`twelve-factor: internal error: ${(e as Error).message}\n`);
    process.exitCode = 3;
  },
);
