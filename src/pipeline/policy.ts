import { applyPolicy } from '../config/policy';
import { CONFIG_FILE_NAMES, ConfigError, MAX_CONFIG_BYTES, parseConfig } from '../config/load';
import { type Config, defaultConfig } from '../config/schema';
import type { Diagnostic, Policy } from '../model/report';
import { fileAtRevision, isWorkTree } from '../util/git';

/** The trusted side of a pull request: a revision (its base commit) and how to name it to people. */
export interface PolicySource {
  rev: string;
  /** E.g. "the base branch main". */
  label: string;
}

export interface TrustedPolicy {
  config: Config;
  policy?: Policy;
  diagnostics: Diagnostic[];
}

/**
 * The pull request's config with its policy keys (see POLICY_KEYS) taken
 * from the config committed at the trusted revision; when that config cannot
 * be read, from the defaults (never from the pull request). Without a
 * checkout and without a config of its own (a report job that judges stage
 * files) there is nothing to apply: the stage files carry the policy.
 */
export function withTrustedPolicy(repoRoot: string, requested: Config, source: PolicySource, opts: { configFile?: string; loadedFile?: string }): TrustedPolicy {
  if (!opts.loadedFile && !isWorkTree(repoRoot)) return { config: requested, diagnostics: [] };
  const short = /^[0-9a-f]{40}$/.test(source.rev) ? source.rev.slice(0, 12) : source.rev;
  const names = opts.configFile ? [opts.configFile] : [...CONFIG_FILE_NAMES];
  const diagnostics: Diagnostic[] = [];
  let trusted: Config | undefined;
  let from = `${source.label} (${short}), which has no ${names[0]}: the defaults`;
  for (const name of names) {
    const read = fileAtRevision(repoRoot, source.rev, name, MAX_CONFIG_BYTES);
    if (read.kind === 'absent') continue;
    if (read.kind === 'unreadable') {
      from = `the defaults (${source.label}'s ${name} could not be read)`;
      diagnostics.push({ severity: 'warning', message: `the policy comes from the defaults: ${source.label}'s ${name} could not be read (${read.problem})`, file: name });
      break;
    }
    try {
      trusted = parseConfig(read.text, `${source.label}:${name}`);
      from = `${source.label}'s ${name} (${short})`;
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      from = `the defaults (${source.label}'s ${name} is not a valid config)`;
      diagnostics.push({ severity: 'warning', message: `the policy comes from the defaults: ${e.message.split('\n')[0]}`, file: name });
    }
    break;
  }
  const { config, changes } = applyPolicy(requested, trusted ?? defaultConfig());
  return { config, policy: { source: from, changes }, diagnostics };
}
