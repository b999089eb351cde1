#!/usr/bin/env node
import module from 'node:module';
import { TOOL_VERSION } from '../version';

// `--version` must answer without loading the engine (Docker and GitHub code).
const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  process.stdout.write(`${TOOL_VERSION}\n`);
} else {
  // Node's on-disk compile cache roughly quarters the engine's load time on the next start.
  module.enableCompileCache?.();
  // Ctrl-C aborts long steps; the runtime's own handlers remove what it started.
  const controller = new AbortController();
  process.once('SIGINT', () => controller.abort(new Error('interrupted (SIGINT)')));
  process.once('SIGTERM', () => controller.abort(new Error('terminated (SIGTERM)')));
  import('./cli-main')
    .then(({ cliMain }) =>
      cliMain({ argv, env: process.env, cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, signal: controller.signal }),
    )
    .then(
      (code) => {
        process.exitCode = code;
      },
      (e: unknown) => {
        process.stderr.write(`twelve-factor: internal error: ${(e as Error).message}\n`);
        process.exitCode = 3;
      },
    );
}
