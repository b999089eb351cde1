import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/checks/index';
import { runCommand } from '../../../src/pipeline/commands';
import { writeStageFile } from '../../../src/pipeline/stages/files';
import { releaseStage } from '../../../src/pipeline/stages/release';
import { reportStage } from '../../../src/pipeline/stages/report';
import type { Report } from '../../../src/model/report';
import { config, IMAGE_A, IMAGE_B, okBuild, repo, tempDir } from './helpers';

const APP = {
  'Dockerfile': 'FROM tfa-base/node:24\nCOPY . /app\nCMD ["node", "/app/server.js"]\n',
  'server.js': "require('http').createServer((q, s) => s.end('ok')).listen(process.env.PORT);\n",
  'package.json': '{"name":"app","version":"1.0.0"}\n',
};

const RUNTIME_IDS = new Set(CATALOGUE.filter((e) => e.kind === 'runtime').map((e) => e.id));

/** Factors no static check speaks for can only be verified at runtime. */
function runtimeOnlyFactors(report: Report) {
  return report.factors.filter((f) => f.findings.every((x) => RUNTIME_IDS.has(x.check)));
}

describe('report stage', () => {
  it('says a failed build failed and why, and the stages after it were skipped', () => {
    const root = repo(APP);
    const dir = tempDir();
    writeStageFile(dir, 'build', {
      ...okBuild(),
      status: 'failed',
      imageId: undefined,
      error: { message: 'exit code 1', step: 'RUN npm ci', logTail: ['npm ERR! missing lockfile'] },
    });
    const { report } = reportStage({ repoRoot: root, config: config(), artifactsDir: dir });
    expect(report.stages).toEqual([
      { stage: 'static', status: 'ok' },
      { stage: 'build', status: 'failed', reason: 'build failed at RUN npm ci: exit code 1' },
      { stage: 'release', status: 'skipped', reason: 'not run because the build stage failed' },
      { stage: 'run', status: 'skipped', reason: 'not run because the release stage was skipped' },
    ]);
    for (const f of report.factors.flatMap((x) => x.findings).filter((x) => RUNTIME_IDS.has(x.check))) {
      expect(f.outcome).not.toBe('pass');
    }
    for (const f of runtimeOnlyFactors(report)) expect(f.verdict).toBe('not-verified');
  });

  it('with no stage files at all, names the missing build.json', () => {
    const root = repo(APP);
    const dir = tempDir();
    const { report } = reportStage({ repoRoot: root, config: config(), artifactsDir: dir });
    expect(report.stages[1]).toMatchObject({ stage: 'build', status: 'absent' });
    expect(report.stages[1]?.reason).toMatch(/build\.json not found in .*: the build stage did not run/);
    expect(report.stages.slice(2).map((s) => s.status)).toEqual(['skipped', 'skipped']);
  });

  it('refuses an edited release.json: the release stage is reported failed with the reason, the run is not trusted', () => {
    const root = repo(APP);
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    releaseStage({ repoRoot: root, config: config(), artifactsDir: dir });
    const file = path.join(dir, 'release.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(IMAGE_A, IMAGE_B));
    const { report } = reportStage({ repoRoot: root, config: config(), artifactsDir: dir });
    expect(report.stages[2]).toMatchObject({ stage: 'release', status: 'failed' });
    expect(report.stages[2]?.reason).toMatch(/release\.json: releaseId .* does not match its imageId sha256:b+/);
    expect(report.stages[3]).toEqual({ stage: 'run', status: 'skipped', reason: 'not run because the release stage failed' });
    expect(report.diagnostics.some((d) => d.severity === 'error' && d.file?.endsWith('release.json'))).toBe(true);
  });

  it('a release of another image than the one built is refused', () => {
    const root = repo(APP);
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    releaseStage({ repoRoot: root, config: config(), artifactsDir: dir });
    writeStageFile(dir, 'build', okBuild(IMAGE_B));
    const { report } = reportStage({ repoRoot: root, config: config(), artifactsDir: dir });
    expect(report.stages[2]?.reason).toMatch(/names image sha256:a+, but build\.json built sha256:b+/);
  });

  it('a failed run is reported with its error', () => {
    const root = repo(APP);
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild(IMAGE_A));
    const { release } = releaseStage({ repoRoot: root, config: config(), artifactsDir: dir });
    writeStageFile(dir, 'run', {
      schemaVersion: 1,
      tool: { name: 'twelve-factor-audit', version: 'test' },
      stage: 'run',
      status: 'failed',
      releaseId: release.releaseId,
      imageId: release.imageId,
      error: 'no Docker engine answers',
    });
    const { report } = reportStage({ repoRoot: root, config: config(), artifactsDir: dir });
    expect(report.stages[3]).toEqual({ stage: 'run', status: 'failed', reason: 'no Docker engine answers' });
    for (const f of runtimeOnlyFactors(report)) expect(f.verdict).toBe('not-verified');
  });
});

describe('report without the repository (a report job that never checks out code)', () => {
  it('judges from static.json exactly as the audit did, config values redacted', async () => {
    const secret = 'sk_live_do_not_leak_0123456789';
    const root = repo({
      ...APP,
      '.twelve-factor.yml': `run:\n  env:\n    STRIPE_KEY: ${secret}\nignore:\n  - check: codebase/not-a-check\n    reason: testing ignores survive\n`,
    });
    const dir = tempDir();
    const audited = await runCommand({ command: 'audit', repoRoot: root, artifacts: dir });
    const staticText = readFileSync(path.join(dir, 'static.json'), 'utf8');
    expect(staticText).not.toContain(secret);
    expect(staticText).toContain('STRIPE_KEY');

    const empty = tempDir('tfa-empty-');
    const result = await runCommand({ command: 'report', repoRoot: empty, artifacts: dir });
    const report = result.report!;
    expect(report.stages[0]).toEqual({ stage: 'static', status: 'ok' });
    const staticFindings = (r: Report) => r.factors.flatMap((f) => f.findings).filter((f) => !RUNTIME_IDS.has(f.check));
    expect(staticFindings(report)).toEqual(staticFindings(audited.report!));
    expect(report.factors.map((f) => f.verdict)).toEqual(audited.report!.factors.map((f) => f.verdict));
    expect(result.config.ignore).toEqual([{ check: 'codebase/not-a-check', reason: 'testing ignores survive' }]);
    expect(JSON.stringify(report)).not.toContain(secret);
    expect(readFileSync(path.join(dir, 'report.json'), 'utf8')).toContain('"schemaVersion": 2');
    expect(readFileSync(path.join(dir, 'report.md'), 'utf8').length).toBeGreaterThan(0);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('without static.json either, says static checks did not run and why', async () => {
    const empty = tempDir('tfa-empty-');
    const result = await runCommand({ command: 'report', repoRoot: empty, artifacts: tempDir() });
    expect(result.report!.stages[0]).toMatchObject({ stage: 'static', status: 'absent' });
    expect(result.report!.stages[0]?.reason).toMatch(/static\.json is not in the artifacts/);
    expect(result.report!.verdict).toBe('not-verified');
  });
});

describe('monorepo report (one folder of stage files per app)', () => {
  it('writes a report per app and one merged report with every finding prefixed by its app', async () => {
    const root = repo({
      'apps/api/Dockerfile': APP.Dockerfile,
      'apps/api/server.js': APP['server.js'],
      'apps/worker/Procfile': 'worker: node worker.js\n',
      'apps/worker/worker.js': 'setInterval(() => {}, 1000);\n',
    });
    const dir = tempDir();
    const api = await runCommand({ command: 'audit', repoRoot: root, appPath: 'apps/api', artifacts: path.join(dir, 'apps-api') });
    const worker = await runCommand({ command: 'audit', repoRoot: root, appPath: 'apps/worker', artifacts: path.join(dir, 'apps-worker') });

    const result = await runCommand({ command: 'report', repoRoot: tempDir('tfa-empty-'), artifacts: dir });
    const merged = result.report!;
    expect(merged.apps.map((a) => a.path)).toEqual(['apps/api', 'apps/worker']);
    const messages = merged.factors.flatMap((f) => f.findings.map((x) => x.message));
    const apiCount = api.report!.factors.flatMap((f) => f.findings).length;
    const workerCount = worker.report!.factors.flatMap((f) => f.findings).length;
    expect(messages.filter((m) => m.startsWith('apps/api: ')).length).toBe(apiCount);
    expect(messages.filter((m) => m.startsWith('apps/worker: ')).length).toBe(workerCount);
    expect(messages.length).toBe(apiCount + workerCount);
    for (const sub of ['apps-api', 'apps-worker']) {
      expect(JSON.parse(readFileSync(path.join(dir, sub, 'report.json'), 'utf8')).repository.path).toBe(sub.replace('-', '/'));
    }
    expect(JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8')).apps).toHaveLength(2);
    // Every app's build stage is named: neither was built.
    expect(merged.stages.filter((s) => s.stage === 'build').map((s) => s.reason?.split(':')[0])).toEqual(['apps/api', 'apps/worker']);
    // Each app keeps its own verdicts, and the comment gives every app a row of its own.
    expect(merged.apps.map((a) => a.verdict)).toEqual([api.report!.verdict, worker.report!.verdict]);
    expect(merged.apps[1]!.factors!.map((f) => f.verdict)).toEqual(worker.report!.factors.map((f) => f.verdict));
    const md = readFileSync(path.join(dir, 'report.md'), 'utf8');
    const section = md.slice(md.indexOf('### Apps (2)'));
    const rows = section.split('\n').filter((l) => l.startsWith('| `apps/'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('`apps/api`');
    expect(rows[1]!.split('|').filter((c) => c.trim() !== '')).toHaveLength(14);
  });
});
