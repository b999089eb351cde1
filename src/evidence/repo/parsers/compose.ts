import { type Document, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import { flowNestingOver } from '../../../util/yaml-depth';
import type { Diagnostic } from '../../../model/report';

/** A Compose service, reduced to what the checks read. Works for v2/v3 files and the Compose spec. */
export interface ComposeService {
  name: string;
  line: number;
  image?: string;
  /** Build context when the service is built from source. */
  build?: string;
  dockerfile?: string;
  command?: string;
  /** Line of `command:`. */
  commandLine?: number;
  /** The command's words when written as a list. */
  commandWords?: string[];
  entrypoint?: string;
  /** Line of `image:`. */
  imageLine?: number;
  /** Compose profiles: a service with any is not started by a plain `up`. */
  profiles: string[];
  /** `scale:` or `deploy.replicas:`, with its line. */
  replicas?: { value: string; line: number };
  environment: Array<{ name: string; value?: string; line: number }>;
  ports: string[];
  volumes: Array<{ text: string; line: number }>;
  healthcheck: boolean;
  dependsOn: string[];
}

export interface ComposeFile {
  file: string;
  services: ComposeService[];
  diagnostics: Diagnostic[];
}

/** Aliases make "billion laughs" documents; real compose files use a handful. */
const MAX_ALIASES = 50;

export function parseCompose(text: string, file = 'compose.yaml'): ComposeFile {
  const diagnostics: Diagnostic[] = [];
  const lc = new LineCounter();
  const lineOf = (n: YamlNode | null | undefined): number => (n?.range ? lc.linePos(n.range[0]).line : 1);
  const deep = flowNestingOver(text);
  if (deep) {
    diagnostics.push({ severity: 'warning', file, line: deep.line, message: `cannot parse YAML: ${deep.message}` });
    return { file, services: [], diagnostics };
  }
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    diagnostics.push({ severity: 'warning', file, message: `cannot parse YAML: ${(e as Error).message}` });
    return { file, services: [], diagnostics };
  }
  for (const err of doc.errors) {
    diagnostics.push({ severity: 'warning', file, line: err.linePos?.[0]?.line ?? 1, message: `YAML: ${err.message.split('\n')[0]}` });
  }
  const services: ComposeService[] = [];
  const badKey = collectionKey(doc);
  if (badKey) {
    diagnostics.push({ severity: 'warning', file, line: lineOf(badKey), message: 'a key must be a plain name, not a list or mapping' });
    return { file, services, diagnostics };
  }
  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    diagnostics.push({ severity: 'warning', file, message: `cannot read YAML: ${(e as Error).message}` });
    return { file, services, diagnostics };
  }
  const root = doc.contents;
  if (!isMap(root) || typeof plain !== 'object' || plain === null) {
    diagnostics.push({ severity: 'warning', file, line: 1, message: 'expected a mapping with a "services" key' });
    return { file, services, diagnostics };
  }
  let servicesNode: unknown = root.get('services', true);
  let plainServices = (plain as Record<string, unknown>).services;
  // Compose file format 1 has no `services:` key: every top-level entry with an image or a build is a service.
  if (!('services' in (plain as object)) && isComposeV1(plain as Record<string, unknown>)) {
    servicesNode = root;
    plainServices = plain;
  }
  if (!isMap(servicesNode) || typeof plainServices !== 'object' || plainServices === null) {
    if (!('services' in (plain as object))) diagnostics.push({ severity: 'info', file, line: 1, message: 'no "services" key' });
    return { file, services, diagnostics };
  }
  for (const pair of servicesNode.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (!name || (servicesNode === root && name === 'version')) continue;
    const spec = (plainServices as Record<string, unknown>)[name];
    const node = pair.value;
    const line = lineOf(pair.key as YamlNode);
    if (typeof spec !== 'object' || spec === null) {
      diagnostics.push({ severity: 'warning', file, line, message: `service "${name}" is not a mapping` });
      continue;
    }
    const s = spec as Record<string, unknown>;
    const nodeOf = (key: string): YamlNode | undefined => (isMap(node) ? (node.get(key, true) as YamlNode | undefined) : undefined);
    const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) ? v.map(String).join(' ') : undefined);
    const build = typeof s.build === 'string' ? s.build : typeof s.build === 'object' && s.build ? (s.build as Record<string, unknown>).context ?? '.' : undefined;
    const dockerfile = typeof s.build === 'object' && s.build ? (s.build as Record<string, unknown>).dockerfile : undefined;

    const environment: ComposeService['environment'] = [];
    const envNode = nodeOf('environment');
    if (isMap(envNode)) {
      for (const p of envNode.items) {
        if (!isScalar(p.key)) continue;
        const v = isScalar(p.value) ? p.value.value : undefined;
        environment.push({ name: String(p.key.value), ...(v !== undefined && v !== null ? { value: String(v) } : {}), line: lineOf(p.key as YamlNode) });
      }
    } else if (isSeq(envNode)) {
      for (const item of envNode.items) {
        if (!isScalar(item)) continue;
        const t = String(item.value);
        const eq = t.indexOf('=');
        environment.push({ name: eq < 0 ? t : t.slice(0, eq), ...(eq >= 0 ? { value: t.slice(eq + 1) } : {}), line: lineOf(item as YamlNode) });
      }
    }
    const volumes: ComposeService['volumes'] = [];
    const volNode = nodeOf('volumes');
    if (isSeq(volNode)) {
      for (const item of volNode.items) {
        const v = isScalar(item) ? String(item.value) : isMap(item) ? `${String(item.get('source') ?? '')}:${String(item.get('target') ?? '')}` : '';
        volumes.push({ text: v, line: lineOf(item as YamlNode) });
      }
    }
    const deployNode = nodeOf('deploy');
    const replicasNode = nodeOf('scale') ?? (isMap(deployNode) ? (deployNode.get('replicas', true) as YamlNode | undefined) : undefined);
    const replicas = isScalar(replicasNode) && replicasNode.value !== null ? { value: String(replicasNode.value), line: lineOf(replicasNode) } : undefined;
    const dependsOn = Array.isArray(s.depends_on) ? s.depends_on.map(String) : typeof s.depends_on === 'object' && s.depends_on ? Object.keys(s.depends_on) : [];
    services.push({
      name,
      line,
      ...(typeof s.image === 'string' ? { image: s.image } : {}),
      ...(typeof build === 'string' ? { build } : {}),
      ...(typeof dockerfile === 'string' ? { dockerfile } : {}),
      ...(str(s.command) !== undefined ? { command: str(s.command), commandLine: lineOf(nodeOf('command')) } : {}),
      ...(Array.isArray(s.command) ? { commandWords: s.command.map(String) } : {}),
      ...(typeof s.image === 'string' ? { imageLine: lineOf(nodeOf('image')) } : {}),
      profiles: Array.isArray(s.profiles) ? s.profiles.map(String) : [],
      ...(replicas ? { replicas } : {}),
      ...(str(s.entrypoint) !== undefined ? { entrypoint: str(s.entrypoint) } : {}),
      environment,
      ports: Array.isArray(s.ports) ? s.ports.map((p) => (typeof p === 'object' && p ? JSON.stringify(p) : String(p))) : [],
      volumes,
      healthcheck: typeof s.healthcheck === 'object' && s.healthcheck !== null && (s.healthcheck as Record<string, unknown>).disable !== true,
      dependsOn,
    });
  }
  return { file, services, diagnostics };
}

function isComposeV1(top: Record<string, unknown>): boolean {
  const entries = Object.entries(top);
  return (
    entries.length > 0 &&
    !('version' in top && entries.length === 1) &&
    entries.every(([k, v]) => k === 'version' || (typeof v === 'object' && v !== null && !Array.isArray(v) && ('image' in v || 'build' in v)))
  );
}

/** Backing-service kind of a container image (`postgres:16-alpine` → postgres), when recognised. */
export function serviceKindOfImage(image: string): string | undefined {
  const repo = image.split('@')[0]!.split(':')[0]!.split('/').pop()!.toLowerCase();
  const kinds: Array<[RegExp, string]> = [
    [/^(postgres|postgis|timescaledb|pgvector|cockroach)/, 'postgres'],
    [/^(mysql|mariadb|percona)/, 'mysql'],
    [/^(redis|valkey|keydb|dragonfly)/, 'redis'],
    [/^(mongo)/, 'mongodb'],
    [/^(rabbitmq)/, 'rabbitmq'],
    [/^(elasticsearch|opensearch)/, 'elasticsearch'],
    [/^(memcached)/, 'memcached'],
    [/^(kafka|cp-kafka|redpanda)/, 'kafka'],
    [/^(localstack|minio)/, 's3'],
    [/^(mailhog|mailpit|maildev)/, 'smtp'],
    [/^(mssql|sql-server|azure-sql-edge)/, 'mssql'],
  ];
  return kinds.find(([re]) => re.test(repo))?.[1];
}

/**
 * The first mapping key that is itself a list or mapping. toJS stringifies
 * such keys, and nested ones (`{{{{…`) make that exponential: 20 s for 4 KB.
 */
export function collectionKey(doc: Document): YamlNode | undefined {
  let found: YamlNode | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && pair.key !== undefined && !isScalar(pair.key)) {
        found = pair.key as YamlNode;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}
