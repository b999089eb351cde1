import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReportSchema } from '../../../src/model/report';
import { runAction } from '../../support/run-action';

const root = path.resolve(import.meta.dirname, '../../..');

function workspace(mutate?: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-ws-'));
  // Without files an earlier local run may have left in the example (they are git-ignored).
  cpSync(path.join(root, 'examples/node-app'), dir, { recursive: true, filter: (src) => path.basename(src) !== '.twelve-factor' });
  mutate?.(dir);
  return dir;
}

describe('action entry run like the runner runs it (node dist/action.js)', () => {
  it('static audit on push: sets outputs, writes the job summary and report files', async () => {
    const ws = workspace();
    const r = await runAction({ inputs: { command: 'audit', comment: 'false', 'fail-on': 'never' }, workspace: ws });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.outputs.verdict).toMatch(/^(pass|warn|fail|error|not-verified)$/);
    for (const k of ['passed', 'warned', 'failed', 'errored', 'not-verified']) expect(r.outputs[k]).toMatch(/^\d+$/);
    const counted = ['passed', 'warned', 'failed', 'errored', 'not-verified'].reduce((n, k) => n + Number(r.outputs[k]), 0);
    expect(counted).toBeLessThanOrEqual(12);
    const report = ReportSchema.parse(JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')));
    expect(report.factors).toHaveLength(12);
    expect(String(report.summary.pass)).toBe(r.outputs.passed);
    // Stage and report files go to the runner's temp directory; the workspace (the build context) stays as it was.
    expect(r.outputs['report-path']).toMatch(/tfa-runner-[^/]+\/twelve-factor-audit\/default\/report\.json$/);
    expect(existsSync(path.join(ws, '.twelve-factor'))).toBe(false);
    expect(existsSync(r.outputs['sarif-path']!)).toBe(true);
    expect(r.summary).toContain('twelve-factor');
    expect(r.summary).toBe(readFileSync(r.outputs['markdown-path']!, 'utf8').replace(/\n?$/, '\n'));
    expect(r.state['run-id']).toMatch(/^gha-4242-1-/);
  });

  it('fails the step under fail-on: fail when a factor fails', async () => {
    // A .env that .gitignore does not exclude is committed, and the app loads the key in it by default.
    const ws = workspace((dir) => {
      writeFileSync(path.join(dir, '.gitignore'), 'node_modules/\n');
      writeFileSync(path.join(dir, '.env'), 'API_KEY=k7Lq2Zp9Wx4Vn8Rt3Yb6\n');
    });
    const r = await runAction({ inputs: { command: 'audit', comment: 'false', 'fail-on': 'fail' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::twelve-factor-audit: verdict fail/);
    expect(r.outputs.verdict).toBe('fail');
  });

  it('reports a bad input value as a failed step, not a crash', async () => {
    const r = await runAction({ inputs: { command: 'audit', comment: 'maybe' }, workspace: workspace() });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::.*input "comment" must be true or false/);
  });

  it('reports a malformed config with file:line:col', async () => {
    const ws = workspace((dir) => writeFileSync(path.join(dir, '.twelve-factor.yml'), 'run:\n  boot-timeout: soon\n'));
    const r = await runAction({ inputs: { command: 'audit', comment: 'false' }, workspace: ws });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('.twelve-factor.yml:2:17: run.boot-timeout: expected number, received string');
  });

  it('folds each stage into a log group with its duration', async () => {
    const r = await runAction({ inputs: { command: 'audit', comment: 'false', 'fail-on': 'never' }, workspace: workspace() });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::group::twelve-factor-audit: static audit$/m);
    expect(r.stdout).toMatch(/^static audit done in \d+\.\d s$/m);
    expect(r.stdout).toMatch(/^::endgroup::$/m);
  });

  it('release after a failed build does nothing and says so, leaving the failure for the report', async () => {
    const ws = workspace();
    const stages = mkdtempSync(path.join(os.tmpdir(), 'tfa-stages-'));
    writeFileSync(
      path.join(stages, 'build.json'),
      JSON.stringify({
        schemaVersion: 1,
        tool: { name: 'twelve-factor-audit', version: '0.1.0' },
        stage: 'build',
        dockerfile: 'Dockerfile',
        context: '.',
        startedAt: new Date().toISOString(),
        status: 'failed',
        labels: {},
        builder: 'buildkit',
        durationMs: 5,
        error: { message: 'RUN npm ci failed', logTail: [] },
      }),
    );
    for (const command of ['release', 'run']) {
      const r = await runAction({ inputs: { command, artifacts: stages, comment: 'false' }, workspace: ws });
      expect(r.code, `${command}: ${r.stdout}`).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`::notice::twelve-factor-audit: the build failed \\(RUN npm ci failed\\); nothing to ${command}`));
      expect(existsSync(path.join(stages, 'release.json'))).toBe(false);
    }
  });
});
