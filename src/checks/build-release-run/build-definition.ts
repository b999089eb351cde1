import { joinPath } from '../../evidence/repo/snapshot';
import type { AppModel } from '../../evidence/repo/app-model';
import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';

export const buildDefinition: StaticCheck = {
  id: 'build-release-run/build-definition',
  factor: 'build-release-run',
  kind: 'static',
  role: 'core',
  title: 'The build is defined in the repository',
  rationale:
    'Factor V separates build from release and run. A Dockerfile or a buildpack definition makes the build a reproducible step that bakes the code and its dependencies into an artifact, instead of something done by hand on a server.',
  remediation: 'Add a Dockerfile (or a buildpack setup: project.toml, or a Procfile plus a manifest the buildpack detects) for the app.',
  conditions: {
    defined: { rubric: 'baked-at-build', when: 'a Dockerfile or buildpack definition builds the app' },
    'built-outside': { rubric: 'built-outside', when: 'the image copies a build output (a jar, target/, dist/) that the repository does not hold and no stage builds' },
  },
  run({ app }) {
    if (app.dockerfile) {
      const defined = found('defined', `built from ${app.dockerfile.file} (context ${app.context === '.' ? 'the repository root' : app.context})`, [fileEv(app.dockerfile.file, app.dockerfile.stages[0]?.from.line)]);
      const outside = builtOutside(app);
      return outside ? [defined, found('built-outside', `${app.dockerfile.file}:${outside.line} copies ${outside.source}, built outside the image build (the repository does not hold it and no stage builds it): what ships depends on whatever was on disk when the image was built`, [fileEv(app.dockerfile.file, outside.line, outside.text)])] : [defined];
    }
    const projectToml = joinPath(app.root, 'project.toml');
    if (app.snapshot.has(projectToml)) return [found('defined', 'built with Cloud Native Buildpacks (project.toml)', [fileEv(projectToml)])];
    if (app.procfile && app.manifests.length > 0) return [found('defined', `built by a buildpack from ${app.manifests[0]!.file}, run by ${app.procfile.file}`, [fileEv(app.procfile.file), fileEv(app.manifests[0]!.file)])];
    return skip(`no Dockerfile or buildpack definition for the app at "${app.root}": how it is built is not in the repository`);
  },
};

/** Paths build tools write: a Maven or Gradle jar, a bundler's dist/, a .NET publish folder. */
const BUILD_OUTPUT = /^(?:target|build|dist|out|bin|publish|artifacts?)(?:\/|$)|\.(?:jar|war|ear)$/;

/** A COPY or ADD from the context of a build output the repository does not hold. */
function builtOutside(app: AppModel): { line: number; source: string; text: string } | undefined {
  const stage = app.finalStage;
  if (!stage) return undefined;
  for (const i of stage.instructions) {
    if ((i.keyword !== 'COPY' && i.keyword !== 'ADD') || i.flags.from) continue;
    const sources = (i.exec ?? i.body.trim().split(/\s+/)).slice(0, -1).map((w) => w.replace(/^["']|["']$/g, '').replace(/^\.\//, ''));
    for (const src of sources) {
      if (!BUILD_OUTPUT.test(src) || src.includes('$')) continue;
      const prefix = joinPath(app.context, src.split('*')[0]!.replace(/\/+$/, ''));
      const glob = src.includes('*');
      if (!app.snapshot.at('.').files.some((f) => f.path === prefix || f.path.startsWith(`${prefix}/`) || (glob && f.path.startsWith(prefix)))) return { line: i.line, source: src, text: `${i.keyword} ${i.body}`.slice(0, 200) };
    }
  }
  return undefined;
}
