import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect } from 'vitest';
import { type ConfigInput, ConfigSchema, type Config } from '../../src/config/schema';
import { buildImage, RUN_LABEL, runProbes } from '../../src/evidence/container/index';
import { runRuntimeChecks } from '../../src/pipeline/run-checks';
import type { Finding } from '../../src/model/report';
import { type RuntimeFacts, RuntimeFactsSchema } from '../../src/model/runtime';
export const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/apps');

/** Fixture images carry this run id; no test sweeps it, so they stay cached between runs. */
export const FIXTURE_RUN = 'tfa-test-fixtures';
/** Every run id a runtime test makes starts with this, so leftovers can be found per suite. */
export const TEST_RUN_PREFIX = 'tfa-it-';

const built = new Map<string, Promise<string>>();

/**
 * Builds `test/fixtures/apps/<name>` once per process through the auditor's own
 * build path, tagged `tfa-test/<name>:local`. Layers are shared through the
 * engine's cache, so a second test process pays only a cache lookup.
 */
export function fixtureImage(name: string): Promise<string> {
  let p = built.get(name);
  if (!p) {
    p = buildImage({
      contextDir: path.join(FIXTURES, name),
      dockerfile: 'Dockerfile',
      buildArgs: {},
      labels: {},
      tag: `tfa-test/${name}:local`,
      runId: FIXTURE_RUN,
      timeoutMs: 600_000,
    }).then((r) => {
      if (!r.ok) throw new Error(`fixture ${name} failed to build: ${r.message}\n${r.logTail.join('\n')}`);
      return r.imageId;
    });
    built.set(name, p);
  }
  return p;
}

export function testConfig(input: ConfigInput = {}): Config {
  const run = { 'boot-timeout': 10, 'shutdown-timeout': 3, requests: 3, replicas: 1, ...(input.run ?? {}) };
  return ConfigSchema.parse({ ...input, run });
}

let counter = 0;
export function testRunId(tag: string): string {
  return `${TEST_RUN_PREFIX}${tag}-${process.pid}-${Date.now().toString(36)}-${counter++}`;
}

/**
 * Host firewall rules (src/evidence/container/firewall.ts) of runs whose id
 * starts with `prefix`, as `firewall <bridge> <run id> (<tool>)`; none where
 * the rules cannot be listed (not root, no iptables).
 */
export function firewallLeftovers(prefix: string): string[] {
  const out: string[] = [];
  for (const tool of ['iptables', 'ip6tables']) {
    let listing: string;
    try {
      listing = execFileSync(tool, ['-w', '5', '-S', 'INPUT'], { encoding: 'utf8', timeout: 20_000, stdio: ['ignore', 'pipe', 'ignore'] });
    } catch {
      continue;
    }
    for (const line of listing.split('\n')) {
      const m = /-i (\S+) .*--comment "?twelve-factor-audit:([^"\s]+)/.exec(line);
      if (m?.[2]?.startsWith(prefix)) out.push(`firewall ${m[1]} ${m[2]} (${tool})`);
    }
  }
  return out;
}

/** Containers, networks, volumes and host firewall rules whose run label starts with `prefix`, straight from the docker CLI and iptables. */
export function leftovers(prefix: string): string[] {
  const out: string[] = [];
  const lines = (args: string[]) =>
    execFileSync('docker', args, { encoding: 'utf8', timeout: 20_000 })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
  for (const l of lines(['ps', '-a', '--filter', `label=${RUN_LABEL}`, '--format', `{{.ID}} {{.Label "${RUN_LABEL}"}}`])) {
    if (l.split(' ')[1]?.startsWith(prefix)) out.push(`container ${l}`);
  }
  for (const l of lines(['network', 'ls', '--filter', `label=${RUN_LABEL}`, '--format', `{{.ID}} {{.Name}}`])) {
    if (l.split(' ')[1]?.startsWith(`tfa-${prefix}`)) out.push(`network ${l}`);
  }
  for (const l of lines(['volume', 'ls', '--filter', `label=${RUN_LABEL}`, '--format', `{{.Name}} {{.Label "${RUN_LABEL}"}}`])) {
    if (l.split(' ')[1]?.startsWith(prefix)) out.push(`volume ${l}`);
  }
  out.push(...firewallLeftovers(prefix));
  return out;
}


/**
 * The run ids a test file makes, and a check when the file ends that no Docker object (container,
 * network, volume, firewall rule) of any of them is left: other suites' runs on the shared engine
 * are none of its business. `objectsOf` lists what is left of one run id.
 */
export function runIdsOfThisFile(newRunId: (tag: string) => string, objectsOf: (runId: string) => string[] = leftovers): (tag: string) => string {
  const mine: string[] = [];
  afterAll(() => {
    expect(mine.flatMap((id) => objectsOf(id))).toEqual([]);
  });
  return (tag) => {
    const id = newRunId(tag);
    mine.push(id);
    return id;
  };
}

export interface Probed {
  facts: RuntimeFacts;
  config: Config;
  findings: Finding[];
  /** The single finding of a check (fails the test when there is not exactly one). */
  one(check: string): Finding;
}

/** Builds the fixture, runs every probe with a short-timeout config, judges the facts with the real checks. */
export async function probeFixture(name: string, input: ConfigInput = {}, prefix = TEST_RUN_PREFIX): Promise<Probed> {
  const imageId = await fixtureImage(name);
  const config = testConfig(input);
  const facts = await runProbes({ imageId, config, runId: `${prefix}${name}-${process.pid}-${counter++}` });
  // What runProbes returns must survive the stage file round trip.
  RuntimeFactsSchema.parse(JSON.parse(JSON.stringify(facts)));
  const findings = runRuntimeChecks({ runtime: facts, config }, 'no stage');
  return {
    facts,
    config,
    findings,
    one(check: string) {
      const f = findings.filter((x) => x.check === check);
      if (f.length !== 1) throw new Error(`expected one ${check} finding, got ${f.length}: ${JSON.stringify(f)}`);
      return f[0]!;
    },
  };
}

export function measurement(f: Finding, name: string): number | undefined {
  const e = f.evidence.find((x) => x.kind === 'measurement' && x.name === name);
  return e && e.kind === 'measurement' ? e.value : undefined;
}
