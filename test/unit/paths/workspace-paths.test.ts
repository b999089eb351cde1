import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config/load';
import { artifactsDirOf, resolveConfig } from '../../../src/pipeline/commands';
import { readRegularFile } from '../../../src/util/regular-file';
import { PathRefusedError, realPathOf, resolveArtifactsDir, resolveInWorkspace } from '../../../src/util/workspace-path';

function sandbox() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'tfa-paths-'));
  const ws = path.join(base, 'ws');
  mkdirSync(path.join(ws, 'app'), { recursive: true });
  mkdirSync(path.join(base, 'outside'));
  return { base, ws, outside: path.join(base, 'outside') };
}

describe('readRegularFile', () => {
  it('reads a regular file; a missing one is missing', () => {
    const { ws } = sandbox();
    writeFileSync(path.join(ws, 'a.txt'), 'hello');
    expect(readRegularFile(path.join(ws, 'a.txt'), 10)).toEqual({ kind: 'text', text: 'hello' });
    expect(readRegularFile(path.join(ws, 'nope'), 10)).toEqual({ kind: 'missing' });
  });

  it('refuses a link (even to /dev/zero), a FIFO, a directory and an oversized file without reading them', () => {
    const { ws } = sandbox();
    symlinkSync('/dev/zero', path.join(ws, 'zero'));
    execFileSync('mkfifo', [path.join(ws, 'fifo')]);
    writeFileSync(path.join(ws, 'big'), 'x'.repeat(11));
    expect(readRegularFile(path.join(ws, 'zero'), 10)).toMatchObject({ kind: 'refused', problem: expect.stringMatching(/symbolic link/) });
    expect(readRegularFile('/dev/zero', 10)).toMatchObject({ kind: 'refused', problem: expect.stringMatching(/not a regular file \(a device\)/) });
    expect(readRegularFile(path.join(ws, 'fifo'), 10)).toMatchObject({ kind: 'refused', problem: expect.stringMatching(/a FIFO/) });
    expect(readRegularFile(ws, 10)).toMatchObject({ kind: 'refused', problem: expect.stringMatching(/a directory/) });
    expect(readRegularFile(path.join(ws, 'big'), 10)).toMatchObject({ kind: 'refused', problem: 'is 11 bytes; the limit is 10' });
  });
});

describe('paths stay inside the workspace', () => {
  it('follows links, dangling ones included', () => {
    const { ws, outside } = sandbox();
    symlinkSync(path.join(outside, 'not-yet'), path.join(ws, 'dangling'));
    expect(realPathOf(path.join(ws, 'dangling', 'x'))).toBe(path.join(realPathOf(outside), 'not-yet', 'x'));
  });

  it('accepts a link that stays inside and refuses one that leaves, naming the key and the real path', () => {
    const { ws, outside } = sandbox();
    symlinkSync('app', path.join(ws, 'inside-link'));
    symlinkSync(outside, path.join(ws, 'outside-link'));
    expect(resolveInWorkspace(ws, ws, 'inside-link', 'path')).toBe(path.join(ws, 'inside-link'));
    expect(() => resolveInWorkspace(ws, ws, 'outside-link', 'path')).toThrow(PathRefusedError);
    expect(() => resolveInWorkspace(ws, path.join(ws, 'app'), '../../outside', 'context')).toThrow(
      `context "../../outside" resolves to ${realPathOf(outside)}, outside the workspace ${realPathOf(ws)}; refused`,
    );
  });

  it('config path, Dockerfile and context from the config are checked, whatever sets them', () => {
    const { ws } = sandbox();
    writeFileSync(path.join(ws, '.twelve-factor.yml'), 'path: app\ndockerfile: ../../Dockerfile\n');
    expect(() => resolveConfig({ command: 'audit', repoRoot: ws })).toThrow(/dockerfile "\.\.\/\.\.\/Dockerfile" resolves to .*outside the workspace/);
    writeFileSync(path.join(ws, '.twelve-factor.yml'), 'path: app\n');
    expect(() => resolveConfig({ command: 'audit', repoRoot: ws, context: '../..' })).toThrow(/^context/);
    expect(() => resolveConfig({ command: 'audit', repoRoot: ws, appPath: '/etc' })).toThrow(/^path "\/etc" resolves to \/etc/);
    expect(resolveConfig({ command: 'audit', repoRoot: ws }).config.path).toBe('app');
  });

  it('an explicit config file outside the workspace, or one that is a link, is refused', () => {
    const { ws, outside } = sandbox();
    writeFileSync(path.join(outside, 'c.yml'), 'fail-on: never\n');
    expect(() => loadConfig(ws, '../outside/c.yml')).toThrow(PathRefusedError);
    symlinkSync(path.join(outside, 'c.yml'), path.join(ws, '.twelve-factor.yml'));
    expect(() => loadConfig(ws)).toThrow(ConfigError);
    expect(() => loadConfig(ws)).toThrow(/config file is a symbolic link.*c\.yml/);
  });

  it('artifacts: no link below the workspace root; outside only when the operator named it, and never a link itself', () => {
    const { ws, outside } = sandbox();
    symlinkSync(outside, path.join(ws, '.twelve-factor'));
    symlinkSync(outside, path.join(path.dirname(ws), 'link-out'));
    expect(() => artifactsDirOf({ command: 'audit', repoRoot: ws }, resolveConfig({ command: 'audit', repoRoot: ws }).config)).toThrow(/through a symbolic link in the workspace/);
    expect(() => resolveArtifactsDir(ws, '.twelve-factor/stages', true)).toThrow(PathRefusedError);
    expect(() => resolveArtifactsDir(ws, '../outside/stages', false)).toThrow(/outside the workspace/);
    expect(resolveArtifactsDir(ws, '../outside/stages', true)).toBe(path.join(outside, 'stages'));
    expect(() => resolveArtifactsDir(ws, '../link-out', true)).toThrow(/is a symbolic link/);
    expect(resolveArtifactsDir(ws, 'app/.twelve-factor', false)).toBe(path.join(ws, 'app', '.twelve-factor'));
  });
});
