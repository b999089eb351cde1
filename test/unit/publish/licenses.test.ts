import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDirOf, thirdPartyNotices } from '../../../scripts/licenses.mjs';

type Files = Record<string, string>;
function tree(files: Files): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'tfa-licences-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}
const manifest = (o: object) => JSON.stringify(o);
const metafile = (...inputs: string[]) => ({ outputs: { 'dist/cli.js': { inputs: Object.fromEntries(inputs.map((i) => [i, {}])) } } });

describe('third-party licence notices', () => {
  it('finds the innermost package of an input, scoped or not', () => {
    expect(packageDirOf('src/entry/cli.ts')).toBeUndefined();
    expect(packageDirOf('node_modules/yaml/dist/index.js')).toBe('node_modules/yaml');
    expect(packageDirOf('node_modules/@actions/github/node_modules/@actions/http-client/lib/index.js')).toBe('node_modules/@actions/github/node_modules/@actions/http-client');
  });

  it('lists each bundled package once with the licence text it ships, and skips our own sources', () => {
    const root = tree({
      'node_modules/alpha/package.json': manifest({ name: 'alpha', version: '1.2.3', license: 'MIT', repository: { url: 'git+https://github.com/o/alpha.git' } }),
      'node_modules/alpha/LICENSE': 'Copyright (c) Alpha Author\nalpha licence text',
      'node_modules/alpha/NOTICE.md': 'alpha notice',
      'node_modules/alpha/node_modules/@s/beta/package.json': manifest({ name: '@s/beta', version: '0.1.0', license: 'ISC', author: 'Beta Person <b@example.org>' }),
    });
    const text = thirdPartyNotices(metafile('src/a.ts', 'node_modules/alpha/index.js', 'node_modules/alpha/lib/x.js', 'node_modules/alpha/node_modules/@s/beta/i.js'), root);
    expect(text).toContain('2 packages follow');
    expect(text.indexOf('@s/beta 0.1.0 (ISC)')).toBeLessThan(text.indexOf('alpha 1.2.3 (MIT)'));
    expect(text).toContain('alpha 1.2.3 (MIT)\nhttps://github.com/o/alpha\n\nCopyright (c) Alpha Author\nalpha licence text\n\nalpha notice');
    // No licence file: the standard ISC text with the author package.json names, said to be so.
    expect(text).toMatch(/@s\/beta 0\.1\.0 \(ISC\)[\s\S]*ships no licence file[\s\S]*Copyright \(c\) Beta Person\n/);
    expect(text.match(/alpha 1\.2\.3/g)).toHaveLength(1);
  });

  it('prints a text several packages share once, under all their names', () => {
    const apache = 'Apache License\nVersion 2.0, January 2004';
    const root = tree({
      'node_modules/a/package.json': manifest({ name: 'a', version: '1.0.0', license: 'Apache-2.0' }),
      'node_modules/a/LICENSE': apache,
      'node_modules/b/package.json': manifest({ name: 'b', version: '2.0.0', license: '(MIT OR GPL-3.0)' }),
      'node_modules/b/LICENSE': apache,
    });
    const text = thirdPartyNotices(metafile('node_modules/a/i.js', 'node_modules/b/i.js'), root);
    expect(text.match(/Apache License/g)).toHaveLength(1);
    expect(text).toMatch(/a 1\.0\.0 \(Apache-2\.0\)\n\S+\nb 2\.0\.0 \(\(MIT OR GPL-3\.0\)\)/);
  });

  it('refuses a licence the bundle may not carry, or none, naming the package', () => {
    const root = tree({
      'node_modules/copyleft/package.json': manifest({ name: 'copyleft', version: '3.0.0', license: 'GPL-3.0-only' }),
      'node_modules/copyleft/LICENSE': 'GNU GENERAL PUBLIC LICENSE',
      'node_modules/both/package.json': manifest({ name: 'both', version: '1.0.0', license: 'MIT AND GPL-2.0' }),
      'node_modules/silent/package.json': manifest({ name: 'silent', version: '1.0.0' }),
      'node_modules/bare/package.json': manifest({ name: 'bare', version: '1.0.0', license: 'BSD-3-Clause' }),
    });
    expect(() => thirdPartyNotices(metafile('node_modules/copyleft/i.js'), root)).toThrow(/copyleft 3\.0\.0 .* is GPL-3\.0-only/);
    expect(() => thirdPartyNotices(metafile('node_modules/both/i.js'), root)).toThrow(/both 1\.0\.0 .* is MIT AND GPL-2\.0/);
    expect(() => thirdPartyNotices(metafile('node_modules/silent/i.js'), root)).toThrow(/silent 1\.0\.0 .* declares no licence/);
    // BSD-3-Clause names the holder in its text; without the file there is nothing honest to print.
    expect(() => thirdPartyNotices(metafile('node_modules/bare/i.js'), root)).toThrow(/bare 1\.0\.0 .* ships no licence file/);
  });
});
