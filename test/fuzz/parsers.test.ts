import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load';
import { parseCompose } from '../../src/evidence/repo/parsers/compose';
import { parseDockerfile } from '../../src/evidence/repo/parsers/dockerfile';
import { parseDotenv } from '../../src/evidence/repo/parsers/dotenv';
import { MANIFEST_NAMES, parseManifest, validateLockfile } from '../../src/evidence/repo/parsers/manifests';
import { parseProcfile } from '../../src/evidence/repo/parsers/procfile';
import { scanSecrets } from '../../src/evidence/repo/secrets/scan';
import {
  anyUnits,
  DOCKERFILE_WORDS,
  DOTENV_WORDS,
  formatText,
  GEMFILE_WORDS,
  GOMOD_WORDS,
  GRADLE_WORDS,
  MIX_WORDS,
  PROJECT_WORDS,
  JSON_WORDS,
  PROCFILE_WORDS,
  REQUIREMENTS_WORDS,
  SECRET_WORDS,
  TOML_WORDS,
  XML_WORDS,
  YAML_WORDS,
  yamlAliasBomb,
  yamlDeep,
} from '../support/adversarial';
import { assertBoundedOutput, fuzzBoundary } from '../support/adversarial-fuzz';

// Every parser's contract: never throw, report what it cannot read as a
// diagnostic with a line, handle each input within the budget, and never
// return more than a small multiple of what it was given.

const lineOk = (text: string, diags: Array<{ line?: number }>) => {
  const lines = text.split('\n').length;
  for (const d of diags) {
    if (d.line === undefined) continue;
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.line).toBeLessThanOrEqual(lines + 1);
  }
};

// Block nesting costs depth² bytes of indentation, so it stays under the fuzz size cap; flow nesting goes 10,000 deep.
const deepYaml = fc.oneof(fc.integer({ min: 100, max: 10_000 }).map((d) => yamlDeep(d, 'flow')), fc.integer({ min: 100, max: 600 }).map((d) => yamlDeep(d, 'block')));

describe('parser fuzzing', () => {
  it('parseDockerfile', () => {
    fuzzBoundary('parseDockerfile', formatText(DOCKERFILE_WORDS), (t) => parseDockerfile(t), {
      check: (t, df) => {
        assertBoundedOutput(t.length, df);
        lineOk(t, df.diagnostics);
      },
    });
  });

  it('parseProcfile', () => {
    fuzzBoundary('parseProcfile', formatText(PROCFILE_WORDS), (t) => parseProcfile(t), {
      check: (t, p) => {
        assertBoundedOutput(t.length, p);
        lineOk(t, p.diagnostics);
      },
    });
  });

  it('parseDotenv', () => {
    fuzzBoundary('parseDotenv', formatText(DOTENV_WORDS), (t) => parseDotenv(t), {
      check: (t, p) => {
        assertBoundedOutput(t.length, p);
        lineOk(t, p.diagnostics);
      },
    });
  });

  it('parseCompose (with alias bombs and deep nesting mixed in)', () => {
    const arb = fc.oneof(
      { weight: 8, arbitrary: formatText(YAML_WORDS) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }).map((l) => yamlAliasBomb(l, 9)) },
      { weight: 1, arbitrary: deepYaml },
    );
    fuzzBoundary('parseCompose', arb, (t) => parseCompose(t), { check: (t, c) => assertBoundedOutput(t.length, c) });
  });

  it('parseConfig throws nothing but ConfigError', () => {
    const arb = fc.oneof(
      { weight: 8, arbitrary: formatText(YAML_WORDS) },
      { weight: 1, arbitrary: fc.integer({ min: 2, max: 9 }).map((l) => yamlAliasBomb(l, 9)) },
      { weight: 1, arbitrary: deepYaml },
    );
    fuzzBoundary('parseConfig', arb, (t) => parseConfig(t), {
      allow: (e) => e instanceof ConfigError && e.problems.length > 0 && e.problems.every((p) => p.line >= 1 && p.column >= 1 && p.message.length > 0),
    });
  });

  const manifestWords: Record<(typeof MANIFEST_NAMES)[number], readonly string[]> = {
    'package.json': JSON_WORDS,
    'composer.json': JSON_WORDS,
    'requirements.txt': REQUIREMENTS_WORDS,
    'pyproject.toml': TOML_WORDS,
    Pipfile: TOML_WORDS,
    'Cargo.toml': TOML_WORDS,
    'setup.py': REQUIREMENTS_WORDS,
    'go.mod': GOMOD_WORDS,
    Gemfile: GEMFILE_WORDS,
    'pom.xml': XML_WORDS,
    'build.gradle': GRADLE_WORDS,
    'build.gradle.kts': GRADLE_WORDS,
    'mix.exs': MIX_WORDS,
  };
  for (const name of MANIFEST_NAMES) {
    it(`parseManifest ${name}`, () => {
      const arb = name.endsWith('.json')
        ? fc.oneof(formatText(manifestWords[name]), fc.json({ maxDepth: 6 }), fc.integer({ min: 1000, max: 10_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`))
        : formatText(manifestWords[name]);
      fuzzBoundary(`parseManifest(${name})`, arb, (t) => parseManifest(name, t, name), { check: (t, m) => assertBoundedOutput(t.length, m) });
    });
  }
  it('parseManifest *.csproj', () => {
    fuzzBoundary('parseManifest(Orders.csproj)', formatText(PROJECT_WORDS), (t) => parseManifest('Orders.csproj', t, 'Orders.csproj'), { check: (t, m) => assertBoundedOutput(t.length, m) });
  });

  it('validateLockfile', () => {
    const names = ['package-lock.json', 'pnpm-lock.yaml', 'poetry.lock', 'Cargo.lock', 'go.sum', 'Pipfile.lock', 'yarn.lock', 'uv.lock', 'composer.lock', 'Gemfile.lock'];
    const arb = fc.tuple(fc.constantFrom(...names), fc.oneof(formatText([...YAML_WORDS, ...TOML_WORDS, ...JSON_WORDS]), fc.integer({ min: 2, max: 9 }).map((l) => yamlAliasBomb(l, 9))));
    fuzzBoundary('validateLockfile', arb, ([n, t]) => validateLockfile(n, t, n));
  });

  it('scanSecrets never returns a value it matched, only redacted snippets', () => {
    const arb = fc.oneof(formatText([...SECRET_WORDS, ...DOTENV_WORDS]), anyUnits(2000));
    fuzzBoundary('scanSecrets', arb, (t) => scanSecrets(t, 'f'), {
      check: (_t, hits) => {
        for (const h of hits) {
          expect(h.line).toBeGreaterThanOrEqual(1);
          expect(h.snippet.length).toBeLessThanOrEqual(300);
          expect(h.snippet).toContain('[REDACTED]');
        }
      },
    });
  });
});
