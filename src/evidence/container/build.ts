import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import ignore from 'ignore';
import tar from 'tar-fs';
import { decodeBuildkitStatus } from './buildkit-status';
import { inspectImage, startBuild } from './docker';
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

/**
 * The build context as a tar stream, honouring `.dockerignore` the way the
 * Docker CLI does on the client side (the engine never sees ignored files).
 * The Dockerfile and `.dockerignore` are always sent, like the CLI does.
 */
export function contextTar(contextDir: string, dockerfile: string): Readable {
  const root = path.resolve(contextDir);
  let rules = '';
  try {
    rules = fs.readFileSync(path.join(root, '.dockerignore'), 'utf8');
  } catch {
    // No .dockerignore: everything goes.
  }
  const ig = ignore().add(rules);
  // With a `!exception` an ignored directory may still hold a kept file, so directories are only pruned without one.
  const hasExceptions = rules.split('\n').some((l) => l.trim().startsWith('!'));
  const always = new Set([dockerfile.split(path.sep).join('/'), '.dockerignore']);
  return tar.pack(root, {
    ignore(name: string) {
      const rel = path.relative(root, name).split(path.sep).join('/');
      if (!rel || rel.startsWith('..')) return false;
      if (always.has(rel)) return false;
      let isDir = false;
      try {
        isDir = fs.lstatSync(name).isDirectory();
      } catch {
        return true;
      }
      if (isDir) return !hasExceptions && ig.ignores(`${rel}/`);
      return ig.ignores(rel);
    },
  }) as unknown as Readable;
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

async function runBuild(opts: BuildOptions, builder: Builder, signal: AbortSignal): Promise<{ progress: BuildProgress; aborted: boolean }> {
  const dockerfile = dockerfileInContext(opts.contextDir, opts.dockerfile)!;
  const progress = new BuildProgress(opts.onProgress);
  const labels = { ...opts.labels, [RUN_LABEL]: opts.runId, [CREATED_LABEL]: String(Date.now()) };
  const stream = await startBuild({
    context: contextTar(opts.contextDir, dockerfile),
    dockerfile,
    buildArgs: opts.buildArgs,
    labels,
    buildkit: builder === 'buildkit',
    signal,
    ...(opts.tag ? { tag: opts.tag } : {}),
    ...(opts.target ? { target: opts.target } : {}),
    ...(opts.noCache ? { noCache: true } : {}),
  });
  let aborted = false;
  await new Promise<void>((resolve) => {
    const onAbort = () => {
      aborted = true;
      stream.destroy();
      resolve();
    };
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('data', (c: Buffer) => progress.push(c));
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', (e) => {
      if (!signal.aborted) progress.error ??= e.message;
      resolve();
    });
  });
  progress.end();
  return { progress, aborted };
}

/**
 * Builds an image with BuildKit through the Engine API (a tar context needs
 * no client session there), falling back to the classic builder only when
 * the engine has no BuildKit. Never throws for a failing Dockerfile; the
 * result names the failing step and the last lines of its output.
 */
export async function buildImage(opts: BuildOptions): Promise<BuildResult> {
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
  if (!fs.existsSync(path.resolve(opts.contextDir, opts.dockerfile))) {
    return { ok: false, builder: 'buildkit', message: `Dockerfile not found: ${opts.dockerfile}`, logTail: [], durationMs: elapsed() };
  }
  const timeout = AbortSignal.timeout(opts.timeoutMs);
  const signal = opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;

  let builder: Builder = 'buildkit';
  let { progress, aborted } = await runBuild(opts, builder, signal);
  if (!progress.imageId && progress.error && /buildkit not supported|BuildKit is not enabled/i.test(progress.error)) {
    builder = 'classic';
    ({ progress, aborted } = await runBuild(opts, builder, signal));
  }

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
  const info = await inspectImage(progress.imageId);
  return { ok: true, imageId: progress.imageId, builder, durationMs: elapsed(), labels: info?.labels ?? {} };
}
