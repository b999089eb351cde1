import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStageFile, StageFileError, writeStageFile } from '../../../src/pipeline/stages/files';
import { okBuild, tempDir } from './helpers';

describe('stage files', () => {
  it('round-trips a valid build.json', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild());
    expect(readStageFile(dir, 'build')).toEqual(okBuild());
  });

  it('refuses a missing file, naming it and what was expected', () => {
    const dir = tempDir();
    const err = captured(() => readStageFile(dir, 'release'));
    expect(err).toBeInstanceOf(StageFileError);
    expect(err.file).toContain('release.json');
    expect(err.message).toMatch(/release\.json: not found/);
    expect(err.message).toMatch(/expected release\.json \(schemaVersion 1\) written by `twelve-factor release`/);
  });

  it('refuses another schema version and says which version it found', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild());
    const file = path.join(dir, 'build.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, JSON.stringify({ ...data, schemaVersion: 2, tool: { name: 'x', version: '9.9.9' } }));
    const err = captured(() => readStageFile(dir, 'build'));
    expect(err.message).toMatch(/has schemaVersion 2 \(written by version 9\.9\.9\); expected build\.json \(schemaVersion 1\)/);
  });

  it('refuses a stage file of another stage put in the wrong place', () => {
    const dir = tempDir();
    writeStageFile(dir, 'build', okBuild());
    writeFileSync(path.join(dir, 'runtime.json'), readFileSync(path.join(dir, 'build.json')));
    expect(captured(() => readStageFile(dir, 'run')).message).toMatch(/runtime\.json: is a "build" stage file, not "run"/);
  });

  it('refuses invalid JSON and schema violations with the field at fault', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'build.json'), '{ not json');
    expect(captured(() => readStageFile(dir, 'build')).message).toMatch(/build\.json: is not valid JSON/);
    writeFileSync(path.join(dir, 'build.json'), JSON.stringify({ ...okBuild(), durationMs: 'slow' }));
    expect(captured(() => readStageFile(dir, 'build')).message).toMatch(/does not match the schema \(durationMs: /);
  });

  it('validates before writing', () => {
    const dir = tempDir();
    expect(() => writeStageFile(dir, 'build', { ...okBuild(), status: 'maybe' as 'ok' })).toThrow();
  });
});

function captured(fn: () => unknown): StageFileError {
  try {
    fn();
  } catch (e) {
    return e as StageFileError;
  }
  throw new Error('expected a StageFileError');
}
