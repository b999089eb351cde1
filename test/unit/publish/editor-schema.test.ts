import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { CONFIG_FILE_NAMES } from '../../../src/config/load';
import { ConfigSchema } from '../../../src/config/schema';
import { REPOSITORY, withStandardFormats } from '../../../src/docs/editor-schema';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');
const schema = JSON.parse(read('schema/config.schema.json')) as { $id: string; $schema: string };
const major = `v${(JSON.parse(read('package.json')) as { version: string }).version.split('.')[0]}`;
const HINT = /^# yaml-language-server: \$schema=(\S+)$/;

/** Every config document that carries the editor hint: the README's YAML blocks and the example configs. */
function hintedConfigs(): { where: string; text: string }[] {
  const found: { where: string; text: string }[] = [];
  for (const m of read('README.md').matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)) {
    if (m[1]!.includes('yaml-language-server')) found.push({ where: 'README.md', text: m[1]! });
  }
  for (const dir of readdirSync(path.join(ROOT, 'examples'))) {
    for (const f of readdirSync(path.join(ROOT, 'examples', dir))) {
      if (/^\.twelve-factor(\.[\w-]+)?\.ya?ml$/.test(f)) found.push({ where: `examples/${dir}/${f}`, text: read(`examples/${dir}/${f}`) });
    }
  }
  return found;
}

// SchemaStore's CI compiles every schema with Ajv in strict mode; a schema that passes here is one it takes.
const ajv = new Ajv({ strict: true, allErrors: true });
const validate = ajv.compile(schema);

describe('editor support for .twelve-factor.yml', () => {
  const configs = hintedConfigs();

  it('the README example and every example config carry the hint as their first line', () => {
    expect(configs.map((c) => c.where)).toEqual(expect.arrayContaining(['README.md', 'examples/node-app/.twelve-factor.yml', 'examples/node-app/.twelve-factor.github.yml']));
    for (const c of configs) expect(c.text.split('\n')[0], c.where).toMatch(HINT);
  });

  it('the hint resolves to the committed schema: its $id, a raw file of this repository at the major tag a release moves', () => {
    for (const c of configs) {
      const url = HINT.exec(c.text.split('\n')[0]!)![1]!;
      expect(url, c.where).toBe(schema.$id);
      const m = /^https:\/\/raw\.githubusercontent\.com\/([^/]+\/[^/]+)\/([^/]+)\/(.+)$/.exec(url);
      expect(m, url).not.toBeNull();
      const [, repo, ref, file] = m!;
      expect(repo).toBe(REPOSITORY);
      expect(read('README.md')).toContain(`uses: ${REPOSITORY}@${ref}`);
      expect(ref).toBe(major);
      expect(JSON.parse(read(file!)).$id).toBe(url);
    }
  });

  it('every hinted config is valid under the schema, as it is under the loader', () => {
    for (const c of configs) {
      const doc = parseYaml(c.text);
      expect(validate(doc), `${c.where}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      expect(ConfigSchema.safeParse(doc).success, c.where).toBe(true);
    }
  });

  it('the schema catches what the loader refuses (so "valid" above means something)', () => {
    for (const bad of [{ run: { 'boot-timout': 30 } }, { run: { network: 'host' } }, { admin: 'node migrate.js' }, { 'fail-on': 'sometimes' }, { run: { 'http-path': 'healthz' } }]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
      expect(ConfigSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('is draft-07 with only standard formats (Ajv strict mode above refuses others), the form every editor and SchemaStore take', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(withStandardFormats({ a: { format: 'starts_with', pattern: '^/' }, b: [{ format: 'uri' }] })).toEqual({ a: { pattern: '^/' }, b: [{ format: 'uri' }] });
  });

  it('has a SchemaStore catalog entry matching the file names the loader reads', () => {
    const entry = JSON.parse(read('schema/schemastore-catalog-entry.json'));
    expect(Object.keys(entry).sort()).toEqual(['description', 'fileMatch', 'name', 'url']);
    expect(entry.fileMatch).toEqual([...CONFIG_FILE_NAMES]);
    expect(entry.url).toBe(schema.$id);
    expect(entry.description.length).toBeGreaterThan(20);
  });
});
