import { XMLParser } from 'fast-xml-parser';
import { parse as parseToml } from 'smol-toml';
import { LineCounter, parseDocument, Parser as YamlParser } from 'yaml';
import { flowNestingOver } from '../../../util/yaml-depth';
import { collectionKey } from './compose';
import type { Diagnostic } from '../../../model/report';

/**
 * Dependency manifests of every supported ecosystem, read into one shape.
 * Libraries do the syntax (JSON, smol-toml, fast-xml-parser); the small
 * line-oriented formats (requirements.txt, go.mod, Gemfile, Gradle) are read
 * line by line. Nothing here throws: what cannot be read is a Diagnostic.
 */
export type Ecosystem = 'node' | 'python' | 'go' | 'ruby' | 'rust' | 'php' | 'jvm' | 'dotnet' | 'elixir';

export interface Dependency {
  name: string;
  /** Version spec as written ('' when none). */
  spec: string;
  line: number;
  dev: boolean;
  /** Where it comes from when not a registry: git, path, url. */
  source?: 'git' | 'path' | 'url';
  /** Git reference pinned to a commit (or tag), when the source is git. */
  gitPinned?: boolean;
}

export interface ManifestScript {
  name: string;
  command: string;
  line: number;
}

export interface Manifest {
  file: string;
  ecosystem: Ecosystem;
  /** Package manager or build tool: npm, pnpm, yarn, bun, pip, poetry, uv, pipenv, pdm, go, bundler, cargo, composer, maven, gradle, nuget, mix. */
  tool: string;
  dependencies: Dependency[];
  scripts: ManifestScript[];
  /** Lockfile names (same folder) that would lock this manifest, in preference order. */
  lockfiles: string[];
  /** A workspace/aggregator root (npm workspaces, Cargo workspace, Maven `pom` packaging, Gradle settings). */
  workspaceRoot: boolean;
  /** Dependency locking configured inside the manifest itself (Gradle `dependencyLocking`). */
  selfLocked?: boolean;
  diagnostics: Diagnostic[];
}

export const MANIFEST_NAMES = [
  'package.json',
  'requirements.txt',
  'pyproject.toml',
  'Pipfile',
  'setup.py',
  'go.mod',
  'Gemfile',
  'Cargo.toml',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
  'mix.exs',
] as const;

/** .NET project files: their names vary (`Orders.Api.csproj`), so they are matched by extension. */
const PROJECT_FILE = /\.(?:cs|fs|vb)proj$/;
/** Whether a file name is a dependency manifest (a fixed name, or a .NET project file). */
export function isManifestName(name: string): boolean {
  return (MANIFEST_NAMES as readonly string[]).includes(name) || PROJECT_FILE.test(name);
}

export const LOCKFILE_NAMES = new Set([
  'package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock', 'poetry.lock', 'uv.lock', 'pdm.lock', 'Pipfile.lock',
  'go.sum', 'Gemfile.lock', 'Cargo.lock', 'composer.lock', 'gradle.lockfile', 'packages.lock.json', 'mix.lock',
]);

const lineIndex = (text: string) => text.split(/\r?\n/);
/** 1-based line of the first line matching, searching from `from` (0-based); 1 when absent. */
function findLine(lines: string[], test: (l: string) => boolean, from = 0): number {
  for (let i = from; i < lines.length; i++) if (test(lines[i]!)) return i + 1;
  return 1;
}
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function jsonManifest(text: string, file: string, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(text);
    if (v && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    diagnostics.push({ severity: 'warning', file, line: 1, message: 'expected a JSON object' });
  } catch (e) {
    const pos = /position (\d+)/.exec((e as Error).message);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : 1;
    diagnostics.push({ severity: 'warning', file, line, message: `invalid JSON: ${(e as Error).message.split('\n')[0]}` });
  }
  return undefined;
}

function tomlManifest(text: string, file: string, diagnostics: Diagnostic[]): Record<string, unknown> | undefined {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (e) {
    const m = /line (\d+)/i.exec((e as Error).message);
    diagnostics.push({ severity: 'warning', file, line: m ? Number(m[1]) : 1, message: `invalid TOML: ${(e as Error).message.split('\n')[0]}` });
    return undefined;
  }
}

const obj = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

function npmSource(spec: string): Pick<Dependency, 'source' | 'gitPinned'> {
  if (/^(git\+|git:|github:|gitlab:|bitbucket:)|^[\w-]+\/[\w.-]+(#.*)?$/.test(spec)) {
    return { source: 'git', gitPinned: /#[0-9a-f]{7,40}$|#v?\d+\.\d+/.test(spec) };
  }
  if (/^(file:|link:|workspace:|portal:)/.test(spec)) return { source: 'path' };
  if (/^https?:/.test(spec)) return { source: 'url' };
  return {};
}

function parsePackageJson(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const j = jsonManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const deps: Dependency[] = [];
  for (const [section, dev] of [['dependencies', false], ['devDependencies', true], ['optionalDependencies', false]] as const) {
    const secLine = findLine(lines, (l) => l.includes(`"${section}"`)) - 1;
    for (const [name, spec] of Object.entries(obj(j[section]))) {
      const s = typeof spec === 'string' ? spec : '';
      deps.push({ name, spec: s, dev, line: findLine(lines, (l) => l.includes(`"${name}"`), secLine), ...npmSource(s) });
    }
  }
  const scriptsLine = findLine(lines, (l) => l.includes('"scripts"')) - 1;
  const scripts = Object.entries(obj(j.scripts))
    .filter(([, v]) => typeof v === 'string')
    .map(([name, command]) => ({ name, command: command as string, line: findLine(lines, (l) => new RegExp(`"${escapeRe(name)}"\\s*:`).test(l), scriptsLine) }));
  const pm = typeof j.packageManager === 'string' ? j.packageManager.split('@')[0]! : 'npm';
  return {
    file,
    ecosystem: 'node',
    tool: ['npm', 'pnpm', 'yarn', 'bun'].includes(pm) ? pm : 'npm',
    dependencies: deps,
    scripts,
    lockfiles: ['package-lock.json', 'npm-shrinkwrap.json', 'pnpm-lock.yaml', 'yarn.lock', 'bun.lock', 'bun.lockb'],
    workspaceRoot: j.workspaces !== undefined,
    diagnostics,
  };
}

/** PEP 508 requirement: name, extras, spec, markers. */
function pep508(req: string): { name: string; spec: string; source?: Dependency['source']; gitPinned?: boolean } | undefined {
  const t = req.split(';')[0]!.trim();
  const at = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*@\s*(\S+)/.exec(t);
  if (at) {
    const url = at[3]!;
    const git = url.startsWith('git+');
    return { name: at[1]!, spec: url, source: git ? 'git' : url.startsWith('file:') ? 'path' : 'url', ...(git ? { gitPinned: /@[0-9a-f]{7,40}(#|$)|@v?\d+\.\d+/.test(url.replace(/^git\+[a-z]+:\/\/[^@]*@/, '')) } : {}) };
  }
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(\[[^\]]*\])?\s*(.*)$/.exec(t);
  if (!m) return undefined;
  return { name: m[1]!, spec: m[3]!.replace(/^\(|\)$/g, '').trim() };
}

function parseRequirements(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const deps: Dependency[] = [];
  const lines = lineIndex(text);
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    // Continuations collected, then joined once: re-reading a growing string per line is quadratic.
    const parts = [lines[i]!];
    while (parts[parts.length - 1]!.trimEnd().endsWith('\\') && i + 1 < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.trimEnd().slice(0, -1);
      parts.push(lines[++i]!);
    }
    let l = parts.join(' ');
    l = l.replace(/(^|\s)#.*$/, '').trim();
    if (l === '') continue;
    const hashed = /--hash[=\s]/.test(l);
    l = l.replace(/\s--hash[=\s]\S+/g, '').trim();
    if (/^-(r|c|-requirement|-constraint)\b/.test(l) || /^--?(i|index-url|extra-index-url|find-links|f|trusted-host|no-binary|only-binary|pre|prefer-binary|require-hashes)\b/.test(l)) continue;
    if (/^-e\s|^--editable\s/.test(l)) {
      const target = l.replace(/^(-e|--editable)\s+/, '');
      const git = /^git\+/.test(target);
      deps.push({ name: /#egg=([\w.-]+)/.exec(target)?.[1] ?? target, spec: target, line: start + 1, dev: false, source: git ? 'git' : 'path', ...(git ? { gitPinned: /@[0-9a-f]{7,40}(#|$)/.test(target) } : {}) });
      continue;
    }
    if (/^(\.|\/)/.test(l)) {
      deps.push({ name: l, spec: l, line: start + 1, dev: false, source: 'path' });
      continue;
    }
    const r = pep508(l);
    if (!r) {
      diagnostics.push({ severity: 'warning', file, line: start + 1, message: `cannot read requirement "${l.slice(0, 80)}"` });
      continue;
    }
    deps.push({ name: r.name, spec: hashed && r.spec ? `${r.spec} (hashed)` : r.spec, line: start + 1, dev: false, ...(r.source ? { source: r.source } : {}), ...(r.gitPinned !== undefined ? { gitPinned: r.gitPinned } : {}) });
  }
  return { file, ecosystem: 'python', tool: 'pip', dependencies: deps, scripts: [], lockfiles: [], workspaceRoot: false, diagnostics };
}

function tomlDeps(table: unknown, lines: string[], header: RegExp, dev: boolean, skip: Set<string> = new Set()): Dependency[] {
  const from = findLine(lines, (l) => header.test(l.trim())) - 1;
  return Object.entries(obj(table))
    .filter(([name]) => !skip.has(name))
    .map(([name, v]) => {
      const t = obj(v);
      const spec = typeof v === 'string' ? v : typeof t.version === 'string' ? t.version : '';
      const git = typeof t.git === 'string';
      return {
        name,
        spec,
        dev,
        line: findLine(lines, (l) => new RegExp(`^\\s*"?${escapeRe(name)}"?\\s*=`).test(l), Math.max(from, 0)),
        ...(git ? { source: 'git' as const, gitPinned: typeof t.rev === 'string' || typeof t.tag === 'string' } : typeof t.path === 'string' ? { source: 'path' as const } : typeof t.url === 'string' ? { source: 'url' as const } : {}),
      };
    });
}

function pep508List(list: unknown, lines: string[], dev: boolean): Dependency[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((req) => {
    if (typeof req !== 'string') return [];
    const r = pep508(req);
    if (!r) return [];
    return [{ name: r.name, spec: r.spec, dev, line: findLine(lines, (l) => l.includes(`"${req}`) || l.includes(`'${req}`) || l.includes(`"${r.name}`)), ...(r.source ? { source: r.source } : {}), ...(r.gitPinned !== undefined ? { gitPinned: r.gitPinned } : {}) }];
  });
}

function parsePyproject(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const tool = obj(t.tool);
  const project = obj(t.project);
  const deps: Dependency[] = [...pep508List(project.dependencies, lines, false)];
  for (const list of Object.values(obj(project['optional-dependencies']))) deps.push(...pep508List(list, lines, true));
  for (const list of Object.values(obj(t['dependency-groups']))) deps.push(...pep508List(list, lines, true));
  const poetry = obj(tool.poetry);
  deps.push(...tomlDeps(poetry.dependencies, lines, /^\[tool\.poetry\.dependencies\]/, false, new Set(['python'])));
  deps.push(...tomlDeps(poetry['dev-dependencies'], lines, /^\[tool\.poetry\.dev-dependencies\]/, true));
  for (const [g, group] of Object.entries(obj(poetry.group))) {
    deps.push(...tomlDeps(obj(group).dependencies, lines, new RegExp(`^\\[tool\\.poetry\\.group\\.${escapeRe(g)}\\.dependencies\\]`), true));
  }
  const toolName = tool.poetry ? 'poetry' : tool.uv ? 'uv' : tool.pdm ? 'pdm' : tool.hatch ? 'hatch' : 'pip';
  const scripts = Object.entries({ ...obj(project.scripts), ...obj(poetry.scripts) }).map(([name, v]) => ({
    name,
    command: String(v),
    line: findLine(lines, (l) => new RegExp(`^\\s*"?${escapeRe(name)}"?\\s*=`).test(l)),
  }));
  return {
    file,
    ecosystem: 'python',
    tool: toolName,
    dependencies: deps,
    scripts,
    lockfiles: ['poetry.lock', 'uv.lock', 'pdm.lock', 'pylock.toml'],
    workspaceRoot: obj(obj(tool.uv).workspace).members !== undefined,
    diagnostics,
  };
}

function parsePipfile(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  return {
    file,
    ecosystem: 'python',
    tool: 'pipenv',
    dependencies: [...tomlDeps(t.packages, lines, /^\[packages\]/, false), ...tomlDeps(t['dev-packages'], lines, /^\[dev-packages\]/, true)],
    scripts: Object.entries(obj(t.scripts)).map(([name, v]) => ({ name, command: String(v), line: findLine(lines, (l) => l.trim().startsWith(`${name} `) || l.trim().startsWith(`${name}=`)) })),
    lockfiles: ['Pipfile.lock'],
    workspaceRoot: false,
    diagnostics,
  };
}

function parseSetupPy(text: string, file: string): Manifest {
  const lines = lineIndex(text);
  const deps: Dependency[] = [];
  const block = /install_requires\s*=\s*\[([^\]]*)\]/.exec(text);
  if (block) {
    for (const m of block[1]!.matchAll(/['"]([^'"]+)['"]/g)) {
      const r = pep508(m[1]!);
      if (r) deps.push({ name: r.name, spec: r.spec, dev: false, line: findLine(lines, (l) => l.includes(m[1]!)) });
    }
  }
  return { file, ecosystem: 'python', tool: 'pip', dependencies: deps, scripts: [], lockfiles: [], workspaceRoot: false, diagnostics: [] };
}

function parseGoMod(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const deps: Dependency[] = [];
  const lines = lineIndex(text);
  let inRequire = false;
  let sawModule = false;
  lines.forEach((raw, i) => {
    const l = raw.replace(/\/\/.*$/, '').trim();
    if (l === '') return;
    if (/^module\s+\S+/.test(l)) sawModule = true;
    if (/^require\s*\($/.test(l)) {
      inRequire = true;
      return;
    }
    if (inRequire && l === ')') {
      inRequire = false;
      return;
    }
    const m = inRequire ? /^(\S+)\s+(\S+)/.exec(l) : /^require\s+(\S+)\s+(\S+)/.exec(l);
    if (m) deps.push({ name: m[1]!, spec: m[2]!, dev: false, line: i + 1 });
    else if (inRequire) diagnostics.push({ severity: 'warning', file, line: i + 1, message: 'expected "<module> <version>" in require block' });
  });
  if (!sawModule) diagnostics.push({ severity: 'warning', file, line: 1, message: 'go.mod has no module directive' });
  return { file, ecosystem: 'go', tool: 'go', dependencies: deps, scripts: [], lockfiles: ['go.sum'], workspaceRoot: false, diagnostics };
}

function parseGemfile(text: string, file: string): Manifest {
  const deps: Dependency[] = [];
  let group = 0;
  let dev = false;
  lineIndex(text).forEach((raw, i) => {
    const l = raw.replace(/(^|\s)#.*$/, '').trim();
    if (/^group\b.*\b(development|test)\b.*\bdo\b/.test(l)) {
      group++;
      dev = true;
    } else if (/^group\b.*\bdo\b/.test(l)) group++;
    else if (l === 'end' && group > 0) {
      group--;
      if (group === 0) dev = false;
    }
    const m = /^gem\s+['"]([^'"]+)['"]\s*(.*)$/.exec(l);
    if (!m) return;
    const rest = m[2]!;
    const specs = [...rest.matchAll(/^,?\s*['"]([~><=!\d][^'"]*)['"]|,\s*['"]([~><=!\d][^'"]*)['"]/g)].map((x) => x[1] ?? x[2]).filter(Boolean);
    const git = /\b(git|github):/.test(rest);
    deps.push({
      name: m[1]!,
      spec: specs.join(', '),
      dev: dev || /group:.*\b(development|test)\b/.test(rest),
      line: i + 1,
      ...(git ? { source: 'git' as const, gitPinned: /\b(ref|tag):/.test(rest) } : /\bpath:/.test(rest) ? { source: 'path' as const } : {}),
    });
  });
  return { file, ecosystem: 'ruby', tool: 'bundler', dependencies: deps, scripts: [], lockfiles: ['Gemfile.lock'], workspaceRoot: false, diagnostics: [] };
}

function parseCargo(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const t = tomlManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  return {
    file,
    ecosystem: 'rust',
    tool: 'cargo',
    dependencies: [...tomlDeps(t.dependencies, lines, /^\[dependencies\]/, false), ...tomlDeps(t['dev-dependencies'], lines, /^\[dev-dependencies\]/, true)],
    scripts: [],
    lockfiles: ['Cargo.lock'],
    workspaceRoot: t.workspace !== undefined && t.package === undefined,
    diagnostics,
  };
}

function parseComposer(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const j = jsonManifest(text, file, diagnostics) ?? {};
  const lines = lineIndex(text);
  const deps: Dependency[] = [];
  for (const [section, dev] of [['require', false], ['require-dev', true]] as const) {
    const from = findLine(lines, (l) => l.includes(`"${section}"`)) - 1;
    for (const [name, spec] of Object.entries(obj(j[section]))) {
      if (name === 'php' || name.startsWith('ext-')) continue;
      deps.push({ name, spec: String(spec), dev, line: findLine(lines, (l) => l.includes(`"${name}"`), from) });
    }
  }
  const scripts = Object.entries(obj(j.scripts)).map(([name, v]) => ({ name, command: Array.isArray(v) ? v.join(' && ') : String(v), line: findLine(lines, (l) => l.includes(`"${name}"`)) }));
  return { file, ecosystem: 'php', tool: 'composer', dependencies: deps, scripts, lockfiles: ['composer.lock'], workspaceRoot: false, diagnostics };
}

const xml = new XMLParser({ ignoreAttributes: true, processEntities: false, isArray: (name) => ['dependency', 'module', 'plugin'].includes(name) });

function parsePom(text: string, file: string): Manifest {
  const diagnostics: Diagnostic[] = [];
  const lines = lineIndex(text);
  let project: Record<string, unknown> = {};
  try {
    project = obj(obj(xml.parse(text)).project);
  } catch (e) {
    diagnostics.push({ severity: 'warning', file, line: 1, message: `invalid XML: ${(e as Error).message.split('\n')[0]}` });
  }
  const props = Object.fromEntries(Object.entries(obj(project.properties)).map(([k, v]) => [k, String(v)]));
  const resolve = (v: string) => v.replace(/\$\{([^}]+)\}/g, (m, k: string) => props[k] ?? m);
  const deps: Dependency[] = [];
  const list = (node: unknown) => (Array.isArray(obj(node).dependency) ? (obj(node).dependency as unknown[]) : []);
  for (const d of list(project.dependencies)) {
    const dep = obj(d);
    const artifact = String(dep.artifactId ?? '');
    deps.push({
      name: `${String(dep.groupId ?? '')}:${artifact}`,
      spec: dep.version === undefined ? '' : resolve(String(dep.version)),
      dev: dep.scope === 'test',
      line: findLine(lines, (l) => l.includes(`<artifactId>${artifact}</artifactId>`)),
    });
  }
  const modules = obj(project.modules).module;
  return {
    file,
    ecosystem: 'jvm',
    tool: 'maven',
    dependencies: deps,
    scripts: [],
    lockfiles: [],
    workspaceRoot: project.packaging === 'pom' && Array.isArray(modules) && modules.length > 0,
    diagnostics,
  };
}

function parseGradle(text: string, file: string): Manifest {
  const deps: Dependency[] = [];
  const confs = 'implementation|api|compile|runtime|runtimeOnly|compileOnly|annotationProcessor|kapt|ksp|developmentOnly|testImplementation|testRuntimeOnly|testCompile|androidTestImplementation';
  const re = new RegExp(`^\\s*(${confs})\\s*\\(?\\s*(?:platform\\()?\\s*['"]([^'"$]+(?:\\$[^'"]*)?)['"]`);
  lineIndex(text).forEach((l, i) => {
    const m = re.exec(l);
    if (!m) return;
    const parts = m[2]!.split(':');
    if (parts.length < 2) return;
    deps.push({ name: `${parts[0]}:${parts[1]}`, spec: parts[2] ?? '', dev: m[1]!.startsWith('test') || m[1]!.startsWith('androidTest'), line: i + 1 });
  });
  return {
    file,
    ecosystem: 'jvm',
    tool: 'gradle',
    dependencies: deps,
    scripts: [],
    lockfiles: ['gradle.lockfile'],
    workspaceRoot: false,
    selfLocked: /dependencyLocking\s*\{/.test(text),
    diagnostics: [],
  };
}

/**
 * A .NET project's NuGet references: `<PackageReference Include="X" Version="1.2.3" />`, or the
 * version as a child element; none when central package management holds it (Directory.Packages.props).
 * `PrivateAssets="all"` marks build-time tools (analyzers, EF Core design), not what the app runs.
 */
function parseProject(text: string, file: string): Manifest {
  const deps: Dependency[] = [];
  const lines = lineIndex(text);
  for (let i = 0; i < lines.length; i++) {
    const m = /<PackageReference\b([^>]{0,400})(\/?)>/.exec(lines[i]!);
    if (!m) continue;
    const attrs = m[1]!;
    const name = /\bInclude\s*=\s*"([^"]{1,200})"/.exec(attrs)?.[1];
    if (!name) continue;
    let spec = /\bVersion\s*=\s*"([^"]{0,100})"/.exec(attrs)?.[1];
    if (spec === undefined && m[2] !== '/') spec = /<Version>\s*([^<]{0,100})<\/Version>/.exec(lines.slice(i, i + 4).join('\n'))?.[1]?.trim();
    deps.push({ name, spec: spec ?? '', dev: /\bPrivateAssets\s*=\s*"all"/i.test(attrs), line: i + 1 });
  }
  return { file, ecosystem: 'dotnet', tool: 'nuget', dependencies: deps, scripts: [], lockfiles: ['packages.lock.json'], workspaceRoot: false, diagnostics: [] };
}

/**
 * Elixir's mix.exs: each `{:name, "~> 1.6"}` tuple of the deps list (one per line, as mix format
 * writes them), with `only: :test`/`[:dev, :test]` marking development dependencies and `git:`,
 * `github:` or `path:` another source.
 */
function parseMix(text: string, file: string): Manifest {
  const deps: Dependency[] = [];
  lineIndex(text).forEach((raw, i) => {
    const l = raw.replace(/(^|\s)#.*$/, '');
    const m = /\{\s*:([a-z_][a-z0-9_]{0,60})\s*,\s*(?:"([^"]{0,60})"\s*)?([^}\n]{0,300})\}/.exec(l);
    if (!m || /\bdefp?\s/.test(l)) return;
    const rest = m[3]!;
    const only = /\bonly:\s*(\[[^\]]{0,60}\]|:\w+)/.exec(rest)?.[1];
    const git = /\b(?:git|github):/.test(rest);
    deps.push({
      name: m[1]!,
      spec: m[2] ?? '',
      dev: only !== undefined && !/:prod\b/.test(only),
      line: i + 1,
      ...(git ? { source: 'git' as const, gitPinned: /\b(?:ref|tag):/.test(rest) } : /\bpath:/.test(rest) ? { source: 'path' as const } : {}),
    });
  });
  return { file, ecosystem: 'elixir', tool: 'mix', dependencies: deps, scripts: [], lockfiles: ['mix.lock'], workspaceRoot: /\bapps_path:/.test(text), diagnostics: [] };
}

/** Parses a manifest by its file name; undefined for names that are not manifests. */
export function parseManifest(name: string, text: string, file: string): Manifest | undefined {
  if (PROJECT_FILE.test(name)) return parseProject(text, file);
  switch (name) {
    case 'package.json':
      return parsePackageJson(text, file);
    case 'requirements.txt':
      return parseRequirements(text, file);
    case 'pyproject.toml':
      return parsePyproject(text, file);
    case 'Pipfile':
      return parsePipfile(text, file);
    case 'setup.py':
      return parseSetupPy(text, file);
    case 'go.mod':
      return parseGoMod(text, file);
    case 'Gemfile':
      return parseGemfile(text, file);
    case 'Cargo.toml':
      return parseCargo(text, file);
    case 'composer.json':
      return parseComposer(text, file);
    case 'pom.xml':
      return parsePom(text, file);
    case 'build.gradle':
    case 'build.gradle.kts':
      return parseGradle(text, file);
    case 'mix.exs':
      return parseMix(text, file);
    default:
      return undefined;
  }
}

/** Checks that a lockfile is readable; a corrupt lockfile is as good as none. */
export function validateLockfile(name: string, text: string, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  try {
    if (name.endsWith('.json') || name === 'Pipfile.lock') JSON.parse(text);
    else if (name === 'pnpm-lock.yaml') {
      const deep = flowNestingOver(text);
      if (deep) throw new Error(`line ${deep.line}: ${deep.message}`);
      // The syntax pass stops at the first error: composing a broken 200 KB file records tens of thousands
      // of errors (and with pretty errors, each one re-reads the text: 26 s on `[a][a][a]…`).
      const lines = new LineCounter();
      for (const token of new YamlParser(lines.addNewLine).parse(text)) {
        if (token.type === 'error') throw new Error(`line ${lines.linePos(token.offset).line}: ${token.message}`);
      }
      const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
      if (doc.errors[0]) throw doc.errors[0];
      // Checked before toJS, which stringifies collection keys exponentially.
      if (collectionKey(doc)) throw new Error('a mapping key is a list or mapping');
      doc.toJS({ maxAliasCount: 100 });
    }
    else if (name.endsWith('.lock') && ['poetry.lock', 'uv.lock', 'pdm.lock', 'Cargo.lock'].includes(name)) parseToml(text);
    else if (name === 'go.sum') {
      const bad = lineIndex(text).findIndex((l) => l.trim() !== '' && !/^\S+ \S+ h1:\S+$/.test(l.trim()));
      if (bad >= 0) diagnostics.push({ severity: 'warning', file, line: bad + 1, message: 'expected "<module> <version> h1:<hash>"' });
    }
  } catch (e) {
    diagnostics.push({ severity: 'warning', file, line: 1, message: `cannot read lockfile: ${(e as Error).message.split('\n')[0]}` });
  }
  return diagnostics;
}

/**
 * Why a dependency spec floats (resolves differently over time), or undefined
 * when it names one version. `locked` says whether a lockfile pins the result.
 */
export function floatingSpec(dep: Dependency, ecosystem: Ecosystem): string | undefined {
  const s = dep.spec.trim();
  if (dep.source === 'path') return undefined;
  if (dep.source === 'git') return dep.gitPinned ? undefined : 'git dependency without a commit or tag';
  if (dep.source === 'url') return undefined;
  switch (ecosystem) {
    case 'node':
      if (s === '' || s === '*' || s === 'x' || s === 'latest' || s === 'next') return `"${s || '(empty)'}" accepts any version`;
      if (/^>=?\s*[\d.]+$/.test(s)) return `"${s}" has no upper bound`;
      if (/^(workspace|npm|catalog):/.test(s)) return undefined;
      return /^[\d]+\.[\d]+\.[\d]+(-[\w.]+)?$/.test(s) ? undefined : 'range';
    case 'python':
      if (s === '' || s === '*') return 'no version';
      if (/^===?\s*[\w.!+-]+(\s*\(hashed\))?$/.test(s) && !s.includes('*')) return undefined;
      if (/^>=?[^,<]*$/.test(s)) return `"${s}" has no upper bound`;
      return 'range';
    case 'ruby':
      if (s === '') return 'no version';
      return /^=?\s*\d[\w.]*$/.test(s) ? undefined : 'range';
    case 'rust':
      if (s === '' || s === '*') return `"${s || '(empty)'}" accepts any version`;
      return s.startsWith('=') ? undefined : 'range';
    case 'php':
      if (s === '*' || s === '' || /^dev-/.test(s)) return `"${s}" accepts any version or a moving branch`;
      if (/^>=?[^,<|]*$/.test(s)) return `"${s}" has no upper bound`;
      return /^v?\d+\.\d+\.\d+$/.test(s) ? undefined : 'range';
    case 'jvm':
      if (/^(LATEST|RELEASE|latest\.\w+)$/.test(s) || s.includes('+')) return `dynamic version "${s}"`;
      if (/^[[(]/.test(s)) return `version range "${s}"`;
      if (/-SNAPSHOT$/.test(s)) return `snapshot version "${s}" changes without a version bump`;
      return undefined;
    case 'elixir':
      if (s === '' || s === '>= 0.0.0') return `"${s || '(empty)'}" accepts any version`;
      return /^(?:==\s*)?\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(s) ? undefined : 'range';
    case 'dotnet':
      // A bare NuGet version is the lowest it accepts, and restore picks exactly it; `*` floats and brackets are ranges.
      if (s.includes('*')) return `floating version "${s}"`;
      if (/^[[(]/.test(s) && !/^\[[^,\]]+\]$/.test(s)) return `version range "${s}"`;
      return undefined;
    case 'go':
      return undefined;
  }
}
