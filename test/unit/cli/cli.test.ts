import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMain } from '../../../src/entry/cli-main';
import { ReportSchema } from '../../../src/model/report';

const root = path.resolve(import.meta.dirname, '../../..');

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const code = await cliMain({
    argv,
    env,
    cwd: root,
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-cli-'));
  for (const [f, text] of Object.entries(files)) {
    const abs = path.join(dir, f);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

describe('twelve-factor CLI', () => {
  it('prints help and version', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: twelve-factor <command>/);
    expect(help.stdout).toMatch(/2 {2}usage, config or stage-file error/);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits 2 on usage errors with a suggestion', async () => {
    const r = await cli(['adit']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command "adit"; did you mean "audit"\?/);
    const f = await cli(['audit', '--formt', 'json']);
    expect(f.code).toBe(2);
    expect(f.stderr).toMatch(/did you mean --format\?/);
    const o = await cli(['audit', '--format', 'yaml']);
    expect(o.code).toBe(2);
    const s = await cli(['run', '--save-image']);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/--save-image is for all \(build always writes image\.tar\.gz\), not run/);
  });

  it('audits the example app as JSON that validates against the schema with twelve factors', async () => {
    const r = await cli(['audit', 'examples/node-app', '--format', 'json', '--quiet']);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.factors).toHaveLength(12);
    expect(report.factors.find((f) => f.slug === 'dependencies')?.verdict).toBe('pass');
    // Static-only: runtime checks cannot verify anything.
    expect(report.runtime).toBeUndefined();
    expect([0, 1]).toContain(r.code);
  });

  it('exits 2 with file:line:col and the expected shape on a malformed config', async () => {
    const dir = repo({ '.twelve-factor.yml': 'run:\n  boot-timeout: soon\n  portt: 3\n' });
    const r = await cli(['audit', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.twelve-factor.yml:2:17: run.boot-timeout: expected number, received string');
    expect(r.stderr).toContain('.twelve-factor.yml:3:3: unknown key "portt" in "run"; did you mean "port"?');
    const broken = repo({ '.twelve-factor.yml': 'run: [\n' });
    const b = await cli(['audit', broken]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/\.twelve-factor\.yml:\d+:\d+: invalid YAML/);
  });

  it('follows --fail-on: a committed .env with a real-looking secret fails under fail, passes under never', async () => {
    const dir = repo({ '.env': 'SECRET=kq3Lm9vXz2Wp8RtYb7Nc\n', 'package.json': '{}', 'package-lock.json': '{}' });
    expect((await cli(['audit', dir, '--quiet'])).code).toBe(1);
    expect((await cli(['audit', dir, '--quiet', '--fail-on', 'never'])).code).toBe(0);
  });

  it('writes several formats to files and one to stdout', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'tfa-out-'));
    const r = await cli([
      'audit',
      'examples/node-app',
      '--quiet',
      '--format',
      'sarif',
      '--output',
      path.join(out, 'r.sarif'),
      '--format',
      'text',
    ]);
    expect(JSON.parse(readFileSync(path.join(out, 'r.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(r.stdout).toMatch(/Verdict: /);
  });

  it('colours on a TTY only, and honours NO_COLOR', async () => {
    const tty = await cli(['audit', 'examples/node-app', '--quiet'], {}, true);
    expect(tty.stdout).toMatch(/\u001b\[/);
    const noColor = await cli(['audit', 'examples/node-app', '--quiet'], { NO_COLOR: '1' }, true);
    expect(noColor.stdout).not.toMatch(/\u001b\[/);
  });

  it('audit --output FILE writes that file and nothing else into the audited tree', async () => {
    const dir = repo({ 'package.json': '{"name":"x","version":"1.0.0"}', 'index.js': 'console.log(1)\n' });
    const out = path.join(os.tmpdir(), `tfa-cli-out-${process.pid}.json`);
    const before = readdirSync(dir).sort();
    const r = await cli(['audit', dir, '--format', 'json', '--output', out, '--fail-on', 'never', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(ReportSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).factors).toHaveLength(12);
    // Without --output the stage files still go to the artifacts directory, as documented.
    await cli(['audit', dir, '--fail-on', 'never', '--quiet']);
    expect(readdirSync(dir)).toContain('.twelve-factor');
  });
});
