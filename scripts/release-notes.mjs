// Release notes for a version tag, from CHANGELOG.md (Keep a Changelog form).
// `node scripts/release-notes.mjs v1.2.3` prints the body of the `## [1.2.3]`
// section, or fails, saying why, when the tag is no plain semver tag, differs
// from package.json's version, or the changelog has no dated, non-empty entry.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** The body of the changelog entry for `version` (without its heading and link definitions), or undefined. */
export function changelogEntry(changelog, version) {
  const lines = changelog.replace(/\r\n?/g, '\n').split('\n');
  const start = lines.findIndex((l) => l.startsWith(`## [${version}]`));
  if (start < 0) return undefined;
  const heading = lines[start];
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const body = lines
    .slice(start + 1, end)
    .filter((l) => !/^\[[^\]]+\]:\s/.test(l))
    .join('\n')
    .trim();
  return { heading, body };
}

/** Checks a release tag against package.json and CHANGELOG.md; returns the version, the major tag it moves and the notes. */
export function releaseFor(tag, { packageVersion, changelog }) {
  const m = TAG.exec(tag);
  if (!m) throw new Error(`"${tag}" is not a release tag: expected v<major>.<minor>.<patch>, for example v1.2.3`);
  const version = tag.slice(1);
  if (packageVersion !== version) throw new Error(`tag ${tag} but package.json says version ${packageVersion}: bump package.json (and rebundle dist/) before tagging`);
  const entry = changelogEntry(changelog, version);
  if (!entry) throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry: write one before tagging`);
  if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`).test(entry.heading)) {
    throw new Error(`CHANGELOG.md: "${entry.heading}" should read "## [${version}] - YYYY-MM-DD" (the release date)`);
  }
  if (entry.body === '') throw new Error(`CHANGELOG.md: the ${version} entry is empty`);
  return { version, major: `v${m[1]}`, notes: `${entry.body}\n` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  try {
    const release = releaseFor(process.argv[2] ?? '', {
      packageVersion: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
      changelog: readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8'),
    });
    process.stdout.write(release.notes);
  } catch (e) {
    console.error(`release-notes: ${e.message}`);
    process.exit(1);
  }
}
