import { describe, expect, it } from 'vitest';
import { floatingSpec, parseManifest, validateLockfile } from '../../../src/evidence/repo/parsers/manifests';

const deps = (name: string, text: string) => parseManifest(name, text, name)!.dependencies.map((d) => [d.name, d.spec, d.line]);

describe('manifest parsers', () => {
  it('package.json: dependencies with lines, scripts, package manager, workspaces', () => {
    const m = parseManifest('package.json', '{\n  "packageManager": "pnpm@9.1.0",\n  "workspaces": ["a"],\n  "scripts": {\n    "start": "node s.js"\n  },\n  "dependencies": {\n    "express": "^4.0.0",\n    "lib": "github:me/lib"\n  },\n  "devDependencies": { "vitest": "*" }\n}', 'package.json')!;
    expect(m.tool).toBe('pnpm');
    expect(m.workspaceRoot).toBe(true);
    expect(m.scripts).toEqual([{ name: 'start', command: 'node s.js', line: 5 }]);
    expect(m.dependencies.map((d) => [d.name, d.line, d.dev, d.source ?? null])).toEqual([
      ['express', 8, false, null],
      ['lib', 9, false, 'git'],
      ['vitest', 11, true, null],
    ]);
  });

  it('requirements.txt: pins, ranges, hashes, editables and includes', () => {
    const text = '-r base.txt\nflask==3.0.3 \\\n    --hash=sha256:abc\nrequests>=2\n-e git+https://github.com/x/y.git@main#egg=y\ndjango[argon2]~=5.0 ; python_version>"3.8"\n';
    expect(deps('requirements.txt', text)).toEqual([
      ['flask', '==3.0.3 (hashed)', 2],
      ['requests', '>=2', 4],
      ['y', 'git+https://github.com/x/y.git@main#egg=y', 5],
      ['django', '~=5.0', 6],
    ]);
    const m = parseManifest('requirements.txt', text, 'r')!;
    expect(m.dependencies.map((d) => floatingSpec(d, 'python') ?? 'exact')).toEqual(['exact', '">=2" has no upper bound', 'git dependency without a commit or tag', 'range']);
  });

  it('pyproject.toml: PEP 621, Poetry groups and uv', () => {
    const m = parseManifest('pyproject.toml', '[project]\nname = "x"\ndependencies = ["fastapi>=0.110,<1", "pydantic-settings==2.6.1"]\n\n[tool.poetry.dependencies]\npython = "^3.12"\nuvicorn = { version = "0.32.0" }\n\n[tool.poetry.group.dev.dependencies]\npytest = "*"\n', 'pyproject.toml')!;
    expect(m.tool).toBe('poetry');
    expect(m.dependencies.map((d) => [d.name, d.spec, d.dev, d.line])).toEqual([
      ['fastapi', '>=0.110,<1', false, 3],
      ['pydantic-settings', '==2.6.1', false, 3],
      ['uvicorn', '0.32.0', false, 7],
      ['pytest', '*', true, 10],
    ]);
  });

  it('Pipfile, go.mod, Gemfile, Cargo.toml, composer.json, pom.xml, Gradle', () => {
    expect(deps('Pipfile', '[packages]\nrequests = "*"\n\n[dev-packages]\npytest = "==8.0"\n')).toEqual([
      ['requests', '*', 2],
      ['pytest', '==8.0', 5],
    ]);
    expect(deps('go.mod', 'module x\n\ngo 1.22\n\nrequire github.com/a/b v1.0.0\nrequire (\n\tgithub.com/c/d v0.2.0 // indirect\n)\n')).toEqual([
      ['github.com/a/b', 'v1.0.0', 5],
      ['github.com/c/d', 'v0.2.0', 7],
    ]);
    const gem = parseManifest('Gemfile', 'gem "rails", "~> 7.1", ">= 7.1.2"\ngroup :test do\n  gem "rspec"\nend\ngem "x", git: "https://g/x", branch: "main"\n', 'Gemfile')!;
    expect(gem.dependencies.map((d) => [d.name, d.spec, d.dev, d.source ?? null])).toEqual([
      ['rails', '~> 7.1, >= 7.1.2', false, null],
      ['rspec', '', true, null],
      ['x', '', false, 'git'],
    ]);
    expect(deps('Cargo.toml', '[package]\nname = "x"\n\n[dependencies]\nserde = { version = "1", features = ["derive"] }\ntokio = "=1.41.0"\n')).toEqual([
      ['serde', '1', 5],
      ['tokio', '=1.41.0', 6],
    ]);
    expect(deps('composer.json', '{\n "require": {\n  "php": "^8.2",\n  "monolog/monolog": "dev-main"\n }\n}')).toEqual([['monolog/monolog', 'dev-main', 4]]);
    const pom = parseManifest('pom.xml', '<project><properties><g.version>33.3.1-jre</g.version></properties><dependencies>\n<dependency><groupId>com.google.guava</groupId>\n<artifactId>guava</artifactId><version>${g.version}</version></dependency>\n<dependency><groupId>x</groupId><artifactId>y</artifactId><version>LATEST</version></dependency>\n</dependencies></project>', 'pom.xml')!;
    expect(pom.dependencies.map((d) => [d.name, d.spec, d.line])).toEqual([
      ['com.google.guava:guava', '33.3.1-jre', 3],
      ['x:y', 'LATEST', 4],
    ]);
    expect(floatingSpec(pom.dependencies[1]!, 'jvm')).toContain('dynamic');
    const gradle = parseManifest('build.gradle.kts', 'dependencies {\n  implementation("org.a:b:1.+")\n  testImplementation("junit:junit:4.13.2")\n}\ndependencyLocking { lockAllConfigurations() }\n', 'build.gradle.kts')!;
    expect(gradle.dependencies.map((d) => [d.name, d.spec, d.dev])).toEqual([
      ['org.a:b', '1.+', false],
      ['junit:junit', '4.13.2', true],
    ]);
    expect(gradle.selfLocked).toBe(true);
  });

  it('reports unreadable manifests and lockfiles as diagnostics with lines, never throwing', () => {
    const bad = parseManifest('package.json', '{\n  "a": 1,\n  oops\n}', 'package.json')!;
    expect(bad.diagnostics[0]).toMatchObject({ file: 'package.json', line: 3 });
    expect(parseManifest('Cargo.toml', '[dependencies\nx = 1', 'Cargo.toml')!.diagnostics[0]!.file).toBe('Cargo.toml');
    expect(parseManifest('pom.xml', '<project><unclosed>', 'pom.xml')!.diagnostics.length).toBeGreaterThanOrEqual(0);
    expect(validateLockfile('go.sum', 'a v1 h1:x=\nbroken\n', 'go.sum')[0]!.line).toBe(2);
    expect(validateLockfile('package-lock.json', '{', 'package-lock.json')).toHaveLength(1);
    expect(validateLockfile('poetry.lock', '[[package]]\nname = "x"\n', 'poetry.lock')).toEqual([]);
  });

  it('a pnpm lockfile is readable or gets one warning naming the first broken line, however many errors follow', () => {
    const good = "lockfileVersion: '9.0'\n\nimporters:\n  .:\n    dependencies:\n      express:\n        specifier: 4.19.2\n        version: 4.19.2\n";
    expect(validateLockfile('pnpm-lock.yaml', good, 'pnpm-lock.yaml')).toEqual([]);
    // 66,000 errors to compose; the syntax pass stops at the first (the fuzz holds it to its time budget).
    const broken = validateLockfile('pnpm-lock.yaml', `${good}x: ${'[project]'.repeat(22_000)}\n`, 'pnpm-lock.yaml');
    expect(broken).toEqual([{ severity: 'warning', file: 'pnpm-lock.yaml', line: 1, message: expect.stringMatching(/^cannot read lockfile: line 9: /) }]);
  });
});
