import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import tarStream from 'tar-stream';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImage, RUN_LABEL, sweep } from '../../../src/evidence/container/index';
import { leftovers } from '../../support/docker';

/**
 * The image the auditor builds must be the image the user builds. The
 * fixture's `.dockerignore` holds the rules where Docker and `.gitignore`
 * disagree (anchored names, `dir/`, `**`, `!` exceptions under an excluded
 * directory, regexp characters, symlinks); the same context is built by the
 * auditor (its own tar, BuildKit through the Engine API) and by the Docker
 * CLI's classic builder (the CLI's own context walk), and the two images are
 * compared entry by entry.
 */
const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/dockerignore-edge');
const PREFIX = 'tfa-it-dockerignore-';
const runId = `${PREFIX}${process.pid}`;

afterAll(async () => {
  await sweep({ runId });
  expect(leftovers(PREFIX)).toEqual([]);
});

interface Entry {
  name: string;
  type: string;
  mode: string;
  size: number;
  linkname?: string;
}

/** Every entry under /ctx of an image, read from `docker export` of a container never started. */
async function contextOf(image: string): Promise<Entry[]> {
  const cid = execFileSync('docker', ['create', '--label', `${RUN_LABEL}=${runId}`, image, 'none'], { encoding: 'utf8' }).trim();
  try {
    const entries: Entry[] = [];
    const extract = tarStream.extract();
    const done = new Promise<void>((resolve, reject) => {
      extract.on('entry', (h, stream, next) => {
        if (h.name.startsWith('ctx/') && h.name !== 'ctx/') {
          entries.push({
            name: h.name.replace(/^ctx\//, '').replace(/\/$/, ''),
            type: h.type ?? 'file',
            mode: ((h.mode ?? 0) & 0o7777).toString(8),
            size: h.size ?? 0,
            ...(h.linkname ? { linkname: h.linkname } : {}),
          });
        }
        stream.on('end', next);
        stream.resume();
      });
      extract.on('finish', resolve);
      extract.on('error', reject);
    });
    const child = spawn('docker', ['export', cid]);
    child.stdout.pipe(extract);
    await done;
    return entries.sort((a, b) => a.name.localeCompare(b.name));
  } finally {
    execFileSync('docker', ['rm', '-f', cid], { stdio: 'ignore' });
  }
}

describe('.dockerignore as Docker applies it', () => {
  it('the auditor builds the same image as `docker build`, entry for entry', async () => {
    const ours = await buildImage({ contextDir: FIXTURE, dockerfile: 'Dockerfile', buildArgs: {}, labels: {}, runId, timeoutMs: 120_000, noCache: true });
    if (!ours.ok) throw new Error(`${ours.message}\n${ours.logTail.join('\n')}`);
    const theirs = execFileSync('docker', ['build', '-q', '--no-cache', '--label', `${RUN_LABEL}=${runId}`, FIXTURE], {
      encoding: 'utf8',
      env: { ...process.env, DOCKER_BUILDKIT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    expect(theirs).toMatch(/^sha256:[0-9a-f]{64}$/);

    const [mine, docker] = [await contextOf(ours.imageId), await contextOf(theirs)];
    expect(mine).toEqual(docker);

    // And the cases themselves, so an empty context cannot pass for agreement.
    const names = mine.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining(['src/config/db.js', 'logs/app.log', 'keep.tmp', 'docs/keep.md', 'lib/important', 'aab.txt', 'cc.txt', 'foo.txt', 'README.MD', 'build', 'run.sh']),
    );
    for (const gone of ['config', 'secretfile', 'app.log', 'a.tmp', 'nested/b.tmp', 'nested/keep.tmp', 'build/out.js', 'docs/other.md', 'vendor', 'vendor/important', 'abs.txt', 'a+b.txt', 'name.txt', 'ac.txt', 'barfoo', 'deep/xfoo', 'sym-to-dir']) {
      expect(names, gone).not.toContain(gone);
    }
    expect(mine.find((e) => e.name === 'link-to-file')).toMatchObject({ type: 'symlink', linkname: 'src/config/db.js' });
    expect(mine.find((e) => e.name === 'dangling')).toMatchObject({ type: 'symlink', linkname: 'nowhere' });
    expect(mine.find((e) => e.name === 'run.sh')?.mode).toBe('755');
  });
});
