import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CliArgs, HELP, parseCliArgs, UsageError } from './cli-args';
import { runCommand } from '../pipeline/commands';
import { exitCodeFor } from '../judge/exit-policy';
import { foldLine } from '../render/escape';
import { render } from '../render/index';
import { TOOL_VERSION } from '../version';

export const EXIT = { ok: 0, belowThreshold: 1, usage: 2, internal: 3 } as const;

/** Errors the user fixes (bad flags, bad config, wrong stage files) exit 2; everything else is ours (3). */
const USER_ERRORS = new Set(['UsageError', 'ConfigError', 'StageFileError', 'PathRefusedError']);

export interface CliIO {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  signal?: AbortSignal;
}

export async function cliMain(io: CliIO): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(io.argv, io.env, io.stdout.isTTY === true, io.cwd);
  } catch (e) {
    io.stderr.write(`twelve-factor: ${(e as Error).message}\nRun "twelve-factor --help" for usage.\n`);
    return EXIT.usage;
  }
  if (args.version) {
    io.stdout.write(`${TOOL_VERSION}\n`);
    return EXIT.ok;
  }
  if (args.help) {
    io.stdout.write(HELP);
    return EXIT.ok;
  }
  // One line per progress line: a newline from the repository (an admin command, a build log) is shown, never started.
  const progress = args.quiet ? undefined : (line: string) => io.stderr.write(`· ${foldLine(line)}\n`);
  try {
    const result = await runCommand({
      command: args.command,
      repoRoot: args.repoRoot,
      ...(args.config ? { configFile: args.config } : {}),
      ...(args.app ? { appPath: args.app } : {}),
      // The reusable workflow passes its dockerfile and context inputs through the environment.
      ...((args.dockerfile ?? process.env.TWELVE_FACTOR_DOCKERFILE) ? { dockerfile: args.dockerfile ?? process.env.TWELVE_FACTOR_DOCKERFILE } : {}),
      ...((args.context ?? process.env.TWELVE_FACTOR_CONTEXT) ? { context: args.context ?? process.env.TWELVE_FACTOR_CONTEXT } : {}),
      repository: repositoryFromEnv(),
      ...(args.artifacts ? { artifacts: args.artifacts } : {}),
      ...(args.saveImage ? { saveImage: true } : {}),
      // `audit --output FILE` writes that file and nothing else into the audited tree.
      ...(args.command === 'audit' && !args.artifacts && args.outputs.some((o) => o.file) ? { writeArtifacts: false } : {}),
      ...(args.policyFrom ? { policyFrom: { rev: args.policyFrom, label: `revision ${args.policyFrom}` } } : {}),
      ...(args.failOn ? { failOn: args.failOn } : {}),
      ...(progress ? { progress } : {}),
      ...(io.signal ? { signal: io.signal } : {}),
    });
    if (!result.report) {
      // Stage commands (build, release, run, discover) print what they produced as JSON.
      io.stdout.write(`${JSON.stringify(result.data ?? {}, null, 2)}\n`);
      return EXIT.ok;
    }
    for (const out of args.outputs) {
      const text = render(result.report, out.format, { color: out.file ? false : args.color });
      if (out.file) {
        const file = path.resolve(io.cwd, out.file);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
        progress?.(`wrote ${out.format} report to ${out.file}`);
      } else {
        io.stdout.write(text);
      }
    }
    return interruptedExit(io.signal) ?? exitCodeFor(result.report, result.config['fail-on']);
  } catch (e) {
    const err = e as Error;
    const interrupted = interruptedExit(io.signal);
    if (interrupted !== undefined) {
      io.stderr.write(`twelve-factor: ${(io.signal?.reason as Error | undefined)?.message ?? 'interrupted'}\n`);
      return interrupted;
    }
    if (err instanceof UsageError || USER_ERRORS.has(err.name)) {
      io.stderr.write(`twelve-factor: ${err.message}\n`);
      return EXIT.usage;
    }
    // A stage that ran and failed (a broken Dockerfile, a harness failure) says how itself.
    const stageExit = (err as { exitCode?: unknown }).exitCode;
    if (err.name === 'StageFailedError' && (stageExit === 1 || stageExit === 3)) {
      io.stderr.write(`twelve-factor: ${err.message}\n`);
      return stageExit;
    }
    io.stderr.write(`twelve-factor: internal error: ${err.message}\n${io.env.TFA_DEBUG ? `${err.stack}\n` : ''}`);
    return EXIT.internal;
  }
}

/**
 * An audit cut short by SIGINT/SIGTERM exits 128+signo like a shell reports it,
 * whatever its partial report says: a CI timeout must never read as a pass.
 */
function interruptedExit(signal: AbortSignal | undefined): number | undefined {
  if (!signal?.aborted) return undefined;
  return /SIGTERM/.test(String((signal.reason as Error | undefined)?.message ?? signal.reason)) ? 143 : 130;
}

/** Where the repository lives on GitHub, for links in the report and the image's source label. */
export function repositoryFromEnv(): { slug?: string; serverUrl?: string } {
  const slug = process.env.GITHUB_REPOSITORY;
  const server = process.env.GITHUB_SERVER_URL;
  return { ...(slug ? { slug } : {}), ...(server ? { serverUrl: server } : {}) };
}
