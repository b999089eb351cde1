import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DockerignoreError, DockerignoreMatcher, readDockerignore } from '../../../src/evidence/repo/dockerignore';
import { scanRepository } from '../../../src/evidence/repo/snapshot';
import tarStream from 'tar-stream';
import { contextTar, planContext } from '../../../src/evidence/container/build';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dockerignore-edge');
const m = (text: string) => DockerignoreMatcher.fromFile(text);

describe('reading .dockerignore as Docker does', () => {
  it('cleans, trims and anchors patterns; a comment needs # in the first column', () => {
    expect(readDockerignore('\uFEFFtest1\n/test2\n/a/file/here\n\nlastfile\n# comment\n  # not a comment\n! /inverted/abs/path\nsecretfile/\r\na//b/./c\n')).toEqual([
      'test1',
      'test2',
      'a/file/here',
      'lastfile',
      '# not a comment',
      '!inverted/abs/path',
      'secretfile',
      'a/b/c',
    ]);
  });

  it('refuses what Docker refuses', () => {
    expect(() => m('!\n')).toThrow(DockerignoreError);
    expect(() => m('[abc\n')).toThrow(/syntax error in pattern/);
    expect(() => m('a\\\n')).toThrow(/syntax error/);
    expect(() => m('[]a]\n')).toThrow(/syntax error/);
    expect(() => m('ok[a-z]\n')).not.toThrow();
  });
});

describe('matching as moby/patternmatcher does', () => {
  it('anchors names at the context root, unlike .gitignore', () => {
    expect(m('config').sends('src/config/db.js')).toBe(true);
    expect(m('config').sends('config/db.js')).toBe(false);
    expect(m('*.log').sends('logs/app.log')).toBe(true);
    expect(m('*.log').sends('app.log')).toBe(false);
  });

  it('gives a trailing slash no meaning: secretfile/ drops a file named secretfile', () => {
    expect(m('secretfile/').sends('secretfile')).toBe(false);
  });

  it('spans directories with ** and keeps the prefix and suffix forms exact', () => {
    expect(m('**/*.tmp').sends('a/b/c.tmp')).toBe(false);
    expect(m('**/*.tmp').sends('c.tmp')).toBe(false);
    expect(m('build/**').sends('build/x/y.js')).toBe(false);
    // `build/**` is a prefix match on "build/": the directory itself stays (empty).
    expect(m('build/**').decide('build', true, undefined).decision).toBe('keep');
    // A leading ** is a plain suffix match: `**foo` matches barfoo.
    expect(m('**foo').sends('barfoo')).toBe(false);
    expect(m('**foo').sends('foo.txt')).toBe(true);
  });

  it('treats regexp characters literally and is case-sensitive', () => {
    expect(m('a+b.txt').sends('aab.txt')).toBe(true);
    expect(m('a+b.txt').sends('a+b.txt')).toBe(false);
    expect(m('(x)|y').sends('(x)|y')).toBe(false);
    expect(m('readme.md').sends('README.MD')).toBe(true);
    expect(m('n?me.txt').sends('nome.txt')).toBe(false);
    expect(m('[ab]c.txt').sends('cc.txt')).toBe(true);
  });

  it('the last matching pattern wins, and an exception reopens an excluded directory only when it names a path under it', () => {
    const docs = m('docs\n!docs/keep.md\n');
    expect(docs.sends('docs/keep.md')).toBe(true);
    expect(docs.sends('docs/other.md')).toBe(false);
    expect(docs.decide('docs', true, undefined).decision).toBe('enter');
    // `!**/important` does not start with "vendor/": Docker never walks into vendor.
    const vendor = m('vendor\n!**/important\n');
    expect(vendor.matches('vendor/important')).toBe(false);
    expect(vendor.sends('vendor/important')).toBe(false);
    expect(vendor.sends('lib/important')).toBe(true);
  });
});

describe('the snapshot and the build context agree', () => {
  it('dockerIgnored answers what the context walk sends, over the edge-case fixture', () => {
    const snap = scanRepository(FIXTURE, '.');
    const matcher = m(fs.readFileSync(path.join(FIXTURE, '.dockerignore'), 'utf8'));
    expect(snap.files.length).toBeGreaterThan(20);
    for (const f of snap.files) expect(snap.dockerIgnored('.', f.path), f.path).toBe(!matcher.sends(f.path));
    expect(snap.dockerIgnored('.', 'src/config/db.js')).toBe(false);
    expect(snap.dockerIgnored('.', 'secretfile')).toBe(true);
    expect(snap.dockerIgnored('.', 'vendor/important')).toBe(true);
  });

  it('says when Docker would refuse the file', () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'tfa-di-'));
    fs.writeFileSync(path.join(dir, '.dockerignore'), '[oops\n');
    fs.writeFileSync(path.join(dir, '.env'), 'A=1\n');
    const snap = scanRepository(dir, '.');
    expect(snap.dockerIgnored('.', '.env')).toBe(false);
    expect(snap.diagnostics.some((d) => d.file === '.dockerignore' && /Docker refuses/.test(d.message))).toBe(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('the context tar', () => {
  async function names(dir: string, exclude: string[]): Promise<string[]> {
    const out: string[] = [];
    const extract = tarStream.extract();
    extract.on('entry', (h, stream, next) => {
      out.push(h.name);
      stream.on('end', next);
      stream.resume();
    });
    const done = new Promise<void>((resolve) => extract.on('finish', () => resolve()));
    contextTar(dir, planContext(dir, 'Dockerfile'), exclude).pipe(extract);
    await done;
    return out.sort();
  }

  it('never carries the auditor\'s stage files or checkout, even when they sit inside the context', async () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'tfa-ctx-'));
    for (const f of ['Dockerfile', 'app.js', 'stages/app/static.json', 'action/dist/action.js', 'stages-not/x']) {
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), 'x');
    }
    expect(await names(dir, [path.join(dir, 'stages'), path.join(dir, 'action')])).toEqual(['Dockerfile', 'app.js', 'stages-not', 'stages-not/x']);
    expect(await names(dir, [])).toContain('stages/app/static.json');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
