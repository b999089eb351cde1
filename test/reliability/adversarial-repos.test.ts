import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/load';
import { defaultConfig } from '../../src/config/schema';
import { audit } from '../../src/pipeline/audit';
import type { Report } from '../../src/model/report';
import { ReportSchema } from '../../src/model/report';
import { yamlAliasBomb, yamlDeep } from '../support/adversarial';
import { cpuNow } from '../support/adversarial-fuzz';
import { recordFigure } from '../support/adversarial-figures';

// The whole static audit on hostile repositories built in temp dirs: it
// must finish, keep the report valid, name the file it could not read, and
// never read through a symlink.

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-adversarial-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
function repo(files: Record<string, string | Buffer>): string {
  const dir = path.join(tmp, `repo-${n++}`);
  for (const [f, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), content);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

const OUTSIDE_MARKER = 'OUTSIDE_SECRET_MARKER';
const outsideDir = path.join(tmp, 'outside');
mkdirSync(outsideDir, { recursive: true });
writeFileSync(path.join(outsideDir, 'secrets.env'), `AWS_SECRET_ACCESS_KEY=${OUTSIDE_MARKER}wJalrXUtnFEMI/K7MDENG/bPxRfiCY\n`);

interface Outcome {
  report: Report;
  ms: number;
}

/** Runs the audit, recording a crash (throw or invalid report) or a hang (over 10 s of CPU) before asserting. */
function runAudit(name: string, dir: string): Outcome {
  const t0 = cpuNow();
  let report: Report | undefined;
  let crash: unknown;
  try {
    report = audit({ repoRoot: dir, config: defaultConfig() }).report;
    ReportSchema.parse(report);
  } catch (e) {
    crash = e;
  }
  const ms = cpuNow() - t0;
  const crashedChecks = report?.factors.flatMap((f) => f.findings).filter((f) => /crashed|bug in/.test(f.message)) ?? [];
  recordFigure({
    klass: 'adversarial-files',
    case: name,
    inputs: 1,
    crashes: crash || crashedChecks.length > 0 ? 1 : 0,
    hangs: ms > 10_000 ? 1 : 0,
    leaks: 0,
    maxMs: ms,
    ...(crash ? { note: String(crash).slice(0, 200) } : crashedChecks.length ? { note: crashedChecks[0]!.message.slice(0, 200) } : {}),
  });
  if (crash) throw crash;
  expect(crashedChecks).toEqual([]);
  expect(ms).toBeLessThan(10_000);
  return { report: report!, ms };
}

const mentions = (r: Report, file: string) => r.diagnostics.some((d) => d.file === file || d.message.includes(file));

describe('static audit on adversarial repositories', () => {
  it('YAML alias bombs in compose and lockfiles', () => {
    const bomb = yamlAliasBomb(9, 9);
    const dir = repo({ 'docker-compose.yml': bomb, 'pnpm-lock.yaml': bomb, 'package.json': '{"name":"x","dependencies":{"a":"1.0.0"}}', Dockerfile: 'FROM node:24\nCMD ["node","x"]\n' });
    const { report } = runAudit('YAML alias bomb (compose, pnpm-lock)', dir);
    expect(mentions(report, 'docker-compose.yml')).toBe(true);
    expect(JSON.stringify(report).length).toBeLessThan(1_000_000);
  });

  it('an alias-bomb or 10,000-deep config is a ConfigError, nothing else', () => {
    for (const [name, text] of [
      ['alias bomb', yamlAliasBomb(9, 9)],
      ['10,000-deep flow nesting', `run:\n  env: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`],
      ['10,000 nested explicit keys (stack overflow in the YAML parser)', `${'? '.repeat(10_000)}\n`],
    ] as const) {
      const dir = repo({ '.twelve-factor.yml': text });
      let thrown: unknown;
      const t0 = cpuNow();
      try {
        loadConfig(dir);
      } catch (e) {
        thrown = e;
      }
      const ms = cpuNow() - t0;
      recordFigure({ klass: 'adversarial-files', case: `config: ${name}`, inputs: 1, crashes: thrown instanceof ConfigError ? 0 : 1, hangs: ms > 10_000 ? 1 : 0, leaks: 0, maxMs: ms });
      expect(thrown).toBeInstanceOf(ConfigError);
      expect((thrown as ConfigError).problems[0]?.file).toBe('.twelve-factor.yml');
    }
  });

  it('10,000-deep nesting in compose, package.json and composer.json', () => {
    const deepJson = `{"name":"x","dependencies":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const dir = repo({ 'compose.yaml': yamlDeep(10_000, 'flow'), 'package.json': deepJson, 'composer.json': deepJson, 'pyproject.toml': `[project]\ndependencies = ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` });
    const { report } = runAudit('10,000-deep nesting (YAML, JSON, TOML)', dir);
    expect(report.factors).toHaveLength(12);
  });

  it('nested mappings as keys (exponential in yaml toJS) in compose and pnpm-lock', () => {
    const keys = `services: a\n${'{'.repeat(4000)}\n`;
    const dir = repo({ 'docker-compose.yml': keys, 'pnpm-lock.yaml': keys, 'package.json': '{"name":"x"}' });
    const { report } = runAudit('nested collection keys (compose, pnpm-lock)', dir);
    expect(mentions(report, 'docker-compose.yml')).toBe(true);
  });

  it('a 10 MB single-line file', () => {
    const line = `const x = "${'A'.repeat(10 * 1024 * 1024)}"; app.listen(3000); password = "hunter2hunter2"`;
    const dir = repo({ 'src/huge.js': line, 'package.json': '{"name":"x","scripts":{"start":"node src/huge.js"}}', '.env': `TOKEN=${'x'.repeat(10 * 1024 * 1024)}` });
    const { report } = runAudit('10 MB single-line file', dir);
    expect(mentions(report, 'src/huge.js')).toBe(true);
  });

  it('invalid UTF-8, BOM, CRLF and NUL bytes', () => {
    const bad = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0x0a]);
    const dir = repo({
      Dockerfile: Buffer.concat([Buffer.from('\ufeffFROM node:24\r\nENV A=1 \\\r\n  B=2\r\n'), bad, Buffer.from('CMD ["node",\r\n"x"]\r\n')]),
      Procfile: Buffer.concat([Buffer.from('\ufeffweb: node x\r\n'), bad, Buffer.from('worker:\0 y\r\n')]),
      '.env': Buffer.concat([Buffer.from('\ufeffA=1\r\nB="x\r\n'), bad]),
      'package.json': Buffer.concat([Buffer.from('\ufeff{"name":"x",\r\n"dependencies":{"a":"^1"}}'), bad]),
      'docker-compose.yml': Buffer.concat([Buffer.from('\ufeffservices:\r\n  web:\r\n    image: "x\0y"\r\n'), bad]),
      'README.md': Buffer.concat([Buffer.from('\ufeff# Twelve factors\r\n## I. Codebase ✅\r\n'), bad, Buffer.from('\0\0\0')]),
      'src/nul.js': Buffer.from('const a = 1;\0\0\0 listen(3000)'),
    });
    const { report } = runAudit('invalid UTF-8, BOM, CRLF, NUL', dir);
    expect(mentions(report, 'src/nul.js') || mentions(report, 'README.md')).toBe(true);
  });

  it('symlink loops and symlinks out of the repository are never followed', () => {
    const dir = repo({ 'package.json': '{"name":"x"}' });
    symlinkSync('loop-b', path.join(dir, 'loop-a'));
    symlinkSync('loop-a', path.join(dir, 'loop-b'));
    symlinkSync('.', path.join(dir, 'self'));
    mkdirSync(path.join(dir, 'sub'));
    symlinkSync('..', path.join(dir, 'sub', 'up'));
    symlinkSync(outsideDir, path.join(dir, 'outside-dir'));
    symlinkSync(path.join(outsideDir, 'secrets.env'), path.join(dir, '.env'));
    symlinkSync(path.join(outsideDir, 'secrets.env'), path.join(dir, 'Dockerfile'));
    symlinkSync('/etc/passwd', path.join(dir, 'Procfile'));
    const { report } = runAudit('symlink loops and links outside', dir);
    const json = JSON.stringify(report);
    expect(json).not.toContain(OUTSIDE_MARKER);
    expect(json).not.toContain('root:x:0:0');
    expect(report.diagnostics.some((d) => /symbolic link/i.test(d.message) && d.message.includes('loop-a'))).toBe(true);
  });

  it('unreadable files and directories (audited as an unprivileged user, since root reads mode 000)', () => {
    const dir = repo({ 'package.json': '{"name":"x","dependencies":{"a":"1.0.0"}}', Dockerfile: 'FROM node:24\nCMD ["node","x"]\n', 'secret/keys.env': 'A=1', 'src/app.js': 'listen(process.env.PORT)' });
    chmodSync(path.join(dir, 'Dockerfile'), 0o000);
    chmodSync(path.join(dir, 'secret'), 0o000);
    chmodSync(tmp, 0o755);
    const t0 = Date.now();
    let report: Report | undefined;
    let crash: unknown;
    try {
      const out = execFileSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(here, 'scripts/audit-json.ts'), dir], {
        cwd: root,
        uid: 65534,
        gid: 65534,
        env: { ...process.env, HOME: '/tmp', TSX_TSCONFIG_PATH: path.join(root, 'tsconfig.json') },
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 64 * 1024 * 1024,
      });
      report = ReportSchema.parse(JSON.parse(out));
    } catch (e) {
      crash = e;
    }
    recordFigure({ klass: 'adversarial-files', case: 'unreadable file and directory (uid 65534)', inputs: 1, crashes: crash ? 1 : 0, hangs: 0, leaks: 0, maxMs: Date.now() - t0, ...(crash ? { note: String(crash).slice(0, 300) } : {}) });
    if (crash) throw crash;
    const diags = report!.diagnostics.map((d) => `${d.file ?? ''} ${d.message}`).join('\n');
    expect(diags).toMatch(/secret/);
    expect(diags).toMatch(/Dockerfile/);
  });
});
