import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCommand } from '../../../src/pipeline/commands';

// The auditor's own files are never evidence about the app: a fixed run port or a probe service's port in
// .twelve-factor.yml (or a config named with --config), and the stage files of an artifacts directory the user
// put inside the repository, once made port binding fail an app that binds $PORT.
const CASE = path.resolve(__dirname, '../../fixtures/repos/cases/auditor-config-is-not-app-config');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'tfa-own-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Report = NonNullable<Awaited<ReturnType<typeof runCommand>>['report']>;
const findings = (report: Report) => report.factors.flatMap((f) => f.findings);
const outcome = (report: Report, check: string) => findings(report).find((f) => f.check === check)?.outcome;
const cited = (report: Report) => findings(report).flatMap((f) => f.evidence.flatMap((e) => (e.kind === 'file' ? [`${f.check} ${e.file}`] : [])));

describe("the auditor's own files", () => {
  it('.twelve-factor.yml (run.port, services[].port) is not app config', async () => {
    const repo = path.join(tmp, 'default');
    cpSync(CASE, repo, { recursive: true });
    const { report } = await runCommand({ command: 'audit', repoRoot: repo });
    expect(outcome(report!, 'port-binding/port-source')).toBe('pass');
    expect(cited(report!).filter((c) => c.includes('twelve-factor'))).toEqual([]);
  });

  it('a config named with --config and an artifacts directory inside the repository are not read, on the second run either', async () => {
    const repo = path.join(tmp, 'custom');
    cpSync(CASE, repo, { recursive: true });
    mkdirSync(path.join(repo, 'ci'));
    writeFileSync(path.join(repo, 'ci/audit.yml'), 'run:\n  port: 8080\nservices:\n  - name: cache\n    image: redis:7\n    port: 6379\n');
    const opts = { command: 'audit' as const, repoRoot: repo, configFile: 'ci/audit.yml', artifacts: 'audit-out' };
    await runCommand(opts);
    const { report } = await runCommand(opts);
    expect(outcome(report!, 'port-binding/port-source')).toBe('pass');
    expect(cited(report!).filter((c) => /ci\/audit\.yml|audit-out\//.test(c))).toEqual([]);
  });
});
