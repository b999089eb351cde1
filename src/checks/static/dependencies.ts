import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { floatingSpec, type Manifest } from '../../evidence/repo/parsers/manifests';
import { lockfileFor, mainDockerfile, manifests, signals } from '../../evidence/repo/artifacts';
import { baseName } from '../../evidence/repo/snapshot';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, fileEv, MAX_EVIDENCE, skip } from './util';

const noManifest = 'no dependency manifest in the audited path';

function lockFinding(snapshot: Parameters<StaticCheck['run']>[0]['snapshot'], m: Manifest): FindingDraft | undefined {
  const name = baseName(m.file);
  if (m.workspaceRoot && m.dependencies.length === 0) return undefined;
  if (m.tool === 'pip' && name === 'requirements.txt') {
    // A fully pinned requirements.txt (pip-compile output, `pip freeze`) is the lock.
    const loose = m.dependencies.filter((d) => floatingSpec(d, 'python') !== undefined);
    if (m.dependencies.length === 0) return undefined;
    return loose.length === 0
      ? { outcome: 'pass', message: `${m.file} pins every requirement with ==`, evidence: [fileEv(m.file, m.dependencies[0]!.line)] }
      : {
          outcome: 'fail',
          message: `${m.file} leaves ${loose.length} of ${m.dependencies.length} requirements unpinned and nothing locks them (pip-compile, uv, poetry)`,
          evidence: loose.slice(0, MAX_EVIDENCE).map((d) => fileEv(m.file, d.line, `${d.name}${d.spec ? ` ${d.spec}` : ''}`)),
        };
  }
  if (name === 'setup.py') return undefined;
  if (m.tool === 'maven' || (m.tool === 'gradle' && !m.selfLocked)) {
    const lock = lockfileFor(snapshot, m);
    if (lock) return { outcome: 'pass', message: `${m.file} is locked by ${lock}`, evidence: [fileEv(lock)] };
    const dynamic = m.dependencies.filter((d) => floatingSpec(d, 'jvm') !== undefined);
    if (dynamic.length > 0) {
      return {
        outcome: 'fail',
        message: `${m.file} uses ${dynamic.length} dynamic or range version(s) and no lockfile pins them`,
        evidence: dynamic.slice(0, MAX_EVIDENCE).map((d) => fileEv(m.file, d.line, `${d.name}:${d.spec}`)),
      };
    }
    return m.dependencies.length === 0
      ? undefined
      : { outcome: 'pass', message: `${m.file} declares exact versions, which ${m.tool} resolves the same way every build`, evidence: [fileEv(m.file, m.dependencies[0]!.line)] };
  }
  if (m.selfLocked) return { outcome: 'pass', message: `${m.file} enables dependencyLocking`, evidence: [fileEv(m.file)] };
  if (m.ecosystem === 'python' && m.dependencies.length === 0) return undefined;
  if (m.ecosystem === 'go' && m.dependencies.length === 0) return { outcome: 'pass', message: `${m.file} requires no modules`, evidence: [fileEv(m.file, 1)] };
  const lock = lockfileFor(snapshot, m);
  if (lock) return { outcome: 'pass', message: `${m.file} is locked by ${lock}`, evidence: [fileEv(lock)] };
  return {
    outcome: 'fail',
    message: `${m.file} has no lockfile (expected one of ${m.lockfiles.join(', ')})`,
    evidence: [fileEv(m.file, 1)],
  };
}

const CURL_PIPE = /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s*(?:sudo\s+)?(?:-?\s*)?(?:ba|z|da|k)?sh\b|\b(?:ba)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\bsh\s+<\(\s*(?:curl|wget)/;
const INSTALL_RULES: Array<{ re: RegExp; unless?: RegExp; why: string }> = [
  { re: /\bnpm\s+(?:install|i)\b/, unless: /\bnpm\s+(?:install|i)\s+(?:-g|--global)\b/, why: '`npm install` may rewrite the lock; use `npm ci`' },
  { re: /\byarn(?:\s+install)?\s*(?:$|&&|;|\|)/, unless: /--frozen-lockfile|--immutable/, why: '`yarn install` without --frozen-lockfile/--immutable may change the lock' },
  { re: /\bpnpm\s+(?:install|i)\b/, unless: /--frozen-lockfile/, why: '`pnpm install` without --frozen-lockfile may change the lock' },
  { re: /\bbun\s+install\b/, unless: /--frozen-lockfile/, why: '`bun install` without --frozen-lockfile may change the lock' },
  { re: /\bpoetry\s+(?:lock|update)\b/, why: 'the lock is regenerated at build time' },
  { re: /\bpipenv\s+install\b/, unless: /--deploy|--ignore-pipfile/, why: '`pipenv install` without --deploy ignores a stale Pipfile.lock' },
  { re: /\buv\s+sync\b/, unless: /--frozen|--locked/, why: '`uv sync` without --locked/--frozen may update uv.lock' },
  { re: /\bcomposer\s+update\b/, why: '`composer update` ignores composer.lock; use `composer install`' },
  { re: /\bbundle\s+update\b/, why: '`bundle update` ignores Gemfile.lock' },
  { re: /\bcargo\s+(?:build|install)\b/, unless: /--locked|--frozen/, why: '`cargo build` without --locked may update Cargo.lock' },
];

export const dependenciesChecks: StaticCheck[] = [
  {
    id: 'dependencies/manifest',
    factor: 'dependencies',
    kind: 'static',
    title: 'Dependencies are declared in a manifest',
    rationale:
      'Factor II: an app never relies on system-wide packages implicitly; it declares all dependencies in a manifest so a new developer or a build server gets them with one deterministic command.',
    remediation:
      'Add the manifest your ecosystem uses (package.json, pyproject.toml or requirements.txt, go.mod, Gemfile, Cargo.toml, composer.json, pom.xml or build.gradle) listing every library the code imports.',
    run({ snapshot }) {
      const found = manifests(snapshot);
      const langs = [...signals(snapshot).sourceFiles.entries()];
      if (found.length > 0) return [{ outcome: 'pass', message: `declared in ${found.map((m) => m.file).slice(0, 5).join(', ')}`, evidence: found.slice(0, MAX_EVIDENCE).map((m) => fileEv(m.file)) }];
      if (langs.length === 0) return skip('no source files and no manifest in the audited path');
      const [lang, files] = langs.sort((a, b) => b[1].length - a[1].length)[0]!;
      return [{ outcome: 'fail', message: `${files.length} ${lang} source file(s) but no dependency manifest`, evidence: files.slice(0, 3).map((f) => fileEv(f)) }];
    },
  },
  {
    id: 'dependencies/lockfile',
    factor: 'dependencies',
    kind: 'static',
    title: 'Dependencies are locked',
    rationale:
      'Factor II asks for dependencies declared completely and exactly. A lockfile pins every transitive version, so the build tomorrow installs what was tested today.',
    remediation:
      'Commit the lockfile your package manager writes (package-lock.json, pnpm-lock.yaml, yarn.lock, poetry.lock, uv.lock, Pipfile.lock, go.sum, Gemfile.lock, Cargo.lock, composer.lock, gradle.lockfile) or compile requirements.txt with exact pins, and install from it.',
    run({ snapshot }) {
      const found = manifests(snapshot);
      if (found.length === 0) return skip(noManifest);
      const out = found.flatMap((m) => lockFinding(snapshot, m) ?? []);
      return out.length > 0 ? out : skip('manifests declare no dependencies to lock');
    },
  },
  {
    id: 'dependencies/pinned-versions',
    factor: 'dependencies',
    kind: 'static',
    title: 'Dependency versions do not float',
    rationale:
      'Factor II wants exact declarations. Specs like `*`, `latest`, unbounded `>=`, dynamic Gradle `+`, Maven ranges or git branches resolve to different code over time; without a lockfile every version range does.',
    remediation:
      'Pin versions (or commit a lockfile for ranges); replace `*`/`latest`/`+` with a version, give `>=` an upper bound, and point git dependencies at a commit or tag.',
    run({ snapshot }) {
      const found = manifests(snapshot);
      if (found.length === 0) return skip(noManifest);
      const out: FindingDraft[] = [];
      let checked = 0;
      for (const m of found) {
        const locked = lockfileFor(snapshot, m) !== undefined || m.selfLocked === true;
        const fullyPinnedReqs = m.tool === 'pip';
        for (const d of m.dependencies) {
          checked++;
          const why = floatingSpec(d, m.ecosystem);
          if (!why) continue;
          // A range under a lockfile is locked; a wildcard is still a declaration smell.
          if (why === 'range' && (locked || fullyPinnedReqs)) continue;
          if (locked && m.ecosystem === 'python' && why !== 'range' && m.tool !== 'pip') continue;
          if (locked && m.ecosystem === 'ruby') continue;
          const severe = !locked || m.ecosystem === 'jvm';
          out.push({
            outcome: severe ? 'fail' : 'warn',
            message: `${d.name} "${d.spec || '(no version)'}" in ${m.file}: ${why === 'range' ? 'a range with no lockfile to pin it' : why}${locked && !severe ? ' (the lockfile pins it today; the next lock update jumps)' : ''}`,
            evidence: [fileEv(m.file, d.line, `${d.name} ${d.spec}`.trim())],
          });
        }
      }
      if (out.length > 0) return out.slice(0, 50);
      if (checked === 0) return skip('manifests declare no dependencies');
      return [{ outcome: 'pass', message: `${checked} declared dependencies resolve to exact or locked versions`, evidence: [...found.slice(0, 5).map((m) => fileEv(m.file)), countEv('floating dependency specs', 0, 'dependencies', 0)] }];
    },
  },
  {
    id: 'dependencies/base-image-pinned',
    factor: 'dependencies',
    kind: 'static',
    title: 'Base images are tagged (not latest)',
    rationale:
      'The base image is a dependency too. `FROM node` or `FROM node:latest` silently changes the OS, runtime and libraries between two builds of the same commit.',
    remediation: 'Use a specific tag (`FROM node:22.11-bookworm-slim`) or, better, a tag plus digest (`@sha256:…`) kept current by Dependabot/Renovate.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out: FindingDraft[] = [];
      for (const s of df.stages) {
        const f = s.from;
        if (f.fromStage || f.image.toLowerCase() === 'scratch') continue;
        if (f.unresolved && !f.tag) {
          out.push({ outcome: 'warn', message: `FROM ${f.raw} depends on a build argument with no default; the base image is only known at build time`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else if (!f.tag && !f.digest) {
          out.push({ outcome: 'fail', message: `FROM ${f.image} has no tag, so it means :latest`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else if (f.tag === 'latest' && !f.digest) {
          out.push({ outcome: 'fail', message: `FROM ${f.image} uses :latest`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        } else {
          out.push({ outcome: 'pass', message: `FROM ${f.image} is ${f.digest ? 'pinned by digest' : `tagged ${f.tag}`}`, evidence: [fileEv(df.file, f.line, `FROM ${f.raw}`)] });
        }
      }
      return out.length > 0 ? out : skip('the Dockerfile builds only from scratch or earlier stages');
    },
  },
  {
    id: 'dependencies/no-curl-pipe-shell',
    factor: 'dependencies',
    kind: 'static',
    title: 'No `curl | sh` installs',
    rationale:
      'Piping a downloaded script into a shell installs whatever the server returns that day: an undeclared, unpinned, unverified dependency that no manifest records.',
    remediation: 'Install through the package manager with a pinned version, or download a versioned artifact and verify its checksum (`sha256sum -c`) before running it.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      const places: Array<{ file: string; line: number; text: string }> = [];
      if (df) for (const i of df.instructions) if (i.keyword === 'RUN' && CURL_PIPE.test(commandText(i))) places.push({ file: df.file, line: i.line, text: i.args });
      const scripts = snapshot.appFiles.filter((f) => /\.sh$/.test(f.path) && !/(^|\/)(test|tests|examples?|docs?)\//.test(f.path));
      for (const s of scripts) {
        snapshot.read(s.path)?.split('\n').forEach((l, i) => {
          if (!l.trim().startsWith('#') && CURL_PIPE.test(l)) places.push({ file: s.path, line: i + 1, text: l.trim() });
        });
      }
      if (places.length > 0) {
        return places.slice(0, MAX_EVIDENCE).map((p) => ({ outcome: 'fail' as const, message: `a downloaded script is piped into a shell at ${p.file}:${p.line}`, evidence: [fileEv(p.file, p.line, p.text.slice(0, 200))] }));
      }
      if (!df && scripts.length === 0) return skip('no Dockerfile or shell scripts to inspect');
      return [{ outcome: 'pass', message: 'no download is piped into a shell', evidence: [...(df ? [fileEv(df.file)] : []), countEv('curl | sh installs', 0, 'occurrences', 0)] }];
    },
  },
  {
    id: 'dependencies/reproducible-install',
    factor: 'dependencies',
    kind: 'static',
    title: 'The image installs from the lockfile',
    rationale:
      'A lockfile only helps when the build honours it. `npm install`, `yarn` without --frozen-lockfile, `composer update` and friends may re-resolve and produce an image that differs from what was tested.',
    remediation: 'In the Dockerfile use `npm ci`, `yarn install --frozen-lockfile` (or `--immutable`), `pnpm install --frozen-lockfile`, `pipenv install --deploy`, `uv sync --locked`, `composer install`, `bundle install` with a frozen config, `cargo build --locked`.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out: FindingDraft[] = [];
      let installs = 0;
      for (const i of df.instructions) {
        if (i.keyword !== 'RUN') continue;
        const text = commandText(i);
        for (const part of text.split(/&&|;|\n|\|\|/)) {
          for (const r of INSTALL_RULES) {
            if (!r.re.test(part)) continue;
            installs++;
            if (r.unless?.test(part)) continue;
            // `npm install <pkg>` adds a package on purpose (a global tool); only a bare install re-resolves the app's tree.
            if (/\bnpm\s+(?:install|i)\s+[^-\s]/.test(part) && !/\bnpm\s+(?:install|i)\s+--/.test(part)) continue;
            out.push({ outcome: 'warn', message: `${r.why} (${df.file}:${i.line})`, evidence: [fileEv(df.file, i.line, part.trim().slice(0, 200))] });
          }
        }
        if (/\b(?:npm\s+ci|yarn\s+install\s+--(?:frozen-lockfile|immutable)|pnpm\s+install\s+--frozen-lockfile|pip\s+install\b|poetry\s+install|uv\s+sync|bundle\s+install|composer\s+install|go\s+mod\s+download|go\s+build|mvn\b|gradle|cargo\s+build)/.test(text)) installs++;
      }
      if (out.length > 0) return out;
      if (installs === 0) return skip(`${df.file} installs no dependencies (nothing to judge)`);
      return [{ outcome: 'pass', message: `${df.file} installs dependencies without re-resolving them`, evidence: [fileEv(df.file)] }];
    },
  },
  {
    id: 'dependencies/update-automation',
    factor: 'dependencies',
    kind: 'static',
    title: 'Dependency updates are automated',
    rationale:
      'Exact pins age. Dependabot or Renovate keeps pinned dependencies and base images moving through reviewed pull requests, so pinning does not turn into running old, vulnerable code.',
    remediation: 'Add .github/dependabot.yml (one entry per ecosystem plus `docker`) or a renovate.json at the repository root.',
    run({ snapshot, config }) {
      const candidates = ['.github/dependabot.yml', '.github/dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json'];
      const found = candidates.find((c) => snapshot.has(c));
      if (found) return [{ outcome: 'pass', message: `updates are automated by ${found.includes('dependabot') ? 'Dependabot' : 'Renovate'}`, evidence: [fileEv(found)] }];
      if (manifests(snapshot).length === 0 && !mainDockerfile(snapshot, config)) return skip(noManifest);
      const pkg = snapshot.read('package.json');
      if (pkg && /"renovate"\s*:/.test(pkg)) return [{ outcome: 'pass', message: 'Renovate is configured in package.json', evidence: [fileEv('package.json')] }];
      return [{ outcome: 'warn', message: 'no Dependabot or Renovate configuration at the repository root', evidence: [countEv('update automation configs', 0, 'files', 1)] }];
    },
  },
];
