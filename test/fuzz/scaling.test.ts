import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load';
import { parseCompose } from '../../src/evidence/repo/parsers/compose';
import { parseDockerfile } from '../../src/evidence/repo/parsers/dockerfile';
import { parseDotenv } from '../../src/evidence/repo/parsers/dotenv';
import { MANIFEST_NAMES, parseManifest } from '../../src/evidence/repo/parsers/manifests';
import { parseProcfile } from '../../src/evidence/repo/parsers/procfile';
import { scanSecrets } from '../../src/evidence/repo/secrets/scan';
import {
  DOCKERFILE_WORDS,
  DOTENV_WORDS,
  formatLine,
  GEMFILE_WORDS,
  GOMOD_WORDS,
  GRADLE_WORDS,
  MIX_WORDS,
  PROJECT_WORDS,
  JSON_WORDS,
  PROCFILE_WORDS,
  README_WORDS,
  REQUIREMENTS_WORDS,
  SECRET_WORDS,
  TOML_WORDS,
  XML_WORDS,
  YAML_WORDS,
} from '../support/adversarial';
import { fuzzScaling } from '../support/adversarial-fuzz';

// Repetition is where super-linear paths hide: continuation chains, a long
// run of one character before a regex's anchor, thousands of matches on one
// line. Each parser must cost about four times as much on four times the text.

describe('parsers scale linearly', () => {
  it('the harness itself catches a quadratic parser', () => {
    const quadratic = (t: string) => {
      let c = 0;
      // Heavy enough that 16x stands clear of the 8x + 25 ms line even on a loaded runner.
      for (let i = 0; i < t.length; i += 4) for (let j = i; j < t.length; j += 4) c += t.charCodeAt(j) & 1;
      return c;
    };
    let caught: unknown;
    try {
      fuzzScaling('self-test', fc.constant('a   '), quadratic, { record: false, numRuns: 1 });
    } catch (e) {
      caught = e;
    }
    expect(String((caught as Error | undefined)?.cause ?? caught)).toMatch(/super-linear/);
  });

  it('parseDockerfile', () => fuzzScaling('parseDockerfile', formatLine(DOCKERFILE_WORDS, 4), (t) => parseDockerfile(t)));
  it('parseProcfile', () => fuzzScaling('parseProcfile', formatLine(PROCFILE_WORDS, 4), (t) => parseProcfile(t)));
  it('parseDotenv', () => fuzzScaling('parseDotenv', formatLine(DOTENV_WORDS, 4), (t) => parseDotenv(t)));
  it('parseCompose', () => fuzzScaling('parseCompose', formatLine(YAML_WORDS, 4), (t) => parseCompose(t)));
  it('parseConfig', () => fuzzScaling('parseConfig', formatLine(YAML_WORDS, 4), (t) => parseConfig(t.slice(0, 250_000)), { allow: (e) => e instanceof ConfigError }));
  const words: Record<string, readonly string[]> = {
    'package.json': JSON_WORDS,
    'composer.json': JSON_WORDS,
    'requirements.txt': REQUIREMENTS_WORDS,
    'setup.py': REQUIREMENTS_WORDS,
    'pyproject.toml': TOML_WORDS,
    Pipfile: TOML_WORDS,
    'Cargo.toml': TOML_WORDS,
    'go.mod': GOMOD_WORDS,
    Gemfile: GEMFILE_WORDS,
    'pom.xml': XML_WORDS,
    'build.gradle': GRADLE_WORDS,
    'build.gradle.kts': GRADLE_WORDS,
    'mix.exs': MIX_WORDS,
  };
  for (const name of MANIFEST_NAMES) {
    it(`parseManifest ${name}`, () => fuzzScaling(`parseManifest(${name})`, formatLine(words[name] ?? JSON_WORDS, 4), (t) => parseManifest(name, t, name)));
  }
  it('parseManifest *.csproj', () => fuzzScaling('parseManifest(Orders.csproj)', formatLine(PROJECT_WORDS, 4), (t) => parseManifest('Orders.csproj', t, 'Orders.csproj')));
  it('scanSecrets', () => fuzzScaling('scanSecrets', formatLine([...SECRET_WORDS, ...DOTENV_WORDS], 4), (t) => scanSecrets(t, 'f')));
  it('README-shaped text through scanSecrets', () => fuzzScaling('scanSecrets(README)', formatLine(README_WORDS, 4), (t) => scanSecrets(t, 'README.md')));
});
