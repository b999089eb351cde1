import { execFileSync } from 'node:child_process';

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
