import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changelogEntry, releaseFor } from '../../../scripts/release-notes.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string };
const changelog = readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8');

const sample = [
  '# Changelog',
  '',
  '## [Unreleased]',
  '',
  '## [1.1.0] - 2027-01-05',
  '',
  '### Fixed',
  '',
  '- a fix',
  '',
  '## [1.0.0] - 2026-11-30',
  '',
  '### Added',
  '',
  '- everything',
  '',
  '[Unreleased]: https://example.org/compare/v1.1.0...HEAD',
  '[1.1.0]: https://example.org/v1.1.0',
  '',
].join('\n');

describe('release notes from CHANGELOG.md', () => {
  it('the changelog has a dated, non-empty entry for the version in package.json', () => {
    const release = releaseFor(`v${pkg.version}`, { packageVersion: pkg.version, changelog });
    expect(release.version).toBe(pkg.version);
    expect(release.major).toBe(`v${pkg.version.split('.')[0]}`);
    expect(release.notes).toMatch(/^### Added\n/m);
    expect(release.notes).not.toMatch(/^## /m);
  });

  it('takes one entry up to the next, without link definitions', () => {
    expect(changelogEntry(sample, '1.1.0')).toEqual({ heading: '## [1.1.0] - 2027-01-05', body: '### Fixed\n\n- a fix' });
    expect(changelogEntry(sample, '1.0.0')?.body).toBe('### Added\n\n- everything');
    expect(changelogEntry(sample.replace(/\n/g, '\r\n'), '1.0.0')?.body).toBe('### Added\n\n- everything');
    expect(changelogEntry(sample, '1.0')).toBeUndefined();
    expect(releaseFor('v1.1.0', { packageVersion: '1.1.0', changelog: sample })).toEqual({ version: '1.1.0', major: 'v1', notes: '### Fixed\n\n- a fix\n' });
    expect(releaseFor('v10.0.0', { packageVersion: '10.0.0', changelog: '## [10.0.0] - 2030-01-01\n- x\n' }).major).toBe('v10');
  });

  it('refuses a tag that is no release, disagrees with package.json, or has no proper entry', () => {
    const ok = { packageVersion: '1.1.0', changelog: sample };
    for (const tag of ['1.1.0', 'v1.1', 'v1.1.0-rc.1', 'v01.1.0', 'v1.1.0 ', 'main', '']) expect(() => releaseFor(tag, ok), tag).toThrow(/not a release tag/);
    expect(() => releaseFor('v1.1.0', { ...ok, packageVersion: '1.0.0' })).toThrow(/package\.json says version 1\.0\.0/);
    expect(() => releaseFor('v1.2.0', { ...ok, packageVersion: '1.2.0' })).toThrow(/no "## \[1\.2\.0\] - YYYY-MM-DD" entry/);
    expect(() => releaseFor('v1.2.0', { packageVersion: '1.2.0', changelog: '## [1.2.0]\n- x\n' })).toThrow(/should read "## \[1\.2\.0\] - YYYY-MM-DD"/);
    expect(() => releaseFor('v1.2.0', { packageVersion: '1.2.0', changelog: '## [1.2.0] - 2027-02-01\n\n## [1.1.0] - 2027-01-05\n- x\n' })).toThrow(/entry is empty/);
  });
});
