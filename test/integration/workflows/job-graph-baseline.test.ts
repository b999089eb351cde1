import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtifactStore } from '../../support/workflow-harness/artifacts';
import { artifactFiles, BASE_SHA, baseRepo, expectCleanImage, gh, jobResult, logOf, prPayload, readdirNames, run, setupScenarios, variant, workDir } from '../../support/workflow-harness/scenarios';

/**
 * The automatic baseline through the reusable workflow as a graph of jobs
 * (test/support/workflow-harness): the push run of the base branch leaves
 * its report artifact; a pull request's report job finds it through the
 * Actions API (the OpenAPI-checked mock, with GitHub's redirect to storage)
 * and lists the regression; once that artifact has expired, a re-run of the
 * report job fetches the base commit with git, outside the workspace, and
 * compares with a static audit of it.
 */
setupScenarios(700);

const LEAKED_KEY = 'AKIAZ7Q4XW2LM3NB5TRV';

describe('the reusable workflow as a graph of jobs: the automatic baseline', () => {
  it('a pull request that leaks a key regresses against its base commit: the push run\'s report, then a static audit of the base commit', async () => {
    // The base branch's own run (workflows/twelve-factor-push.yml on a push of the base commit).
    const push = await run('workflows/twelve-factor-push.yml', { name: 'push', payload: { ref: 'refs/heads/main', after: BASE_SHA, repository: { full_name: 'acme/shop' } } }, { repo: baseRepo() });
    expect(jobResult(push.result, 'twelve-factor/report'), logOf(push.result)).toBe('success');
    const baseRun = gh.seedWorkflowRun({ id: push.runId, event: 'push', head_sha: BASE_SHA, head_branch: 'main', artifacts: { 'tfa-report__default': artifactFiles(push.store, 'tfa-report__default') } });

    const caller = path.join(workDir(), 'regression.yml');
    writeFileSync(
      caller,
      'name: twelve-factor\non: pull_request\npermissions: {}\njobs:\n  twelve-factor:\n    permissions: { contents: read, pull-requests: write, actions: read }\n    uses: twelve-factor-audit/twelve-factor-audit/.github/workflows/twelve-factor.yml@v1\n    with: { fail-on: regression }\n',
    );
    const leaked = variant('repo-leaked-key', 'd'.repeat(40), (dir) => writeFileSync(path.join(dir, 'src/aws.js'), `export const aws = { accessKeyId: '${LEAKED_KEY}' };\n`));
    const store = new ArtifactStore(path.join(workDir(), 'artifacts-baseline-pr'));
    const first = await run(caller, { name: 'pull_request', payload: prPayload(9) }, { repo: leaked, store, runId: 790 });
    // fail-on: regression fails the report job on the one regression, not on the base's own state.
    expect(jobResult(first.result, 'twelve-factor/report'), logOf(first.result)).toBe('failure');
    for (const job of ['audit-build', 'release', 'run']) expect(jobResult(first.result, `twelve-factor/${job}`), job).toBe('success');
    const report1 = JSON.parse(readFileSync(store.path('tfa-report__default', 'report.json'), 'utf8'));
    expect(report1.baseline.source).toBe(`the base commit ${BASE_SHA.slice(0, 7)} (artifact tfa-report__default of run ${baseRun.id})`);
    expect(report1.baseline.regressions.map((r: { check: string }) => r.check)).toEqual(['config/committed-secrets']);
    expect(report1.baseline.fixes).toEqual([]);
    expect(report1.gate.exitCode).toBe(1);
    const comments = gh.commentsOn(9);
    expect(comments, logOf(first.result)).toHaveLength(1);
    const body1 = comments[0]!.body;
    expect(body1).toContain('**Against the base branch:** 1 regression, 0 fixes');
    expect(body1).toContain('🔻 regression `config/committed-secrets`: pass → fail');
    expect(body1).not.toContain(LEAKED_KEY);
    expect(gh.requests.filter((r) => r.operationId === 'actions/download-artifact').map((r) => r.status)).toEqual([302]);

    // The artifact expires (retention-days); "Re-run failed jobs" runs the report job again.
    for (const a of baseRun.artifacts) a.expired = true;
    const second = await run(caller, { name: 'pull_request', payload: prPayload(9) }, { repo: leaked, store, runId: 790, attempt: 2, previous: first.result });
    expect(jobResult(second.result, 'twelve-factor/report'), logOf(second.result)).toBe('failure');
    expect(second.result.jobs.get('twelve-factor/audit-build')!.workspace).toBe(first.result.jobs.get('twelve-factor/audit-build')!.workspace);
    const report2 = JSON.parse(readFileSync(store.path('tfa-report__default', 'report.json'), 'utf8'));
    expect(report2.baseline.source).toBe(`a static audit of the base commit ${BASE_SHA.slice(0, 7)}`);
    expect(report2.baseline.regressions.map((r: { check: string }) => r.check)).toEqual(['config/committed-secrets']);
    expect(report2.diagnostics.map((d: { message: string }) => d.message)).toContainEqual(expect.stringContaining(`no unexpired artifact tfa-report__default in the runs of main at ${BASE_SHA.slice(0, 12)}`));
    const after = gh.commentsOn(9);
    expect(after).toHaveLength(1);
    expect(after[0]!.body).toContain(`### Against the base branch (a static audit of the base commit ${BASE_SHA.slice(0, 7)})`);
    // The report job checked out nothing into its workspace and left no base checkout in its temp directory.
    const reportJob = second.result.jobs.get('twelve-factor/report')!;
    expect(readdirNames(reportJob.workspace!)).toEqual([]);
    expect(readdirSync(reportJob.runnerTemp!).filter((n) => n.startsWith('twelve-factor-base-'))).toEqual([]);
    await expectCleanImage(store, 'default');
  }, 400_000);
});
