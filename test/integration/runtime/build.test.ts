import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildImage, imageExists, inspectImage, loadImage, ociLabels, RUN_LABEL, removeImage, saveImage, sweep } from '../../../src/evidence/container/index';
import { FIXTURES, leftovers } from '../../support/docker';

const PREFIX = 'tfa-it-build-';
const runId = `${PREFIX}${process.pid}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tfa-build-'));

afterAll(async () => {
  await sweep({ runId });
  fs.rmSync(tmp, { recursive: true, force: true });
  expect(leftovers(PREFIX)).toEqual([]);
});

describe('buildImage', () => {
  it('builds with BuildKit, labels the image with OCI labels and the run, and honours .dockerignore', async () => {
    const ctx = path.join(tmp, 'ctx');
    fs.mkdirSync(path.join(ctx, 'src'), { recursive: true });
    fs.writeFileSync(path.join(ctx, 'Dockerfile'), 'FROM tfa-base/debian:bookworm AS base\nARG GREETING\nCOPY . /ctx\nRUN echo "$GREETING" > /greeting\nFROM base AS final\nRUN echo final > /stage\n');
    fs.writeFileSync(path.join(ctx, '.dockerignore'), 'secret.txt\nnode_modules\n*.log\n!keep.log\n');
    fs.writeFileSync(path.join(ctx, 'secret.txt'), 'never in the image');
    fs.writeFileSync(path.join(ctx, 'debug.log'), 'no');
    fs.writeFileSync(path.join(ctx, 'keep.log'), 'yes');
    fs.mkdirSync(path.join(ctx, 'node_modules/x'), { recursive: true });
    fs.writeFileSync(path.join(ctx, 'node_modules/x/index.js'), '');
    fs.writeFileSync(path.join(ctx, 'src/app.js'), '');
    const progress: string[] = [];
    const res = await buildImage({
      contextDir: ctx,
      dockerfile: 'Dockerfile',
      target: 'base',
      buildArgs: { GREETING: 'hello from build args' },
      labels: ociLabels({ revision: 'abc1234def', source: 'https://github.com/o/r', created: new Date('2024-01-02T03:04:05Z') }),
      runId,
      timeoutMs: 300_000,
      onProgress: (l) => progress.push(l),
    });
    if (!res.ok) throw new Error(`${res.message}\n${res.logTail.join('\n')}`);
    expect(res.builder).toBe('buildkit');
    expect(res.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(res.labels).toMatchObject({
      'org.opencontainers.image.revision': 'abc1234def',
      'org.opencontainers.image.source': 'https://github.com/o/r',
      'org.opencontainers.image.created': '2024-01-02T03:04:05.000Z',
      [RUN_LABEL]: runId,
    });
    expect(progress.some((l) => l.includes('COPY . /ctx'))).toBe(true);
    const ls = execFileSync('docker', ['run', '--rm', '--label', `${RUN_LABEL}=${runId}`, res.imageId, 'sh', '-c', 'cd /ctx && find . -type f | sort && cat /greeting && ls /stage 2>&1 || true'], { encoding: 'utf8' });
    expect(ls).toContain('./src/app.js');
    expect(ls).toContain('./keep.log');
    expect(ls).toContain('./Dockerfile');
    expect(ls).not.toContain('secret.txt');
    expect(ls).not.toContain('debug.log');
    expect(ls).not.toContain('node_modules');
    expect(ls).toContain('hello from build args');
    // target=base stops before the final stage.
    expect(ls).toContain('No such file');

    // save (gzipped) → remove → load gives back the same image id.
    const tar = path.join(tmp, 'image.tar.gz');
    await saveImage(res.imageId, tar);
    expect(fs.statSync(tar).size).toBeGreaterThan(1000);
    expect([...fs.readFileSync(tar).subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    await removeImage(res.imageId);
    expect(await imageExists(res.imageId)).toBe(false);
    expect(await loadImage(tar)).toBe(res.imageId);
    expect((await inspectImage(res.imageId))?.labels[RUN_LABEL]).toBe(runId);
  });

  it('a failing build names the failing step and the last lines of its output', async () => {
    const res = await buildImage({ contextDir: path.join(FIXTURES, 'build-fails'), dockerfile: 'Dockerfile', buildArgs: {}, labels: {}, runId, timeoutMs: 300_000, noCache: true });
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.message).toContain('exit code: 7');
    expect(res.step).toContain('RUN echo "compiling"');
    expect(res.logTail.join('\n')).toContain('fatal: missing dependency libfoo');
  });

  it('a missing Dockerfile or one outside the context is a clear failure, not a throw', async () => {
    const a = await buildImage({ contextDir: tmp, dockerfile: 'Nope.Dockerfile', buildArgs: {}, labels: {}, runId, timeoutMs: 1000 });
    expect(a).toMatchObject({ ok: false, message: 'Dockerfile not found: Nope.Dockerfile' });
    const b = await buildImage({ contextDir: tmp, dockerfile: '../Dockerfile', buildArgs: {}, labels: {}, runId, timeoutMs: 1000 });
    expect(b.ok).toBe(false);
    if (!b.ok) expect(b.message).toContain('outside the build context');
  });
});
