import { describe, expect, it } from 'vitest';
import { checkFindings, throwawayRepos } from '../../support/checks';

// The same credential pattern gets the same outcome in every language, in a helper function or a
// sub-folder: a literal secret behind an environment read is the configured default unless a file
// of the repository sets the variable; a secret-named key of a shipped config file is a credential;
// placeholders of the dev stack stay warnings, and a real-looking value fails wherever it is.

const repo = throwawayRepos();
const j = (...parts: string[]) => parts.join('');
/** Not a stand-in: words outside the placeholder vocabulary. */
const PHRASE = 'you-will-never-guess';
const REAL = j('Zq8vN2pL', 'w4Rt9xKm');
const PY_DOCKERFILE = 'FROM python:3.12.4-slim\nWORKDIR /app\nCOPY . .\nCMD ["gunicorn", "app:app"]\n';

function secrets(files: Record<string, string>): { conditions: string[]; text: string } {
  const findings = checkFindings('config/committed-secrets', repo(files));
  return { conditions: [...new Set(findings.map((f) => f.condition ?? ''))].sort(), text: JSON.stringify(findings) };
}

describe('a literal secret behind an environment read', () => {
  const variants: Record<string, Record<string, string>> = {
    'Python `or`': { 'app/config.py': `import os\nSECRET_KEY = os.environ.get("SECRET_KEY") or "${PHRASE}"\n` },
    'Python `.get(k, default)` in a helper module of a sub-folder': { 'src/shop/settings/base.py': `import os\n\ndef secret():\n    return os.getenv("SESSION_SECRET", "${PHRASE}")\n` },
    'JavaScript `||`': { 'src/config.js': `module.exports = { jwtSecret: process.env.JWT_SECRET || '${PHRASE}' };\n` },
    'TypeScript `??`': { 'src/config.ts': `export const jwtSecret = process.env.JWT_SECRET ?? "${PHRASE}";\n` },
    "Go helper with a default": { 'internal/config/config.go': `package config\n\nfunc Load() Config {\n\treturn Config{Secret: getEnv("JWT_SECRET", "${PHRASE}")}\n}\n` },
    'Go over several lines': { 'main.go': `package main\n\nimport "os"\n\nfunc main() {\n\tsecret := os.Getenv("JWT_SECRET")\n\tif secret == "" {\n\t\tsecret = "${PHRASE}"\n\t}\n\t_ = secret\n}\n` },
    'Ruby `ENV.fetch`': { 'config/initializers/secret.rb': `Rails.application.config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', '${PHRASE}')\n` },
    'Spring `${X:lit}`': { 'src/main/resources/application.properties': `jwt.secret=\${JWT_SECRET:${PHRASE}}\n` },
  };
  for (const [name, files] of Object.entries(variants)) {
    it(`${name}: the configured default when nothing sets the variable (fail), a fallback when compose sets it`, () => {
      const alone = secrets({ ...files, Dockerfile: PY_DOCKERFILE });
      expect(alone.conditions).toEqual(['in-use']);
      expect(alone.text).not.toContain(PHRASE);
      const variable = /JWT_SECRET|SESSION_SECRET|SECRET_KEY_BASE|SECRET_KEY/.exec(Object.values(files)[0]!)![0];
      const compose = `services:\n  web:\n    build: .\n    environment:\n      ${variable}: \${${variable}}\n`;
      expect(secrets({ ...files, Dockerfile: PY_DOCKERFILE, 'docker-compose.yml': compose }).conditions).toEqual(['no-secret']);
    });
  }

  it('a placeholder default is no committed secret; a flag default is no credential', () => {
    expect(secrets({ 'app/config.py': 'import os\nSECRET_KEY = os.environ.get("SECRET_KEY") or "changethis"\n', Dockerfile: PY_DOCKERFILE }).conditions).toEqual(['no-secret']);
    expect(secrets({ 'src/config.js': "module.exports = { allow: process.env.ALLOW_EMPTY_PASSWORD || 'true' };\n", Dockerfile: PY_DOCKERFILE }).conditions).toEqual(['no-secret']);
  });
});

describe('secret-named keys of config files the image ships', () => {
  it('YAML, JSON and TOML keys are judged with the same placeholder test', () => {
    for (const [file, text] of [
      ['configuration/base.yaml', `application:\n  hmac_secret: "${j('super-long-and-secret-random-key-', 'needed-to-verify-message-integrity')}"\n`],
      ['config/settings.json', `{\n  "api_key": "${PHRASE}",\n  "port": 8000\n}\n`],
      ['conf/app.toml', `[auth]\nsigning_key = "${REAL}"\n`],
    ] as const) {
      const real = secrets({ [file]: text, Dockerfile: PY_DOCKERFILE });
      expect(real.conditions, file).toEqual(['in-use']);
      expect(real.text).not.toContain(PHRASE);
      expect(real.text).not.toContain(REAL);
      const placeholder = text.replace(/"[^"]{12,}"/, '"changeme"');
      expect(secrets({ [file]: placeholder, Dockerfile: PY_DOCKERFILE }).conditions, file).toEqual(['no-secret']);
    }
  });

  it('names that only look like a secret are left alone', () => {
    const text = 'tokenizer: bert-base-uncased\ncache_key: users-by-id\ntoken_expires_in: 3600\npassword_min_length: 12\n';
    expect(secrets({ 'config/app.yaml': text, Dockerfile: PY_DOCKERFILE }).conditions).toEqual(['no-secret']);
  });
});

describe('dev-stack values', () => {
  const compose = (password: string) => `services:\n  db:\n    image: postgres:16.3\n    environment:\n      POSTGRES_USER: orders\n      POSTGRES_PASSWORD: ${password}\n`;
  it('placeholders warn, the user name is one, and a flag is no credential', () => {
    expect(secrets({ 'compose.yaml': compose('local_only') }).conditions).toEqual(['dev-placeholder']);
    expect(secrets({ 'compose.yaml': compose('orders') }).conditions).toEqual(['dev-placeholder']);
    expect(secrets({ 'compose.yaml': 'services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ALLOW_EMPTY_PASSWORD: "true"\n' }).conditions).toEqual(['no-secret']);
  });
  it('a real-looking value still fails, and is never shown', () => {
    const out = secrets({ 'compose.yaml': compose(REAL) });
    expect(out.conditions).toEqual(['in-use']);
    expect(out.text).not.toContain(REAL);
  });
  it('an env template is one whatever joins its words, and a password equal to the user name set above it is a placeholder', () => {
    for (const name of ['.env.dev-sample', '.env.sample-dev', '.env.local.example', 'example.env']) {
      expect(secrets({ [name]: 'SQL_USER=hello_shop\nSQL_PASSWORD=hello_shop\n' }).conditions, name).toEqual(['dev-placeholder']);
    }
  });
});
