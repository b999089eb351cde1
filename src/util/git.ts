import { execFile, execFileSync } from 'node:child_process';

/** The commit checked out at `dir`, or undefined outside a git work tree. */
export function headCommit(dir: string): string | undefined {
  if (process.env.GITHUB_SHA && /^[0-9a-f]{40}$/.test(process.env.GITHUB_SHA)) return process.env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
  } catch {
    return undefined;
  }
}

/** The repository root containing `dir`, or `dir` itself outside git. */
export function repoRootOf(dir: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
      .toString()
      .trim();
  } catch {
    return dir;
  }
}

interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** git with an argument array, never a shell string, killed after `timeoutMs` (a stalled fetch must not hold the job). */
function runGit(args: string[], opts: { cwd: string; env: Record<string, string>; timeoutMs: number }): Promise<GitResult> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd: opts.cwd, env: opts.env, timeout: opts.timeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ exitCode: code, stdout: String(stdout), stderr: `${String(stderr)}${error?.killed ? `\ngit ${args[0]} killed after ${opts.timeoutMs} ms` : ''}` });
    });
  });
}

/** The value git sends as `Authorization: basic …` for a token, the form actions/checkout uses (mask it in logs). */
export function basicAuthValue(token: string): string {
  return Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
}

export interface CheckoutCommitOptions {
  /** Where the commit is fetched from: the server's repository URL, or a local repository that holds it. */
  source: string;
  /** A full commit id (40 or 64 hex digits): a name could be moved by whoever controls the source. */
  commit: string;
  /** An empty directory outside the audited workspace; the commit's tree is checked out here with its own .git. */
  dest: string;
  /** Sent as an Authorization header to the source's origin only, through the environment, never on the command line. */
  token?: string;
  timeoutMs?: number;
}

/**
 * One commit's tree in a directory of its own: a fresh repository, a
 * shallow fetch of exactly that commit and a detached checkout. Nothing of
 * the caller's repository is touched, no hook runs and Git LFS content is
 * left as pointers. Throws with git's own words when the commit cannot be had.
 */
export async function checkoutCommit(opts: CheckoutCommitOptions): Promise<void> {
  if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(opts.commit)) throw new Error(`"${opts.commit}" is not a full commit id`);
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const config: [string, string][] = [
    ['core.hooksPath', '/dev/null'],
    ['advice.detachedHead', 'false'],
    // A stalled transfer ends instead of holding the job until its timeout.
    ['http.lowSpeedLimit', '1000'],
    ['http.lowSpeedTime', '60'],
  ];
  if (opts.token && /^https?:\/\//.test(opts.source)) {
    config.push([`http.${new URL(opts.source).origin}/.extraheader`, `AUTHORIZATION: basic ${basicAuthValue(opts.token)}`]);
  }
  const env = gitEnv(config);
  const run = async (args: string[]) => {
    const r = await runGit(args, { cwd: opts.dest, env, timeoutMs });
    if (r.exitCode !== 0) throw new Error(`git ${args[0]} failed (exit ${r.exitCode}): ${lastLine(r.stderr) || lastLine(r.stdout)}`);
    return r.stdout;
  };
  await run(['init', '--quiet', '.']);
  await run(['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', '--depth=1', opts.source, opts.commit]);
  await run(['checkout', '--quiet', '--detach', opts.commit]);
  const head = (await run(['rev-parse', 'HEAD'])).trim();
  if (head !== opts.commit) throw new Error(`checked out ${head}, not ${opts.commit}`);
}

/** The caller's environment plus config entries passed the way git reads them from the environment (GIT_CONFIG_COUNT). */
function gitEnv(entries: [string, string][]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  const start = Number(env.GIT_CONFIG_COUNT) > 0 ? Number(env.GIT_CONFIG_COUNT) : 0;
  entries.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${start + i}`] = key;
    env[`GIT_CONFIG_VALUE_${start + i}`] = value;
  });
  env.GIT_CONFIG_COUNT = String(start + entries.length);
  // Never ask for credentials, never fetch LFS objects: a static audit reads the pointers.
  env.GIT_TERMINAL_PROMPT = '0';
  env.GIT_LFS_SKIP_SMUDGE = '1';
  return env;
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter(Boolean).at(-1)?.slice(0, 300) ?? '';
}

/** What `git show <rev>:<file>` found: the text, no such file at that revision, or why it could not be read. */
export type FileAtRevision = { kind: 'text'; text: string } | { kind: 'absent' } | { kind: 'unreadable'; problem: string };

const git = (dir: string, args: string[], timeout = 10_000) =>
  execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], timeout, maxBuffer: 4 * 1024 * 1024 }).toString();

/**
 * A file as committed at `rev` (a sha or ref), relative to `dir`: the trusted
 * side of a pull request (its base commit) read without checking it out.
 * When the commit is not in a shallow clone it is fetched from `origin` at
 * depth 1 once. Only a regular file (mode 100644/100755) of at most
 * `maxBytes` is read; a symlink or anything larger is `unreadable`.
 */
export function fileAtRevision(dir: string, rev: string, file: string, maxBytes: number): FileAtRevision {
  if (!/^[\w./-]+$/.test(rev) || rev.startsWith('-')) return { kind: 'unreadable', problem: `"${rev}" is not a revision` };
  const rel = `./${file.split('\\').join('/').replace(/^\.\/+/, '')}`;
  try {
    git(dir, ['cat-file', '-e', `${rev}^{commit}`]);
  } catch {
    try {
      // A checkout made for a pull request usually holds only the merge commit; the base is one fetch away.
      git(dir, ['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', rev], 60_000);
      git(dir, ['cat-file', '-e', `${rev}^{commit}`]);
    } catch (e) {
      return { kind: 'unreadable', problem: `commit ${rev} is not in the checkout and could not be fetched (${firstLine(e)})` };
    }
  }
  let entry: string;
  try {
    entry = git(dir, ['ls-tree', rev, '--', rel]).trim();
  } catch (e) {
    return { kind: 'unreadable', problem: firstLine(e) };
  }
  if (!entry) return { kind: 'absent' };
  const mode = entry.split(' ')[0];
  if (mode !== '100644' && mode !== '100755') return { kind: 'unreadable', problem: `${file} at ${rev} is not a regular file (mode ${mode})` };
  try {
    const size = Number(git(dir, ['cat-file', '-s', `${rev}:${rel}`]).trim());
    if (!(size <= maxBytes)) return { kind: 'unreadable', problem: `${file} at ${rev} is ${size} bytes; the limit is ${maxBytes}` };
    return { kind: 'text', text: git(dir, ['show', `${rev}:${rel}`]) };
  } catch (e) {
    return { kind: 'unreadable', problem: firstLine(e) };
  }
}

/** True when `dir` lies inside a git work tree. */
export function isWorkTree(dir: string): boolean {
  try {
    return git(dir, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
  } catch {
    return false;
  }
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: Buffer | string; message?: string };
  const text = (err.stderr ? err.stderr.toString() : '') || err.message || String(e);
  return text.trim().split('\n')[0] ?? '';
}
