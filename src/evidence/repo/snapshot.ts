import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { DockerignoreMatcher } from './dockerignore';
import type { Diagnostic } from '../../model/report';
import { helperCount, PARALLEL_MIN_FILES, ScanHelpers } from './content-pool';
import { isUnder, relativeTo } from './paths';
import { type BoundedRead, hasBinaryExtension, MAX_READ_BYTES, type ReadOutcome, readBounded } from './read';

export { MAX_READ_BYTES } from './read';
export { isUnder, relativeTo } from './paths';

/**
 * A read-only view of the repository. Checks never touch the filesystem
 * themselves: they ask the snapshot, which honours .gitignore, never follows
 * symlinks, skips binaries and bounds every read. The file list is held in
 * memory (paths and sizes only); contents are read on demand through a small
 * byte-bounded cache, so a 50,000-file monorepo stays flat in memory.
 */
export interface SnapshotFile {
  /** Path relative to the repository root, forward slashes. */
  path: string;
  size: number;
}

export interface Snapshot {
  /** Absolute repository root. */
  repoRoot: string;
  /** The audited path, relative to the repository root ('.' for the root). */
  appPath: string;
  /** Every file of the repository the walk kept (not ignored, not a symlink). */
  files: SnapshotFile[];
  /** Text of a file (repository-relative path), undefined when absent, binary or unreadable. At most 1 MiB. */
  read(file: string): string | undefined;
  has(file: string): boolean;
  diagnostics: Diagnostic[];
  /** Files under the audited path. */
  appFiles: SnapshotFile[];
  /** Files under a repository-relative folder ('.' for all). */
  filesUnder(dir: string): SnapshotFile[];
  /** True when a directory of that repository-relative path holds at least one kept file. */
  hasDir(dir: string): boolean;
  /** Whether the file stays out of an image built from this context (repository-relative): Docker's own .dockerignore rules, see dockerignore.ts. */
  dockerIgnored(context: string, file: string): boolean;
  /** Whether a `.git` entry exists at the repository root (the walk skips its contents). */
  gitDir: boolean;
  /**
   * The same repository with another audited path: shares the walk, the
   * cache and the diagnostics. `without` leaves folders out of the app's
   * files (other apps nested inside it).
   */
  at(appPath: string, without?: string[]): Snapshot;
}

/** Bytes of file text kept in memory at once; beyond it the least recently read file is dropped. */
const CACHE_BYTES = 16 * 1024 * 1024;
/** Named files per skip-diagnostic kind; the rest are counted. */
const MAX_NAMED_DIAGNOSTICS = 10;
/** Directories never walked: tool caches and package stores, not the app's source. */
const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules', '.twelve-factor', '.hg', '.svn', '__pycache__', '.venv', '.tox', '.mypy_cache', '.pytest_cache']);

export const joinPath = (dir: string, f: string): string => (dir === '.' || dir === '' ? f : `${dir}/${f}`);
export const dirOf = (f: string): string => {
  const i = f.lastIndexOf('/');
  return i < 0 ? '.' : f.slice(0, i);
};
export const baseName = (f: string): string => f.slice(f.lastIndexOf('/') + 1);
export function normaliseAppPath(p: string): string {
  const n = path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\/+/, '').replace(/\/+$/, '');
  return n === '' ? '.' : n;
}

/** A listed file; its size is read on first use (or learnt from a whole read), so the walk costs one readdir per folder and no stat per file. */
class ListedFile implements SnapshotFile {
  private knownSize = -1;
  constructor(
    readonly path: string,
    /** The repository root with a trailing separator: the absolute path is built only when needed. */
    private readonly rootPrefix: string,
  ) {}
  get abs(): string {
    return this.rootPrefix + this.path;
  }
  get size(): number {
    if (this.knownSize < 0) {
      try {
        this.knownSize = lstatSync(this.abs).size;
      } catch {
        this.knownSize = 0;
      }
    }
    return this.knownSize;
  }
  set size(n: number) {
    this.knownSize = n;
  }
}

/**
 * Reads for the content pass: straight from disk, not through the cache
 * (nothing there is read twice), yet recorded like any read (binary,
 * truncated and unreadable files in diagnostics; sizes learnt).
 */
export interface ContentReader {
  /** The repository root with a trailing separator: root + a listed path is its absolute path. */
  rootPrefix: string;
  /** Worker threads started for the content pass (see ScanOptions). */
  helpers?: ScanHelpers;
  /** Reads a listed file (the cached text when another reader already has it), recording nothing: see note(). */
  read(file: string): BoundedRead;
  /** Records a read done by read() or on another thread, unless this file was already read through the cache. */
  note(file: string, outcome: ReadOutcome): void;
}
const READERS = new WeakMap<Snapshot, ContentReader>();
/** The content reader of a snapshot made by scanRepository; undefined for other Snapshot implementations. */
export const readerOf = (snapshot: Snapshot): ContentReader | undefined => READERS.get(snapshot);

class SkipLog {
  private named: string[] = [];
  private count = 0;
  constructor(
    private readonly what: string,
    private readonly severity: Diagnostic['severity'],
  ) {}
  add(file: string): void {
    this.count++;
    if (this.named.length < MAX_NAMED_DIAGNOSTICS) this.named.push(file);
  }
  emit(out: Diagnostic[]): void {
    if (this.count === 0) return;
    const more = this.count > this.named.length ? ` and ${this.count - this.named.length} more` : '';
    out.push({ severity: this.severity, message: `${this.what}: ${this.named.join(', ')}${more}` });
  }
}

interface IgnoreLayer {
  base: string;
  ig: Ignore;
}

function loadIgnore(abs: string): Ignore | undefined {
  try {
    const st = lstatSync(abs);
    if (!st.isFile() || st.size > MAX_READ_BYTES) return undefined;
    return ignore().add(readFileSync(abs, 'utf8'));
  } catch {
    return undefined;
  }
}

function ignoredBy(layers: IgnoreLayer[], rel: string, isDir: boolean): boolean {
  let ignored = false;
  for (const { base, ig } of layers) {
    if (!isUnder(rel, base) || rel === base) continue;
    const sub = relativeTo(rel, base) + (isDir ? '/' : '');
    const r = ig.test(sub);
    if (r.ignored) ignored = true;
    else if (r.unignored) ignored = false;
  }
  return ignored;
}

/** Lists the repository (honouring .gitignore files), never following symlinks. */
function walk(root: string, diagnostics: Diagnostic[], onMany?: { at: number; run: () => void }, exclude: ReadonlySet<string> = new Set()): ListedFile[] {
  const files: ListedFile[] = [];
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;
  const symlinks = new SkipLog('symbolic links not followed', 'info');
  const unreadable = new SkipLog('unreadable paths skipped', 'warning');
  const visit = (absDir: string, relDir: string, layers: IgnoreLayer[]) => {
    let entries: import('node:fs').Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch {
      unreadable.add(relDir);
      return;
    }
    const gi = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? loadIgnore(path.join(absDir, '.gitignore')) : undefined;
    const here = gi ? [...layers, { base: relDir, ig: gi }] : layers;
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const rel = joinPath(relDir, e.name);
      if (e.isSymbolicLink()) {
        symlinks.add(rel);
        continue;
      }
      if (e.isDirectory()) {
        if (ALWAYS_SKIPPED_DIRS.has(e.name) || exclude.has(rel) || ignoredBy(here, rel, true)) continue;
        visit(path.join(absDir, e.name), rel, here);
      } else if (e.isFile()) {
        if (exclude.has(rel) || ignoredBy(here, rel, false)) continue;
        files.push(new ListedFile(rel, rootPrefix));
        if (files.length === onMany?.at) onMany.run();
      }
    }
  };
  visit(root, '.', []);
  symlinks.emit(diagnostics);
  unreadable.emit(diagnostics);
  return files;
}

/** A least-recently-used cache bounded by total string length. */
class TextCache {
  private map = new Map<string, string | null>();
  private bytes = 0;
  get(k: string): string | null | undefined {
    const v = this.map.get(k);
    if (v !== undefined) {
      this.map.delete(k);
      this.map.set(k, v);
    }
    return v;
  }
  set(k: string, v: string | null): void {
    const size = v?.length ?? 0;
    if (size > CACHE_BYTES / 4) return;
    this.map.set(k, v);
    this.bytes += size;
    for (const [key, val] of this.map) {
      if (this.bytes <= CACHE_BYTES) break;
      this.map.delete(key);
      this.bytes -= val?.length ?? 0;
    }
  }
}

export interface ScanOptions {
  /**
   * Let worker threads share the content pass (secrets and signals) of a
   * large repository: started during the walk once it has listed
   * PARALLEL_MIN_FILES files, as many as helperCount() allows. Only worth it
   * when the content pass will run (the audit); off by default.
   */
  contentWorkers?: boolean;
  /** The worker entry (tests point at a freshly bundled one); default: scan-worker.js of the bundle. */
  workerUrl?: URL;
  /**
   * Repository-relative files and folders the walk leaves out: the auditor's
   * own config and artifacts directory, wherever the user put them, are never
   * evidence about the app.
   */
  exclude?: string[];
  /**
   * An earlier scan of the same root with the same `exclude`, whose walk is
   * reused: the new snapshot lists the same files without reading the
   * folders again, and has its own cache, reads and diagnostics.
   */
  listedBy?: Snapshot;
}

/** What a scan's walk found, for a later scan of the same repository (ScanOptions.listedBy). */
interface Listing {
  files: ListedFile[];
  /** The walk's own diagnostics (links not followed, unreadable folders). */
  diagnostics: Diagnostic[];
}
const LISTINGS = new WeakMap<Snapshot, Listing>();

export function scanRepository(repoRoot: string, appPath = '.', options: ScanOptions = {}): Snapshot {
  const root = path.resolve(repoRoot);
  const app = normaliseAppPath(appPath);
  const diagnostics: Diagnostic[] = [];
  let helpers: ScanHelpers | undefined;
  const count = options.contentWorkers ? helperCount() : 0;
  const startHelpers = () => (helpers = ScanHelpers.start(count, options.workerUrl));
  const earlier = options.listedBy ? LISTINGS.get(options.listedBy) : undefined;
  let files: ListedFile[];
  if (earlier) {
    files = earlier.files;
    diagnostics.push(...earlier.diagnostics);
    if (count > 0 && files.length >= PARALLEL_MIN_FILES) startHelpers();
  } else {
    files = walk(root, diagnostics, count > 0 ? { at: PARALLEL_MIN_FILES, run: startHelpers } : undefined, new Set(options.exclude));
  }
  const listing: Listing = { files, diagnostics: [...diagnostics] };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const dirs = new Set<string>();
  let lastDir = '';
  for (const f of files) {
    // The walk lists a folder's files together: only a new folder needs its ancestors added.
    const p = f.path;
    const slash = p.lastIndexOf('/');
    if (slash === lastDir.length && p.startsWith(lastDir)) continue;
    lastDir = slash < 0 ? '' : p.slice(0, slash);
    for (let d = dirOf(p); d !== '.' && !dirs.has(d); d = dirOf(d)) dirs.add(d);
  }
  if (app !== '.' && !dirs.has(app)) {
    diagnostics.push({ severity: 'error', message: `audited path "${app}" holds no files in ${root}`, file: app });
  }
  const appFiles = app === '.' ? files : files.filter((f) => isUnder(f.path, app));

  const cache = new TextCache();
  const binary = new SkipLog('binary files skipped by content rules', 'info');
  const truncated = new SkipLog(`files larger than ${MAX_READ_BYTES / 1024 / 1024} MiB: only their first MiB was read`, 'info');
  const failed = new SkipLog('files that could not be read', 'warning');
  const seenBinary = new Set<string>();
  const seenBig = new Set<string>();

  /** Records what a read found (binary, truncated, unreadable) and returns its text. */
  const noteRead = (entry: ListedFile, r: ReadOutcome): void => {
    const f = entry.path;
    if (r.kind === 'failed') failed.add(f);
    else if (r.kind === 'binary') {
      if (!seenBinary.has(f)) binary.add(f);
      seenBinary.add(f);
    } else {
      if (r.size !== undefined) entry.size = r.size;
      if (r.truncated && !seenBig.has(f)) {
        seenBig.add(f);
        truncated.add(f);
      }
    }
  };

  const readText = (f: string): string | undefined => {
    const entry = byPath.get(f);
    if (!entry) return undefined;
    const hit = cache.get(f);
    if (hit !== undefined) return hit ?? undefined;
    const r: BoundedRead = hasBinaryExtension(f) ? { kind: 'binary' } : readBounded(entry.abs);
    noteRead(entry, r);
    const text = r.kind === 'text' ? r.text : undefined;
    cache.set(f, text ?? null);
    return text;
  };

  const dockerIgnores = new Map<string, DockerignoreMatcher | null>();
  /** The context's .dockerignore as Docker reads it; null when absent or when Docker would refuse it (said once, as a diagnostic). */
  const dockerIgnoreOf = (context: string): DockerignoreMatcher | null => {
    let matcher = dockerIgnores.get(context);
    if (matcher !== undefined) return matcher;
    const file = joinPath(context, '.dockerignore');
    const text = readText(file);
    matcher = null;
    if (text !== undefined) {
      try {
        matcher = DockerignoreMatcher.fromFile(text);
      } catch (e) {
        diagnostics.push({ severity: 'warning', file, message: `${(e as Error).message}: Docker refuses this .dockerignore, so the build fails` });
      }
    }
    dockerIgnores.set(context, matcher);
    return matcher;
  };
  const snapshot: Snapshot = {
    repoRoot: root,
    appPath: app,
    files,
    appFiles,
    diagnostics,
    gitDir: existsSync(path.join(root, '.git')),
    has: (f) => byPath.has(f),
    hasDir: (d) => d === '.' || dirs.has(d),
    filesUnder: (d) => (d === '.' ? files : files.filter((f) => isUnder(f.path, d))),
    read: (f) => readText(f),
    at: () => snapshot,
    dockerIgnored(context, file) {
      if (!isUnder(file, context)) return true;
      const rel = relativeTo(file, context);
      if (rel === '') return false;
      const matcher = dockerIgnoreOf(context);
      return matcher !== null && !matcher.sends(rel);
    },
  };
  let summaries: Diagnostic[] = [];
  const flush = () => {
    // Replace the previous summaries in place: others push parse diagnostics into the same array.
    for (const d of summaries) {
      const i = diagnostics.indexOf(d);
      if (i >= 0) diagnostics.splice(i, 1);
    }
    summaries = [];
    for (const log of [binary, truncated, failed]) log.emit(summaries);
    diagnostics.push(...summaries);
  };
  // Skip summaries grow as checks read files; the getter makes them current whenever someone looks.
  Object.defineProperty(snapshot, 'diagnostics', {
    get() {
      flush();
      return diagnostics;
    },
    enumerable: true,
  });
  snapshot.at = (p: string, without: string[] = []): Snapshot => {
    const next = normaliseAppPath(p);
    if (next === snapshot.appPath && without.length === 0) return snapshot;
    const view = Object.create(snapshot) as Snapshot;
    const mine = next === '.' ? files : files.filter((f) => isUnder(f.path, next));
    Object.defineProperty(view, 'appPath', { value: next, enumerable: true });
    Object.defineProperty(view, 'appFiles', { value: without.length === 0 ? mine : mine.filter((f) => !without.some((w) => isUnder(f.path, w))), enumerable: true });
    const reader = READERS.get(snapshot);
    if (reader) READERS.set(view, reader);
    return view;
  };
  LISTINGS.set(snapshot, listing);
  READERS.set(snapshot, {
    rootPrefix: root.endsWith(path.sep) ? root : root + path.sep,
    ...(helpers ? { helpers } : {}),
    read(f) {
      const entry = byPath.get(f);
      if (!entry) return { kind: 'failed' };
      const hit = cache.get(f);
      if (hit === null) return { kind: 'binary' };
      if (hit !== undefined) return { kind: 'text', text: hit, truncated: false, size: entry.size };
      return hasBinaryExtension(f) ? { kind: 'binary' } : readBounded(entry.abs);
    },
    note(f, r) {
      const entry = byPath.get(f);
      if (entry && cache.get(f) === undefined) noteRead(entry, r);
    },
  });
  return snapshot;
}
