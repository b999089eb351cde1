import path from 'node:path';
import { fileEv, found } from '../support';
import type { StaticCheck } from '../types';

export const sourceMounted: StaticCheck = {
  id: 'build-release-run/source-mounted',
  factor: 'build-release-run',
  kind: 'static',
  role: 'core',
  title: 'The release runs the image, not source mounted over it',
  rationale:
    'Factor V: the run stage executes the release built from a commit. When the way the app is run (compose, with no other deploy descriptor) bind-mounts the working tree over the code in the image, what runs is whatever is on disk, not the release.',
  remediation: 'Drop the source bind mount from the service that runs the app (keep it in a compose.override.yml or a dev profile), so the image built from the commit is what runs.',
  conditions: {
    mounted: { rubric: 'source-mounted', when: 'the compose file that runs the app bind-mounts source over the image\'s code' },
  },
  run({ app }) {
    if (!app.deploy.composeIsDeploy || !app.composeService) return [];
    const { file, service } = app.composeService;
    const codeDirs = codeLocations(app);
    const hits = service.volumes.filter((v) => {
      const [src, target] = v.text.split(':');
      if (!src || !target || !/^(?:\.|\/|~)/.test(src)) return false;
      return codeDirs.some((d) => target === d || target.startsWith(`${d}/`) || d.startsWith(`${target.replace(/\/+$/, '')}/`));
    });
    return hits.map((v) => found('mounted', `compose service ${service.name} bind-mounts ${v.text} over the code the image holds, and compose is how the app is run (no other deploy descriptor)`, [fileEv(file, v.line, v.text)]));
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
