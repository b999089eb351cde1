import { joinPath } from '../../evidence/repo/snapshot';
import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';

export const dockerignore: StaticCheck = {
  id: 'build-release-run/dockerignore',
  factor: 'build-release-run',
  kind: 'static',
  role: 'advice',
  title: 'A .dockerignore keeps the build context clean',
  rationale:
    'Without .dockerignore a `COPY . .` carries .git, local .env files, node_modules and build output into the image: slower builds, leaked local config, and images that differ by whose laptop built them. A build that copies named files only needs none.',
  remediation: 'Add a .dockerignore next to the build context listing at least .git, .env*, node_modules (or your dependency folder) and local build output.',
  conditions: {
    clean: { outcome: 'pass', when: 'the context is filtered, or the build copies named files only' },
    unfiltered: { outcome: 'warn', when: 'the build copies the whole context with no .dockerignore, or .dockerignore lets a .env through' },
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip('no Dockerfile');
    const file = joinPath(app.context, '.dockerignore');
    const copiesAll = df.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from && /(?:^|\s|\[")\.\/?(?:\s|",)/.test(`${i.body} `));
    const snapshot = app.snapshot;
    if (!snapshot.has(file)) {
      if (!copiesAll) return [found('clean', `${df.file} copies named files only`, [fileEv(df.file)])];
      return [found('unfiltered', `${df.file} copies the whole context "${app.context}" and there is no .dockerignore`, [fileEv(df.file)])];
    }
    const leaks = snapshot.filesUnder(app.context).filter((f) => /(?:^|\/)\.env(?:\.[\w-]+)?$/.test(f.path) && !/\.(?:example|sample|template)$/.test(f.path) && !snapshot.dockerIgnored(app.context, f.path) && app.ships(f.path));
    if (leaks.length > 0) return [found('unfiltered', `${file} does not exclude ${leaks.map((l) => l.path).join(', ')}`, [fileEv(file), ...leaks.slice(0, 5).map((l) => fileEv(l.path))])];
    return [found('clean', `${file} filters the build context`, [fileEv(file)])];
  },
};
