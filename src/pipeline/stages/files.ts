import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import {
  BuildFileSchema,
  ReleaseFileSchema,
  RuntimeFileSchema,
  STAGE_SCHEMA_VERSION,
  STATIC_SCHEMA_VERSION,
  StaticFileSchema,
  type BuildFile,
  type ReleaseFile,
  type RuntimeFile,
  type StaticFile,
} from '../../model/stages';

/** File names inside the artifacts directory; part of the contract between jobs. */
export const STAGE_FILE_NAMES = {
  static: 'static.json',
  build: 'build.json',
  release: 'release.json',
  run: 'runtime.json',
} as const;
export const IMAGE_TARBALL = 'image.tar.gz';
export const REPORT_FILES = { json: 'report.json', markdown: 'report.md', sarif: 'report.sarif' } as const;

export type StageKind = keyof typeof STAGE_FILE_NAMES;
export interface StageFileOf {
  static: StaticFile;
  build: BuildFile;
  release: ReleaseFile;
  run: RuntimeFile;
}

const SCHEMAS: { [K in StageKind]: z.ZodType<StageFileOf[K]> } = {
  static: StaticFileSchema as z.ZodType<StaticFile>,
  build: BuildFileSchema as z.ZodType<BuildFile>,
  release: ReleaseFileSchema as z.ZodType<ReleaseFile>,
  run: RuntimeFileSchema as z.ZodType<RuntimeFile>,
};

/** Which command writes each file, for "expected" in messages. */
const WRITER: Record<StageKind, string> = {
  static: '`twelve-factor audit`',
  build: '`twelve-factor build`',
  release: '`twelve-factor release`',
  run: '`twelve-factor run`',
};

/** Stage files are small JSON; runtime.json is the largest (bounded log heads and tails). */
const MAX_STAGE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * A stage file that is missing, unreadable, of another schema version, or
 * inconsistent with the files or image it must match. The message names the
 * file and what was expected. The CLI exits 2 on it, as on a bad config:
 * both are input the user must fix, not a verdict about the app.
 */
export class StageFileError extends Error {
  readonly exitCode = 2;
  constructor(
    /** The file (or image) at fault, as a path the user can open. */
    readonly file: string,
    /** What was expected instead, in words. */
    readonly expected: string,
    problem: string,
  ) {
    super(`${file}: ${problem}; expected ${expected}`);
    this.name = 'StageFileError';
  }
}

export function stageFilePath(dir: string, kind: StageKind): string {
  return path.join(dir, STAGE_FILE_NAMES[kind]);
}

/** Reads and validates a stage file; throws StageFileError naming the file and what was expected. */
export function readStageFile<K extends StageKind>(dir: string, kind: K): StageFileOf[K] {
  const file = stageFilePath(dir, kind);
  const shown = displayPath(file);
  const version = kind === 'static' ? STATIC_SCHEMA_VERSION : STAGE_SCHEMA_VERSION;
  const expected = `${STAGE_FILE_NAMES[kind]} (schemaVersion ${version}) written by ${WRITER[kind]}`;
  if (!existsSync(file)) {
    throw new StageFileError(shown, expected, `not found (did the ${kind} stage run, and were its artifacts passed to this job?)`);
  }
  const size = statSync(file).size;
  if (size > MAX_STAGE_FILE_BYTES) {
    throw new StageFileError(shown, expected, `is ${size} bytes; the limit is ${MAX_STAGE_FILE_BYTES}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new StageFileError(shown, expected, `is not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StageFileError(shown, expected, 'is not a JSON object');
  }
  const header = data as { schemaVersion?: unknown; stage?: unknown; tool?: { version?: unknown } };
  if (header.schemaVersion !== version) {
    const by = typeof header.tool?.version === 'string' ? ` (written by version ${header.tool.version})` : '';
    throw new StageFileError(shown, expected, `has schemaVersion ${JSON.stringify(header.schemaVersion ?? null)}${by}`);
  }
  const stageName = kind === 'run' ? 'run' : kind;
  if (header.stage !== stageName) {
    throw new StageFileError(shown, expected, `is a ${JSON.stringify(header.stage ?? null)} stage file, not "${stageName}"`);
  }
  const parsed = SCHEMAS[kind].safeParse(data);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new StageFileError(shown, expected, `does not match the schema (${issues.join('; ')})`);
  }
  return parsed.data;
}

/** Reads a stage file when present; absent gives undefined, anything wrong still throws. */
export function readStageFileIfPresent<K extends StageKind>(dir: string, kind: K): StageFileOf[K] | undefined {
  return existsSync(stageFilePath(dir, kind)) ? readStageFile(dir, kind) : undefined;
}

/** Validates before writing, and writes via rename so a reader never sees half a file. */
export function writeStageFile<K extends StageKind>(dir: string, kind: K, data: StageFileOf[K]): string {
  const valid = SCHEMAS[kind].parse(data);
  return writeJsonAtomic(stageFilePath(dir, kind), valid);
}

export function writeJsonAtomic(file: string, data: unknown): string {
  return writeTextAtomic(file, `${JSON.stringify(data, null, 2)}\n`);
}

export function writeTextAtomic(file: string, text: string): string {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  return file;
}

/** Paths in messages are relative to the working directory when that is shorter. */
export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && rel.length < file.length ? rel : file;
}
