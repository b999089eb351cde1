import { createHash } from 'node:crypto';
import http from 'node:http';
import os from 'node:os';
import type { ContainerClient, ContainerSpec, ContainerState, FsChange, ImageInfo, LogSinks } from '../../src/evidence/container/client';

/**
 * A ContainerClient for unit tests of probe logic, beside (never instead of)
 * the real-engine tests. A "container" is an in-process program with real
 * sockets: each gets its own loopback address (127.0.x.y), so two replicas
 * may bind the same port as they would in two network namespaces, and the
 * probes' TCP and HTTP checks run against real servers. What the engine
 * would observe from outside (/proc/net/tcp, docker diff, exit codes,
 * signals) is modelled from what the program does.
 */

/** What a fake program can do; the same verbs a real process has. */
export interface FakeProcess {
  readonly env: Record<string, string>;
  readonly argv: string[];
  /** Serves HTTP on the container's address (or only on loopback, unreachable from outside). */
  listen(port: number, handler?: http.RequestListener, opts?: { loopbackOnly?: boolean }): Promise<void>;
  log(line: string, stream?: 'stdout' | 'stderr'): void;
  exit(code: number): void;
  /** Killed for the memory limit (exit 137); the engine marks it OOM-killed only after `markedAfter` more inspections, as a loaded engine reports the exit first. */
  outOfMemory(markedAfter?: number): void;
  /** Replaces the default action of the signals the engine delivers (SIGKILL excepted). */
  onSignal(handler: (signal: string) => void): void;
  /** A file change `docker diff` would report. */
  write(path: string, kind?: FsChange['kind']): void;
  /** A directory created (empty unless something is written below it). */
  mkdir(path: string): void;
}

export interface FakeImage {
  /** Image config; id and repoTags are made up from the name. */
  config?: Partial<Omit<ImageInfo, 'id'>>;
  main(p: FakeProcess): void | Promise<void>;
}

interface FakeContainer {
  id: string;
  spec: ContainerSpec;
  image: FakeImage;
  ip: string;
  running: boolean;
  exitCode: number | null;
  exited: Promise<number>;
  markExited: (code: number) => void;
  servers: http.Server[];
  listeners: { ip: string; port: number }[];
  sinks?: LogSinks;
  signalHandler?: (signal: string) => void;
  changes: FsChange[];
  directories: Set<string>;
  /** Inspections left before the engine says OOM-killed; undefined when it was not. */
  oomMarkedAfter?: number;
}

const SIGNALS = os.constants.signals as Record<string, number>;

function hexIp(ip: string): string {
  return ip
    .split('.')
    .map((o) => Number(o).toString(16).padStart(2, '0').toUpperCase())
    .reverse()
    .join('');
}

export class FakeContainerClient implements ContainerClient {
  readonly images = new Map<string, { id: string; image: FakeImage }>();
  readonly containers = new Map<string, FakeContainer>();
  readonly networks = new Set<string>();
  /** Every container spec created, in order, so tests can assert what the probes asked for. */
  readonly created: ContainerSpec[] = [];
  /** Images a pull would find. */
  readonly registry = new Map<string, FakeImage>();
  private seq = 0;

  /** Registers an image under `name`; returns its id. */
  addImage(name: string, image: FakeImage): string {
    const id = `sha256:${createHash('sha256').update(name).digest('hex')}`;
    this.images.set(name, { id, image });
    this.images.set(id, { id, image });
    return id;
  }

  /** Containers and networks not removed: a probe run must leave none. */
  leftovers(): string[] {
    return [...[...this.containers.keys()].map((id) => `container ${id}`), ...[...this.networks].map((n) => `network ${n}`)];
  }

  async ping(): Promise<void> {}

  async startBuild(): Promise<never> {
    throw new Error('the fake client does not build images');
  }
  async inspectImage(ref: string): Promise<ImageInfo | undefined> {
    const found = this.images.get(ref);
    if (!found) return undefined;
    const c = found.image.config ?? {};
    return { labels: {}, cmd: ['app'], entrypoint: null, stopSignal: null, exposedPorts: [], env: [], user: '', repoTags: [ref], ...c, id: found.id };
  }
  async removeImage(ref: string): Promise<void> {
    this.images.delete(ref);
  }
  async saveImage(): Promise<never> {
    throw new Error('the fake client does not save images');
  }
  async loadImage(): Promise<never> {
    throw new Error('the fake client does not load images');
  }
  async pullImage(ref: string): Promise<void> {
    const image = this.registry.get(ref);
    if (!image) throw new Error(`pull access denied for ${ref}`);
    this.addImage(ref, image);
  }

  async createNetwork(name: string): Promise<{ id: string; name: string }> {
    this.networks.add(name);
    return { id: name, name };
  }
  async removeNetwork(name: string): Promise<void> {
    const attached = [...this.containers.values()].filter((c) => c.spec.network === name);
    if (attached.length > 0) throw new Error(`network ${name} has active endpoints`);
    this.networks.delete(name);
  }

  async createContainer(spec: ContainerSpec): Promise<string> {
    const found = this.images.get(spec.image);
    if (!found) throw new Error(`No such image: ${spec.image}`);
    if (!this.networks.has(spec.network)) throw new Error(`network ${spec.network} not found`);
    this.created.push(spec);
    const n = ++this.seq;
    const id = createHash('sha256').update(`container-${n}`).digest('hex');
    let markExited!: (code: number) => void;
    const exited = new Promise<number>((resolve) => (markExited = resolve));
    this.containers.set(id, {
      id,
      spec,
      image: found.image,
      ip: `127.0.${Math.floor(n / 250) % 250}.${(n % 250) + 2}`,
      running: false,
      exitCode: null,
      exited,
      markExited,
      servers: [],
      listeners: [],
      changes: [],
      directories: new Set(),
    });
    return id;
  }

  async attachOutput(id: string, sinks: LogSinks): Promise<{ done: Promise<void>; detach: () => void }> {
    const c = this.get(id);
    c.sinks = sinks;
    return { done: c.exited.then(() => undefined), detach: () => (c.sinks = undefined) };
  }

  async startContainer(id: string): Promise<void> {
    const c = this.get(id);
    c.running = true;
    const p: FakeProcess = {
      env: { ...c.spec.env },
      argv: c.spec.cmd ?? [],
      listen: (port, handler, opts) =>
        new Promise((resolve, reject) => {
          if (!c.running) return resolve();
          const ip = opts?.loopbackOnly ? '127.0.0.1' : c.ip;
          c.listeners.push({ ip: opts?.loopbackOnly ? '127.0.0.1' : '0.0.0.0', port });
          if (opts?.loopbackOnly) return resolve();
          const server = http.createServer(handler ?? ((_q, r) => r.end('ok\n')));
          server.once('error', reject);
          server.listen(port, ip, () => resolve());
          c.servers.push(server);
        }),
      log: (line, stream = 'stdout') => c.sinks?.[stream](Buffer.from(`${line}\n`)),
      exit: (code) => this.exit(c, code),
      outOfMemory: (markedAfter = 0) => {
        c.oomMarkedAfter = markedAfter;
        this.exit(c, 137);
      },
      onSignal: (handler) => (c.signalHandler = handler),
      write: (path, kind = 'added') => c.changes.push({ path, kind }),
      mkdir: (path) => {
        c.changes.push({ path, kind: 'added' });
        c.directories.add(path);
      },
    };
    // Like a real process, the program runs on its own; a crash in it is exit 1.
    queueMicrotask(() => {
      Promise.resolve()
        .then(() => c.image.main(p))
        .catch((e: unknown) => {
          p.log(String((e as Error)?.stack ?? e), 'stderr');
          this.exit(c, 1);
        });
    });
  }

  async inspectContainer(id: string): Promise<ContainerState | undefined> {
    const c = this.containers.get(id);
    if (!c) return undefined;
    return {
      running: c.running,
      status: c.running ? 'running' : 'exited',
      pid: 0,
      exitCode: c.running ? null : c.exitCode,
      oomKilled: c.oomMarkedAfter !== undefined && c.oomMarkedAfter-- <= 0,
      startedAt: '',
      finishedAt: '',
      ips: { [c.spec.network]: c.ip },
    };
  }

  async signalContainer(id: string, signal: string): Promise<boolean> {
    const c = this.containers.get(id);
    if (!c?.running) return false;
    if (signal === 'SIGKILL') this.exit(c, 137);
    else if (c.signalHandler) c.signalHandler(signal);
    else this.exit(c, 128 + (SIGNALS[signal] ?? 15));
    return true;
  }

  waitContainer(id: string): Promise<number> {
    return this.get(id).exited;
  }

  async removeContainer(id: string): Promise<void> {
    const c = this.containers.get(id);
    if (!c) return;
    if (c.running) this.exit(c, 137);
    this.containers.delete(id);
  }

  async containerDiff(id: string): Promise<FsChange[]> {
    return [...this.get(id).changes];
  }

  async pathKind(id: string, path: string): Promise<'file' | 'directory' | undefined> {
    const c = this.get(id);
    if (c.directories.has(path)) return 'directory';
    return c.changes.some((ch) => ch.path === path && ch.kind !== 'deleted') ? 'file' : undefined;
  }

  async execCapture(id: string, cmd: string[]): Promise<{ exitCode: number | null; stdout: string }> {
    const c = this.get(id);
    if (!c.running) throw new Error(`container ${id} is not running`);
    if (cmd[0] !== 'cat' || !cmd.includes('/proc/net/tcp')) return { exitCode: 127, stdout: '' };
    const header = '  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n';
    const rows = c.listeners.map(
      (l, i) => `   ${i}: ${hexIp(l.ip)}:${l.port.toString(16).toUpperCase().padStart(4, '0')} 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 ${1000 + i} 1 0 100 0 0 10 0\n`,
    );
    return { exitCode: 0, stdout: header + rows.join('') };
  }

  async listContainers(): Promise<[]> {
    return [];
  }
  async listNetworks(): Promise<[]> {
    return [];
  }
  async listVolumes(): Promise<[]> {
    return [];
  }
  async removeVolume(): Promise<void> {}
  async listImages(): Promise<[]> {
    return [];
  }

  private get(id: string): FakeContainer {
    const c = this.containers.get(id);
    if (!c) throw Object.assign(new Error(`No such container: ${id}`), { statusCode: 404 });
    return c;
  }

  private exit(c: FakeContainer, code: number): void {
    if (!c.running) return;
    c.running = false;
    c.exitCode = code;
    for (const s of c.servers) {
      s.closeAllConnections();
      s.close();
    }
    c.markExited(code);
  }
}
