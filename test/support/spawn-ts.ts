import { type ChildProcessWithoutNullStreams, type SpawnOptionsWithoutStdio, spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs a TypeScript entry as one Node process, with tsx as a loader. Tests
 * that signal the auditor must not go through tsx's CLI: it runs the script
 * in a child, relays a signal to it, and SIGKILLs the child when it has not
 * acknowledged within 30 ms. On a loaded machine that killed the auditor in
 * the middle of its cleanup, which `node dist/cli.js` is never subject to.
 */
export function spawnTs(args: string[], opts: SpawnOptionsWithoutStdio = {}): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, ...opts, stdio: 'pipe' });
}
