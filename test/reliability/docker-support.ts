import { type ChildProcess, execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigInput, type Config, ConfigSchema } from '../../src/config/schema';
import { buildImage, RUN_LABEL } from '../../src/evidence/container/index';
import { firewallLeftovers } from '../support/docker';
import { spawnTs } from '../support/spawn-ts';

export const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const APPS = path.join(HERE, 'apps');
/** Every run id of this suite starts with this, so leftovers are found per suite. */
export const PREFIX = 'tfa-rel-';
/** Test images keep this run id: no sweep removes them, so later runs reuse the cache. */
const IMAGE_RUN = 'tfa-test-reliability-images';

const built = new Map<string, Promise<string>>();

/** Builds test/reliability/apps/<name> (with one of its Dockerfiles) once per process, tagged tfa-test/reliability-<name>[-<variant>]:local. */
export function reliabilityImage(name: string, dockerfile = 'Dockerfile'): Promise<string> {
  const variant = dockerfile === 'Dockerfile' ? '' : `-${dockerfile.replace(/^Dockerfile\./, '')}`;
  let p = built.get(name + variant);
  if (!p) {
    p = buildImage({
      contextDir: path.join(APPS, name),
      dockerfile,
      buildArgs: {},
      labels: {},
      tag: `tfa-test/reliability-${name}${variant}:local`,
      runId: IMAGE_RUN,
      timeoutMs: 300_000,
    }).then((r) => {
      if (!r.ok) throw new Error(`reliability image ${name}${variant} failed to build: ${r.message}\n${r.logTail.join('\n')}`);
      return r.imageId;
    });
    built.set(name + variant, p);
  }
  return p;
}

let counter = 0;
export function relRunId(tag: string): string {
  return `${PREFIX}${tag}-${process.pid}-${Date.now().toString(36)}-${counter++}`;
}

/** Short timeouts and small limits: the suite's budget is minutes, not the defaults' hours. */
export function relConfig(input: ConfigInput = {}): Config {
  const run = { 'boot-timeout': 10, 'shutdown-timeout': 2, requests: 2, replicas: 1, ...(input.run ?? {}) };
  return ConfigSchema.parse({ ...input, run });
}

function lines(args: string[]): string[] {
  return execFileSync('docker', args, { encoding: 'utf8', timeout: 20_000 })
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Containers, networks, volumes and host firewall rules whose run label starts with `prefix`. */
export function labelled(prefix: string): string[] {
  const out: string[] = [];
  for (const l of lines(['ps', '-a', '--filter', `label=${RUN_LABEL}`, '--format', `{{.ID}} {{.Label "${RUN_LABEL}"}}`])) {
    if (l.split(' ')[1]?.startsWith(prefix)) out.push(`container ${l}`);
  }
  for (const l of lines(['network', 'ls', '--filter', `label=${RUN_LABEL}`, '--format', `{{.ID}} {{.Label "${RUN_LABEL}"}}`])) {
    if (l.split(' ')[1]?.startsWith(prefix)) out.push(`network ${l}`);
  }
  for (const l of lines(['volume', 'ls', '--filter', `label=${RUN_LABEL}`, '--format', `{{.Name}} {{.Label "${RUN_LABEL}"}}`])) {
    if (l.split(' ')[1]?.startsWith(prefix)) out.push(`volume ${l}`);
  }
  out.push(...firewallLeftovers(prefix));
  return out;
}

/**
 * Objects of the run ids this process made with relRunId. Several engineers'
 * suites share one engine, so another process's runs in progress are not
 * this suite's leaks, and are not this suite's to remove.
 */
export function labelledByThisProcess(): string[] {
  return labelled(PREFIX).filter((l) => l.split(' ')[2]?.includes(`-${process.pid}-`));
}

/** Polls until nothing of `prefix` is left or `ms` pass; returns what is left. */
export async function settle(prefix: string, ms: number): Promise<string[]> {
  const end = Date.now() + ms;
  let left = labelled(prefix);
  while (left.length > 0 && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 200));
    left = labelled(prefix);
  }
  return left;
}

export interface Child {
  proc: ChildProcess;
  out: () => string;
  /** Resolves when stdout+stderr matches. */
  waitFor: (re: RegExp, ms: number) => Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnChild(args: string[], env: NodeJS.ProcessEnv = {}): Child {
  const proc = spawnTs(args, { env: { ...process.env, ...env } });
  proc.stdin.end();
  let out = '';
  const waiters: Array<{ re: RegExp; resolve: () => void }> = [];
  const onData = (d: Buffer) => {
    out += d.toString();
    for (const w of [...waiters]) if (w.re.test(out)) w.resolve();
  };
  proc.stdout!.on('data', onData);
  proc.stderr!.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    proc,
    out: () => out,
    exited,
    waitFor: (re, ms) =>
      new Promise<void>((resolve, reject) => {
        if (re.test(out)) return resolve();
        const t = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output so far:\n${out.slice(-3000)}`)), ms);
        waiters.push({
          re,
          resolve: () => {
            clearTimeout(t);
            resolve();
          },
        });
        exited.then(() => {
          if (!re.test(out)) {
            clearTimeout(t);
            reject(new Error(`child exited before ${re}; output:\n${out.slice(-3000)}`));
          }
        });
      }),
  };
}

/** Facts printed by scripts/probe-json.ts. */
export function factsOf(out: string): Record<string, unknown> | undefined {
  const line = out.split('\n').find((l) => l.startsWith('FACTS '));
  return line ? (JSON.parse(line.slice(6)) as Record<string, unknown>) : undefined;
}
