import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATIC_CHECKS } from '../../../src/checks/static/index';
import type { FindingDraft } from '../../../src/checks/types';
import { defaultConfig } from '../../../src/config/schema';
import { scanRepository } from '../../../src/evidence/repo/snapshot';

/**
 * Verdicts that were wrong on public twelve-factor repositories. Each fixture
 * rebuilds the shape that misled a check, in its own words; each case fails
 * when the check goes back to its old answer.
 */
const CASES = path.resolve(__dirname, '../../fixtures/repos/cases');

function run(checkId: string, fixture: string): FindingDraft[] {
  const check = STATIC_CHECKS.find((c) => c.id === checkId);
  if (!check) throw new Error(`no static check ${checkId}`);
  return check.run({ snapshot: scanRepository(path.join(CASES, fixture), '.'), config: defaultConfig() });
}

const outcomes = (findings: FindingDraft[]) => findings.map((f) => f.outcome);
const files = (findings: FindingDraft[]) => findings.flatMap((f) => (f.evidence ?? []).flatMap((e) => (e.kind === 'file' ? [`${e.file}:${e.line ?? ''}`] : [])));

describe('real-world regressions: static verdicts', () => {
  it('Go: AutomaticEnv on a viper instance (not the package) reads config from the environment', () => {
    const f = run('config/reads-env', 'go-viper-env-overlay');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('main.go:18');
  });

  it('Go: a SQLite driver marked // indirect in go.mod is not SQLite-in-dev next to Postgres', () => {
    const f = run('dev-prod-parity/same-backing-services', 'go-indirect-sqlite');
    expect(outcomes(f)).not.toContain('fail');
    expect(outcomes(f)).toEqual(['pass']);
  });

  it('Node: PORT read from a Joi-validated copy of process.env (envVars.PORT) is a PORT read', () => {
    const f = run('port-binding/port-from-env', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('src/env.js:7');
  });

  it('Node: schema.validate(process.env) is env validation at boot', () => {
    const f = run('config/env-validation', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('src/env.js:4');
  });

  it('Node: an upload destination under the app folder is local state (was a pass)', () => {
    const f = run('processes/local-uploads', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['warn']);
    expect(files(f)).toContain('src/index.js:6');
  });

  it('Python: hosts that default pydantic BaseSettings fields are read from the environment with a local fallback', () => {
    const urls = run('backing-services/urls-from-env', 'python-pydantic-settings');
    expect(outcomes(urls)).toEqual(['pass']);
    expect(files(urls)).toContain('service/settings.py:8');
    const hosts = run('backing-services/hardcoded-hosts', 'python-pydantic-settings');
    expect(outcomes(hosts)).toEqual(['warn']);
  });

  it('Python: a `port: int` field of a BaseSettings class is filled from PORT', () => {
    const f = run('port-binding/port-from-env', 'python-pydantic-settings');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('service/settings.py:7');
  });

  it('Python: a high-entropy secret behind a type annotation is found (was a pass)', () => {
    const f = run('config/committed-secrets', 'python-pydantic-settings');
    expect(outcomes(f)).toEqual(['warn']);
    expect(files(f)).toContain('service/settings.py:9');
    const text = readFileSync(path.join(CASES, 'python-pydantic-settings/service/settings.py'), 'utf8');
    const value = /signing_secret: str = "(\w+)"/.exec(text)![1]!;
    expect(JSON.stringify(f)).not.toContain(value);
  });

  it('Go: service URLs and the port in a config file under viper AutomaticEnv are overridable, so warn rather than fail', () => {
    const urls = run('backing-services/urls-from-env', 'go-viper-config-defaults');
    expect(outcomes(urls)).toEqual(['warn']);
    const port = run('port-binding/port-from-env', 'go-viper-config-defaults');
    expect(outcomes(port)).toEqual(['warn']);
    expect(files(port)).toContain('config/defaults.yaml:2');
  });

  it('YAML: an upper-case key setting a service URL is an environment variable for the app, not a hardcoded host', () => {
    const f = run('backing-services/hardcoded-hosts', 'go-viper-config-defaults');
    expect(files(f)).toEqual(['config/defaults.yaml:4']);
  });

  it('signal snippets hide a URL password up to its last @ (an unencoded @ left the tail visible)', () => {
    const f = run('backing-services/hardcoded-hosts', 'go-viper-config-defaults');
    const text = JSON.stringify(f);
    expect(text).toContain('[REDACTED]@db:5432');
    expect(text).not.toContain('tW0rd');
  });

  it('Dockerfile: ENV SECRET_KEY_BASE 1 (a dummy for asset precompilation) bakes no secret (was a fail)', () => {
    const f = run('config/dockerfile-secrets', 'rails-dummy-secret-key-base');
    expect(outcomes(f)).toEqual(['pass']);
  });

  it('YAML: an unquoted datasource password is a hardcoded credential (was a pass), its value redacted, booleans ignored', () => {
    const f = run('config/hardcoded-credentials', 'spring-yaml-password-migrations');
    expect(outcomes(f)).toEqual(['warn']);
    expect(files(f)).toEqual(['src/main/resources/application.yml:7']);
    expect(JSON.stringify(f)).not.toContain('Ledger-Pa55');
  });

  it('Flyway migrations in a singular migration/ folder are declared admin tasks (was a warn)', () => {
    const f = run('admin-processes/declared-tasks', 'spring-yaml-password-migrations');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('data/migration/V1__entries.sql:');
  });

  it('PHP: a Monolog StreamHandler named with its namespace (new \\Monolog\\Handler\\StreamHandler) writing a .log file is file logging (was a pass)', () => {
    const f = run('logs/no-file-logging', 'php-monolog-namespaced');
    expect(outcomes(f)).toEqual(['fail']);
    expect(files(f)).toEqual(['src/logging.php:8']);
  });
});

