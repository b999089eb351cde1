import path from 'node:path';
import { dirOf, isUnder, normaliseAppPath } from '../../evidence/repo/snapshot';
import { fileEv, found } from '../support';
import type { StaticCheck } from '../types';

export const sourceMounted: StaticCheck = {
  id: 'build-release-run/source-mounted',
  factor: 'build-release-run',
  kind: 'static',
  role: 'core',
  title: 'The release runs the image, not source mounted over it',
  rationale:
    'Factor V: the run stage executes the release built from a commit. When the compose files the deploy runs (its `-f` files, a prod file layered over the base, or the only compose file when nothing else deploys) bind-mount the working tree over the code in the image, what runs is whatever is on disk, not the release.',
  remediation: 'Drop the source bind mount from the service that runs the app (keep it in a compose.override.yml or a dev profile), so the image built from the commit is what runs.',
  conditions: {
    mounted: { rubric: 'source-mounted', when: 'the compose file that runs the app bind-mounts source over the image\'s code' },
  },
  run({ app }) {
    const svc = app.runService;
    const stack = app.stacks.deploy;
    if (!svc || !stack) return [];
    const codeDirs = codeLocations(app);
    const repo = app.snapshot.at('.');
    const hits = svc.volumes.filter((v) => {
      const [src, target] = v.text.split(':');
      if (!src || !target || !/^(?:\.|\/|~)/.test(src)) return false;
      if (!codeDirs.some((d) => target === d || target.startsWith(`${d}/`) || d.startsWith(`${target.replace(/\/+$/, '')}/`))) return false;
      // Only a mount of files the image itself ships replaces the release; an output folder (coverage, uploads) does not.
      const host = normaliseAppPath(path.posix.join(dirOf(v.at.file), src));
      return repo.files.some((f) => isUnder(f.path, host) && app.ships(f.path));
    });
    return hits.map((v) => found('mounted', `compose service ${svc.name} bind-mounts ${v.text} over the code the image holds, and the deploy runs it: ${stack.why}`, [fileEv(v.at.file, v.at.line, v.text)]));
  },
};

/** Where the image keeps the app's code: its working directory and where it copies the context. */
function codeLocations(app: Parameters<StaticCheck['run']>[0]['app']): string[] {
  const out = new Set<string>();
  const stage = app.finalStage;
  if (!stage) return ['/app', '/code', '/srv', '/usr/src/app'];
  let wd = '/';
  for (const i of stage.instructions) {
    if (i.keyword === 'WORKDIR') {
      wd = path.posix.resolve(wd, i.body.trim());
      out.add(wd);
    }
    if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flags.from) {
      const dest = i.body.trim().split(/\s+/).pop() ?? '.';
      out.add(path.posix.resolve(wd, dest.replace(/^["'[]|["'\]]$/g, '')));
    }
  }
  out.delete('/');
  return [...out];
}
