// Fails when dist/ differs from a fresh bundle: what is committed is what runs.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(path.join(os.tmpdir(), 'tfa-dist-'));
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/bundle.mjs'), fresh], { stdio: 'inherit', cwd: root });
  const list = (dir) =>
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(dir, f)).isFile())
      .sort();
  const committed = list(path.join(root, 'dist'));
  const expected = list(fresh);
  const problems = [];
  for (const f of expected) {
    if (!committed.includes(f)) problems.push(`missing in dist/: ${f}`);
    else if (!readFileSync(path.join(root, 'dist', f)).equals(readFileSync(path.join(fresh, f)))) problems.push(`differs: dist/${f}`);
  }
  for (const f of committed) if (!expected.includes(f)) problems.push(`stale file in dist/: ${f}`);
  if (problems.length > 0) {
    console.error(`dist/ is not what \`npm run bundle\` produces:\n  ${problems.join('\n  ')}\nRun \`npm run bundle\` and commit dist/.`);
    process.exit(1);
  }
  console.log(`dist/ is fresh (${expected.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
