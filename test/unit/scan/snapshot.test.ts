import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectApps } from '../../../src/evidence/repo/apps';
import { MAX_READ_BYTES, scanRepository } from '../../../src/evidence/repo/snapshot';

const dirs: string[] = [];
function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'tfa-snap-'));
  dirs.push(root);
  for (const [f, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    writeFileSync(path.join(root, f), body);
  }
  return root;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('scanRepository', () => {
  it('honours root and nested .gitignore files, including negation', () => {
    const root = tree({
      '.gitignore': 'dist/\n*.log\n!keep.log\n',
      'src/a.js': '1',
      'dist/out.js': '2',
      'x.log': '3',
      'keep.log': '4',
      'pkg/.gitignore': 'generated.ts\n',
      'pkg/generated.ts': '5',
      'pkg/real.ts': '6',
      'node_modules/m/index.js': '7',
    });
    const paths = scanRepository(root).files.map((f) => f.path).sort();
    expect(paths).toEqual(['.gitignore', 'keep.log', 'pkg/.gitignore', 'pkg/real.ts', 'src/a.js']);
  });

  it('never follows symlinks, so links out of the repository and loops are skipped and reported', () => {
    const outside = tree({ 'secret.txt': 'outside' });
    const root = tree({ 'a/file.txt': 'x' });
    symlinkSync(outside, path.join(root, 'out'));
    symlinkSync(path.join(root, 'a'), path.join(root, 'a', 'loop'));
    symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'link.txt'));
    const snap = scanRepository(root);
    expect(snap.files.map((f) => f.path)).toEqual(['a/file.txt']);
    expect(snap.read('link.txt')).toBeUndefined();
    expect(snap.diagnostics.some((d) => d.message.includes('symbolic links not followed') && d.message.includes('out'))).toBe(true);
  });

  it('skips binaries and reads at most 1 MiB, saying so in diagnostics', () => {
    const big = `${'a'.repeat(MAX_READ_BYTES)}TAIL`;
    const root = tree({ 'img.bin': Buffer.from([1, 0, 2, 3]), 'logo.png': 'not really', 'big.txt': big, 'ok.txt': 'hello' });
    const snap = scanRepository(root);
    expect(snap.read('img.bin')).toBeUndefined();
    expect(snap.read('logo.png')).toBeUndefined();
    const text = snap.read('big.txt')!;
    expect(text.length).toBe(MAX_READ_BYTES);
    expect(text.endsWith('TAIL')).toBe(false);
    expect(snap.read('ok.txt')).toBe('hello');
    const messages = snap.diagnostics.map((d) => d.message).join('\n');
    expect(messages).toMatch(/binary files skipped.*img\.bin/);
    expect(messages).toMatch(/larger than 1 MiB.*big\.txt/);
  });

  it('scopes app files to the audited path and applies .dockerignore to a build context', () => {
    const root = tree({ 'svc/a/.dockerignore': '.env\n', 'svc/a/.env': 'A=1', 'svc/a/app.js': '', 'svc/b/app.js': '', 'README.md': '' });
    const snap = scanRepository(root, './svc/a/');
    expect(snap.appPath).toBe('svc/a');
    expect(snap.appFiles.map((f) => f.path).sort()).toEqual(['svc/a/.dockerignore', 'svc/a/.env', 'svc/a/app.js']);
    expect(snap.dockerIgnored('svc/a', 'svc/a/.env')).toBe(true);
    expect(snap.dockerIgnored('svc/a', 'svc/a/app.js')).toBe(false);
    expect(snap.dockerIgnored('svc/a', 'svc/b/app.js')).toBe(true);
    expect(scanRepository(root, 'nope').diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('scanRepository with listedBy', () => {
  it('lists what the earlier scan listed without walking again, with its own reads and diagnostics', () => {
    const root = tree({ 'src/a.js': 'a', 'src/b.bin': Buffer.from([1, 0, 2]), 'README.md': '# r' });
    symlinkSync(path.join(root, 'README.md'), path.join(root, 'link.md'));
    const first = scanRepository(root);
    first.read('src/b.bin');
    // A file written after the first walk: a second walk would list it, the reused listing does not.
    writeFileSync(path.join(root, 'src/late.js'), 'late');
    const second = scanRepository(root, 'src', { listedBy: first });
    expect(second.files.map((f) => f.path)).toEqual(first.files.map((f) => f.path));
    expect(second.has('src/late.js')).toBe(false);
    expect(second.appFiles.map((f) => f.path)).toEqual(['src/a.js', 'src/b.bin']);
    // The walk's diagnostics come along; the first scan's reads (the binary it met) do not.
    expect(second.diagnostics.map((d) => d.message)).toEqual(['symbolic links not followed: link.md']);
    expect(second.read('src/a.js')).toBe('a');
    expect(first.diagnostics.map((d) => d.message)).toContain('binary files skipped by content rules: src/b.bin');
  });
});

describe('detectApps', () => {
  it('lists container apps, skips workspace roots, tests and examples, and marks the audited one', () => {
    const root = tree({
      'package.json': '{ "private": true, "workspaces": ["services/*", "packages/*"] }',
      'services/api/package.json': '{ "name": "api" }',
      'services/api/Dockerfile': 'FROM node:22\nCMD ["node","a.js"]',
      'services/worker/Procfile': 'worker: python w.py\nclock: python c.py',
      'services/worker/requirements.txt': 'celery==5.4.0',
      'packages/lib/package.json': '{ "name": "lib" }',
      'examples/demo/Dockerfile': 'FROM x:1',
      'test/fixtures/app/Dockerfile': 'FROM x:1',
    });
    const apps = detectApps(root, scanRepository(root, 'services/api'));
    expect(apps.map((a) => [a.path, a.kind, a.audited])).toEqual([
      ['packages/lib', 'package', false],
      ['services/api', 'container', true],
      ['services/worker', 'procfile', false],
    ]);
    expect(apps.find((a) => a.path === 'services/worker')!.processTypes).toEqual(['worker', 'clock']);
    expect(apps.find((a) => a.path === 'services/worker')!.ecosystems).toEqual(['python']);
    expect(apps.find((a) => a.audited)!.ecosystems).toEqual(['node']);
  });
});
