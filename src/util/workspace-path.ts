import { lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';

/**
 * Paths from config, inputs or the repository stay inside the workspace or
 * are refused. The repository is hostile: `context: ../..` or a committed
 * symlink `.twelve-factor -> /elsewhere` must not make the auditor read from
 * or write to anywhere else.
 */

/** A path that leaves the workspace. Exit 2: a config or input the user must fix. */
export class PathRefusedError extends Error {
  readonly exitCode = 2;
  constructor(
    /** The config key or input the path came from (`path`, `context`, `dockerfile`, `artifacts`, `config`, `apps`). */
    readonly key: string,
    /** The path as the operating system would resolve it. */
    readonly resolved: string,
    message: string,
  ) {
    super(message);
    this.name = 'PathRefusedError';
  }
}

const MAX_LINK_HOPS = 40;

/**
 * What `p` (absolute) names once every symbolic link on the way is followed,
 * including a dangling last link (whose target a later mkdir would create).
 * Parts that do not exist yet are appended as they are.
 */
export function realPathOf(p: string, hops = { left: MAX_LINK_HOPS }): string {
  const parts = path.resolve(p).split(path.sep).filter(Boolean);
  let current = path.parse(path.resolve(p)).root;
  for (let i = 0; i < parts.length; i++) {
    const next = path.join(current, parts[i]!);
    let isLink = false;
    try {
      isLink = lstatSync(next).isSymbolicLink();
    } catch {
      // Does not exist (yet): nothing further can be a link.
      return path.join(next, ...parts.slice(i + 1));
    }
    if (!isLink) {
      current = next;
      continue;
    }
    if (--hops.left < 0) throw new Error(`too many symbolic links resolving ${p}`);
    const target = readlinkSync(next);
    current = realPathOf(path.resolve(current, target), hops);
  }
  return current;
}

export function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/**
 * `value` resolved against `from` (both inside the workspace), refused when
 * the real path leaves the workspace. Returns the path as written (absolute),
 * so messages and relative paths stay the user's; its real path is inside.
 */
export function resolveInWorkspace(workspace: string, from: string, value: string, key: string): string {
  const abs = path.resolve(from, value);
  const real = realPathOf(abs);
  const realRoot = realPathOf(workspace);
  if (!isInside(real, realRoot)) {
    throw new PathRefusedError(key, real, `${key} "${value}" resolves to ${real}, outside the workspace ${realRoot}; refused`);
  }
  return abs;
}

/**
 * The directory stage and report files are written to. Inside the workspace
 * no part of it below the workspace root may be a symbolic link (a
 * committed `.twelve-factor -> /elsewhere` would redirect writes and the
 * removal of stale stage files). A directory outside the workspace is only
 * accepted when the operator named it (CLI flag, action input, the runner's
 * temp directory), and never when it is itself a symbolic link.
 */
export function resolveArtifactsDir(workspace: string, dir: string, explicit: boolean): string {
  const abs = path.resolve(workspace, dir);
  const root = path.resolve(workspace);
  if (isInside(abs, root)) {
    const realRoot = realPathOf(root);
    const real = realPathOf(abs);
    const expected = path.join(realRoot, path.relative(root, abs));
    if (real !== expected) {
      throw new PathRefusedError('artifacts', real, `artifacts directory ${abs} resolves to ${real} through a symbolic link in the workspace; refused`);
    }
    return abs;
  }
  if (!explicit) {
    throw new PathRefusedError('artifacts', realPathOf(abs), `artifacts directory ${abs} is outside the workspace ${root}; refused`);
  }
  let link = false;
  try {
    link = lstatSync(abs).isSymbolicLink();
  } catch {
    // Not there yet: it will be created as a plain directory.
  }
  if (link) throw new PathRefusedError('artifacts', realPathOf(abs), `artifacts directory ${abs} is a symbolic link (to ${realPathOf(abs)}); refused`);
  return abs;
}
