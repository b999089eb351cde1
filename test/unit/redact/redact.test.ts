import { describe, expect, it } from 'vitest';
import { configValues } from '../../../src/config/values';
import { ConfigSchema } from '../../../src/config/schema';
import { imageEnvValues, Redactor } from '../../../src/util/redact';

describe('Redactor', () => {
  it('replaces each value by its name, the longer of two overlapping values whole', () => {
    const r = new Redactor([
      { name: 'SHORT', value: 'abcd1234' },
      { name: 'LONG', value: 'abcd1234-and-more' },
    ]);
    expect(r.text('x abcd1234-and-more y abcd1234 z')).toBe('x [REDACTED:LONG] y [REDACTED:SHORT] z');
  });

  it('a URL with credentials: the whole URL, and the password on its own (raw and decoded)', () => {
    const r = new Redactor([{ name: 'DATABASE_URL', value: 'postgres://app:p%40ss-w0rd@db:5432/app' }]);
    expect(r.text('connecting to postgres://app:p%40ss-w0rd@db:5432/app')).toBe('connecting to [REDACTED:DATABASE_URL]');
    expect(r.text('password p@ss-w0rd rejected; raw p%40ss-w0rd')).toBe('password [REDACTED:DATABASE_URL] rejected; raw [REDACTED:DATABASE_URL]');
  });

  it('leaves what cannot be told from ordinary text: short values, numbers, booleans', () => {
    const r = new Redactor([
      { name: 'A', value: 'hi' },
      { name: 'B', value: '3000' },
      { name: 'C', value: 'true' },
    ]);
    expect(r.empty).toBe(true);
    expect(r.text('hi on 3000: true')).toBe('hi on 3000: true');
  });

  it('redacts every string of a stage file or report, but not identifiers the pipeline relies on', () => {
    const r = new Redactor([{ name: 'TOKEN', value: 'config' }]);
    const out = r.deep({ check: 'config/reads-env', message: 'config read', list: ['a config', { kind: 'config' }], n: 3 });
    expect(out).toEqual({ check: 'config/reads-env', message: '[REDACTED:TOKEN] read', list: ['a [REDACTED:TOKEN]', { kind: 'config' }], n: 3 });
  });

  it("an image ENV: the app's variables, not the ones every base image sets", () => {
    expect(imageEnvValues(['PATH=/usr/bin', 'NODE_VERSION=24.1.0', 'HOME=/root', 'API_KEY=sk_live_x', 'broken'])).toEqual([{ name: 'API_KEY', value: 'sk_live_x' }]);
  });

  it('config values: run.env, build.args, service env in both forms, service-env', () => {
    const config = ConfigSchema.parse({
      build: { args: { NPM_TOKEN: 'npm-token-value' } },
      run: { env: { API: 'api-value' } },
      services: [{ name: 'db', image: 'postgres', port: 5432, env: { URL: 'postgres://u:pw-value@{host}:{port}/x' }, 'service-env': { POSTGRES_PASSWORD: 'pg-value' } }],
    });
    const r = new Redactor(configValues(config));
    expect(r.text('npm-token-value api-value postgres://u:pw-value@db:5432/x pg-value')).toBe(
      '[REDACTED:NPM_TOKEN] [REDACTED:API] [REDACTED:URL] [REDACTED:POSTGRES_PASSWORD]',
    );
  });
});
