import { createHash } from 'node:crypto';
import type { Config } from '../../config/schema';
import type { ReleaseFile } from '../../model/stages';
import { STAGE_FILE_NAMES, StageFileError } from './files';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted at every level, so equal configs hash equally whatever their key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * The part of the config a release binds: everything the run stage uses to
 * boot the image (env names and values together, run settings, admin
 * commands, services). Build settings, ignores and fail-on are not part of a
 * release: changing them must not change what runs.
 */
export function runRelevantConfig(config: Config): unknown {
  return { run: config.run, admin: config.admin, services: config.services };
}

/** `sha256:<hex>` over the run-relevant config; only this hash and the env names are ever written, never a value. */
export function configHash(config: Config): string {
  return `sha256:${sha256(canonicalJson(runRelevantConfig(config)))}`;
}

/** An immutable release id: the same image with the same config is the same release, anything else is not. */
export function deriveReleaseId(imageId: string, hash: string): string {
  return `rel-${sha256(`${imageId}\n${hash}`).slice(0, 24)}`;
}

export function releaseDigest(r: Pick<ReleaseFile, 'releaseId' | 'imageId' | 'configHash' | 'envNames'>): string {
  return `sha256:${sha256(canonicalJson([r.releaseId, r.imageId, r.configHash, [...r.envNames].sort()]))}`;
}

/** Env names the app receives from the config, services included; values stay out. */
export function envNamesOf(config: Config): string[] {
  const names = new Set(Object.keys(config.run.env));
  for (const s of config.services) for (const k of Object.keys(s.env)) names.add(k);
  return [...names].sort();
}

/**
 * Catches any edit to release.json: the release id is re-derived from the
 * image id and config hash, and the digest recomputed over all of them. With
 * a config, its hash must equal the released one: the run stage runs exactly
 * what was released or nothing.
 */
export function verifyRelease(release: ReleaseFile, shownFile: string = STAGE_FILE_NAMES.release, config?: Config): void {
  const derived = deriveReleaseId(release.imageId, release.configHash);
  if (derived !== release.releaseId) {
    throw new StageFileError(
      shownFile,
      `releaseId ${derived}, derived from its imageId and configHash (run \`twelve-factor release\` again instead of editing the file)`,
      `releaseId ${release.releaseId} does not match its imageId ${release.imageId} and configHash`,
    );
  }
  const digest = releaseDigest(release);
  if (digest !== release.digest) {
    throw new StageFileError(
      shownFile,
      `digest ${digest} over releaseId, imageId, configHash and envNames (run \`twelve-factor release\` again instead of editing the file)`,
      `digest ${release.digest} does not match the file's contents; it was edited after the release stage wrote it`,
    );
  }
  if (config) {
    const hash = configHash(config);
    if (hash !== release.configHash) {
      throw new StageFileError(
        shownFile,
        `configHash ${hash}, the hash of the config given to this stage (release again with this config, or run with the config the release was made with)`,
        `release ${release.releaseId} was made with configHash ${release.configHash}`,
      );
    }
  }
}
