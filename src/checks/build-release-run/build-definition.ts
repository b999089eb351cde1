import { joinPath } from '../../evidence/repo/snapshot';
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
  },
  run({ app }) {
    if (app.dockerfile) return [found('defined', `built from ${app.dockerfile.file} (context ${app.context === '.' ? 'the repository root' : app.context})`, [fileEv(app.dockerfile.file, app.dockerfile.stages[0]?.from.line)])];
    const projectToml = joinPath(app.root, 'project.toml');
    if (app.snapshot.has(projectToml)) return [found('defined', 'built with Cloud Native Buildpacks (project.toml)', [fileEv(projectToml)])];
    if (app.procfile && app.manifests.length > 0) return [found('defined', `built by a buildpack from ${app.manifests[0]!.file}, run by ${app.procfile.file}`, [fileEv(app.procfile.file), fileEv(app.manifests[0]!.file)])];
    return skip(`no Dockerfile or buildpack definition for the app at "${app.root}": how it is built is not in the repository`);
  },
};
