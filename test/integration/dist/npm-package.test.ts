import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../../../src/model/report';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: object; bin: Record<string, string> };
const work = mkdtempSync(path.join(os.tmpdir(), 'tfa-npm-package-'));
// npm with its own cache and no user config, so the test neither reads nor fills the developer's.
const npmEnv = { ...process.env, npm_config_cache: path.join(work, 'npm-cache'), npm_config_userconfig: path.join(work, 'npmrc'), npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, env: npmEnv, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let tarball = '';
let packed: string[] = [];
const prefix = path.join(work, 'prefix');

beforeAll(() => {
  const [info] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root)) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(work, info!.filename);
  packed = info!.files.map((f) => f.path).sort();
  mkdirSync(prefix);
  // --offline: a package that carries everything needs nothing from a registry.
  npm(['install', '--offline', '--prefix', prefix, tarball], work);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the installed bin the way a shell would: through its `#!/usr/bin/env node` line, with only node on PATH. */
function installedCli(args: string[], cwd: string) {
  const bin = path.join(prefix, 'node_modules/.bin', Object.keys(pkg.bin)[0]!);
  return spawnSync(bin, args, { cwd, encoding: 'utf8', env: { PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`, HOME: work } });
}

describe('the npm package', () => {
  it('holds the bundle, the action, the schemas and the notices; no sources, tests or node_modules', () => {
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md', 'action.yml', 'dist/cli.js', 'dist/action.js', 'dist/post.js', 'dist/scan-worker.js', 'dist/licenses.txt', 'schema/config.schema.json']));
    const committedDist = readdirSync(path.join(root, 'dist'), { recursive: true }).map((f) => `dist/${String(f)}`).filter((f) => f.endsWith('.js') || f.endsWith('.txt'));
    expect(packed.filter((f) => f.startsWith('dist/'))).toEqual(committedDist.sort());
    expect(packed.filter((f) => !/^(dist|schema)\/|^[^/]+$/.test(f))).toEqual([]);
  });

  it('depends on nothing: the bundle carries every package it runs', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readdirSync(path.join(prefix, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual([pkg.name]);
    // Node also looks in every node_modules above the package: there must be none to find things in.
    for (let dir = path.dirname(prefix); dir !== path.dirname(dir); dir = path.dirname(dir)) {
      expect(existsSync(path.join(dir, 'node_modules')), `${dir}/node_modules`).toBe(false);
    }
  });

  it('installed into an empty prefix, `twelve-factor --version` and a static audit of the example work', () => {
    const empty = mkdtempSync(path.join(work, 'cwd-'));
    const version = installedCli(['--version'], empty);
    expect(version.stderr).toBe('');
    expect(version.stdout.trim()).toBe(pkg.version);

    const app = path.join(empty, 'node-app');
    cpSync(path.join(root, 'examples/node-app'), app, { recursive: true, filter: (src) => !src.includes(`${path.sep}.twelve-factor${path.sep}`) && !src.endsWith(`${path.sep}.twelve-factor`) });
    const audit = installedCli(['audit', 'node-app', '--format', 'json', '--quiet'], empty);
    expect(audit.stderr).toBe('');
    expect(audit.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(audit.stdout));
    expect(report.tool.version).toBe(pkg.version);
    expect(report.factors).toHaveLength(12);
  });

  it('runs by its package name through npx, as the README shows (`npx twelve-factor-audit …`)', () => {
    // npm exec with a package spec runs the package's single bin; here the spec is the tarball.
    const empty = mkdtempSync(path.join(work, 'npx-'));
    const out = execFileSync('npm', ['exec', '--yes', '--offline', '--', `file:${tarball}`, '--version'], {
      cwd: empty,
      env: { ...npmEnv, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` },
      encoding: 'utf8',
    });
    expect(out.trim()).toBe(pkg.version);
  });
});
