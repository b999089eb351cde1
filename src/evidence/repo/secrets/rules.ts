/**
 * Secret rules. Every pattern is linear-time by construction: no nested
 * quantifiers, every repetition bounded, no lookaround, and no pattern crosses
 * a line (`[ \t]` instead of `\s` between tokens), so scanning whole file
 * text costs the same as scanning line by line. The sources are plain enough
 * for ripgrep's regex engine too (the benchmark runs them there).
 */
import { credentialValue, userAndDatabaseNames } from './placeholder';

export interface SecretRule {
  id: string;
  title: string;
  /** Matches the secret; capture group `value` (or the whole match) is what gets redacted. */
  pattern: RegExp;
  /** `fail` for provider credentials; `warn` for heuristic rules that can misfire. */
  severity: 'fail' | 'warn';
  /** Extra filter on the captured value to drop placeholders and low-entropy words. */
  accept?: (value: string, line: string) => boolean;
  /** Cheap literal (lower-case) that must occur in a file for the rule to run at all. */
  keywords: string[];
}

/** Shannon entropy in bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

const classes = (s: string) => [/[a-z]/, /[A-Z]/, /[0-9]/].filter((r) => r.test(s)).length;

export const SECRET_RULES: SecretRule[] = [
  {
    id: 'aws-access-key-id',
    title: 'AWS access key id',
    pattern: /\b(?<value>(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16})\b/g,
    severity: 'fail',
    accept: (v) => !/EXAMPLE$/.test(v),
    keywords: ['akia', 'asia', 'abia', 'acca'],
  },
  {
    id: 'aws-secret-access-key',
    title: 'AWS secret access key',
    pattern: /aws_?secret_?(?:access_?)?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?<value>[A-Za-z0-9/+]{40})\b/gi,
    severity: 'fail',
    accept: (v) => !/EXAMPLEKEY$/.test(v) && entropy(v) > 3.5,
    keywords: ['aws'],
  },
  {
    id: 'github-token',
    title: 'GitHub token',
    pattern: /\b(?<value>(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})\b/g,
    severity: 'fail',
    accept: (v) => entropy(v) > 3,
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  },
  {
    id: 'gitlab-token',
    title: 'GitLab personal access token',
    pattern: /\b(?<value>glpat-[A-Za-z0-9_-]{20})\b/g,
    severity: 'fail',
    accept: (v) => entropy(v) > 3,
    keywords: ['glpat-'],
  },
  {
    id: 'stripe-secret-key',
    title: 'Stripe secret or restricted key',
    pattern: /\b(?<value>(?:sk|rk)_live_[A-Za-z0-9]{24,99})\b/g,
    severity: 'fail',
    keywords: ['_live_'],
  },
  {
    id: 'slack-token',
    title: 'Slack token or webhook',
    pattern: /(?<value>\bxox[abposr]-[A-Za-z0-9-]{10,200}|https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]{8,12}\/B[A-Za-z0-9]{8,12}\/[A-Za-z0-9]{24})/g,
    severity: 'fail',
    accept: (v) => !/x{6,}/i.test(v),
    keywords: ['xox', 'hooks.slack.com'],
  },
  {
    id: 'google-api-key',
    title: 'Google API key',
    pattern: /\b(?<value>AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)/g,
    severity: 'fail',
    keywords: ['aiza'],
  },
  {
    id: 'npm-token',
    title: 'npm access token',
    pattern: /(?:\b(?<value>npm_[A-Za-z0-9]{36})\b|_authToken[ \t]{0,4}=[ \t]{0,4}(?<auth>[A-Za-z0-9_-]{20,100}))/g,
    severity: 'fail',
    accept: (v) => credentialValue(v) === 'credential' && entropy(v) > 3,
    keywords: ['npm_', '_authtoken'],
  },
  {
    id: 'private-key',
    title: 'Private key',
    pattern: /(?<value>-----BEGIN[ A-Z]{0,20} PRIVATE KEY(?: BLOCK)?-----)/g,
    severity: 'fail',
    // The header alone in docs or code ("-----BEGIN PRIVATE KEY-----" literals) is common; the key body must follow.
    accept: (_v, line) => !/["'`]\s*-----BEGIN[ A-Z]{0,20} PRIVATE KEY-----\s*["'`]/.test(line),
    keywords: ['private key'],
  },
  {
    id: 'database-url-password',
    title: 'Database URL with a password',
    // The password runs to the last @ before the host: an unencoded @ inside it is part of it.
    pattern: /\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver|ecto)(?:\+[a-z0-9]{1,20})?:\/\/(?<user>[^\s:/@'"`]{0,64}):(?<value>[^\s'"`/]{1,128})@(?<host>[^\s/:'"`?@]{1,253})/gi,
    severity: 'fail',
    accept: (v, line) => v.length >= 6 && credentialValue(v, { names: userAndDatabaseNames(line) }) === 'credential',
    keywords: ['://'],
  },
  {
    id: 'generic-secret-assignment',
    title: 'High-entropy value assigned to a secret-named variable',
    // A type annotation may stand between name and value: `SECRET_KEY: str = "…"` (Python), `apiKey: string = "…"` (TypeScript, Kotlin).
    pattern: /(?:secret|token|passwd|password|api_?key|apikey|access_?key|private_?key|client_?secret|auth)[A-Za-z0-9_]{0,24}["']?[ \t]{0,4}(?:[:=]|=>|:=|:[ \t]{0,4}[A-Za-z_][A-Za-z0-9_.<>[\]]{0,40}[ \t]{0,4}=)[ \t]{0,4}["'`](?<value>[A-Za-z0-9+/=_.~!@#$%^&*()-]{16,128})["'`]/gi,
    severity: 'warn',
    accept: (v, line) => credentialValue(v, { names: userAndDatabaseNames(line) }) === 'credential' && entropy(v) >= 3.5 && classes(v) >= 2 && !/^[a-z]+(?:[._-][a-z]+)+$/i.test(v),
    keywords: ['secret', 'token', 'passw', 'key', 'auth'],
  },
];
