import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MockGitHub } from '../../support/github-api/server';
import { runAction } from '../../support/run-action';

const root = path.resolve(import.meta.dirname, '../../..');
const HEAD = 'fedcba9876543210fedcba9876543210fedcba98';

function prEvent(number: number, fork = false) {
  return {
    name: 'pull_request',
    payload: {
      action: 'synchronize',
      number,
      pull_request: {
        number,
        head: { sha: HEAD, ref: 'feature', repo: { full_name: fork ? 'mallory/shop' : 'acme/shop', fork } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
      repository: { full_name: 'acme/shop', owner: { login: 'acme' }, name: 'shop' },
    },
  };
}

describe('action entry on a pull request, against the OpenAPI-checked GitHub mock', () => {
  const gh = new MockGitHub();
  let ws: string;
  beforeAll(async () => {
    await gh.start();
    ws = mkdtempSync(path.join(os.tmpdir(), 'tfa-ws-pr-'));
    cpSync(path.join(root, 'examples/node-app'), ws, { recursive: true });
  });
  afterAll(() => gh.stop());

  const run = (token: string, fork = false) =>
    runAction({
      inputs: { command: 'audit', comment: 'true', 'fail-on': 'never', token },
      workspace: ws,
      event: prEvent(7, fork),
      env: { GITHUB_API_URL: gh.url },
    });

  it('creates one sticky comment, then edits it in place on the next run', async () => {
    const first = await run('gha-token');
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(gh.commentsOn(7)).toHaveLength(1);
    const body = gh.commentsOn(7)[0]!.body;
    expect(body).toContain('<!-- twelve-factor-audit:default -->');
    expect(body).toContain(first.summary.trim().split('\n')[0]!.slice(0, 40));

    const second = await run('gha-token');
    expect(second.code).toBe(0);
    expect(gh.commentsOn(7)).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method === 'PATCH' && /\/issues\/comments\/\d+$/.test(r.path))).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it('degrades on a fork token: no crash, report in the summary, a clear note', async () => {
    const r = await run('fork-token', true);
    expect(r.code).toBe(0);
    expect(r.summary).toContain('twelve-factor');
    expect(r.stdout).toMatch(/::notice::.*fork PR: read-only token/);
    expect(gh.violations).toEqual([]);
  });
});
