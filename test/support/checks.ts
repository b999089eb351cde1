import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { ALL_CHECKS } from '../../src/checks/index';
import { type Config, type ConfigInput, ConfigSchema } from '../../src/config/schema';
import { resolveApp } from '../../src/evidence/repo/app-model';
import { scanRepository } from '../../src/evidence/repo/snapshot';
import type { Finding } from '../../src/model/report';
import { runStaticChecks } from '../../src/pipeline/run-checks';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const fixture = (...parts: string[]) => path.join(FIXTURES, ...parts);

/** Every static finding of a repository, stamped as the audit stamps them (role, condition, outcome). */
export function staticFindings(dir: string, config: ConfigInput = {}): Finding[] {
  const cfg: Config = ConfigSchema.parse(config);
  const app = resolveApp(scanRepository(dir, '.'), cfg);
  return runStaticChecks({ snapshot: app.snapshot, config: cfg, app });
}

/** The findings of one static check on a repository. */
export function checkFindings(id: string, dir: string, config: ConfigInput = {}): Finding[] {
  if (!ALL_CHECKS.some((c) => c.id === id && c.kind === 'static')) throw new Error(`no static check ${id}`);
  return staticFindings(dir, config).filter((f) => f.check === id);
}

/** A throwaway repository from a map of paths to contents. */
export function repo(files: Record<string, string>, prefix = 'tfa-repo-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}

/** A maker of throwaway repositories that are removed when the test file ends. */
export function throwawayRepos(): (files: Record<string, string>) => string {
  const made: string[] = [];
  afterAll(() => {
    for (const d of made) rmSync(d, { recursive: true, force: true });
  });
  return (files) => {
    const d = repo(files);
    made.push(d);
    return d;
  };
}
