import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import tarStream from 'tar-stream';
import { readRegularFile } from '../../util/regular-file';
import { DockerignoreError, DockerignoreMatcher, type MatchInfo, readDockerignore } from '../repo/dockerignore';
import { decodeBuildkitStatus } from './buildkit-status';
import type { ContainerClient } from './client';
import { defaultContainerClient } from './docker';
import { BoundedLines } from './bounded-lines';
import { CREATED_LABEL, RUN_LABEL, type Builder, type BuildOptions, type BuildResult } from './types';

/** OCI image labels for the audited revision; `created` is the build time. */
export function ociLabels(opts: { revision?: string; source?: string; created?: Date }): Record<string, string> {
  return {
    'org.opencontainers.image.created': (opts.created ?? new Date()).toISOString(),
    ...(opts.revision ? { 'org.opencontainers.image.revision': opts.revision } : {}),
    ...(opts.source ? { 'org.opencontainers.image.source': opts.source } : {}),
  };
}

/** A `.dockerignore` larger than this is not one a person wrote; Docker would read it, we refuse it. */
const MAX_DOCKERIGNORE_BYTES = 1024 * 1024;
/** A Dockerfile is text a person wrote; anything larger is refused, not read. */
const MAX_DOCKERFILE_BYTES = 1024 * 1024;
/** The build context sent to the engine at most; a context past it fails the build with a clear message. */
export const MAX_CONTEXT_BYTES = 2 * 1024 ** 3;

/** The build context cannot be sent whole: more bytes than the limit. */
export class ContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContextError';
  }
}

const gib = (n: number) => `${(n / 1024 ** 3).toFixed(1)} GiB`;

export interface ContextPlan {
  matcher: DockerignoreMatcher;
  /** The builder that reproduces the user's image from this context (see `planContext`). */
  builder: Builder;
  /** The context's own patterns exclude the Dockerfile. */
  dockerfileExcluded: boolean;
}

/** Dockerfile syntax only BuildKit understands; such a file is never handed to the classic builder. */
const BUILDKIT_ONLY = /^\s*#\s*syntax\s*=|--mount\b|--link\b|--parents\b|--exclude\b|--chmod\b|--checksum\b|<<-?\s*["']?\w/m;

function readDockerignoreFile(contextDir: string): string {
  // Never through a link: `.dockerignore -> /dev/zero` would be read until memory ran out.
  const read = readRegularFile(path.join(contextDir, '.dockerignore'), MAX_DOCKERIGNORE_BYTES);
  if (read.kind === 'refused') throw new DockerignoreError(`.dockerignore ${read.problem}`);
  return read.kind === 'text' ? read.text : '';
}

/**
 * What goes in the context tar, and which builder makes the user's image
 * from it. The Docker CLI always sends the Dockerfile and `.dockerignore`
 * (it adds `!` exceptions for them) and the engine then leaves them out of
 * `COPY` when the patterns match them. The engine's BuildKit applies no
 * `.dockerignore` to an uploaded tar, so for it the tar is the context:
 * `.dockerignore` is sent only when its patterns keep it, and a Dockerfile
 * the patterns exclude would end up in the image. The classic builder
 * removes both itself, exactly as `docker build` does, so a context whose
 * patterns exclude its own Dockerfile is built classic unless the
 * Dockerfile needs BuildKit. `only` forces a builder (an engine without BuildKit).
 *
 * @throws DockerignoreError when `.dockerignore` is unusable (Docker fails the build too).
 */
export function planContext(contextDir: string, dockerfile: string, only?: Builder): ContextPlan {
  const patterns = readDockerignore(readDockerignoreFile(contextDir));
  const original = new DockerignoreMatcher(patterns);
  const df = dockerfile.split(path.sep).join('/');
  const dockerfileExcluded = original.matches(df);
  // buildImage reports a missing or refused Dockerfile before planning.
  const read = readRegularFile(path.join(contextDir, dockerfile), MAX_DOCKERFILE_BYTES);
  const text = read.kind === 'text' ? read.text : '';
  const builder: Builder = only ?? (dockerfileExcluded && !BUILDKIT_ONLY.test(text) ? 'classic' : 'buildkit');
  const exceptions = [...(dockerfileExcluded ? [`!${df}`] : []), ...(builder === 'classic' && original.matches('.dockerignore') ? ['!.dockerignore'] : [])];
  const matcher = exceptions.length === 0 ? original : new DockerignoreMatcher([...patterns, ...exceptions]);
  return { matcher, builder, dockerfileExcluded };
}

interface ContextEntry {
  /** Context-relative, forward slashes. */
  name: string;
  abs: string;
  stat: fs.Stats;
}

/**
 * The entries the Docker CLI puts in the context tar, in its walk order:
 * directories it keeps, regular files and symlinks (never followed).
 * Sockets, FIFOs and devices are left out: reading a FIFO would hang.
 */
async function* walkContext(root: string, matcher: DockerignoreMatcher, exclude: ReadonlySet<string>): AsyncGenerator<ContextEntry> {
  async function* walk(dir: string, rel: string, info: MatchInfo): AsyncGenerator<ContextEntry> {
    const names = (await fs.promises.readdir(dir)).sort();
    for (const name of names) {
      const abs = path.join(dir, name);
      if (exclude.has(abs)) continue;
      const entryRel = rel ? `${rel}/${name}` : name;
      const stat = await fs.promises.lstat(abs);
      const isDir = stat.isDirectory();
      const step = matcher.decide(entryRel, isDir, info);
      if (step.decision === 'skip' || step.decision === 'prune') continue;
      if (isDir) {
        if (step.decision === 'keep') yield { name: entryRel, abs, stat };
        yield* walk(abs, entryRel, step.info);
      } else if (stat.isFile() || stat.isSymbolicLink()) {
        yield { name: entryRel, abs, stat };
      }
    }
  }
  yield* walk(root, '', undefined);
}

async function addEntry(pack: tarStream.Pack, entry: ContextEntry): Promise<void> {
  const { stat } = entry;
  const header = { name: entry.name, mode: stat.mode & 0o7777, mtime: stat.mtime, uid: 0, gid: 0 };
  if (stat.isDirectory()) {
    await new Promise<void>((resolve, reject) => pack.entry({ ...header, type: 'directory' }, (e) => (e ? reject(e) : resolve())));
  } else if (stat.isSymbolicLink()) {
    const linkname = await fs.promises.readlink(entry.abs);
    await new Promise<void>((resolve, reject) => pack.entry({ ...header, type: 'symlink', linkname }, (e) => (e ? reject(e) : resolve())));
  } else {
    await new Promise<void>((resolve, reject) => {
      const sink = pack.entry({ ...header, type: 'file', size: stat.size }, (e) => (e ? reject(e) : resolve()));
      const source = fs.createReadStream(entry.abs);
      source.on('error', reject);
      source.pipe(sink);
    });
  }
}

/**
 * The build context as a tar stream, holding what the Docker CLI would send
 * for this directory (see `dockerignore.ts` and `planContext`), so the
 * audited image is the one the user builds; `exclude` (absolute paths) keeps
 * the auditor's own files out even when they sit inside the context. Sizes
 * are added up as entries are listed, before a file is read: past `maxBytes`
 * the stream ends in a ContextError and the large file is never streamed.
 */
export function contextTar(contextDir: string, plan: ContextPlan, exclude: readonly string[] = [], maxBytes = MAX_CONTEXT_BYTES): Readable {
  const root = path.resolve(contextDir);
  const pack = tarStream.pack();
  let total = 0;
  void (async () => {
    try {
      const skipped = new Set(exclude.map((p) => path.resolve(p)));
      for await (const entry of walkContext(root, plan.matcher, skipped)) {
        if (entry.stat.isFile()) {
          total += entry.stat.size;
          if (total > maxBytes) {
            throw new ContextError(
              `build context is larger than ${gib(maxBytes).replace('.0 ', ' ')}: ${entry.name} (${entry.stat.size} bytes) brings it to ${gib(total)}; exclude large files with .dockerignore`,
            );
          }
        }
        await addEntry(pack, entry);
      }
      pack.finalize();
    } catch (e) {
      pack.destroy(e as Error);
    }
  })();
  return pack as unknown as Readable;
}

interface EngineMessage {
  stream?: string;
  error?: string;
  errorDetail?: { message?: string };
  id?: string;
  aux?: unknown;
}

/** Turns the engine's JSON-lines build stream into progress, a log tail and the failing step. */
class BuildProgress {
  readonly tail = new BoundedLines(60);
  imageId?: string;
  error?: string;
  /** Classic builder: the last `Step n/m : …` line. BuildKit: the vertex that failed. */
  step?: string;
  private readonly names = new Map<string, string>();
  private readonly vertexLogs = new Map<string, BoundedLines>();
  private failedVertex?: string;
  private buffer = '';

  constructor(private readonly onProgress?: (line: string) => void) {}

  push(chunk: Buffer | string): void {
    this.buffer += chunk.toString();
    let nl = this.buffer.indexOf('\n');
    while (nl >= 0) {
      this.line(this.buffer.slice(0, nl));
      this.buffer = this.buffer.slice(nl + 1);
      nl = this.buffer.indexOf('\n');
    }
    // An engine line is small; a runaway one is cut rather than held.
    if (this.buffer.length > 1 << 20) this.buffer = '';
  }

  end(): void {
    if (this.buffer.trim()) this.line(this.buffer);
    this.buffer = '';
  }

  private emit(text: string): void {
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.replace(/\r/g, '').trimEnd();
      if (!line) continue;
      this.tail.push(line);
      this.onProgress?.(line);
    }
  }

  private line(raw: string): void {
    if (!raw.trim()) return;
    let msg: EngineMessage;
    try {
      msg = JSON.parse(raw);
    } catch {
      this.emit(raw);
      return;
    }
    if (msg.error || msg.errorDetail?.message) {
      this.error = msg.errorDetail?.message ?? msg.error;
      this.emit(`ERROR: ${this.error}`);
      return;
    }
    if (msg.id === 'moby.buildkit.trace' && typeof msg.aux === 'string') {
      this.buildkit(msg.aux);
      return;
    }
    const auxId = (msg.aux as { ID?: string } | undefined)?.ID;
    if (auxId) this.imageId = auxId;
    if (msg.stream) {
      const step = /^Step \d+\/\d+ : .*/m.exec(msg.stream);
      if (step) this.step = step[0].trim();
      this.emit(msg.stream);
    }
  }

  private buildkit(aux: string): void {
    const status = decodeBuildkitStatus(aux);
    for (const v of status.vertexes) {
      const known = this.names.get(v.digest);
      if (!known && v.name) {
        this.names.set(v.digest, v.name);
        this.emit(`#${this.names.size} ${v.name}`);
      }
      if (v.error) {
        this.failedVertex = v.digest;
        this.step = v.name || known;
      } else if (v.completed && v.cached && known === undefined) {
        this.emit('CACHED');
      }
    }
    for (const l of status.logs) {
      let lines = this.vertexLogs.get(l.vertex);
      if (!lines) {
        // Only a bounded number of steps keep their own log; older ones are dropped.
        if (this.vertexLogs.size > 200) this.vertexLogs.delete(this.vertexLogs.keys().next().value!);
        lines = new BoundedLines(40);
        this.vertexLogs.set(l.vertex, lines);
      }
      for (const t of l.data.toString('utf8').split(/\r?\n/)) {
        if (t.trim()) lines.push(t.trimEnd());
      }
      this.emit(l.data.toString('utf8'));
    }
  }

  /** The failing step's own output when known, else the overall tail. */
  failureTail(): string[] {
    const own = this.failedVertex ? this.vertexLogs.get(this.failedVertex)?.lines() : undefined;
    return own && own.length > 0 ? own : this.tail.lines().slice(-30);
  }
}

function dockerfileInContext(contextDir: string, dockerfile: string): string | undefined {
  const abs = path.resolve(contextDir, dockerfile);
  const rel = path.relative(path.resolve(contextDir), abs);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

interface BuildRun {
  progress: BuildProgress;
  aborted: boolean;
  /** The context could not be sent whole (too large); the build was stopped for it. */
  contextError?: Error;
}

async function runBuild(client: ContainerClient, opts: BuildOptions, plan: ContextPlan, builder: Builder, signal: AbortSignal): Promise<BuildRun> {
  const dockerfile = dockerfileInContext(opts.contextDir, opts.dockerfile)!;
  const progress = new BuildProgress(opts.onProgress);
  const labels = { ...opts.labels, [RUN_LABEL]: opts.runId, [CREATED_LABEL]: String(Date.now()) };
  // A context that fails mid-stream leaves the engine waiting for the rest: stop the request too.
  const stop = new AbortController();
  const both = AbortSignal.any([signal, stop.signal]);
  let contextError: Error | undefined;
  const context = contextTar(opts.contextDir, plan, opts.exclude, opts.maxContextBytes);
  context.on('error', (e: Error) => {
    if (e instanceof ContextError) contextError ??= e;
    stop.abort(e);
  });
  let stream: Readable;
  try {
    stream = await client.startBuild({
      context,
      dockerfile,
      buildArgs: opts.buildArgs,
      labels,
      buildkit: builder === 'buildkit',
      signal: both,
      ...(opts.tag ? { tag: opts.tag } : {}),
      ...(opts.target ? { target: opts.target } : {}),
      ...(opts.noCache ? { noCache: true } : {}),
    });
  } catch (e) {
    if (contextError) return { progress, aborted: false, contextError };
    throw e;
  }
  let aborted = false;
  await new Promise<void>((resolve) => {
    const onAbort = () => {
      aborted = true;
      stream.destroy();
      resolve();
    };
    if (both.aborted) onAbort();
    both.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (c: Buffer) => progress.push(c));
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', (e) => {
      if (!both.aborted) progress.error ??= e.message;
      resolve();
    });
  });
  progress.end();
  return contextError ? { progress, aborted: false, contextError } : { progress, aborted };
}

/**
 * Builds an image with BuildKit through the Engine API (a tar context needs
 * no client session there), falling back to the classic builder only when
 * the engine has no BuildKit. Never throws for a failing Dockerfile; the
 * result names the failing step and the last lines of its output.
 */
export async function buildImage(opts: BuildOptions, client: ContainerClient = defaultContainerClient()): Promise<BuildResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  if (!dockerfileInContext(opts.contextDir, opts.dockerfile)) {
    return {
      ok: false,
      builder: 'buildkit',
      message: `Dockerfile ${opts.dockerfile} is outside the build context ${opts.contextDir}`,
      logTail: [],
      durationMs: elapsed(),
    };
  }
  const dockerfileRead = readRegularFile(path.resolve(opts.contextDir, opts.dockerfile), MAX_DOCKERFILE_BYTES);
  if (dockerfileRead.kind === 'missing') {
    return { ok: false, builder: 'buildkit', message: `Dockerfile not found: ${opts.dockerfile}`, logTail: [], durationMs: elapsed() };
  }
  if (dockerfileRead.kind === 'refused') {
    return { ok: false, builder: 'buildkit', message: `Dockerfile ${opts.dockerfile} ${dockerfileRead.problem}`, logTail: [], durationMs: elapsed() };
  }
  let plan: ContextPlan;
  try {
    plan = planContext(path.resolve(opts.contextDir), dockerfileInContext(opts.contextDir, opts.dockerfile)!);
  } catch (e) {
    if (!(e instanceof DockerignoreError)) throw e;
    // The Docker CLI refuses the same file with "error checking context".
    return { ok: false, builder: 'buildkit', message: `error checking context: ${e.message}`, logTail: [], durationMs: elapsed() };
  }
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  let builder = plan.builder;
  if (builder === 'classic') opts.onProgress?.(`.dockerignore excludes ${opts.dockerfile}: building with the classic builder, which leaves it out of the image as docker build does`);
  let run = await runBuild(client, opts, plan, builder, signal);
  if (!run.progress.imageId && run.progress.error && /buildkit not supported|BuildKit is not enabled/i.test(run.progress.error)) {
    builder = 'classic';
    run = await runBuild(client, opts, planContext(path.resolve(opts.contextDir), dockerfileInContext(opts.contextDir, opts.dockerfile)!, 'classic'), builder, signal);
  }
  const { progress, aborted, contextError } = run;
  if (contextError) return { ok: false, builder, message: contextError.message, logTail: [], durationMs: elapsed() };

  if (aborted) {
    const why = timeout.aborted ? `build timed out after ${Math.round(opts.timeoutMs / 1000)} s` : 'build cancelled';
    return { ok: false, builder, message: why, ...(progress.step ? { step: progress.step } : {}), logTail: progress.tail.lines().slice(-30), durationMs: elapsed() };
  }
  if (progress.error || !progress.imageId) {
    return {
      ok: false,
      builder,
      message: progress.error ?? 'the engine reported no image id',
      ...(progress.step ? { step: progress.step } : {}),
      logTail: progress.failureTail(),
      durationMs: elapsed(),
    };
  }
  const info = await client.inspectImage(progress.imageId);
  return { ok: true, imageId: progress.imageId, builder, durationMs: elapsed(), labels: info?.labels ?? {} };
}
