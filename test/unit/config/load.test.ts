import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from '../../../src/config/load';

function problems(text: string): string[] {
  try {
    parseConfig(text, 'cfg.yml');
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as ConfigError).problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`);
  }
  throw new Error('expected a ConfigError');
}

describe('config loader', () => {
  it('gives defaults for an empty file', () => {
    const c = parseConfig('');
    expect(c.run['boot-timeout']).toBe(60);
    expect(c.run['shutdown-timeout']).toBe(10);
    expect(c.run.network).toBe('internal');
    expect(c['fail-on']).toBe('fail');
    expect(c.ignore).toEqual([]);
  });

  it('reads every documented key', () => {
    const c = parseConfig(`
path: services/api
dockerfile: docker/Dockerfile
context: ..
build: { args: { NODE_ENV: production }, target: runtime }
run:
  env: { GREETING: hi }
  port: 23456
  network: bridge
  boot-timeout: 20
  shutdown-timeout: 30
  http-path: /healthz
admin:
  - [node, migrate.js]
  - rake db:migrate
services:
  - name: redis
    image: tfa-test/redis:local
    port: 6379
    env: { REDIS_URL: "redis://{host}:{port}" }
ignore:
  - check: dependencies/lockfile
    reason: vendored
fail-on: warn
`);
    expect(c.path).toBe('services/api');
    expect(c.build.args).toEqual({ NODE_ENV: 'production' });
    expect(c.build.target).toBe('runtime');
    expect(c.run.port).toBe(23456);
    expect(c.run['http-path']).toBe('/healthz');
    expect(c.admin).toEqual([['node', 'migrate.js'], 'rake db:migrate']);
    expect(c.services[0]?.env.REDIS_URL).toBe('redis://{host}:{port}');
    expect(c.ignore[0]?.reason).toBe('vendored');
    expect(c['fail-on']).toBe('warn');
  });

  it('names file:line:col and suggests the nearest key for a typo', () => {
    expect(problems('run:\n  boot-timout: 5\n')).toEqual([
      'cfg.yml:2:3: unknown key "boot-timout" in "run"; did you mean "boot-timeout"?',
    ]);
    expect(problems('faill-on: warn\n')).toEqual(['cfg.yml:1:1: unknown key "faill-on"; did you mean "fail-on"?']);
  });

  it('says what shape was expected', () => {
    expect(problems('run:\n  port: eighty\n')).toEqual(['cfg.yml:2:9: run.port: expected number, received string']);
    expect(problems('fail-on: sometimes\n')[0]).toMatch(/^cfg\.yml:1:10: fail-on: .*"fail"\|"warn"\|"regression"\|"never"/);
    expect(problems('ignore:\n  - check: config/dotenv-committed\n')).toEqual([
      'cfg.yml:2:5: ignore.0.reason: required key is missing (expected string)',
    ]);
  });

  it('reports malformed YAML with its position', () => {
    const [p] = problems('run:\n  env: [a,\n');
    expect(p).toMatch(/^cfg\.yml:\d+:\d+: invalid YAML: /);
  });

  it('refuses YAML alias bombs instead of expanding them', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++) bomb.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`);
    const [p] = problems(bomb.join('\n'));
    expect(p).toMatch(/invalid YAML: .*alias/i);
  });

  it('finds .twelve-factor.yml in the directory and errors when an explicit file is missing', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-config-'));
    expect(loadConfig(dir).file).toBeUndefined();
    writeFileSync(path.join(dir, '.twelve-factor.yml'), 'run:\n  port: 24000\n');
    expect(loadConfig(dir).config.run.port).toBe(24000);
    expect(() => loadConfig(dir, 'nope.yml')).toThrow(/nope\.yml:1:1: config file not found/);
  });
});

describe('config loader on odd keys', () => {
  it('refuses a collection used as a key, with its position', () => {
    expect(problems('run:\n  ? [a, b]\n  : 1\n')).toEqual(['cfg.yml:2:5: a key must be a plain name, not a list or mapping']);
  });
});

describe('config loader on deep nesting', () => {
  it('refuses flow collections nested past 64 levels before yaml recurses into them, with the position', () => {
    expect(problems(`ignore:\n  - ${'['.repeat(5000)}\n`)).toEqual(['cfg.yml:2:69: invalid YAML: nested more than 64 levels deep']);
    expect(problems(`fail-on: ${'{'.repeat(100)}`)).toEqual(['cfg.yml:1:74: invalid YAML: nested more than 64 levels deep']);
  });

  it('brackets inside quotes and comments are text, not nesting', () => {
    const braces = '{'.repeat(100);
    const cfg = parseConfig(`# ${braces}\nignore:\n  - check: config/committed-secrets\n    reason: "${braces} \\" ${braces}"\n  - check: logs/stdout-output\n    reason: '${braces}'\n`);
    expect(cfg.ignore.map((i) => i.reason)).toEqual([`${braces} " ${braces}`, braces]);
  });
});
