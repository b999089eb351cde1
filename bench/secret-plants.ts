/** Secrets the static benchmarks plant in their generated trees, and the seeded randomness that makes each tree the same every run. */

/** Deterministic pseudo-random numbers from a seed, so runs are comparable. */
export function randomSource(seed: number) {
  let s = seed;
  const rnd = (n: number) => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s % n;
  };
  const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const rand = (n: number, chars = alnum) => Array.from({ length: n }, () => chars[rnd(chars.length)]).join('');
  return { rnd, rand };
}

export interface Plant {
  rule: string;
  /** A line holding a fresh, realistic-looking secret, and the secret itself (for the redaction check; empty when the rule flags a header, not a value). */
  line: () => [string, string];
}

/** One generator per secret rule, drawing from `rand`. */
export function secretPlants(rand: (n: number, chars?: string) => string): Plant[] {
  const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return [
    { rule: 'aws-access-key-id', line: () => ((v) => [`AWS_ACCESS_KEY_ID = "${v}"`, v])(`AKIA${rand(16, upper)}`) },
    { rule: 'aws-secret-access-key', line: () => ((v) => [`aws_secret_access_key = ${v}`, v])(rand(40)) },
    { rule: 'github-token', line: () => ((v) => [`const gh = "${v}";`, v])(`ghp_${rand(36)}`) },
    { rule: 'gitlab-token', line: () => ((v) => [`GITLAB_TOKEN=${v}`, v])(`glpat-${rand(20)}`) },
    { rule: 'stripe-secret-key', line: () => ((v) => [`stripe_key = "${v}"`, v])(`sk_live_${rand(32)}`) },
    { rule: 'slack-token', line: () => ((v) => [`slack: ${v}`, v])(`xoxb-${rand(10, '0123456789')}-${rand(24)}`) },
    { rule: 'google-api-key', line: () => ((v) => [`maps_key = "${v}"`, v])(`AIza${rand(35)}`) },
    { rule: 'npm-token', line: () => ((v) => [`//registry.npmjs.org/:_authToken=${v}`, v])(`npm_${rand(36)}`) },
    // The header is what is flagged (and redacted); there is no value to look for in the output.
    { rule: 'private-key', line: () => ['-----BEGIN RSA PRIVATE KEY-----', ''] },
    { rule: 'database-url-password', line: () => ((v) => [`DATABASE_URL=postgres://app:${v}@db-${rand(6).toLowerCase()}.internal:5432/app`, v])(rand(18)) },
    { rule: 'generic-secret-assignment', line: () => ((v) => [`API_KEY = "${v}"`, v])(rand(28)) },
  ];
}
