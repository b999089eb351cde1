import { cpSync, existsSync, globSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Artifacts of one workflow run, as actions/upload-artifact and
 * download-artifact (v4 and later) see them: one store per run, shared by
 * every job, called workflow and attempt of that run; immutable names unless
 * the upload says `overwrite: true`.
 */
export class ArtifactStore {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  names(): string[] {
    return existsSync(this.dir) ? readdirSync(this.dir).sort() : [];
  }

  has(name: string): boolean {
    return existsSync(path.join(this.dir, name));
  }

  /** The files of an artifact, relative to its root. */
  files(name: string): string[] {
    const root = path.join(this.dir, name);
    return globSync('**/*', { cwd: root }).filter((f) => statSync(path.join(root, f)).isFile()).sort();
  }

  path(name: string, file: string): string {
    return path.join(this.dir, name, file);
  }

  /**
   * upload-artifact: `paths` are the `path:` lines (absolute, or relative to
   * the workspace). Returns a message, or throws the action's own failure.
   */
  upload(opts: { name: string; paths: string[]; workspace: string; ifNoFilesFound: string; overwrite: boolean; includeHidden: boolean }): string {
    const patterns = opts.paths.map((p) => path.resolve(opts.workspace, p));
    const searchPaths = [...new Set(patterns.map(searchPathOf))];
    const files = new Set<string>();
    for (const pattern of patterns) {
      const base = searchPathOf(pattern);
      const matches = hasGlob(pattern) ? globSync(path.relative(base, pattern) || '.', { cwd: base }).map((m) => path.join(base, m)) : existsSync(pattern) ? [pattern] : [];
      for (const m of matches) {
        for (const f of statSync(m).isDirectory() ? globSync('**/*', { cwd: m }).map((x) => path.join(m, x)) : [m]) {
          if (!statSync(f).isFile()) continue;
          // include-hidden-files: false leaves out anything under a dot-name below the search path.
          if (!opts.includeHidden && path.relative(base, f).split(path.sep).some((seg) => seg.startsWith('.'))) continue;
          files.add(f);
        }
      }
    }
    if (files.size === 0) {
      const message = `No files were found with the provided path: ${opts.paths.join('\n')}. No artifacts will be uploaded.`;
      if (opts.ifNoFilesFound === 'error') throw new Error(message);
      return message;
    }
    const list = [...files];
    // The artifact's root: the least common ancestor of the search paths; one literal file keeps only its name.
    const root = searchPaths.length > 1 ? lca(searchPaths) : list.length === 1 && searchPaths[0] === list[0] ? path.dirname(list[0]!) : searchPaths[0]!;
    const target = path.join(this.dir, opts.name);
    if (existsSync(target)) {
      if (!opts.overwrite) {
        throw new Error('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
      }
      rmSync(target, { recursive: true, force: true });
    }
    for (const f of list) {
      const rel = path.relative(root, f);
      mkdirSync(path.dirname(path.join(target, rel)), { recursive: true });
      linkOrCopy(f, path.join(target, rel));
    }
    return `Artifact ${opts.name} has been successfully uploaded (${list.length} file${list.length === 1 ? '' : 's'})`;
  }

  /** download-artifact: `name` must exist; a `pattern` may match nothing; each artifact goes to its own folder unless merged. */
  download(opts: { name?: string; pattern?: string; mergeMultiple: boolean; dest: string }): string[] {
    let names: string[];
    if (opts.name) {
      if (!this.has(opts.name)) throw new Error(`Unable to download artifact(s): Artifact '${opts.name}' not found`);
      names = [opts.name];
    } else {
      const re = opts.pattern ? globToRegExp(opts.pattern) : /.*/;
      names = this.names().filter((n) => re.test(n));
    }
    for (const n of names) {
      const into = opts.name || opts.mergeMultiple ? opts.dest : path.join(opts.dest, n);
      for (const f of this.files(n)) {
        mkdirSync(path.dirname(path.join(into, f)), { recursive: true });
        linkOrCopy(path.join(this.dir, n, f), path.join(into, f));
      }
    }
    return names;
  }
}

/**
 * A stored file is never written in place (a re-upload replaces the folder;
 * the action removes or renames a file before writing it anew), so a hard
 * link stands for the copy the service would make, and a 250 MB image
 * tarball moves in no time.
 */
function linkOrCopy(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    cpSync(from, to);
  }
}

const hasGlob = (p: string) => /[*?[\]{}]/.test(p);

/** The literal directory before the first segment with a glob character (what @actions/glob calls the search path). */
function searchPathOf(pattern: string): string {
  if (!hasGlob(pattern)) return pattern;
  const parts = pattern.split(path.sep);
  const i = parts.findIndex(hasGlob);
  return parts.slice(0, i).join(path.sep) || path.sep;
}

function lca(paths: string[]): string {
  const split = paths.map((p) => path.normalize(p).split(path.sep));
  const out: string[] = [];
  for (let i = 0; split.every((s) => i < s.length && s[i] === split[0]![i]); i++) out.push(split[0]![i]!);
  return out.join(path.sep) || path.sep;
}

/** minimatch for artifact names: `*` and `?` within a name (names hold no slashes). */
function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
}
