import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNonRuntimePath, type Language, languageOf, nonRuntimePathMemo } from '../../../src/evidence/repo/paths';

describe('nonRuntimePathMemo', () => {
  it('answers as isNonRuntimePath does, for paths sharing folders in any order', () => {
    const segment = fc.constantFrom('src', 'test', 'Tests', 'docs', 'app', 'src/test', 'vendor', 'lib', 'a_test.go', 'x.spec.ts', 'conftest.py', 'main.py', 'srcx', 'testing', 'test_a.py', 'FooTest.java',
      'samples', 'examples', 'internal', 'main', 'java', 'kotlin', 'src/main/java', 'src/jvmMain/kotlin', 'Clinic.java', '_x', 'h.go');
    const rel = fc.array(segment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join('/'));
    fc.assert(
      fc.property(fc.array(rel, { minLength: 1, maxLength: 30 }), (paths) => {
        const memo = nonRuntimePathMemo();
        for (const p of paths) expect(memo(p)).toBe(isNonRuntimePath(p));
      }),
      { numRuns: 300 },
    );
  });
});

describe('isNonRuntimePath', () => {
  it.each([
    ['src/main/java/org/springframework/samples/petclinic/Owner.java', false],
    ['src/main/kotlin/org/example/docs/Api.kt', false],
    ['src/jvmMain/kotlin/org/example/test/Fixtures.kt', false],
    ['src/main/resources/samples/seed.sql', false],
    ['internal/docs/docs.go', false],
    ['src/examples/handlers.ts', false],
    ['app/docs/page.tsx', false],
    ['src/test/java/org/example/ClinicTest.java', true],
    ['src/main/java/org/example/ClinicTests.java', true],
    ['examples/src/main/java/org/example/Demo.java', true],
    ['samples/server.js', true],
    ['docs/conf.py', true],
    ['src/__tests__/app.ts', true],
    ['internal/testdata/a.go', true],
    ['target/classes/org/example/Clinic.java', true],
    ['vendor/src/main/java/org/x/Y.java', true],
  ])('%s → %s', (rel, excluded) => {
    expect(isNonRuntimePath(rel)).toBe(excluded);
  });
});

/** languageOf as first written: one unanchored regex over the whole path for tool files. */
const EXT_LANG: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js', py: 'py', go: 'go', java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm',
  groovy: 'jvm', rb: 'ruby', rake: 'ruby', ru: 'ruby', php: 'php', rs: 'rust', yml: 'config', yaml: 'config', properties: 'config', xml: 'config', ini: 'config',
  toml: 'config', conf: 'config', cfg: 'config', json: 'config', sh: 'shell', bash: 'shell',
};
const TOOL_FILES = /(^|\/)(package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.]*|biome\.json|\.prettierrc[\w.]*|renovate\.json|\.?(docker-)?compose[\w.-]*\.ya?ml|\.github\/.*|\.gitlab-ci\.yml|\.circleci\/.*|\.travis\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|mkdocs\.yml|\.pre-commit-config\.yaml|codecov\.yml|\.readthedocs\.ya?ml|lerna\.json|nx\.json|turbo\.json|angular\.json|vercel\.json|netlify\.toml|app\.json|\.vscode\/.*|\.idea\/.*|pyproject\.toml|Cargo\.toml|package\.json|composer\.json)$/;
function firstLanguageOf(file: string): Language | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base === 'Rakefile' || base === 'Gemfile' || base === 'config.ru') return 'ruby';
  const dot = base.lastIndexOf('.');
  if (dot <= 0 && !base.startsWith('.')) return undefined;
  const lang = EXT_LANG[base.slice(dot + 1).toLowerCase()];
  if (lang === 'config' && TOOL_FILES.test(file)) return undefined;
  if (/\.(min|bundle)\.js$|\.d\.ts$|\.map$/.test(base)) return undefined;
  return lang;
}

describe('languageOf', () => {
  it('answers as the first definition did', () => {
    const segment = fc.constantFrom(
      'src', '.github', 'workflows', '.vscode', 'x.github', '.idea', 'app', 'a.min.js', 'b.bundle.js', 'c.d.ts', 'd.map', 'e.js', 'f.JS', 'tsconfig.base.json', 'package.json',
      'docker-compose.prod.yml', '.compose.yaml', 'compose.yml', 'settings.yml', 'Cargo.toml', 'pyproject.toml', 'app.json', 'x.json', 'Gemfile', 'run.sh', '.env', 'a\nb.yml',
      'package.json.bak.json', 'my-package.json', '.eslintrc.json', '.prettierrc', 'CONFIG.YAML', 'x.min.JS',
    );
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 4 }), (parts) => {
        const file = parts.join('/');
        expect(languageOf(file)).toBe(firstLanguageOf(file));
      }),
      { numRuns: 3000 },
    );
  });
});
