import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordFigure } from '../support/adversarial-figures';
import { ROOT, spawnChild } from './docker-support';

// Config and committed symlinks that try to reach outside the repository:
// a build context or Dockerfile outside it, an audited path or artifacts
// directory outside it, and a config or .dockerignore that is a link to
// /dev/zero. Each is refused with a clear message; nothing outside the
// workspace is read into the image or written.

const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-rel-paths-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh layout: <case>/outside/ (secret files, a victim folder) beside <case>/ws/ (the repository). */
function layout(name: string, files: Record<string, string>, links: Record<string, string> = {}) {
  const base = path.join(tmp, name);
  const ws = path.join(base, 'ws');
  const outside = path.join(base, 'outside');
  mkdirSync(ws, { recursive: true });
  mkdirSync(path.join(outside, 'victim'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.txt'), 'OUTSIDE-SECRET-7f3a\n');
  writeFileSync(path.join(outside, 'outside.Dockerfile'), 'OUTSIDE-DOCKERFILE-LINE-7f3a\nFROM tfa-base/debian:bookworm\n');
  writeFileSync(path.join(outside, 'victim', 'report.json'), 'VICTIM-FILE\n');
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(ws, f)), { recursive: true });
    writeFileSync(path.join(ws, f), text);
  }
  for (const [f, target] of Object.entries(links)) symlinkSync(target.replace('{outside}', outside), path.join(ws, f));
  return { base, ws, outside };
}

/** Every file under dir, relative, with its content when small. */
function tree(dir: string, max = 200): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[path.relative(dir, p)] = e.isFile() ? readFileSync(p, 'utf8').slice(0, max) : '(link)';
    }
  };
  walk(dir);
  return out;
}

async function cli(args: string[], killAfterMs = 120_000) {
  const child = spawnChild(['src/entry/cli.ts', ...args]);
  const killer = setTimeout(() => child.proc.kill('SIGKILL'), killAfterMs);
  const exit = await child.exited;
  clearTimeout(killer);
  return { ...exit, out: child.out() };
}

const DOCKERFILE = 'FROM tfa-base/debian:bookworm\nCOPY outside/secret.txt /secret.txt\nRUN cat /secret.txt && exit 1\n';

describe('config that reaches outside the repository is refused with exit 2, naming the key and the resolved path', () => {
  const cases: Array<{ name: string; key: string; resolved?: string; files: Record<string, string>; links?: Record<string, string>; command: string }> = [
    { name: 'context .. (the folder holding the repository)', key: 'context', resolved: '', command: 'build', files: { '.twelve-factor.yml': 'context: ..\n', Dockerfile: DOCKERFILE } },
    { name: 'dockerfile ../file', key: 'dockerfile', command: 'build', files: { '.twelve-factor.yml': 'context: ..\ndockerfile: ../outside/outside.Dockerfile\n', Dockerfile: DOCKERFILE } },
    { name: 'path ../victim', key: 'path', command: 'audit', files: { '.twelve-factor.yml': 'path: ../outside/victim\n', 'index.js': 'console.log(1)\n' } },
    { name: 'artifacts symlink .twelve-factor -> outside', key: 'artifacts', command: 'audit', files: { 'index.js': 'console.log(1)\n' }, links: { '.twelve-factor': '{outside}/victim' } },
    { name: 'config symlink to a file outside', key: 'config', resolved: 'secret.txt', command: 'audit', files: { 'index.js': 'console.log(1)\n' }, links: { '.twelve-factor.yml': '{outside}/secret.txt' } },
  ];
  for (const c of cases) {
    it(`${c.name}`, async () => {
      const { base, ws, outside } = layout(c.name.replace(/\W+/g, '-'), c.files, c.links);
      const before = tree(outside);
      const r = await cli([c.command, ws, '--quiet', '--format', 'json', '--output', path.join(base, 'report.json')]);
      const after = tree(outside);
      const written = path.join(ws, '.twelve-factor');
      const stageText = existsSync(written) && !c.links?.['.twelve-factor'] ? JSON.stringify(tree(written, Number.POSITIVE_INFINITY)) : '';
      const leaked = /OUTSIDE-(SECRET|DOCKERFILE-LINE)-7f3a/i.test(r.out + stageText);
      const touched = JSON.stringify(before) !== JSON.stringify(after);
      recordFigure({ klass: 'trust-paths', case: c.name, inputs: 1, crashes: (r.code ?? 9) > 2 ? 1 : 0, hangs: r.signal ? 1 : 0, leaks: 0, violations: (leaked ? 1 : 0) + (touched ? 1 : 0) + (r.code === 2 ? 0 : 1), note: r.out.trim().split('\n').pop()?.slice(0, 150) });
      expect(after, 'nothing outside the workspace is written or removed').toEqual(before);
      expect(leaked, r.out).toBe(false);
      expect(r.code, r.out).toBe(2);
      expect(r.out).toContain(c.key);
      // The message names the key and where the path really leads.
      expect(r.out).toContain(c.resolved === undefined ? outside : path.join(base, c.resolved === '' ? '' : `outside/${c.resolved}`).replace(/\/$/, ''));
    }, 180_000);
  }
});

/**
 * Runs the bundled CLI inside a container capped at 256 MiB, the workspace
 * mounted read-only: a read of /dev/zero that never ends is killed by the
 * cgroup (exit 137) instead of taking the host's memory.
 */
function cappedCli(ws: string, args: string[], killAfterMs = 120_000): Promise<{ code: number | null; out: string; ms: number }> {
  const name = `tfa-rel-capped-${process.pid}-${Date.now().toString(36)}`;
  const t0 = Date.now();
  const child = spawn(
    'docker',
    ['run', '--rm', '--name', name, '--memory', '256m', '--memory-swap', '256m', '--network', 'none', '-v', `${path.join(ROOT, 'dist')}:/tfa:ro`, '-v', `${ws}:/repo:ro`, '--tmpfs', '/out', 'tfa-base/node:24', 'node', '/tfa/cli.js', ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const killer = setTimeout(() => execFileSync('docker', ['rm', '-f', name], { stdio: 'ignore' }), killAfterMs);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, out, ms: Date.now() - t0 });
    }),
  );
}

describe('a symlink to /dev/zero is refused, not read (run under a 256 MiB memory cap)', () => {
  it('.twelve-factor.yml -> /dev/zero: the audit exits 2 naming the file', async () => {
    const { ws } = layout('config-dev-zero', { 'index.js': 'console.log(1)\n' }, { '.twelve-factor.yml': '/dev/zero' });
    const r = await cappedCli(ws, ['audit', '/repo', '--artifacts', '/out', '--quiet']);
    recordFigure({ klass: 'trust-symlink', case: '.twelve-factor.yml -> /dev/zero (audit)', inputs: 1, crashes: r.code === 137 ? 1 : 0, hangs: 0, leaks: 0, maxMs: r.ms, note: r.code === 137 ? 'killed by the 256 MiB cap' : r.out.trim().split('\n').pop()?.slice(0, 150) });
    expect(r.code, r.out).toBe(2);
    expect(r.out).toMatch(/\.twelve-factor\.yml.*symbolic link/);
  }, 180_000);

  it('.dockerignore -> /dev/zero: the build fails with a clear message, without reading it', async () => {
    const { ws } = layout('dockerignore-dev-zero', { Dockerfile: 'FROM tfa-base/debian:bookworm\n' }, { '.dockerignore': '/dev/zero' });
    const r = await cappedCli(ws, ['build', '/repo', '--artifacts', '/out']);
    recordFigure({ klass: 'trust-symlink', case: '.dockerignore -> /dev/zero (build)', inputs: 1, crashes: r.code === 137 ? 1 : 0, hangs: 0, leaks: 0, maxMs: r.ms, note: r.code === 137 ? 'killed by the 256 MiB cap' : r.out.trim().split('\n').pop()?.slice(0, 150) });
    expect(r.code, r.out).toBe(1);
    expect(r.out).toMatch(/\.dockerignore.*symbolic link/);
  }, 180_000);
});
