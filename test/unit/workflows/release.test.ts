import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string;
  if?: string;
  permissions: Record<string, string>;
  steps: Step[];
}
const workflow = parseYaml(read('.github/workflows/release.yml')) as { on: { push: { tags: string[] } } & Record<string, unknown>; jobs: Record<string, Job> };
const release = workflow.jobs.release!;
const stepNamed = (name: RegExp) => release.steps.find((s) => name.test(s.name ?? ''))!;

/** GitHub's filter pattern syntax, for the characters the tag filter uses: `[...]`, `+` and literal dots. */
const filterMatches = (pattern: string, ref: string) => new RegExp(`^${pattern.replace(/\./g, '\\.')}$`).test(ref);

describe('release workflow', () => {
  it('runs only for a pushed version tag', () => {
    expect(Object.keys(workflow.on)).toEqual(['push']);
    expect(Object.keys(workflow.on.push)).toEqual(['tags']);
    const [pattern] = workflow.on.push.tags;
    for (const tag of ['v1.0.0', 'v1.2.3', 'v12.0.10']) expect(filterMatches(pattern!, tag), tag).toBe(true);
    for (const tag of ['v1', 'v1.2', 'v1.2.3-rc.1', '1.2.3', 'latest']) expect(filterMatches(pattern!, tag), tag).toBe(false);
  });

  it('releases only what main holds, bundled as committed, with notes from the changelog', () => {
    expect(release.permissions).toEqual({ contents: 'write' });
    const runs = release.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('git merge-base --is-ancestor HEAD origin/main');
    expect(runs).toContain('npm run check:dist');
    expect(runs).toContain('node scripts/release-notes.mjs "$GITHUB_REF_NAME"');
    expect(release.steps[0]!.with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
    // Publishing to npm is opt-in and holds no write permission on the repository.
    expect(workflow.jobs.npm).toMatchObject({ needs: 'release', if: "vars.NPM_PUBLISH == 'true'", permissions: { contents: 'read', 'id-token': 'write' } });
  });

  describe('its shell steps, run with a gh that records its calls', () => {
    function runStep(step: Step, opts: { tag: string; existing: string[] }) {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-release-'));
      const repo = path.join(dir, 'repo');
      mkdirSync(repo);
      const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
      git('init', '-q');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '--allow-empty', '-m', 'release');
      git('-c', 'user.name=t', '-c', 'user.email=t@example.org', 'tag', '-a', opts.tag, '-m', opts.tag);
      const bin = path.join(dir, 'bin');
      mkdirSync(bin);
      // `gh release view X` and `gh api .../git/ref/tags/X` answer 0 only for what "exists" on the fake remote.
      writeFileSync(
        path.join(bin, 'gh'),
        `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >> "$GH_LOG"\nfor e in $GH_EXISTING; do\n  [[ "$*" == "release view $e" || "$*" == "api repos/o/r/git/ref/tags/$e" ]] && exit 0\ndone\n[[ "$1 $2" == "release view" || "$*" == api\\ repos/o/r/git/ref/tags/* ]] && exit 1\nexit 0\n`,
      );
      chmodSync(path.join(bin, 'gh'), 0o755);
      const log = path.join(dir, 'gh.log');
      writeFileSync(log, '');
      // The runner's own invocation for `run:` steps.
      writeFileSync(path.join(dir, 'step.sh'), step.run!);
      const r = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', path.join(dir, 'step.sh')], {
        cwd: repo,
        encoding: 'utf8',
        env: {
          PATH: `${bin}:${process.env.PATH}`,
          GITHUB_REF_NAME: opts.tag,
          GITHUB_REPOSITORY: 'o/r',
          RUNNER_TEMP: dir,
          GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
          GH_LOG: log,
          GH_EXISTING: opts.existing.join(' '),
        },
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      return { calls: readFileSync(log, 'utf8').trim().split('\n'), sha: git('rev-parse', 'HEAD'), dir };
    }

    it('creates the major tag at the released commit (not the tag object) the first time', () => {
      const { calls, sha, dir } = runStep(stepNamed(/major tag/), { tag: 'v1.0.0', existing: [] });
      expect(calls).toEqual(['api repos/o/r/git/ref/tags/v1', `api --method POST repos/o/r/git/refs -f ref=refs/tags/v1 -f sha=${sha}`]);
      expect(readdirSync(dir)).toContain('summary.md');
    });

    it('moves an existing major tag, and a new major starts its own', () => {
      const moved = runStep(stepNamed(/major tag/), { tag: 'v1.4.2', existing: ['v1'] });
      expect(moved.calls[1]).toBe(`api --method PATCH repos/o/r/git/refs/tags/v1 -f sha=${moved.sha} -F force=true`);
      const next = runStep(stepNamed(/major tag/), { tag: 'v2.0.0', existing: ['v1'] });
      expect(next.calls[1]).toMatch(/^api --method POST repos\/o\/r\/git\/refs -f ref=refs\/tags\/v2 /);
    });

    it('creates the release once; a re-run rewrites its notes', () => {
      const first = runStep(stepNamed(/GitHub release/), { tag: 'v1.0.0', existing: [] });
      expect(first.calls[1]).toBe(`release create v1.0.0 --verify-tag --title v1.0.0 --notes-file ${first.dir}/release-notes.md`);
      const again = runStep(stepNamed(/GitHub release/), { tag: 'v1.0.0', existing: ['v1.0.0'] });
      expect(again.calls[1]).toBe(`release edit v1.0.0 --notes-file ${again.dir}/release-notes.md`);
    });
  });
});

describe('what the README tells users to write matches what a release makes', () => {
  const major = `v${(JSON.parse(read('package.json')) as { version: string }).version.split('.')[0]}`;
  const docs = ['README.md', 'workflows/README.md', ...readdirSync(path.join(ROOT, 'workflows')).filter((f) => f.endsWith('.yml')).map((f) => `workflows/${f}`)];

  it(`every reference to this action or its reusable workflow is @${major}`, () => {
    let refs = 0;
    for (const rel of docs) {
      for (const m of read(rel).matchAll(/twelve-factor-audit\/twelve-factor-audit(\/[^@\s]*)?@([^\s`'"]+)/g)) {
        refs++;
        expect(m[2], `${rel}: ${m[0]}`).toBe(major);
      }
    }
    expect(refs).toBeGreaterThanOrEqual(8);
  });
});
