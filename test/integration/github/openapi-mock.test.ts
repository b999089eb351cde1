import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../../src/deliver/github/client';
import { checkRequest } from '../../support/github-api/openapi';
import { MockGitHub } from '../../support/github-api/server';

// The checker is what makes the delivery tests meaningful: it must reject
// what GitHub would reject.
describe('OpenAPI request checker', () => {
  const q = (s = '') => new URLSearchParams(s);

  it('accepts well-formed requests', () => {
    expect(checkRequest('GET', '/repos/o/r/issues/1/comments', q('per_page=100&page=2'), undefined, false).violations).toEqual([]);
    expect(checkRequest('PATCH', '/repos/o/r/check-runs/5', q(), { output: { title: 't', summary: 's' } }, true).violations).toEqual([]);
  });

  it('rejects unknown paths, wrong methods, undeclared or mistyped parameters and bad bodies', () => {
    expect(checkRequest('GET', '/repos/o/r/nonsense', q(), undefined, false).violations[0]).toMatch(/no such path/);
    expect(checkRequest('PUT', '/repos/o/r/issues/1/comments', q(), { body: 'x' }, true).violations[0]).toMatch(/not with method PUT/);
    expect(checkRequest('GET', '/repos/o/r/issues/1/comments', q('perpage=100'), undefined, false).violations[0]).toMatch(/perpage is not declared/);
    expect(checkRequest('GET', '/repos/o/r/issues/abc/comments', q(), undefined, false).violations[0]).toMatch(/issue_number: "abc" is not an integer/);
    expect(checkRequest('GET', '/repos/o/r/issues', q('state=maybe'), undefined, false).violations[0]).toMatch(/not one of/);
    expect(checkRequest('POST', '/repos/o/r/issues/1/comments', q(), {}, true).violations).toContain('body.body: required');
    expect(checkRequest('POST', '/repos/o/r/issues/1/comments', q(), undefined, false).violations[0]).toMatch(/requires a JSON body/);
    const annotations = Array.from({ length: 51 }, () => ({ path: 'a', start_line: 1, end_line: 1, annotation_level: 'warning', message: 'm' }));
    expect(checkRequest('POST', '/repos/o/r/check-runs', q(), { name: 'n', head_sha: 's', output: { title: 't', summary: 's', annotations } }, true).violations).toContain(
      'body.output.annotations: more than 50 items',
    );
    expect(checkRequest('POST', '/repos/o/r/check-runs', q(), { name: 'n', head_sha: 's', conclusion: 'passed' }, true).violations[0]).toMatch(/conclusion: "passed" is not one of/);
  });
});

describe('mock GitHub server', () => {
  let gh: MockGitHub;
  beforeEach(async () => {
    gh = new MockGitHub();
    await gh.start();
  });
  afterEach(() => gh.stop());

  it('answers a schema-invalid request through Octokit with 422 and records the violation', async () => {
    const octokit = createClient({ token: 'gha-token', apiUrl: gh.url, retry: { sleep: async () => {} } });
    await expect(octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'shop', issue_number: 1, body: 42 as unknown as string })).rejects.toMatchObject({
      status: 422,
    });
    expect(gh.violations).toEqual(['POST /repos/acme/shop/issues/1/comments: body.body: expected string, got integer']);
  });

  it('rejects unknown tokens and read-only writes like GitHub', async () => {
    const bad = createClient({ token: 'nope', apiUrl: gh.url, retry: { sleep: async () => {} } });
    await expect(bad.request('GET /user')).rejects.toMatchObject({ status: 401 });
    const fork = createClient({ token: 'fork-token', apiUrl: gh.url, retry: { sleep: async () => {} } });
    await expect(fork.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: 'acme', repo: 'shop', issue_number: 1, body: 'x' })).rejects.toMatchObject({ status: 403 });
    await expect(fork.request('GET /user')).rejects.toMatchObject({ status: 403 });
    expect(gh.violations).toEqual([]);
  });
});
