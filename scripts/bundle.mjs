// Bundles the action, its post step and the CLI into self-contained ESM under
// dist/ (or the directory given as the first argument). Shared code lands in
// chunks so `twelve-factor --version` does not load Docker or GitHub code.
// dist/licenses.txt carries the licence of every package the bundle contains.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { thirdPartyNotices } from './licenses.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

rmSync(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: { action: 'src/entry/action.ts', post: 'src/entry/post.ts', cli: 'src/entry/cli.ts', 'scan-worker': 'src/evidence/repo/content-worker.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  chunkNames: 'chunks/[name]-[hash]',
  // ssh2 (via docker-modem) loads these optional native parts inside try/catch;
  // left external they fail to load and ssh2 falls back to pure JS.
  external: ['cpu-features', '*.node'],
  define: { __TFA_VERSION__: JSON.stringify(pkg.version) },
  banner: {
    // CommonJS dependencies (dockerode, ssh2, @actions/*) expect require and __dirname.
    js: [
      "import { createRequire as __tfaCreateRequire } from 'node:module';",
      "import { fileURLToPath as __tfaFileURLToPath } from 'node:url';",
      'const require = __tfaCreateRequire(import.meta.url);',
      'const __filename = __tfaFileURLToPath(import.meta.url);',
      "const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  // Comments are dropped from the code; the full licence texts go to licenses.txt.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
});
writeFileSync(path.join(outdir, 'licenses.txt'), thirdPartyNotices(metafile, root));
console.log(`bundled into ${path.relative(process.cwd(), outdir) || '.'}`);
