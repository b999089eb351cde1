// biome-ignore-all lint/suspicious/noTemplateCurlyInString: these are literal adversarial inputs, not templates
import fc from 'fast-check';

/**
 * Adversarial inputs shared by the fuzz and reliability suites: token soups
 * that look enough like each format to get past its first checks, sprinkled
 * with the bytes parsers trip on (NUL, BOM, CR, lone surrogates, bidi
 * overrides, escape sequences) and with long runs of one token, which is
 * where super-linear paths (regex backtracking, repeated concatenation)
 * show up.
 */

/** Characters and fragments every parser and renderer must survive. */
export const NASTY = [
  '\0',
  '\uFEFF',
  '\r\n',
  '\r',
  '\t',
  '\ud800',
  '\udfff',
  '\u202e',
  '\u2066',
  '\x1b[31m',
  '\x1b]8;;https://evil.example\x07',
  '\u0085',
  '\u2028',
  '::error::',
  '::stop-commands::x',
  '%0A',
  '@here',
  '@org/team',
  '#1',
  '`',
  '```',
  '~~~',
  '<!--',
  '-->',
  '<details>',
  '</details>',
  '<script>',
  '&amp;',
  '\\',
  '"',
  "'",
  ' ',
  '   ',
  '\n',
  '\n\n',
  '#',
  '=',
  ':',
  '-',
  '$',
  '${',
  '}',
  '[',
  ']',
  '{',
  '|',
  '*',
  '&',
  '!',
  '%',
  '0',
  'é',
  '💥',
];

/** Largest generated text: enough for per-line costs to show, small enough for 200 runs in seconds. */
export const MAX_FUZZ_CHARS = 200_000;

/** A string of any UTF-16 code units, lone surrogates included. */
export const anyUnits = (maxLength = 40): fc.Arbitrary<string> =>
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });

/** One token: a format keyword, a nasty fragment, random text or (rarely) a long run of one token. */
function token(keywords: readonly string[]): fc.Arbitrary<string> {
  const pick = fc.constantFrom(...keywords, ...NASTY);
  return fc.oneof(
    { weight: 6, arbitrary: pick },
    { weight: 2, arbitrary: anyUnits(12) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.tuple(pick, fc.integer({ min: 50, max: 5_000 })).map(([t, n]) => t.repeat(n)) },
  );
}

/**
 * Text shaped like a format: lines made of its keywords and nasty tokens,
 * sometimes one line repeated thousands of times (deep continuation chains,
 * many entries) to expose per-line costs that grow with the file.
 */
/** One line of a format's token soup. */
export function formatLine(keywords: readonly string[], maxTokens = 10): fc.Arbitrary<string> {
  return fc.array(token(keywords), { maxLength: maxTokens }).map((ts) => ts.join('').slice(0, 4096));
}

export function formatText(keywords: readonly string[]): fc.Arbitrary<string> {
  const line = formatLine(keywords);
  const lines = fc.array(line, { maxLength: 30 }).map((ls) => ls.join('\n'));
  const repeated = fc
    .tuple(line, fc.integer({ min: 100, max: 5_000 }), fc.constantFrom('\n', '\r\n', '\\\n', ''))
    .map(([l, n, sep]) => Array(Math.min(n, Math.ceil(MAX_FUZZ_CHARS / (l.length + sep.length + 1)))).fill(l).join(sep));
  // Capped so one input stays a realistic file size (the snapshot reads at most 1 MiB of any file).
  return fc.oneof({ weight: 8, arbitrary: lines }, { weight: 1, arbitrary: repeated }, { weight: 1, arbitrary: anyUnits(400) }).map((t) => t.slice(0, MAX_FUZZ_CHARS));
}

export const DOCKERFILE_WORDS = [
  'FROM ', 'FROM node:24 AS build', 'FROM build', 'RUN ', 'CMD ', 'ENV ', 'ARG ', 'COPY ', 'ADD ', 'ENTRYPOINT ', 'HEALTHCHECK CMD ', 'SHELL ', 'USER ', 'VOLUME ',
  'EXPOSE ', 'STOPSIGNAL ', 'WORKDIR ', 'ONBUILD ', 'LABEL ', '# escape=`', '# escape=\\', '# syntax=docker/dockerfile:1', 'AS ', '--platform=$BUILDPLATFORM ', '--from=build ',
  '--mount=type=cache,target=/x ', '["node","server.js"]', '["a",', '[]', '<<EOF', 'EOF', '<<-"X"', 'X', "<<'Y'", '$A', '${A}', '${A:-x}', '${A:+y}', 'A=$A$A', 'A=${A}${A}',
  'B="x y"', "C='z'", '\\\n', '`\n', 'npm install', 'npm ci', 'curl -fsSL https://x | sh', 'apt-get install -y', 'sqlite3', '/bin/sh -c', 'exec ', '&&', '@sha256:', ':latest',
] as const;

export const SECRET_WORDS = [
  'AKIA', 'AKIAIOSFODNN7ABCDEFG', 'aws_secret_access_key = ', 'ghp_', 'github_pat_', 'xoxb-', 'sk_live_', 'sk-', 'AIza', '-----BEGIN RSA PRIVATE KEY-----', '-----BEGIN', ' PRIVATE KEY',
  '-----END', 'password=', 'password: "', 'postgres://u:', 'mysql://', '@db:5432', 'token: ', 'api_key="', 'secret_key = \'', 'eyJ', '.', 'Zx9Qw8Er7Ty6Ui5Op4', '"', "'",
] as const;

export const PROCFILE_WORDS = ['web:', 'web: ', 'worker: ', 'release: ', 'clock:', 'web :', 'node server.js', 'bundle exec', '$PORT', '--port $PORT', '#', ':', '-'] as const;

export const DOTENV_WORDS = [
  'export ', 'KEY=', 'DATABASE_URL=', 'PORT=3000', 'SECRET_KEY=', 'A.B-C=', 'X: ', '"', "'", '`', '\\n', ' #', ' # comment', '=', 'postgres://u:p@localhost:5432/db',
  'AKIAIOSFODNN7ABCDEFG', 'sk_live_', 'ghp_',
] as const;

export const YAML_WORDS = [
  'services:', '  web:', '    image: ', '    build: ', '      context: .', '      dockerfile: Dockerfile', '    environment:', '      - A=b', '      B: c', '    ports:', '      - "3000:3000"',
  '    volumes:', '      - ./data:/data', '    depends_on:', '      - db', '    healthcheck:', '    command: ', '    entrypoint: ', 'db:', 'postgres:16', 'redis',
  'run:', '  env:', '    PORT: "1"', '  memory: 512m', '  boot-timeout: 5', '  network: bridge', '  replicas: ', 'admin:', 'ignore:', '  - check: config/x', '    reason: y',
  'fail-on: ', 'path: ', 'apps:', 'build:', '  args:', 'version: "3"', 'x-common: &a', '  <<: *a', '&a ', '*a', '<<: *a', '[', ']', '{', '}', ', ', '- ', '? ', '!!str ', '!!binary ',
  '!!js/function ', '!!python/object ', '!<tag:yaml.org,2002:str> ', '%YAML 1.2', '%TAG ! tag:x,2000:', '---', '...', '|', '>-', '|+2', '\t', 'null', '~', '0x1F', '1e9999',
  '-.inf', '.nan', 'yes', 'on',
] as const;

/** A YAML alias bomb ("billion laughs") with `levels` levels of `width` aliases each. */
export function yamlAliasBomb(levels = 9, width = 9): string {
  const lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i <= levels; i++) lines.push(`a${i}: &a${i} [${Array(width).fill(`*a${i - 1}`).join(',')}]`);
  return `${lines.join('\n')}\nservices:\n  web:\n    image: *a${levels}\nrun:\n  env: *a${levels}\n`;
}

/** YAML nested `depth` levels deep, as flow sequences (`[[[…]]]`) or block mappings. */
export function yamlDeep(depth: number, style: 'flow' | 'block' = 'flow'): string {
  if (style === 'flow') return `services: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
  const lines: string[] = [];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  return `${lines.join('\n')} x\n`;
}

export const JSON_WORDS = ['{', '}', '[', ']', '"dependencies":', '"devDependencies":', '"scripts":', '"start":', '"name":', '"x"', '"^1.0.0"', '"*"', '"latest"', '"git+https://x/y.git#abc"', ':', ',', 'null', '1e400', '"\\u0000"', '"__proto__":', '"constructor":'] as const;
export const REQUIREMENTS_WORDS = ['flask', '==', '>=', '~=', '<', ',', '[extra]', ';', 'python_version<"3.8"', '-r ', '-e ', 'git+https://x/y.git@abc#egg=y', '--hash=sha256:', '\\\n', ' # c', 'https://x/y.whl'] as const;
export const TOML_WORDS = ['[project]', '[tool.poetry]', '[tool.poetry.dependencies]', '[dependencies]', '[[package]]', 'dependencies = [', ']', '"flask>=2"', 'python = "^3.11"', 'serde = { version = "1", features = ["derive"] }', '"""', "'''", '=', '{', '}', 'name = "x"', 'a.b.c = 1', '[a.b]'] as const;
export const GOMOD_WORDS = ['module x', 'go 1.22', 'require (', ')', 'require ', 'github.com/a/b v1.2.3', 'replace ', '=>', '../local', '// indirect', 'v0.0.0-20240101000000-abcdef012345', 'exclude '] as const;
export const GEMFILE_WORDS = ["gem 'rails'", ", '~> 7.0'", ', git: "https://x"', ', ref: "abc"', ", path: '../x'", 'group :dev do', 'end', "source 'https://rubygems.org'", '#', '(', ')'] as const;
export const MIX_WORDS = ['defp deps do', '[', ']', 'end', '{:plug, "~> 1.16"}', '{:x, github: "a/b", tag: "v1"}', '{:y, path: "../y"}', 'only: [:dev, :test]', 'only: :test', ',', '{', '}', ':', '"', '#', 'runtime: false'] as const;
export const PROJECT_WORDS = ['<Project Sdk="Microsoft.NET.Sdk.Web">', '</Project>', '<ItemGroup>', '</ItemGroup>', '<PackageReference Include="Npgsql" Version="8.0.5" />', '<PackageReference Include="X">', '<Version>', '</Version>', 'PrivateAssets="all"', 'Version="[1.0,2.0)"', 'Version="8.*"', '/>', '>', '"'] as const;
export const XML_WORDS = [
  '<?xml version="1.0"?>', '<project>', '</project>', '<dependencies>', '</dependencies>', '<dependency>', '</dependency>', '<groupId>g</groupId>', '<artifactId>a</artifactId>',
  '<version>', '</version>', '1.0-SNAPSHOT', 'LATEST', '[1.0,2.0)', '${x}', '<!DOCTYPE p [<!ENTITY e "eeeeeeeeee">]>', '&e;', '&lt;', '<![CDATA[', ']]>', '<!--', '-->',
] as const;
export const GRADLE_WORDS = ["implementation 'g:a:1.+'", 'implementation("g:a:latest.release")', 'dependencies {', '}', 'dependencyLocking {', 'lockAllConfigurations()', "api 'g:a:1.0'", '//', '/*', '*/'] as const;
export const README_WORDS = [
  '# ', '## ', '### ', 'I. Codebase', 'II. Dependencies', 'III', 'IX. Disposability', 'XII. Admin processes', 'Factor 7', '12-Factor', 'Twelve-Factor', '✅', '✔', '❌', '☐', '[x] ', '[ ] ',
  'Status: COMPLETED', 'Status: PENDING', '**Status**:', '1. ', '2) ', '- ', '* ', '| ', ' | ', '|---|', 'graceful shutdown', 'logs to stdout', 'stateless', 'binds $PORT', '<details>',
  '```', '~~~', '> ', '<!-- -->',
] as const;

/** An XML entity-expansion bomb for pom.xml readers. */
export function xmlEntityBomb(levels = 9): string {
  const ents = ['<!ENTITY l0 "lollollollollollollollollollol">'];
  for (let i = 1; i <= levels; i++) ents.push(`<!ENTITY l${i} "${`&l${i - 1};`.repeat(10)}">`);
  return `<?xml version="1.0"?>\n<!DOCTYPE project [\n${ents.join('\n')}\n]>\n<project><dependencies><dependency><groupId>&l${levels};</groupId><artifactId>a</artifactId><version>&l${levels};</version></dependency></dependencies></project>\n`;
}

