import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanImage, gh, jobResult, logOf, PR_HEAD, prPayload, readdirNames, run, setupScenarios, variant, workDir } from '../../support/workflow-harness/scenarios';

/**
 * The reusable workflow and the caller examples run as a graph of jobs on
 * this machine (test/support/workflow-harness): each job in a fresh
 * directory, artifacts with the service's rules, the action as `node
 * dist/action.js`, GitHub as the OpenAPI- and GraphQL-schema-checked mock.
 * Each scenario asserts what was posted, which artifacts exist, and that the
 * audited image holds nothing of the auditor. (several calls, the fork pair, the scheduled audit; see also job-graph.test.ts)
 */
setupScenarios(500);

describe('the reusable workflow as a graph of jobs: calls, forks, schedules', () => {
  it('two calls in one workflow run: artifacts apart, two sticky comments, no collision', async () => {
    const caller = path.join(workDir(), 'two-calls.yml');
    writeFileSync(
      caller,
      `name: two calls\non: pull_request\npermissions: {}\njobs:\n${['api', 'web']
        .map(
          (key) =>
            `  ${key}:\n    permissions: { contents: read, pull-requests: write }\n    uses: twelve-factor-audit/twelve-factor-audit/.github/workflows/twelve-factor.yml@v1\n    with: { path: ., comment-key: ${key}, fail-on: never }\n`,
        )
        .join('')}`,
    );
    const { result, store } = await run(caller, { name: 'pull_request', payload: prPayload(7) });
    expect(jobResult(result, 'api'), logOf(result)).toBe('success');
    expect(jobResult(result, 'web'), logOf(result)).toBe('success');
    const bodies = gh.commentsOn(7).map((c) => c.body.split('\n')[0]);
    expect(bodies.sort()).toEqual(['<!-- twelve-factor-audit:api -->', '<!-- twelve-factor-audit:web -->']);
    for (const call of ['api', 'web']) {
      expect(store.names()).toEqual(expect.arrayContaining([`tfa__${call}__app__build`, `tfa__${call}__app__release`, `tfa__${call}__app__run`, `tfa-report__${call}`]));
      // Each report job downloaded only its own call's files: one app folder, no other call's.
      const reportJob = result.jobs.get(`${call}/report`)!;
      expect(readdirNames(path.join(reportJob.runnerTemp!, 'twelve-factor/stages'))).toEqual(['app', 'report.json', 'report.md', 'report.sarif']);
    }
    await expectCleanImage(store, 'api');
  }, 300_000);

  it('the fork pair: the audit uploads with a read-only token, the workflow_run comment posts on the fork PR', async () => {
    gh.pulls.push({ number: 8, state: 'open', headSha: PR_HEAD, headRef: 'feature', headOwner: 'forker' });
    const audit = await run('workflows/twelve-factor-fork-audit.yml', { name: 'pull_request', payload: prPayload(8, true) }, { token: 'fork-token' });
    expect(jobResult(audit.result, 'audit'), logOf(audit.result)).not.toBe('skipped');
    expect(audit.store.names()).toEqual(['tfa__default__app__stages']);
    expect(audit.store.files('tfa__default__app__stages')).toEqual(['app/build.json', 'app/release.json', 'app/runtime.json', 'app/static.json']);
    expect(gh.commentsOn(8)).toHaveLength(0);

    const payload = {
      action: 'completed',
      workflow_run: {
        id: audit.runId,
        event: 'pull_request',
        conclusion: jobResult(audit.result, 'audit'),
        head_sha: PR_HEAD,
        head_branch: 'feature',
        head_repository: { full_name: 'forker/shop', owner: { login: 'forker' } },
        pull_requests: [],
      },
      repository: { full_name: 'acme/shop' },
    };
    const comment = await run('workflows/twelve-factor-fork-comment.yml', { name: 'workflow_run', payload }, { otherRuns: new Map([[audit.runId, audit.store]]) });
    expect(jobResult(comment.result, 'comment'), logOf(comment.result)).toBe('success');
    // The comment job checked out nothing.
    expect(readdirNames(comment.result.jobs.get('comment')!.workspace!)).toEqual([]);
    const posted = gh.commentsOn(8);
    expect(posted, logOf(comment.result)).toHaveLength(1);
    expect(posted[0]!.body).toContain(`https://github.com/acme/shop/blob/${PR_HEAD}/`);
  }, 300_000);

  it('a scheduled audit opens one tracking issue while a factor fails and closes it once everything passes', async () => {
    const schedule = { name: 'schedule', payload: { schedule: '17 6 * * 1', repository: { full_name: 'acme/shop' } } };
    const tracking = () => gh.issues.filter((i) => i.labels.includes('twelve-factor-audit'));
    // A commit that leaks a cloud key: factor III fails.
    const leaked = variant('repo-leaked-key', 'c'.repeat(40), (dir) => writeFileSync(path.join(dir, 'src/aws.js'), `export const aws = { accessKeyId: '${LEAKED_KEY}' };\n`));
    const failing = await run('workflows/twelve-factor-scheduled.yml', schedule, { repo: leaked });
    expect(jobResult(failing.result, 'twelve-factor/report'), logOf(failing.result)).toBe('success');
    expect(tracking(), logOf(failing.result)).toHaveLength(1);
    const opened = { ...tracking()[0]! };
    expect(opened.state).toBe('open');
    expect(opened.body.startsWith('<!-- twelve-factor-audit:default -->')).toBe(true);
    expect(opened.body).toContain('config/committed-secrets');
    expect(opened.body).toContain('src/aws.js:1');
    expect(opened.body).not.toContain(LEAKED_KEY);
    expect(failing.store.names()).toContain('tfa-report__default');
    await expectCleanImage(failing.store, 'default');

    // The key is gone and every factor passes or is n/a: the same issue is closed, none is opened.
    const passing = await run('workflows/twelve-factor-scheduled.yml', schedule);
    expect(jobResult(passing.result, 'twelve-factor/report'), logOf(passing.result)).toBe('success');
    expect(tracking()).toHaveLength(1);
    expect(tracking()[0]).toMatchObject({ number: opened.number, state: 'closed', state_reason: 'completed' });
    // The closed issue carries the passing report: the leak is no longer in it.
    expect(tracking()[0]!.body).not.toContain('src/aws.js');
    expect(tracking()[0]!.body).not.toBe(opened.body);
  }, 300_000);
});

const LEAKED_KEY = 'AKIAZ7Q4XW2LM3NB5TRV';
