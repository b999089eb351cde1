import type { Readable } from 'node:stream';
import type {
  BuildRequest,
  ContainerSpec,
  ContainerState,
  FsChange,
  ImageInfo,
  LabelledObject,
  LogSinks,
  NetworkInfo,
} from './docker';

export type { BuildRequest, ContainerSpec, ContainerState, FsChange, ImageInfo, LabelledObject, LogSinks, NetworkInfo } from './docker';

/** No engine answered: names the socket and the cause so the fix is obvious. */
export class DockerUnavailableError extends Error {
  constructor(
    readonly socketPath: string,
    readonly causeMessage: string,
  ) {
    super(
      `Docker engine at ${socketPath} does not answer (${causeMessage}). Start Docker or set DOCKER_HOST to a reachable engine.`,
    );
    this.name = 'DockerUnavailableError';
  }
}

/**
 * Everything the runtime asks of a container engine, as plain data in and
 * out. `createContainerClient()` (./docker) returns the dockerode-backed one;
 * tests of probe logic may pass their own object beside the real-engine
 * tests. Connection failures throw DockerUnavailableError; "not found" is
 * `undefined` or `false`, never an exception.
 */
export interface ContainerClient {
  /** Throws DockerUnavailableError when the engine does not answer within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<void>;

  /** Starts an engine-side build; the stream is the engine's JSON-lines progress. */
  startBuild(req: BuildRequest): Promise<Readable>;
  inspectImage(ref: string): Promise<ImageInfo | undefined>;
  removeImage(ref: string, force?: boolean): Promise<void>;
  /** `docker save` into a gzipped file. */
  saveImage(ref: string, tarPath: string): Promise<void>;
  /** `docker load` from a file; the loaded image id. */
  loadImage(tarPath: string): Promise<string>;
  pullImage(ref: string, timeoutMs: number): Promise<void>;

  createNetwork(name: string, internal: boolean, labels: Record<string, string>): Promise<NetworkInfo>;
  removeNetwork(idOrName: string): Promise<void>;

  createContainer(spec: ContainerSpec): Promise<string>;
  /** Attaches to a created container before it starts, so no output is lost. */
  attachOutput(id: string, sinks: LogSinks): Promise<{ done: Promise<void>; detach: () => void }>;
  startContainer(id: string): Promise<void>;
  inspectContainer(id: string): Promise<ContainerState | undefined>;
  /** False when the container had already stopped. */
  signalContainer(id: string, signal: string): Promise<boolean>;
  /** The exit code, once the container stops. */
  waitContainer(id: string, signal?: AbortSignal): Promise<number>;
  removeContainer(id: string): Promise<void>;
  containerDiff(id: string): Promise<FsChange[]>;
  /** What a path in a container (running or stopped) is, like `docker cp` sees it; undefined when it does not exist. */
  pathKind(id: string, path: string): Promise<'file' | 'directory' | 'other' | undefined>;
  /** Runs argv (no shell) inside a running container; stdout bounded to `maxBytes`. */
  execCapture(id: string, cmd: string[], timeoutMs: number, maxBytes?: number): Promise<{ exitCode: number | null; stdout: string }>;

  listContainers(label: string): Promise<LabelledObject[]>;
  listNetworks(label: string): Promise<LabelledObject[]>;
  listVolumes(label: string): Promise<LabelledObject[]>;
  removeVolume(name: string): Promise<void>;
  listImages(label: string): Promise<LabelledObject[]>;
}
