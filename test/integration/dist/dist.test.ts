import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ReportSchema } from '../../../src/model/report';

const root = path.resolve(import.meta.dirname, '../../..');

describe('dist/', () => {
  it('matches a fresh `npm run bundle`', () => {
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/check-dist.mjs')], { cwd: root, encoding: 'utf8' });
    expect(r.stderr + r.stdout).toMatch(/dist\/ is fresh/);
    expect(r.status).toBe(0);
  });

  it('ships the licence of what it bundles', () => {
    const notices = readFileSync(path.join(root, 'dist/licenses.txt'), 'utf8');
    for (const name of ['dockerode', 'zod', 'yaml', '@actions/core', '@octokit/core']) {
      const dir = path.join(root, 'node_modules', name);
      const { version, license } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      expect(notices, name).toContain(`\n${name} ${version} (${license})\n`);
    }
    expect(notices).toContain(readFileSync(path.join(root, 'node_modules/dockerode/LICENSE'), 'utf8').trim());
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect(JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).license).toBe('MIT');
  });

  it('runs from a copy with no node_modules anywhere', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-dist-run-'));
    cpSync(path.join(root, 'dist'), path.join(dir, 'dist'), { recursive: true });
    cpSync(path.join(root, 'examples/node-app'), path.join(dir, 'app'), { recursive: true });
    const version = execFileSync(process.execPath, ['dist/cli.js', '--version'], { cwd: dir, encoding: 'utf8' });
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(version.trim()).toBe(pkg.version);
    const r = spawnSync(process.execPath, ['dist/cli.js', 'audit', 'app', '--format', 'json', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(ReportSchema.parse(JSON.parse(r.stdout)).factors).toHaveLength(12);
  });

  it('is what action.yml runs, on node24, with a post step and described inputs and outputs', () => {
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8'));
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js', post: 'dist/post.js' });
    for (const [name, spec] of Object.entries<{ description?: string }>({ ...action.inputs, ...action.outputs })) {
      expect(spec.description?.length ?? 0, `${name} needs a description`).toBeGreaterThan(10);
    }
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe('>=24');
    expect(pkg.devDependencies.node).toMatch(/^24\./);
    expect(process.version).toMatch(/^v24\./);
  });
});
