import { composeBuild } from '../../evidence/repo/app/discover';
import { DEV_RUNNER } from '../../evidence/repo/app-model';
import { serviceKindOfImage } from '../../evidence/repo/parsers/compose';
import { appDockerfiles } from '../../evidence/repo/artifacts';
import { baseName } from '../../evidence/repo/snapshot';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

const STOCK_RUNTIME = /^(?:[\w.-]+\/)*(?:python|node|ruby|golang|openjdk|eclipse-temurin|amazoncorretto|php|rust|mcr\.microsoft\.com\/dotnet\/(?:sdk|aspnet|runtime)|elixir|bun|deno|maven|gradle)(?::|$)/;

export const devImage: StaticCheck = {
  id: 'dev-prod-parity/dev-image',
  factor: 'dev-prod-parity',
  kind: 'static',
  role: 'core',
  title: 'Development runs the image the release is built from',
  rationale:
    'Factor X keeps the tools gap small. A dev service that runs a stock runtime image with the source bind-mounted, or a separate Dockerfile.dev, tests a different runtime version and setup than the image that ships.',
  remediation: 'Build the dev service from the release Dockerfile (`build: .`, a `--target dev` stage for development tools), and drop per-environment Dockerfiles.',
  conditions: {
    'stock-image': { rubric: 'stock-dev-image', when: 'a dev service runs a stock runtime image with bind-mounted source instead of the release image' },
    'per-environment-dockerfile': { rubric: 'dev-only-runtime', when: 'development and release use different Dockerfiles' },
    'dev-runner': { rubric: 'dev-only-runtime', when: 'the dev stack runs the app through a reloading dev server over bind-mounted source' },
  },
  run({ app }) {
    const out: FindingDraft[] = [];
    if (!app.deploy.composeIsDeploy) {
      for (const c of app.compose) {
        for (const s of c.services) {
          if (composeBuild(c, s) || !s.image || serviceKindOfImage(s.image) || !STOCK_RUNTIME.test(s.image)) continue;
          const mount = s.volumes.find((v) => /^\.{1,2}(?:\/|:)/.test(v.text));
          if (!mount) continue;
          out.push(found('stock-image', `compose service ${s.name} runs the stock image ${s.image} with ${mount.text} mounted, not the image the Dockerfile builds${app.dockerfile ? ` (${app.dockerfile.stages.at(-1)?.from.raw ?? ''})` : ''}`, [fileEv(c.file, s.line, `${s.name}: ${s.image}`), fileEv(c.file, mount.line, mount.text)]));
        }
      }
    }
    const dev = app.devService;
    const devCommand = dev?.command ?? dev?.entrypoint;
    if (dev && app.stacks.dev && dev !== app.runService && devCommand && DEV_RUNNER.test(devCommand)) {
      const mount = dev.volumes.find((v) => /^\.{1,2}(?:\/|:)/.test(v.text));
      if (mount) out.push(found('dev-runner', `development runs ${devCommand.slice(0, 80)} in compose service ${dev.name} over ${mount.text}, a reloading dev server the release never runs (${app.stacks.dev.why})`, [fileEv(dev.commandAt?.file ?? dev.at.file, dev.commandAt?.line ?? dev.at.line, devCommand.slice(0, 200)), fileEv(mount.at.file, mount.at.line, mount.text)]));
    }
    const perEnv = appDockerfiles(app.snapshot).filter((f) => /(?:^|[.-])(?:dev|development|local)(?:[.-]|$)/i.test(baseName(f)));
    if (perEnv.length > 0 && app.dockerfile && !perEnv.includes(app.dockerfile.file)) {
      out.push(found('per-environment-dockerfile', `development builds from ${perEnv.join(', ')}, the release from ${app.dockerfile.file}`, [...perEnv, app.dockerfile.file].slice(0, MAX_EVIDENCE).map((f) => fileEv(f))));
    }
    return out;
  },
};
