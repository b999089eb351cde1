/**
 * The Docker boundary: the only module that imports dockerode. The rest of
 * the runtime reaches the engine through the `ContainerClient` this module's
 * `createContainerClient()` returns, so probes read as a protocol, the engine
 * API can be swapped in one place, and probe logic can be exercised with
 * another client beside the real-engine tests.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import Docker from 'dockerode';
import { type ContainerClient, DockerUnavailableError } from './client';

export { DockerUnavailableError } from './client';

let client: Docker | undefined;

export function dockerSocket(): string {
  const host = process.env.DOCKER_HOST;
  if (!host) return '/var/run/docker.sock';
  if (host.startsWith('unix://')) return host.slice('unix://'.length) || '/var/run/docker.sock';
  return host;
}

function docker(): Docker {
  if (!client) {
    const host = process.env.DOCKER_HOST;
    client = host && !host.startsWith('unix://') ? new Docker() : new Docker({ socketPath: dockerSocket() });
  }
  return client;
}

function message(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

/** Connection-level failures (no socket, refused, timeout) mean the engine is away, not that a call was wrong. */
function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  return code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'EACCES' || code === 'ETIMEDOUT' || code === 'ECONNRESET';
}

async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (isUnavailable(e)) throw new DockerUnavailableError(dockerSocket(), message(e));
    throw e;
  }
}

export function statusCode(e: unknown): number | undefined {
  return (e as { statusCode?: number })?.statusCode;
}

/** Throws DockerUnavailableError when the engine does not answer within `timeoutMs`. */
export async function ping(timeoutMs = 10_000): Promise<void> {
  const timer = AbortSignal.timeout(timeoutMs);
  try {
    await Promise.race([
      docker().ping(),
      new Promise((_, reject) => timer.addEventListener('abort', () => reject(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })))),
    ]);
  } catch (e) {
    throw new DockerUnavailableError(dockerSocket(), message(e));
  }
}

// ---------------------------------------------------------------- images

export interface BuildRequest {
  context: Readable;
  dockerfile: string;
  tag?: string;
  target?: string;
  buildArgs: Record<string, string>;
  labels: Record<string, string>;
  buildkit: boolean;
  noCache?: boolean;
  signal?: AbortSignal;
}

/** Starts an engine-side build; the returned stream is the engine's JSON-lines progress. */
export async function startBuild(req: BuildRequest): Promise<Readable> {
  const opts: Record<string, unknown> = {
    dockerfile: req.dockerfile,
    buildargs: req.buildArgs,
    labels: req.labels,
    rm: true,
    forcerm: true,
    ...(req.tag ? { t: req.tag } : {}),
    ...(req.target ? { target: req.target } : {}),
    ...(req.noCache ? { nocache: true } : {}),
    ...(req.signal ? { abortSignal: req.signal } : {}),
  };
  // A numeric 2 reaches the query string as version=2 (BuildKit) but skips
  // dockerode's gRPC session, which a tar context does not need and which
  // would drag protobuf files into the bundle.
  if (req.buildkit) opts.version = 2;
  return call(() => docker().buildImage(req.context as unknown as NodeJS.ReadableStream, opts) as Promise<Readable>);
}

export interface ImageInfo {
  id: string;
  labels: Record<string, string>;
  cmd: string[] | null;
  entrypoint: string[] | null;
  stopSignal: string | null;
  exposedPorts: number[];
  env: string[];
  user: string;
  repoTags: string[];
}

export async function inspectImage(ref: string): Promise<ImageInfo | undefined> {
  try {
    const info = await call(() => docker().getImage(ref).inspect());
    const cfg = info.Config ?? ({} as Docker.ImageInspectInfo['Config']);
    return {
      id: info.Id,
      labels: (cfg.Labels as Record<string, string> | null) ?? {},
      cmd: (cfg.Cmd as string[] | null) ?? null,
      entrypoint: (cfg.Entrypoint as unknown as string[] | null) ?? null,
      stopSignal: ((cfg as { StopSignal?: string }).StopSignal as string | undefined) || null,
      exposedPorts: Object.keys(cfg.ExposedPorts ?? {})
        .map((p) => Number.parseInt(p, 10))
        .filter((n) => Number.isFinite(n)),
      env: cfg.Env ?? [],
      user: cfg.User ?? '',
      repoTags: info.RepoTags ?? [],
    };
  } catch (e) {
    if (statusCode(e) === 404) return undefined;
    throw e;
  }
}

export async function removeImage(ref: string, force = true): Promise<void> {
  try {
    await call(() => docker().getImage(ref).remove({ force, noprune: false }));
  } catch (e) {
    if (statusCode(e) !== 404) throw e;
  }
}

/**
 * `docker save` to a gzipped file; the tarball is the only thing the run job
 * needs from the build job. Its layers are plain tars, so the fastest level
 * already more than halves what the artifact upload carries; `docker load`
 * takes it as it is.
 */
export async function saveImage(ref: string, tarPath: string): Promise<void> {
  const stream = await call(() => docker().getImage(ref).get());
  await pipeline(stream as unknown as Readable, createGzip({ level: 1 }), fs.createWriteStream(tarPath));
}

/** `docker load` from a file; returns the loaded image id (`sha256:…`). */
export async function loadImage(tarPath: string): Promise<string> {
  const out = await call(() => docker().loadImage(fs.createReadStream(tarPath), { quiet: true }));
  const text = await readAll(out as unknown as Readable);
  let id: string | undefined;
  const tags: string[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    let msg: { stream?: string; error?: string; errorDetail?: { message?: string } };
    try {
      msg = JSON.parse(line);
    } catch {
      continue;
    }
    if (msg.error) throw new Error(`docker load failed: ${msg.error}`);
    const s = msg.stream ?? '';
    const byId = /Loaded image ID: (sha256:[0-9a-f]{64})/.exec(s);
    if (byId) id = byId[1];
    const byTag = /Loaded image: (\S+)/.exec(s);
    if (byTag) tags.push(byTag[1]!);
  }
  if (!id && tags.length > 0) id = (await inspectImage(tags[0]!))?.id;
  if (!id) throw new Error(`docker load of ${tarPath} reported no image`);
  return id;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.isBuffer(c) ? c : Buffer.from(c));
  return Buffer.concat(chunks).toString('utf8');
}

// ---------------------------------------------------------------- networks

export interface NetworkInfo {
  id: string;
  name: string;
}

export async function createNetwork(name: string, internal: boolean, labels: Record<string, string>): Promise<NetworkInfo> {
  const net = await call(() => docker().createNetwork({ Name: name, Driver: 'bridge', Internal: internal, Labels: labels, CheckDuplicate: true }));
  return { id: net.id, name };
}

export async function removeNetwork(idOrName: string): Promise<void> {
  try {
    await call(() => docker().getNetwork(idOrName).remove());
  } catch (e) {
    if (statusCode(e) !== 404) throw e;
  }
}

// ---------------------------------------------------------------- containers

/** The sandbox a probe container runs in; every field maps to one HostConfig knob. */
export interface ContainerSpec {
  name?: string;
  image: string;
  cmd?: string[];
  entrypoint?: string[];
  env: Record<string, string>;
  labels: Record<string, string>;
  /** Network name, or `container:<id>` to share another container's namespace. */
  network: string;
  /** DNS alias on the network (services are reached by name). */
  aliases?: string[];
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  /** Keep the app's own stop signal/timeout semantics by default. */
  user?: string;
  /** The sandbox's capability drops; we never add capabilities. */
  capDrop?: string[];
  /** A read-only root filesystem; `tmpfs` gives the app its scratch space. */
  readonlyRootfs?: boolean;
  /** Paths mounted as fresh tmpfs (mode 1777, counted against the memory limit). */
  tmpfs?: string[];
  tty?: boolean;
}

/** tmpfs options: writable by any user, no set-uid or devices, bounded. */
const TMPFS_OPTIONS = 'rw,nosuid,nodev,size=256m,mode=1777';

/** Capabilities a web app never needs; dropping them narrows what a hostile image can do to the runner. */
export const DEFAULT_CAP_DROP = ['NET_RAW', 'MKNOD', 'AUDIT_WRITE', 'SYS_CHROOT', 'SETFCAP', 'NET_BIND_SERVICE'];

export async function createContainer(spec: ContainerSpec): Promise<string> {
  const hostConfig: Docker.HostConfig = {
    NetworkMode: spec.network,
    Memory: spec.memoryBytes,
    MemorySwap: spec.memoryBytes,
    NanoCpus: spec.nanoCpus,
    PidsLimit: spec.pidsLimit,
    SecurityOpt: ['no-new-privileges:true'],
    CapDrop: spec.capDrop ?? DEFAULT_CAP_DROP,
    Privileged: false,
    ReadonlyRootfs: spec.readonlyRootfs ?? false,
    ...(spec.tmpfs && spec.tmpfs.length > 0 ? { Tmpfs: Object.fromEntries(spec.tmpfs.map((p) => [p, TMPFS_OPTIONS])) } : {}),
    Binds: [],
    Mounts: [],
    PublishAllPorts: false,
    AutoRemove: false,
    Init: false,
    LogConfig: { Type: 'json-file', Config: { 'max-size': '10m', 'max-file': '1' } },
  };
  const netMode = spec.network.startsWith('container:');
  const container = await call(() =>
    docker().createContainer({
      ...(spec.name ? { name: spec.name } : {}),
      Image: spec.image,
      ...(spec.cmd ? { Cmd: spec.cmd } : {}),
      ...(spec.entrypoint ? { Entrypoint: spec.entrypoint } : {}),
      Env: Object.entries(spec.env).map(([k, v]) => `${k}=${v}`),
      Labels: spec.labels,
      ...(spec.user ? { User: spec.user } : {}),
      Tty: spec.tty ?? false,
      AttachStdout: true,
      AttachStderr: true,
      OpenStdin: false,
      HostConfig: hostConfig,
      ...(netMode
        ? {}
        : {
            NetworkingConfig: {
              EndpointsConfig: { [spec.network]: { Aliases: spec.aliases ?? [] } },
            },
          }),
    }),
  );
  return container.id;
}

export interface LogSinks {
  stdout: (chunk: Buffer) => void;
  stderr: (chunk: Buffer) => void;
}

/**
 * Splits Docker's multiplexed stream (8-byte header: stream type, 3 zero
 * bytes, big-endian length) without copying: payload bytes go to the sink as
 * subarrays of the chunk they arrived in, and a frame split across chunks is
 * delivered in pieces. docker-modem's demuxStream re-copies its whole buffer
 * per frame, which at a gigabyte of logs costs both time and memory.
 */
export function demuxer(sinks: LogSinks): (chunk: Buffer) => void {
  const header = Buffer.alloc(8);
  let have = 0;
  let remaining = 0;
  let type = 1;
  return (chunk: Buffer) => {
    let pos = 0;
    while (pos < chunk.length) {
      if (remaining === 0) {
        const n = Math.min(8 - have, chunk.length - pos);
        chunk.copy(header, have, pos, pos + n);
        have += n;
        pos += n;
        if (have < 8) return;
        have = 0;
        type = header[0]!;
        remaining = header.readUInt32BE(4);
        continue;
      }
      const n = Math.min(remaining, chunk.length - pos);
      const part = chunk.subarray(pos, pos + n);
      if (type === 2) sinks.stderr(part);
      else sinks.stdout(part);
      pos += n;
      remaining -= n;
    }
  };
}

/**
 * Attaches to a created (not yet started) container so no early output is
 * lost, demultiplexing stdout and stderr. Resolves once attached; `done`
 * resolves when the stream ends (the container exited or was removed).
 */
export async function attachOutput(id: string, sinks: LogSinks): Promise<{ done: Promise<void>; detach: () => void }> {
  const stream = (await call(() =>
    docker().getContainer(id).attach({ stream: true, stdout: true, stderr: true, logs: true }),
  )) as unknown as Readable;
  stream.on('data', demuxer(sinks));
  const done = new Promise<void>((resolve) => {
    stream.on('end', () => resolve());
    stream.on('close', () => resolve());
    stream.on('error', () => resolve());
  });
  return { done, detach: () => stream.destroy() };
}

export async function startContainer(id: string): Promise<void> {
  await call(() => docker().getContainer(id).start());
}

export interface ContainerState {
  running: boolean;
  status: string;
  pid: number;
  exitCode: number | null;
  oomKilled: boolean;
  startedAt: string;
  finishedAt: string;
  /** IP on each network the container joined. */
  ips: Record<string, string>;
  /** The sandbox as the engine applied it (docker inspect), so the facts say what was, not what was asked. */
  sandbox?: AppliedSandbox;
}

export interface AppliedSandbox {
  /** The user the process runs as; empty means the image's default (root when the image sets none). */
  user: string;
  readOnlyRootfs: boolean;
  tmpfs: string[];
  memoryBytes: number;
  nanoCpus: number;
  pidsLimit: number;
  privileged: boolean;
  noNewPrivileges: boolean;
  capDrop: string[];
  mounts: number;
}

export async function inspectContainer(id: string): Promise<ContainerState | undefined> {
  try {
    const info = await call(() => docker().getContainer(id).inspect());
    const ips: Record<string, string> = {};
    for (const [name, ep] of Object.entries(info.NetworkSettings?.Networks ?? {})) {
      if (ep?.IPAddress) ips[name] = ep.IPAddress;
    }
    const running = info.State.Running;
    const host = info.HostConfig as Docker.HostConfig & { Tmpfs?: Record<string, string> };
    return {
      sandbox: {
        user: info.Config?.User ?? '',
        readOnlyRootfs: host.ReadonlyRootfs ?? false,
        tmpfs: Object.keys(host.Tmpfs ?? {}),
        memoryBytes: host.Memory ?? 0,
        nanoCpus: host.NanoCpus ?? 0,
        pidsLimit: host.PidsLimit ?? 0,
        privileged: host.Privileged ?? false,
        noNewPrivileges: (host.SecurityOpt ?? []).some((o: string) => o.startsWith('no-new-privileges')),
        capDrop: host.CapDrop ?? [],
        mounts: (info.Mounts ?? []).length,
      },
      running,
      status: info.State.Status,
      pid: info.State.Pid,
      exitCode: running ? null : info.State.ExitCode,
      oomKilled: info.State.OOMKilled,
      startedAt: info.State.StartedAt,
      finishedAt: info.State.FinishedAt,
      ips,
    };
  } catch (e) {
    if (statusCode(e) === 404) return undefined;
    throw e;
  }
}

/** Sends a signal; a container that already stopped is not an error. */
export async function signalContainer(id: string, signal: string): Promise<boolean> {
  try {
    await call(() => docker().getContainer(id).kill({ signal }));
    return true;
  } catch (e) {
    const code = statusCode(e);
    if (code === 409 || code === 404) return false;
    throw e;
  }
}

/** Resolves with the exit code when the container stops (or already has). */
export async function waitContainer(id: string, signal?: AbortSignal): Promise<number> {
  const res = (await call(() =>
    docker().getContainer(id).wait(signal ? { abortSignal: signal } : {}),
  )) as { StatusCode: number };
  return res.StatusCode;
}

export async function removeContainer(id: string): Promise<void> {
  try {
    await call(() => docker().getContainer(id).remove({ force: true, v: true }));
  } catch (e) {
    const code = statusCode(e);
    // 409: removal already in progress, which is what we want.
    if (code !== 404 && code !== 409) throw e;
  }
}

export interface FsChange {
  path: string;
  kind: 'changed' | 'added' | 'deleted';
}

export async function containerDiff(id: string): Promise<FsChange[]> {
  const raw: unknown = await call(() => docker().getContainer(id).changes());
  // No changes comes back as a JSON `null`, which the modem hands over as a Buffer.
  if (!Array.isArray(raw)) return [];
  const changes = raw as { Path: string; Kind: number }[];
  return changes.filter((c) => typeof c?.Path === 'string').map((c) => ({ path: c.Path, kind: c.Kind === 1 ? 'added' : c.Kind === 2 ? 'deleted' : 'changed' }));
}

/** Go's os.ModeDir and os.ModeSymlink bits, as the engine's path stat reports them. */
const MODE_DIR = 2 ** 31;
const MODE_SYMLINK = 2 ** 27;

/** `HEAD /containers/{id}/archive`: the engine's stat of one path, which works on a stopped container too. */
export async function pathKind(id: string, path: string): Promise<'file' | 'directory' | 'other' | undefined> {
  let res: import('node:http').IncomingMessage;
  try {
    res = (await call(() => docker().getContainer(id).infoArchive({ path }))) as import('node:http').IncomingMessage;
  } catch (e) {
    if (statusCode(e) === 404) return undefined;
    throw e;
  }
  res.resume();
  const header = res.headers['x-docker-container-path-stat'];
  if (typeof header !== 'string') return 'other';
  try {
    const { mode } = JSON.parse(Buffer.from(header, 'base64').toString('utf8')) as { mode?: number };
    if (typeof mode !== 'number') return 'other';
    // Modes above 2^31 do not survive bitwise operators; test the high bits arithmetically.
    if (Math.floor(mode / MODE_DIR) % 2 === 1) return 'directory';
    if (Math.floor(mode / MODE_SYMLINK) % 2 === 1) return 'other';
    return 'file';
  } catch {
    return 'other';
  }
}

/** Runs argv inside a running container (no shell) and returns its output, bounded. */
export async function execCapture(id: string, cmd: string[], timeoutMs: number, maxBytes = 1 << 20): Promise<{ exitCode: number | null; stdout: string }> {
  const exec = await call(() => docker().getContainer(id).exec({ Cmd: cmd, AttachStdout: true, AttachStderr: true }));
  const stream = (await exec.start({ hijack: true, stdin: false })) as unknown as Readable;
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on(
    'data',
    demuxer({
      stdout: (c) => {
        if (size < maxBytes) chunks.push(Buffer.from(c));
        size += c.length;
      },
      stderr: () => {},
    }),
  );
  await new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      stream.destroy();
      resolve();
    }, timeoutMs);
    const end = () => {
      clearTimeout(t);
      resolve();
    };
    stream.on('end', end);
    stream.on('close', end);
    stream.on('error', end);
  });
  const info = await exec.inspect().catch(() => undefined);
  return { exitCode: info?.ExitCode ?? null, stdout: Buffer.concat(chunks).toString('utf8') };
}

// ---------------------------------------------------------------- listing by label

export interface LabelledObject {
  id: string;
  labels: Record<string, string>;
  /** Creation time in epoch ms, from the engine. */
  createdMs: number;
}

export async function listContainers(label: string): Promise<LabelledObject[]> {
  const list = await call(() => docker().listContainers({ all: true, filters: { label: [label] } }));
  return list.map((c) => ({ id: c.Id, labels: c.Labels ?? {}, createdMs: c.Created * 1000 }));
}

export async function listNetworks(label: string): Promise<LabelledObject[]> {
  const list = await call(() => docker().listNetworks({ filters: { label: [label] } }));
  return list.map((n) => ({ id: n.Id, labels: n.Labels ?? {}, createdMs: Date.parse(n.Created ?? '') || 0 }));
}

export async function listVolumes(label: string): Promise<LabelledObject[]> {
  const res = await call(() => docker().listVolumes({ filters: { label: [label] } }));
  return (res.Volumes ?? []).map((v) => ({
    id: v.Name,
    labels: v.Labels ?? {},
    createdMs: Date.parse((v as { CreatedAt?: string }).CreatedAt ?? '') || 0,
  }));
}

export async function removeVolume(name: string): Promise<void> {
  try {
    await call(() => docker().getVolume(name).remove({ force: true }));
  } catch (e) {
    if (statusCode(e) !== 404) throw e;
  }
}

export async function listImages(label: string): Promise<LabelledObject[]> {
  const list = await call(() => docker().listImages({ all: false, filters: { label: [label] } }));
  return list.map((i) => ({ id: i.Id, labels: i.Labels ?? {}, createdMs: i.Created * 1000 }));
}

/** Pulls an image (a service's, when not present locally); resolves when the pull ends. */
export async function pullImage(ref: string, timeoutMs: number): Promise<void> {
  const signal = AbortSignal.timeout(timeoutMs);
  const stream = (await call(() => docker().pull(ref, { abortSignal: signal }))) as unknown as Readable;
  const text = await readAll(stream);
  for (const line of text.split('\n')) {
    if (!line.includes('"error"')) continue;
    try {
      const msg = JSON.parse(line) as { error?: string };
      if (msg.error) throw new Error(msg.error);
    } catch (e) {
      if (e instanceof SyntaxError) continue;
      throw e;
    }
  }
}

/** The dockerode-backed client: one object of the functions above. */
export function createContainerClient(): ContainerClient {
  return {
    ping,
    startBuild,
    inspectImage,
    removeImage,
    saveImage,
    loadImage,
    pullImage,
    createNetwork,
    removeNetwork,
    createContainer,
    attachOutput,
    startContainer,
    inspectContainer,
    signalContainer,
    waitContainer,
    removeContainer,
    containerDiff,
    pathKind,
    execCapture,
    listContainers,
    listNetworks,
    listVolumes,
    removeVolume,
    listImages,
  };
}

let shared: ContainerClient | undefined;

/** One client per process: dockerode keeps its connection pool per instance. */
export function defaultContainerClient(): ContainerClient {
  shared ??= createContainerClient();
  return shared;
}
