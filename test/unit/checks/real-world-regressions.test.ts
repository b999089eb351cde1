import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/model/report';
import { checkFindings, fixture } from '../../support/checks';

/**
 * Verdicts that were wrong on public twelve-factor repositories. Each fixture
 * rebuilds the shape that misled a check, in its own words; each case fails
 * when the check goes back to its old answer.
 */
const CASES = fixture('repos', 'cases');
const run = (checkId: string, name: string): Finding[] => checkFindings(checkId, path.join(CASES, name));
const outcomes = (findings: Finding[]) => findings.map((f) => f.outcome);
const conditions = (findings: Finding[]) => findings.map((f) => f.condition);
const files = (findings: Finding[]) => findings.flatMap((f) => f.evidence.flatMap((e) => (e.kind === 'file' ? [`${e.file}:${e.line ?? ''}`] : [])));

describe('real-world regressions: static verdicts', () => {
  it('Go: AutomaticEnv on a viper instance (not the package) reads config from the environment', () => {
    const f = run('config/reads-env', 'go-viper-env-overlay');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('main.go:18');
  });

  it('Go: a SQLite driver marked // indirect in go.mod is not SQLite-in-dev next to Postgres', () => {
    const f = run('dev-prod-parity/same-backing-services', 'go-indirect-sqlite');
    expect(conditions(f)).not.toContain('sqlite-vs-server');
  });

  it('Node: PORT read from a Joi-validated copy of process.env (envVars.PORT) is a PORT read', () => {
    const f = run('port-binding/port-source', 'node-joi-env-uploads');
    expect(conditions(f)).toEqual(['from-env']);
    expect(files(f)).toContain('src/env.js:7');
  });

  it('Node: schema.validate(process.env) is env validation at boot (advice)', () => {
    const f = run('config/env-validation', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['pass']);
    expect(f[0]!.role).toBe('advice');
    expect(files(f)).toContain('src/env.js:4');
  });

  it('Node: an upload destination under the app folder is local state as the configured default', () => {
    const f = run('processes/local-state', 'node-joi-env-uploads');
    expect(conditions(f)).toEqual(['local-state']);
    expect(outcomes(f)).toEqual(['fail']);
    expect(files(f)).toContain('src/index.js:6');
  });

  it('Python: hosts that default pydantic BaseSettings fields are read from the environment (a local default counts)', () => {
    const f = run('backing-services/urls-from-env', 'python-pydantic-settings');
    expect(conditions(f)).toEqual(['from-env']);
    expect(files(f)).toContain('service/settings.py:8');
  });

  it('Python: a `port: int` field of a BaseSettings class is filled from PORT', () => {
    const f = run('port-binding/port-source', 'python-pydantic-settings');
    expect(conditions(f)).toEqual(['from-env']);
    expect(files(f)).toContain('service/settings.py:7');
  });

  it('Python: a high-entropy secret behind a type annotation is a code default the app uses: a fail, its value redacted', () => {
    const f = run('config/committed-secrets', 'python-pydantic-settings');
    expect(conditions(f)).toEqual(['in-use']);
    expect(files(f)).toContain('service/settings.py:9');
    const text = readFileSync(path.join(CASES, 'python-pydantic-settings/service/settings.py'), 'utf8');
    const value = /signing_secret: str = "(\w+)"/.exec(text)![1]!;
    expect(JSON.stringify(f)).not.toContain(value);
  });

  it('Go: service URLs and the port in a config file under viper AutomaticEnv are env-overridable: located by config', () => {
    const urls = run('backing-services/urls-from-env', 'go-viper-config-defaults');
    expect(conditions(urls)).toEqual(['overlay']);
    const port = run('port-binding/port-source', 'go-viper-config-defaults');
    expect(conditions(port)).toEqual(['from-env']);
    expect(files(port)).toContain('config/defaults.yaml:2');
  });

  it('YAML: an upper-case key setting a service URL is an environment variable for the app, not a hardcoded host', () => {
    const f = run('backing-services/urls-from-env', 'go-viper-config-defaults');
    expect(files(f)).toEqual(['config/defaults.yaml:4']);
  });

  it('signal snippets hide a URL password up to its last @ (an unencoded @ left the tail visible)', () => {
    const text = JSON.stringify([...run('backing-services/urls-from-env', 'go-viper-config-defaults'), ...run('config/committed-secrets', 'go-viper-config-defaults')]);
    expect(text).toContain('[REDACTED]@db:5432');
    expect(text).not.toContain('tW0rd');
  });

  it('Dockerfile: ENV SECRET_KEY_BASE 1 (a dummy for asset precompilation) bakes no secret', () => {
    expect(conditions(run('config/committed-secrets', 'rails-dummy-secret-key-base'))).toEqual(['no-secret']);
    expect(conditions(run('config/dockerfile-secrets', 'rails-dummy-secret-key-base'))).toEqual(['none']);
  });

  it('YAML: an unquoted datasource password in a config the build ships is a committed secret, its value redacted, booleans ignored', () => {
    const f = run('config/committed-secrets', 'spring-yaml-password-migrations');
    expect(conditions(f)).toEqual(['in-use']);
    expect(files(f)).toEqual(['src/main/resources/application.yml:7']);
    expect(JSON.stringify(f)).not.toContain('Ledger-Pa55');
  });

  it('Flyway migrations in a singular migration/ folder are admin tasks', () => {
    const f = run('admin-processes/declared-tasks', 'spring-yaml-password-migrations');
    expect(conditions(f)).toEqual(['shipped']);
    expect(files(f)).toContain('data/migration/V1__entries.sql:');
  });

  it('PHP: a Monolog StreamHandler named with its namespace (new \\Monolog\\Handler\\StreamHandler) writing a .log file is file logging', () => {
    const f = run('logs/no-file-logging', 'php-monolog-namespaced');
    expect(conditions(f)).toEqual(['file-sink']);
    expect(files(f)).toEqual(['src/logging.php:8']);
  });
});
