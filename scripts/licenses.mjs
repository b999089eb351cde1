// Third-party licence notices for dist/: every npm package esbuild put into the
// bundle (read from its metafile), with the licence text the package ships.
// The bundle build fails on a package whose licence is not on the list below,
// so a new dependency under a licence we cannot redistribute is noticed at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Licences whose terms are met by shipping the notice with the bundle. */
export const REDISTRIBUTABLE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0', '0BSD', 'BlueOak-1.0.0', 'CC0-1.0', 'Unlicense']);

// A few small packages declare MIT or ISC in package.json but ship no licence
// file; both licences ask that the copyright and permission notice travel with
// the code, so the standard text is filled in with the author package.json names.
const STANDARD_TEXT = {
  MIT: (holder) =>
    `MIT License\n\nCopyright (c) ${holder}\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:\n\nThe above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.\n\nTHE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.`,
  ISC: (holder) =>
    `ISC License\n\nCopyright (c) ${holder}\n\nPermission to use, copy, modify, and/or distribute this software for any purpose with or without fee is hereby granted, provided that the above copyright notice and this permission notice appear in all copies.\n\nTHE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.`,
};

const LICENCE_FILE = /^(?:licen[cs]e|copying|notice)(?:[.-].*)?$/i;
const RULE = '-'.repeat(80);

/** The package folder an esbuild input path belongs to (the innermost node_modules entry), or undefined for our own sources. */
export function packageDirOf(input) {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) return undefined;
  const scoped = parts[at + 1].startsWith('@');
  return parts.slice(0, at + (scoped ? 3 : 2)).join('/');
}

function declaredLicence(pkg) {
  const l = pkg.license ?? pkg.licence ?? (Array.isArray(pkg.licenses) ? pkg.licenses.map((x) => x.type).join(' OR ') : undefined);
  return typeof l === 'object' && l !== null ? l.type : l;
}

// "(MIT OR Apache-2.0)" lets us pick one; "MIT AND X" needs both allowed.
function redistributable(spdx) {
  const ids = spdx.replace(/[()]/g, '').split(/\s+(OR|AND)\s+/);
  const licences = ids.filter((_, i) => i % 2 === 0);
  return spdx.includes(' AND ') ? licences.every((l) => REDISTRIBUTABLE.has(l)) : licences.some((l) => REDISTRIBUTABLE.has(l));
}

function holderOf(pkg) {
  const a = pkg.author;
  if (typeof a === 'string') return a.replace(/\s*[<(].*$/, '').trim();
  return a?.name ?? pkg.name;
}

function sourceOf(pkg) {
  const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  return (repo ?? pkg.homepage ?? `https://www.npmjs.com/package/${pkg.name}`).replace(/^git\+/, '').replace(/\.git$/, '');
}

/**
 * dist/licenses.txt for an esbuild metafile: every bundled package (name,
 * version, licence, source) followed by the licence and notice files it ships,
 * sorted by name. Throws, naming the package, for a licence we may not ship.
 */
export function thirdPartyNotices(metafile, root) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const input of Object.keys(output.inputs)) {
      const dir = packageDirOf(input);
      if (dir) dirs.add(dir);
    }
  }
  const sections = [];
  for (const dir of dirs) {
    const abs = path.join(root, dir);
    const manifest = path.join(abs, 'package.json');
    if (!existsSync(manifest)) throw new Error(`licences: ${dir} has no package.json`);
    const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
    const spdx = declaredLicence(pkg);
    if (!spdx) throw new Error(`licences: ${pkg.name} ${pkg.version} (${dir}) declares no licence in package.json`);
    if (!redistributable(spdx)) {
      throw new Error(`licences: ${pkg.name} ${pkg.version} (${dir}) is ${spdx}, not one of ${[...REDISTRIBUTABLE].join(', ')}; the bundle may not carry it`);
    }
    const files = readdirSync(abs).filter((f) => LICENCE_FILE.test(f)).sort();
    const texts = files.map((f) => readFileSync(path.join(abs, f), 'utf8').trim());
    if (texts.length === 0) {
      const standard = STANDARD_TEXT[spdx];
      if (!standard) throw new Error(`licences: ${pkg.name} ${pkg.version} (${dir}) ships no licence file and ${spdx} has no standard text here`);
      texts.push(`(The package ships no licence file; its package.json declares ${spdx}. Standard text:)\n\n${standard(holderOf(pkg))}`);
    }
    sections.push({ name: pkg.name, version: pkg.version, title: `${pkg.name} ${pkg.version} (${spdx})\n${sourceOf(pkg)}`, text: texts.join('\n\n') });
  }
  // The same package at two versions (nested node_modules) gets two entries.
  sections.sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name < b.name ? -1 : 1));
  // Packages that ship the very same text (Apache-2.0 mostly) share one copy of it.
  const byText = new Map();
  for (const s of sections) byText.set(s.text, [...(byText.get(s.text) ?? []), s.title]);
  const head = [
    'Third-party software bundled into dist/ by `npm run bundle` (generated by scripts/licenses.mjs; do not edit).',
    'twelve-factor-audit itself is MIT licensed: see LICENSE in the repository or the npm package.',
    `${sections.length} packages follow, each with the licence it is distributed under.`,
  ];
  const blocks = [...byText].map(([text, titles]) => `${titles.join('\n')}\n\n${text}`);
  return `${[head.join('\n'), ...blocks].join(`\n\n${RULE}\n`)}\n`;
}
