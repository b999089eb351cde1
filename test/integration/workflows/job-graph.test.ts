import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArtifactStore } from '../../support/workflow-harness/artifacts';
import { expectCleanImage, gh, jobResult, logOf, prPayload, run, setupScenarios, workDir } from '../../support/workflow-harness/scenarios';

/**
 * The reusable workflow and the caller examples run as a graph of jobs on
 * this machine (test/support/workflow-harness): each job in a fresh
 * directory, artifacts with the service's rules, the action as `node
 * dist/action.js`, GitHub as the OpenAPI- and GraphQL-schema-checked mock.
 * Each scenario asserts what was posted, which artifacts exist, and that the
 * audited image holds nothing of the auditor. (pull request audit and re-run; the other scenarios are in job-graph-calls.test.ts)
 */
setupScenarios(100);

describe('the reusable workflow as a graph of jobs: a pull request', () => {
  it('a pull request audit of the example app: one sticky comment, every stage artifact, a clean image', async () => {
    const { result, store } = await run('workflows/twelve-factor-pr.yml', { name: 'pull_request', payload: prPayload(5) });
    for (const job of ['discover', 'audit-build', 'release', 'run', 'report']) expect(jobResult(result, `twelve-factor/${job}`), `${job}\n${logOf(result)}`).not.toBe('skipped');
    for (const job of ['discover', 'audit-build', 'release', 'run']) expect(jobResult(result, `twelve-factor/${job}`), `${job}\n${logOf(result)}`).toBe('success');
    const comments = gh.commentsOn(5);
    expect(comments, logOf(result)).toHaveLength(1);
    expect(comments[0]!.body.startsWith('<!-- twelve-factor-audit:default -->')).toBe(true);
    expect(comments[0]!.body).toMatch(/run/);
    expect(store.names()).toEqual(['tfa-image__default__app', 'tfa-report__default', 'tfa__default__app__build', 'tfa__default__app__release', 'tfa__default__app__run']);
    expect(store.files('tfa__default__app__run')).toEqual(['app/runtime.json']);
    expect(store.files('tfa-report__default')).toEqual(expect.arrayContaining(['report.json', 'report.md', 'report.sarif']));
    await expectCleanImage(store, 'default');
  }, 300_000);

  it('"Re-run failed jobs" after run failed: run and report run again, overwrite their artifacts and update the comment', async () => {
    const store = new ArtifactStore(path.join(workDir(), 'artifacts-rerun'));
    const first = await run('workflows/twelve-factor-pr.yml', { name: 'pull_request', payload: prPayload(6) }, {
      store,
      runId: 190,
      // The run job's engine is gone in the first attempt.
      jobEnv: (key) => (key === 'twelve-factor/run' ? { DOCKER_HOST: 'unix:///tmp/tfa-no-such-docker.sock' } : undefined),
    });
    expect(jobResult(first.result, 'twelve-factor/run'), logOf(first.result)).toBe('failure');
    expect(jobResult(first.result, 'twelve-factor/report')).not.toBe('skipped');
    expect(gh.commentsOn(6)).toHaveLength(1);
    const before = gh.commentsOn(6)[0]!.body;
    expect(before).toMatch(/run failed|not verified|not-verified/i);
    expect(store.names()).toContain('tfa-report__default');

    const second = await run('workflows/twelve-factor-pr.yml', { name: 'pull_request', payload: prPayload(6) }, { store, runId: 190, attempt: 2, previous: first.result });
    expect(jobResult(second.result, 'twelve-factor/run'), logOf(second.result)).toBe('success');
    // The build was not repeated: its job kept the first attempt's directory.
    expect(second.result.jobs.get('twelve-factor/audit-build')!.workspace).toBe(first.result.jobs.get('twelve-factor/audit-build')!.workspace);
    expect(logOf(second.result)).not.toMatch(/409/);
    const after = gh.commentsOn(6);
    expect(after).toHaveLength(1);
    expect(after[0]!.body, logOf(second.result)).not.toBe(before);
    await expectCleanImage(store, 'default');
  }, 300_000);
});
