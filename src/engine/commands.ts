import path from 'node:path';
import { loadConfig } from '../config/load';
import type { Config } from '../config/schema';
import type { Report } from '../model/report';
import type { FailOn } from '../model/verdict';
import { audit } from './audit';

export const COMMANDS = ['audit', 'build', 'release', 'run', 'report', 'all', 'discover'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CommandOptions {
  command: CommandName;
  /** Absolute repository root (the CLI's [path] or GITHUB_WORKSPACE). */
  repoRoot: string;
  /** Config file, relative to repoRoot; default `.twelve-factor.yml` when present. */
  configFile?: string;
  /** Overrides config `path` (the audited app inside the repository). */
  appPath?: string;
  /** Stage files directory; default `.twelve-factor/` under the audited path. */
  artifacts?: string;
  failOn?: FailOn;
  /** Progress lines for long steps (build output, boot waits). */
  progress?: (line: string) => void;
  /** Aborts long steps; cleanup still runs. */
  signal?: AbortSignal;
  /** A base branch's report.json to compare with (regressions and fixes). */
  baseline?: string;
  /** Labels every Docker object of this invocation, so the action's post step can sweep exactly them. */
  runId?: string;
}

export interface CommandResult {
  /** The report, for commands that produce one (audit, report, all). */
  report?: Report;
  /** Machine-readable result for non-report commands (discover's app list, a stage file path …). */
  data?: unknown;
  config: Config;
  artifactsDir: string;
}

export function resolveConfig(opts: CommandOptions): { config: Config; file?: string } {
  const loaded = loadConfig(opts.repoRoot, opts.configFile);
  const config = opts.appPath ? { ...loaded.config, path: opts.appPath } : loaded.config;
  if (opts.failOn) config['fail-on'] = opts.failOn;
  return { config, ...(loaded.file ? { file: loaded.file } : {}) };
}

export function artifactsDirOf(opts: CommandOptions, config: Config): string {
  return path.resolve(opts.repoRoot, opts.artifacts ?? path.join(config.path, '.twelve-factor'));
}

/** One engine behind the CLI and the action. */
export async function runCommand(opts: CommandOptions): Promise<CommandResult> {
  const { config } = resolveConfig(opts);
  const artifactsDir = artifactsDirOf(opts, config);
  switch (opts.command) {
    case 'audit': {
      const { report } = audit({ repoRoot: opts.repoRoot, config });
      return { report, config, artifactsDir };
    }
    default:
      throw new Error(`command "${opts.command}" is not available yet`);
  }
}
