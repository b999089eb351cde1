import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Config, ConfigSchema, type ConfigInput } from '../../../src/config/schema';
import { STAGE_SCHEMA_VERSION, type BuildFile } from '../../../src/model/stages';

export function tempDir(prefix = 'tfa-stages-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function config(input: ConfigInput = {}): Config {
  return ConfigSchema.parse(input);
}

export const IMAGE_A = `sha256:${'a'.repeat(64)}`;
export const IMAGE_B = `sha256:${'b'.repeat(64)}`;

export function okBuild(imageId = IMAGE_A): BuildFile {
  return {
    schemaVersion: STAGE_SCHEMA_VERSION,
    tool: { name: 'twelve-factor-audit', version: 'test' },
    stage: 'build',
    status: 'ok',
    imageId,
    tarball: 'image.tar',
    dockerfile: 'Dockerfile',
    context: '.',
    labels: {},
    builder: 'buildkit',
    startedAt: new Date(0).toISOString(),
    durationMs: 1,
  };
}

/** A tiny repository folder: files given as path → content. */
export function repo(files: Record<string, string>): string {
  const dir = tempDir('tfa-repo-');
  for (const [rel, text] of Object.entries(files)) {
    const abs = path.join(dir, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, text);
  }
  return dir;
}
