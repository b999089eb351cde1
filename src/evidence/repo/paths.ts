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
/**
 * Showcase folders (examples, samples, demos, docs) sit beside a project's code, at the top of a
 * repository, an app or a package. Inside a source tree the same word is a package of the app:
 * `org.springframework.samples.petclinic`, a Go `internal/docs` package serving the API docs, a
 * Next.js `app/docs` route.
 */
const SHOWCASE_DIRS = new Set(['docs', 'doc', 'documentation', 'examples', 'samples', 'demos']);
/** Folders that open a source tree (src layouts, Go's internal/pkg/cmd, app/ and lib/ of web frameworks). */
const SOURCE_TREE_DIRS = new Set(['src', 'lib', 'internal', 'pkg', 'cmd', 'app']);
/**
 * A JVM source root of a main source set (Maven/Gradle `src/main/java`, Kotlin multiplatform
 * `src/jvmMain/kotlin`): every folder below it is a package segment, and tests live in their own
 * source set (src/test), so no folder name below it says "not the app".
 */
const JVM_SOURCE_ROOT = /(?:^|\/)src\/(?:main|[a-z]+Main)\/(?:java|kotlin|scala|groovy|resources)(?:\/|$)/;

/** True when files in folder `dir` (relative to the audited app, '' for its root) are tests, docs, examples, vendored or build output. */
function isNonRuntimeFolder(dir: string): boolean {
  if (dir === '') return false;
  // Maven/Gradle layout: src/test/** is test code.
  if (`${dir}/`.includes('src/test/')) return true;
  const root = JVM_SOURCE_ROOT.exec(dir);
  const above = root ? dir.slice(0, root.index) : dir;
  if (above === '') return false;
  let inSourceTree = false;
  for (const part of above.split('/')) {
    const name = part.toLowerCase();
    if (EXCLUDED_DIRS.has(name) && !(inSourceTree && SHOWCASE_DIRS.has(name))) return true;
    if (SOURCE_TREE_DIRS.has(name)) inSourceTree = true;
  }
  return false;
}
const TEST_FILE = /(\.(test|spec|e2e)\.[a-z]+$|_test\.(go|py|rb|exs?)$|^test_[^/]*\.py$|^conftest\.py$|_spec\.rb$|Test\.(java|kt)$|Tests\.(java|kt)$|IT\.java$|\.stories\.[jt]sx?$)/;

/** True when a path (relative to the audited app) is a test, doc, example, vendored or build output. */
export function isNonRuntimePath(rel: string): boolean {
  const slash = rel.lastIndexOf('/');
  const dir = slash < 0 ? '' : rel.slice(0, slash);
  const base = rel.slice(slash + 1);
  if (isNonRuntimeFolder(dir)) return true;
  // Go ignores folders whose names start with `_` or `.`; so does the app.
  if (base.endsWith('.go') && goIgnoredFolder(dir)) return true;
  // A file named `src/test…` at the top (src/test.ts is a test entry of the app, not its code).
  return rel.startsWith('src/test') || TEST_FILE.test(base);
}

function goIgnoredFolder(dir: string): boolean {
  return dir !== '' && dir.split('/').some((p) => p.startsWith('_') && p !== '__pycache__');
}

/**
 * isNonRuntimePath for many files: the folder part of the answer is worked
 * out once per folder. Same answers as isNonRuntimePath.
 */
export function nonRuntimePathMemo(): (rel: string) => boolean {
  const dirs = new Map<string, { excluded: boolean; goIgnored: boolean }>();
  return (rel) => {
    const slash = rel.lastIndexOf('/');
    const dir = slash < 0 ? '' : rel.slice(0, slash);
    let folder = dirs.get(dir);
    if (folder === undefined) {
      folder = { excluded: isNonRuntimeFolder(dir), goIgnored: goIgnoredFolder(dir) };
      dirs.set(dir, folder);
    }
    return folder.excluded || rel.startsWith('src/test') || TEST_FILE.test(rel.slice(slash + 1)) || (rel.endsWith('.go') && folder.goIgnored);
  };
}

/** Words that make an env file a template to copy, not a file the app loads. */
const ENV_TEMPLATE_WORD = new Set(['example', 'examples', 'sample', 'samples', 'template', 'tmpl', 'tpl', 'dist', 'default', 'defaults', 'schema']);

/**
 * A template of an env file (`.env.example`, `.env.sample`, `.env.dev-sample`, `.env.sample.local`,
 * `example.env`, `dev-sample.env`): a template word among the parts of its name, joined by `.`,
 * `-` or `_`, in any position. `.env`, `.env.local`, `.env.production` are loaded, not templates.
 */
export function isEnvTemplateName(base: string): boolean {
  const m = /^\.env[._-]([\w.-]{1,100})$|^([\w.-]{1,100})\.env$/.exec(base);
  return m !== null && (m[1] ?? m[2]!).split(/[._-]/).some((w) => ENV_TEMPLATE_WORD.has(w.toLowerCase()));
}
