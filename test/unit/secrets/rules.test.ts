import { describe, expect, it } from 'vitest';
import { SECRET_RULES } from '../../../src/evidence/repo/secrets/rules';
import { scanSecrets } from '../../../src/evidence/repo/secrets/scan';

// Values are assembled at run time so this file itself holds no scannable secret.
const j = (...parts: string[]) => parts.join('');

/** tp: [text, the secret in it]; fp: texts that must not match. */
const SAMPLES: Record<string, { tp: Array<[string, string]>; fp: string[] }> = {
  'aws-access-key-id': {
    tp: [[j('AWS_ACCESS_KEY_ID=', 'AKIA', 'Z7XK2LMQ4RTPVW3D'), j('AKIA', 'Z7XK2LMQ4RTPVW3D')], [j('key: "', 'ASIA', 'Q3EGRXMP7TZ4NBKL"'), j('ASIA', 'Q3EGRXMP7TZ4NBKL')]],
    fp: [j('AKIA', 'IOSFODNN7EXAMPLE'), j('AKIA', 'short'), 'BAKIAZ7XK2LMQ4RTPVW3DX'],
  },
  'aws-secret-access-key': {
    tp: [[j('aws_secret_access_key = ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Qk3LmN0p'), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYz9Qk3LmN0p']],
    fp: [j('aws_secret_access_key = ', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'), 'aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}'],
  },
  'github-token': {
    tp: [[j('token: ', 'ghp_', 'R4nd0mT0k3nV4lu3W1thEn0ughCh4rs12345'), j('ghp_', 'R4nd0mT0k3nV4lu3W1thEn0ughCh4rs12345')]],
    fp: ['ghp_short', j('ghp_', 'a'.repeat(36))],
  },
  'gitlab-token': { tp: [[j('GITLAB_TOKEN=', 'glpat-', 'x7Kq2LmN9pRt4VwZ8bCd'), j('glpat-', 'x7Kq2LmN9pRt4VwZ8bCd')]], fp: ['glpat-', 'glpat-aaaaaaaaaaaaaaaaaaaa'] },
  'stripe-secret-key': { tp: [[j('stripe.api_key = "', 'sk_live_', '51H8xQ2eZvKYlo2C8k3mN9pQ"'), j('sk_live_', '51H8xQ2eZvKYlo2C8k3mN9pQ')]], fp: [j('pk_live_', '51H8xQ2eZvKYlo2C8k3mN9pQ'), j('sk_test_', '51H8xQ2eZvKYlo2C8k3mN9pQ')] },
  'slack-token': {
    tp: [[j('SLACK=', 'xoxb-', '1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx'), j('xoxb-', '1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx')], [j('https://hooks.slack.com/services/', 'T0123ABCD/B0456EFGH/', 'a1B2c3D4e5F6g7H8i9J0k1L2'), 'a1B2c3D4e5F6g7H8i9J0k1L2']],
    fp: ['xoxb-xxxxxxxxxxxx', 'https://hooks.slack.com/services/'],
  },
  'google-api-key': { tp: [[j('key=', 'AIza', 'SyD3x8K2mN9pQ4rT7vW1zB5cF6gH0jL3nPq'), j('AIza', 'SyD3x8K2mN9pQ4rT7vW1zB5cF6gH0jL3nPq')]], fp: ['AIzaShort', j('AIza', 'SyD3x8K2mN9pQ4rT7vW1zB5cF6gH0jL3nPQQQ')] },
  'npm-token': {
    tp: [[j('//registry.npmjs.org/:_authToken=', 'npm_', 'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6'), j('npm_', 'Ab3dE6gH9jK2mN5pQ8sT1vW4yZ7bC0eF3hJ6')], [j('_authToken=', 'd3b07384d113edec49eaa6238ad5ff00aa'), 'd3b07384d113edec49eaa6238ad5ff00aa']],
    fp: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', 'npm_config_cache=/tmp'],
  },
  'private-key': {
    tp: [[j('-----BEGIN ', 'RSA PRIVATE KEY-----'), 'RSA PRIVATE KEY'], [j('-----BEGIN ', 'OPENSSH PRIVATE KEY-----'), 'OPENSSH PRIVATE KEY']],
    fp: ['const HEADER = "-----BEGIN PRIVATE KEY-----";', '-----BEGIN PUBLIC KEY-----', '-----BEGIN CERTIFICATE-----'],
  },
  'database-url-password': {
    tp: [[j('DATABASE_URL=postgres://app:', 'Zq8vN2pLw4Rt', '@db.prod.internal:5432/app'), 'Zq8vN2pLw4Rt'], [j('mongodb+srv://svc:', 'S3cr3tPa55w0rd', '@cluster0.mongodb.net/db'), 'S3cr3tPa55w0rd']],
    fp: ['postgres://postgres:postgres@localhost:5432/app', 'redis://:${REDIS_PASSWORD}@cache:6379', 'postgres://user:password@host/db', 'https://user:pass@example.com'],
  },
  'generic-secret-assignment': {
    tp: [[j('API_KEY = "', 'f9Kq2LmN8pRt4VwZ8bCd3xYz', '"'), 'f9Kq2LmN8pRt4VwZ8bCd3xYz'], [j("client_secret: '", 'Xk29vLmQ7pRt3sW8yZ1bN4cD', "'"), 'Xk29vLmQ7pRt3sW8yZ1bN4cD']],
    fp: ['password = "changeme"', 'API_KEY = process.env.API_KEY', 'token = "aaaaaaaaaaaaaaaaaaaa"', "auth_mode: 'oauth-client-credentials'", 'SECRET_KEY = "your-secret-key-here-please"'],
  },
};

describe('secret rules', () => {
  it('every rule has samples', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(SECRET_RULES.map((r) => r.id).sort());
  });

  for (const rule of SECRET_RULES) {
    describe(rule.id, () => {
      const s = SAMPLES[rule.id]!;
      for (const [i, [tp, secret]] of s.tp.entries()) {
        it(`finds true positive #${i + 1} and redacts it`, () => {
          const hits = scanSecrets(`line one\n${tp}\n`, 'f.txt').filter((h) => h.rule === rule.id);
          expect(hits).toHaveLength(1);
          expect(hits[0]!.line).toBe(2);
          expect(hits[0]!.snippet).toContain('[REDACTED]');
          expect(hits[0]!.snippet).not.toContain(secret);
        });
      }
      for (const [i, fp] of s.fp.entries()) {
        it(`ignores false positive #${i + 1}`, () => {
          expect(scanSecrets(fp, 'f.txt').filter((h) => h.rule === rule.id)).toEqual([]);
        });
      }
      it('stays fast on 100 KB of adversarial text', () => {
        const seeds = ['AKIA', 'aws_secret_key=', 'ghp_', 'glpat-', 'sk_live_', 'xoxb-', 'AIza', 'npm_', '_authToken=', '-----BEGIN ', 'postgres://a:', 'password="', 'x'];
        for (const seed of seeds) {
          const text = (seed + 'A1b2C3d4'.repeat(8) + ' ').repeat(Math.ceil(100_000 / (seed.length + 65))).slice(0, 100_000);
          const long = seed.repeat(Math.ceil(100_000 / seed.length)).slice(0, 100_000);
          const t0 = performance.now();
          scanSecrets(text, 'adv.txt', [rule]);
          scanSecrets(long, 'adv.txt', [rule]);
          scanSecrets(`postgres://${'a'.repeat(100_000)}`, 'adv.txt', [rule]);
          // Generous bound: catastrophic backtracking would take seconds or never end.
          expect(performance.now() - t0).toBeLessThan(1500);
        }
      });
    });
  }

  it('redacts every secret on a line that holds two', () => {
    const line = j('A=', 'AKIA', 'Z7XK2LMQ4RTPVW3D', ' B=', 'ghp_', 'R4nd0mT0k3nV4lu3W1thEn0ughCh4rs12345');
    const hits = scanSecrets(line, 'x');
    expect(hits.map((h) => h.rule).sort()).toEqual(['aws-access-key-id', 'github-token']);
    for (const h of hits) {
      expect(h.snippet).not.toContain('Z7XK2LMQ4RTPVW3D');
      expect(h.snippet).not.toContain('R4nd0mT0k3n');
    }
  });
});
