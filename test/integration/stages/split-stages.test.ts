import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../src/model/report';
import type { BuildFile, ReleaseFile, RuntimeFile } from '../../../src/model/stages';

/**
 * build, release, run and report as four separate processes that share only
 * an artifacts directory, with the image removed from the engine between
 * build and run; then the same app through `all` in one process. Real
 * Docker, real CLI processes.
 */
const ROOT = path.resolve(import.meta.dirname, '../../..');
const EXAMPLE = path.join(ROOT, 'examples/node-app');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

interface Cli {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `tsx src/cli.ts <args>` under this Node (24), as its own process. */
function cli(args: string[], timeoutMs = 400_000): Promise<Cli> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join(ROOT, 'src/entry/cli.ts'), ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const json = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
const imageInEngine = (id: string) => {
  try {
    execFileSync('docker', ['image', 'inspect', id], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
};
const dockerRmi = (id: string) => {
  execFileSync('docker', ['rmi', '-f', id], { stdio: 'ignore', timeout: 60_000 });
};

const dirs: string[] = [];
const images = new Set<string>();
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/**
 * The example app as its own repository with one commit: every process sees
 * the same HEAD (the work tree this suite runs in gets new commits while it
 * runs, and the image's revision label is checked against the commit).
 */
function exampleRepo(): string {
  const dir = tempDir('tfa-example-');
  cpSync(EXAMPLE, dir, { recursive: true, filter: (src) => !/[\\/](node_modules|\.twelve-factor)$/.test(src) });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'example');
  return dir;
}

describe('stages as separate processes', () => {
  const APP = exampleRepo();
  const split = tempDir('tfa-split-');
  const whole = tempDir('tfa-all-');
  let splitReport: Report;
  let allReport: Report;
  let build: BuildFile;
  let release: ReleaseFile;

  beforeAll(async () => {
    const b = await cli(['build', APP, '--artifacts', split, '--quiet']);
    expect(b.code, b.stderr).toBe(0);
    build = json<BuildFile>(path.join(split, 'build.json'));
    images.add(build.imageId!);
    expect(existsSync(path.join(split, 'image.tar.gz'))).toBe(true);

    const r = await cli(['release', APP, '--artifacts', split, '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    release = json<ReleaseFile>(path.join(split, 'release.json'));

    // The run process must get the image from image.tar.gz, nowhere else.
    dockerRmi(build.imageId!);
    expect(imageInEngine(build.imageId!)).toBe(false);

    const u = await cli(['run', APP, '--artifacts', split]);
    expect(u.code, u.stderr).toBe(0);
    expect(u.stderr).toContain(`image ${build.imageId} not in the engine; loading`);
    // What the run loaded, it removes again.
    expect(imageInEngine(build.imageId!)).toBe(false);

    const out = path.join(split, 'cli-report.json');
    const p = await cli(['report', APP, '--artifacts', split, '--format', 'json', '--output', out, '--fail-on', 'never', '--quiet']);
    expect(p.code, p.stderr).toBe(0);
    splitReport = json<Report>(out);

    const a = await cli(['all', APP, '--artifacts', whole, '--format', 'json', '--output', path.join(whole, 'cli-report.json'), '--fail-on', 'never', '--quiet']);
    expect(a.code, a.stderr).toBe(0);
    allReport = json<Report>(path.join(whole, 'cli-report.json'));
    const allBuild = json<BuildFile>(path.join(whole, 'build.json'));
    images.add(allBuild.imageId!);
    // One process, one engine: `all` ran the image the build left there and wrote no tarball nobody reads.
    expect(allBuild.tarball).toBeUndefined();
    expect(readdirSync(whole).filter((f) => f.startsWith('image.tar'))).toEqual([]);
  }, 900_000);

  afterAll(() => {
    for (const id of images) dockerRmi(id);
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('each stage wrote its schema-versioned file, and the run used the released image', () => {
    expect(build).toMatchObject({ schemaVersion: 1, stage: 'build', status: 'ok', tarball: 'image.tar.gz' });
    expect(build.imageId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(release).toMatchObject({ schemaVersion: 1, stage: 'release', imageId: build.imageId });
    const runtime = json<RuntimeFile>(path.join(split, 'runtime.json'));
    expect(runtime).toMatchObject({ schemaVersion: 1, stage: 'run', status: 'ok', imageId: build.imageId, releaseId: release.releaseId });
    expect(runtime.facts?.imageId).toBe(build.imageId);
    expect(runtime.facts?.boot.outcome).toBe('ready');
    for (const f of ['report.json', 'report.md', 'report.sarif']) expect(existsSync(path.join(split, f)), f).toBe(true);
  });

  it('the config values never reach a stage file, only their names', () => {
    const config = readFileSync(path.join(EXAMPLE, '.twelve-factor.yml'), 'utf8');
    const values = [...config.matchAll(/^\s{4}([A-Z_][A-Z0-9_]*):\s*(\S+)\s*$/gm)].map((m) => ({ name: m[1]!, value: m[2]! }));
    expect(values.length).toBeGreaterThan(0);
    for (const { name, value } of values) {
      expect(release.envNames).toContain(name);
      for (const f of ['release.json', 'runtime.json', 'static.json']) {
        expect(readFileSync(path.join(split, f), 'utf8'), `${f} holds the value of ${name}`).not.toMatch(new RegExp(`"${value}"`));
      }
    }
  });

  it('every stage ran and the verdicts equal those of `all` on the same app', () => {
    expect(splitReport.stages).toEqual([
      { stage: 'static', status: 'ok' },
      { stage: 'build', status: 'ok' },
      { stage: 'release', status: 'ok' },
      { stage: 'run', status: 'ok' },
    ]);
    expect(allReport.stages).toEqual(splitReport.stages);
    const verdicts = (r: Report) => Object.fromEntries(r.factors.map((f) => [f.slug, f.verdict]));
    expect(verdicts(splitReport)).toEqual(verdicts(allReport));
    expect(splitReport.verdict).toBe(allReport.verdict);
    expect(splitReport.summary).toEqual(allReport.summary);
    const outcomes = (r: Report) => r.factors.flatMap((f) => f.findings.map((x) => `${x.check}:${x.outcome}`)).sort();
    expect(outcomes(splitReport)).toEqual(outcomes(allReport));
    // Runtime evidence made it into the report: some factor was judged from the run.
    expect(splitReport.runtime?.imageId).toBe(build.imageId);
  });

  it('a report job without the repository (stage files only, as in the reusable workflow) judges the same', async () => {
    const noCheckout = tempDir('tfa-report-job-');
    const out = path.join(noCheckout, 'report-out.json');
    const dir = tempDir('tfa-report-artifacts-');
    for (const f of ['static.json', 'build.json', 'release.json', 'runtime.json']) cpSync(path.join(split, f), path.join(dir, f));
    const p = await cli(['report', noCheckout, '--artifacts', dir, '--format', 'json', '--output', out, '--fail-on', 'never', '--quiet']);
    expect(p.code, p.stderr).toBe(0);
    const fromFiles = json<Report>(out);
    expect(fromFiles.stages).toEqual(splitReport.stages);
    expect(fromFiles.factors.map((f) => [f.slug, f.verdict])).toEqual(splitReport.factors.map((f) => [f.slug, f.verdict]));
    const outcomes = (r: Report) => r.factors.flatMap((f) => f.findings.map((x) => `${x.check}:${x.outcome}`)).sort();
    expect(outcomes(fromFiles)).toEqual(outcomes(splitReport));
    expect(fromFiles.repository.path).toBe(splitReport.repository.path);
  });

  describe('run refuses anything but the released image and config', () => {
    const tampered = () => {
      const dir = tempDir('tfa-tamper-');
      cpSync(split, dir, { recursive: true });
      return dir;
    };

    it('an edited image id in release.json fails run with a message naming the file and what was expected', async () => {
      const dir = tampered();
      const file = path.join(dir, 'release.json');
      const other = `sha256:${'0'.repeat(64)}`;
      writeFileSync(file, readFileSync(file, 'utf8').replace(release.imageId, other));
      const r = await cli(['run', APP, '--artifacts', dir, '--quiet'], 120_000);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('release.json');
      expect(r.stderr).toContain(`does not match its imageId ${other}`);
      expect(r.stderr).toMatch(/expected releaseId rel-[0-9a-f]+, derived from its imageId and configHash/);
      const runtime = json<RuntimeFile>(path.join(dir, 'runtime.json'));
      expect(runtime.status).toBe('failed');
      expect(runtime.error).toContain('release.json');
      expect(runtime.facts).toBeUndefined();
    });

    it('a run with another config than the released one is refused', async () => {
      const dir = tampered();
      // Inside the repository: a config file outside the workspace is refused before any stage runs.
      const config = path.join(APP, 'other.yml');
      writeFileSync(config, `${readFileSync(path.join(EXAMPLE, '.twelve-factor.yml'), 'utf8')}\n# same file, one more variable\n`.replace('run:\n  env:\n', 'run:\n  env:\n    EXTRA_FLAG: "1"\n'));
      const r = await cli(['run', APP, '--artifacts', dir, '--config', config, '--quiet'], 120_000).finally(() => rmSync(config, { force: true }));
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/release\.json: release rel-[0-9a-f]+ was made with configHash sha256:[0-9a-f]+; expected configHash sha256:[0-9a-f]+, the hash of the config given to this stage/);
    });

    it('a tarball holding another image is refused', async () => {
      const dir = tampered();
      dockerRmi(release.imageId);
      // Uncompressed under the build's name: the engine reads a tarball by its bytes, not its name.
      execFileSync('docker', ['save', '-o', path.join(dir, 'image.tar.gz'), 'tfa-base/debian:bookworm'], { timeout: 120_000 });
      const r = await cli(['run', APP, '--artifacts', dir, '--quiet'], 300_000);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/image\.tar\.gz: holds image sha256:[0-9a-f]{64}; refusing to run anything but the released image; expected image sha256:/);
      expect(r.stderr).toContain(release.imageId);
    });
  });
});
