/** Path classification shared by the scanners: languages, and what is not the app's own runtime source. */

/** True when `file` is `dir` itself or lies under it. */
export function isUnder(file: string, dir: string): boolean {
  return dir === '.' || file === dir || file.startsWith(`${dir}/`);
}
/** `file` relative to `dir` (which must contain it). */
export function relativeTo(file: string, dir: string): string {
  return dir === '.' ? file : file.slice(dir.length + 1);
}

export type Language = 'js' | 'py' | 'go' | 'jvm' | 'ruby' | 'php' | 'rust' | 'cs' | 'elixir' | 'config' | 'shell';

const EXT_LANG: Record<string, Language> = {
  js: 'js', mjs: 'js', cjs: 'js', jsx: 'js', ts: 'js', mts: 'js', cts: 'js', tsx: 'js',
  py: 'py',
  go: 'go',
  java: 'jvm', kt: 'jvm', kts: 'jvm', scala: 'jvm', groovy: 'jvm',
  rb: 'ruby', rake: 'ruby', ru: 'ruby',
  php: 'php',
  rs: 'rust',
  cs: 'cs', fs: 'cs', vb: 'cs', cshtml: 'cs',
  ex: 'elixir', exs: 'elixir',
  yml: 'config', yaml: 'config', properties: 'config', xml: 'config', ini: 'config', toml: 'config', conf: 'config', cfg: 'config', json: 'config',
  sh: 'shell', bash: 'shell',
};

/**
 * Files that are configuration of tools, not of the app: never source signals.
 * The auditor's own config (`.twelve-factor.yml`: run port, probe services) is one of them;
 * its stage files live under `.twelve-factor/`, which the snapshot never walks.
 * Named files are matched on the base name (anchored, so one try per file);
 * tool folders anywhere in the path.
 */
const TOOL_FILE_NAMES =
  /^(?:\.twelve-factor\.ya?ml|package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.yaml|yarn\.lock|composer\.lock|Cargo\.lock|poetry\.lock|uv\.lock|Pipfile\.lock|tsconfig[\w.-]*\.json|jsconfig\.json|\.eslintrc[\w.]*|biome\.json|\.prettierrc[\w.]*|renovate\.json|\.?(?:docker-)?compose[\w.-]*\.ya?ml|\.gitlab-ci\.yml|\.travis\.yml|azure-pipelines\.yml|bitbucket-pipelines\.yml|mkdocs\.yml|\.pre-commit-config\.yaml|codecov\.yml|\.readthedocs\.ya?ml|lerna\.json|nx\.json|turbo\.json|angular\.json|vercel\.json|netlify\.toml|app\.json|pyproject\.toml|Cargo\.toml|package\.json|composer\.json)$/;
const TOOL_DIRS = /(?:^|\/)(?:\.github|\.circleci|\.vscode|\.idea)\/.*$/;

export function languageOf(file: string): Language | undefined {
  const base = file.slice(file.lastIndexOf('/') + 1);
  if (base === 'Rakefile' || base === 'Gemfile' || base === 'config.ru') return 'ruby';
  // The auditor's own config is not the app's: its `port:` and service URLs describe the audit.
  if (/^\.twelve-factor\.ya?ml$/.test(base)) return undefined;
  const dot = base.lastIndexOf('.');
  if (dot <= 0 && !base.startsWith('.')) return undefined;
  const lang = EXT_LANG[base.slice(dot + 1).toLowerCase()];
  if (lang === 'config' && (TOOL_FILE_NAMES.test(base) || TOOL_DIRS.test(file))) return undefined;
  // Generated JavaScript and type declarations (.map files have no language at all).
  if (lang === 'js' && /\.(min|bundle)\.js$|\.d\.ts$/.test(base)) return undefined;
  return lang;
}

/** Folders whose files are tests, docs, examples, vendored or generated code. */
const EXCLUDED_DIRS = new Set([
  'test', 'tests', '__tests__', 'spec', 'specs', 'testdata', 'test-data', 'fixtures', '__fixtures__', '__mocks__', 'mocks', 'e2e', 'cypress', 'playwright',
  'docs', 'doc', 'documentation', 'examples', 'samples', 'demos',
  'vendor', 'third_party', 'third-party', 'external', 'node_modules', 'bower_components', 'site-packages',
  'dist', 'build', 'target', 'out', '.next', '.nuxt', 'coverage', '.cache', 'tmp', 'benchmarks', 'bench',
  // Deploy descriptors and ops tooling: read for formation, parity and release, never as the app's own config or code.
  'ops', 'tools', 'infra', 'deploy', 'deployment', 'deployments', 'k8s', 'kubernetes', 'helm', 'charts', 'terraform', 'ansible', '.devcontainer', 'obj',
]);
const TEST_FILE = /(\.(test|spec|e2e)\.[a-z]+$|_test\.(go|py|rb|exs?)$|^test_[^/]*\.py$|^conftest\.py$|_spec\.rb$|Test\.(java|kt)$|Tests\.(java|kt)$|IT\.java$|\.stories\.[jt]sx?$)/;

/** True when a path (relative to the audited app) is a test, doc, example, vendored or build output. */
export function isNonRuntimePath(rel: string): boolean {
  const parts = rel.split('/');
  const base = parts.pop()!;
  if (parts.some((p) => EXCLUDED_DIRS.has(p.toLowerCase()))) return true;
  // Go ignores folders whose names start with `_` or `.`; so does the app.
  if (parts.some((p) => p.startsWith('_') && p !== '__init__' ) && base.endsWith('.go')) return true;
  // Maven/Gradle layout: src/test/** is test code.
  if (rel.includes('src/test/') || rel.startsWith('src/test')) return true;
  return TEST_FILE.test(base);
}

/**
 * isNonRuntimePath for many files: the folder part of the answer is worked
 * out once per folder. Same answers as isNonRuntimePath.
 */
export function nonRuntimePathMemo(): (rel: string) => boolean {
  const dirs = new Map<string, boolean>();
  const goIgnored = new Set<string>();
  return (rel) => {
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    let excluded = dirs.get(dir);
    if (excluded === undefined) {
      // A 'src/test/' inside the path always ends within its folder part.
      excluded = slash >= 0 && (dir.split('/').some((p) => EXCLUDED_DIRS.has(p.toLowerCase())) || `${dir}/`.includes('src/test/'));
      if (!excluded && slash >= 0 && dir.split('/').some((p) => p.startsWith('_') && p !== '__pycache__')) goIgnored.add(dir);
      dirs.set(dir, excluded);
    }
    return excluded || rel.startsWith('src/test') || TEST_FILE.test(rel.slice(slash + 1)) || (rel.endsWith('.go') && goIgnored.has(dir));
  };
}
