import { describe, expect, it } from 'vitest';
import { envDefaultsOnLine } from '../../../src/evidence/repo/env-defaults';
import { isEnvTemplateName } from '../../../src/evidence/repo/paths';
import { credentialValue, isCredentialName, isStandInPhrase, userAndDatabaseNames } from '../../../src/evidence/repo/secrets/placeholder';

// Values are assembled at run time so this file itself holds no scannable secret.
const j = (...parts: string[]) => parts.join('');

describe('credentialValue: one judgement of a credential-shaped value, wherever it stands', () => {
  it('calls a value spelled only in stand-in words a placeholder, however the words are joined', () => {
    for (const v of ['local_only', 'changethis', 'thisisasamplesecret', 'email-server-password', 'ChangeThisToASecurePassword!', 'changeme', 'please_change_me', 'supersecret', 'mysecretpassword', 'secret123', 'your-secret-key-here-please', 'someRandomStringWith32Characters', 'rootpassword', 'postgres', 'insecure-dev-only-key'])
      expect(credentialValue(v), v).toBe('placeholder');
  });

  it('calls a value with one word outside that vocabulary, a disguised word or a random run a credential', () => {
    for (const v of ['mybillingpass2024', 'you-will-never-guess', j('S3cr3t', 'Pa55w0rd'), 'hunter2', j('super-long-and-secret-random-key-', 'needed-to-verify-message-integrity'), j('django-insecure-l(7dip%l0*^nw!z2n', '&at@15u=4t=&ng)tlbm4xwr8-(-5!_j@k'), j('Zq8vN2pL', 'w4Rt9xKm')])
      expect(credentialValue(v), v).toBe('credential');
  });

  it('calls flags, numbers of a measure and empty values no credential at all', () => {
    expect(credentialValue('true', { key: 'MYSQL_ALLOW_EMPTY_PASSWORD' })).toBe('not-credential');
    expect(credentialValue('yes', { key: 'MYSQL_RANDOM_ROOT_PASSWORD' })).toBe('not-credential');
    expect(credentialValue('10', { key: 'JWT_RESET_PASSWORD_EXPIRATION_MINUTES' })).toBe('not-credential');
    expect(credentialValue('3600', { key: 'tokenTtl' })).toBe('not-credential');
    // Whatever the value, a name that says flag, duration or pointer holds no credential.
    expect(credentialValue(j('Zq8vN2pL', 'w4Rt9xKm'), { key: 'SECRET_KEY_FILE' })).toBe('not-credential');
    expect(credentialValue('')).toBe('not-credential');
    expect(credentialValue('false')).toBe('not-credential');
  });

  it('calls a value equal to the user or database name set nearby a placeholder', () => {
    const names = userAndDatabaseNames('SQL_DATABASE=shop_dev\nSQL_USER=hello_shop\nSQL_PASSWORD=hello_shop\n');
    expect(credentialValue('hello_shop', { key: 'SQL_PASSWORD', names })).toBe('placeholder');
    expect(credentialValue('hello_shop', { key: 'SQL_PASSWORD' })).toBe('credential');
    expect(userAndDatabaseNames(j('spring.datasource.username=$', '{DB_USER:petclinic}\n')).has('petclinic')).toBe(true);
    expect(userAndDatabaseNames('url: postgres://orders:x@db:5432/orders_db\n')).toEqual(new Set(['orders', 'orders_db']));
  });

  it('keeps references, templates and labels placeholders', () => {
    for (const v of [j('$', '{DB_PASSWORD}'), '{{ .Values.password }}', '<password>', '%(password)s', 'Password', 'Secret key', 'SECRET_KEY']) expect(credentialValue(v), v).toBe('placeholder');
  });

  it('stays linear on long hostile values', () => {
    const t0 = performance.now();
    for (let i = 0; i < 200; i++) {
      isStandInPhrase('a'.repeat(120));
      isStandInPhrase('passwordpassword'.repeat(7));
      credentialValue(`${'x1'.repeat(5000)}!`);
      userAndDatabaseNames(`${' '.repeat(20_000)}-${' '.repeat(20_000)}x`);
    }
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

describe('isCredentialName: the name says it holds a secret', () => {
  it('reads the words of a name in any case or joiner', () => {
    for (const k of ['POSTGRES_PASSWORD', 'hmac_secret', 'signing_key', 'api_key', 'apiKey', 'token', 'DB_PASS', 'dbPassword', 'jwt.secret', 'spring.datasource.password', 'SECRET_KEY', 'SESSION_SIGNING_KEY', 'APP_KEY', 'client_secret', 'accessToken'])
      expect(isCredentialName(k), k).toBe(true);
  });
  it('leaves flags, measures, pointers and look-alikes out', () => {
    for (const k of ['MYSQL_ALLOW_EMPTY_PASSWORD', 'JWT_RESET_PASSWORD_EXPIRATION_MINUTES', 'SECRET_KEY_FILE', 'PASSWORD_RESET_URL', 'token_type', 'tokenizer', 'cache_key', 'sort_key', 'compass', 'PWD', 'SECRET_NAME', 'token_expires_in', 'PASSWORD_MIN_LENGTH'])
      expect(isCredentialName(k), k).toBe(false);
  });
});

describe('isEnvTemplateName: a template to copy, not a file the app loads', () => {
  it('finds the template word joined by . - or _, in either position', () => {
    for (const n of ['.env.example', '.env.sample', '.env.dev-sample', '.env.prod.db-sample', '.env.sample-dev', '.env.local.example', '.env_template', '.env.dist', '.env.tmpl', 'example.env', 'dev-sample.env'])
      expect(isEnvTemplateName(n), n).toBe(true);
  });
  it('leaves loaded env files alone', () => {
    for (const n of ['.env', '.env.local', '.env.production', '.env.dev', '.envrc', 'prod.env', '.env.examples-of-nothing']) expect(isEnvTemplateName(n), n).toBe(n === '.env.examples-of-nothing');
  });
});

describe('envDefaultsOnLine: a literal that stands in when the environment has no value, in every language', () => {
  const lit = 'you-will-never-guess';
  const cases: Array<[lang: string, line: string, variable: string]> = [
    ['python or', `SECRET_KEY = os.environ.get("SECRET_KEY") or "${lit}"`, 'SECRET_KEY'],
    ['python get default', `SECRET_KEY = os.environ.get('SECRET_KEY', '${lit}')`, 'SECRET_KEY'],
    ['python getenv default', `key = os.getenv("API_TOKEN", default="${lit}")`, 'API_TOKEN'],
    ['python decouple', `SECRET_KEY = config("SECRET_KEY", default="${lit}")`, 'SECRET_KEY'],
    ['js ||', `const secret = process.env.JWT_SECRET || '${lit}';`, 'JWT_SECRET'],
    ['js ??', `jwtSecret: process.env["JWT_SECRET"] ?? "${lit}",`, 'JWT_SECRET'],
    ['go helper', `\tsecret := getEnv("JWT_SECRET", "${lit}")`, 'JWT_SECRET'],
    ['ruby fetch', `config.secret_key_base = ENV.fetch('SECRET_KEY_BASE', '${lit}')`, 'SECRET_KEY_BASE'],
    ['ruby fetch block', `secret = ENV.fetch("SECRET_KEY_BASE") { "${lit}" }`, 'SECRET_KEY_BASE'],
    ['ruby ||', `secret = ENV['SECRET_KEY_BASE'] || '${lit}'`, 'SECRET_KEY_BASE'],
    ['php laravel env', `'key' => env('APP_KEY', '${lit}'),`, 'APP_KEY'],
    ['php ?:', `$secret = getenv('APP_SECRET') ?: '${lit}';`, 'APP_SECRET'],
    ['php $_ENV ??', `$secret = $_ENV['APP_SECRET'] ?? '${lit}';`, 'APP_SECRET'],
    ['java getOrDefault', `String secret = System.getenv().getOrDefault("JWT_SECRET", "${lit}");`, 'JWT_SECRET'],
    ['java orElse', `String secret = Optional.ofNullable(System.getenv("JWT_SECRET")).orElse("${lit}");`, 'JWT_SECRET'],
    ['spring property', `jwt.secret=\${JWT_SECRET:${lit}}`, 'JWT_SECRET'],
    ['spring @Value', `@Value("\${jwt.secret:${lit}}")`, 'JWT_SECRET'],
    ['shell', `export SECRET_KEY=\${SECRET_KEY:-${lit}}`, 'SECRET_KEY'],
    ['rust unwrap_or', `let secret = env::var("JWT_SECRET").unwrap_or("${lit}".into());`, 'JWT_SECRET'],
    ['rust unwrap_or_else', `let secret = std::env::var("JWT_SECRET").unwrap_or_else(|_| "${lit}".to_string());`, 'JWT_SECRET'],
    ['c# ??', `var secret = Environment.GetEnvironmentVariable("JWT_SECRET") ?? "${lit}";`, 'JWT_SECRET'],
    ['elixir', `secret = System.get_env("SECRET_KEY_BASE", "${lit}")`, 'SECRET_KEY_BASE'],
  ];
  for (const [lang, line, variable] of cases) {
    it(lang, () => {
      const found = envDefaultsOnLine(line);
      expect(found.map((d) => [d.variable, d.value])).toEqual([[variable, lit]]);
      expect(line.slice(found[0]!.start, found[0]!.end)).toBe(lit);
    });
  }

  it('finds no default where the literal is not one', () => {
    for (const line of ['foo(os.getenv("A"), "b")', 'os.environ.setdefault("DJANGO_SETTINGS_MODULE", "app.settings")', 'secret = os.environ["SECRET_KEY"]', 'x = "literal"', 'setEnv("KEY", "value")'])
      expect(envDefaultsOnLine(line), line).toEqual([]);
  });

  it('stays linear on long hostile lines', () => {
    const t0 = performance.now();
    for (const unit of ['getenv("A"', 'process.env.A || ', '${A:', 'envenvenv', 'ENV["A"] ', 'os.environ.get("A") or ']) envDefaultsOnLine(unit.repeat(Math.ceil(100_000 / unit.length)));
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
