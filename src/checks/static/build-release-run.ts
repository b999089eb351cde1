import { commandText, finalStage } from '../../evidence/repo/parsers/dockerfile';
import { mainDockerfile, manifests, procfile, startCommands } from '../../evidence/repo/artifacts';
import { joinPath, normaliseAppPath } from '../../evidence/repo/snapshot';
import type { FindingDraft, StaticCheck } from '../types';
import { fileEv, MAX_EVIDENCE, skip } from './util';

/** Commands that install dependencies or compile code: build-stage work. */
export const BUILD_AT_START: Array<{ re: RegExp; what: string }> = [
  { re: /\bnpm\s+(?:install|i|ci)\b|\byarn\s+install\b|\bpnpm\s+(?:install|i)\b|\bbun\s+install\b/, what: 'installs Node packages' },
  { re: /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b(?!-)|\bwebpack\b|\bnext\s+build\b|\bvite\s+build\b|\besbuild\b/, what: 'compiles or bundles' },
  { re: /\bpip3?\s+install\b|\bpoetry\s+install\b|\bpipenv\s+install\b|\buv\s+(?:sync|pip\s+install)\b/, what: 'installs Python packages' },
  { re: /\bgo\s+(?:build|run|install|mod\s+download)\b/, what: 'compiles Go' },
  { re: /\bmvnw?\s+[^|;&]{0,80}\b(?:package|install|compile|spring-boot:run)\b|\bgradlew?\s+[^|;&]{0,80}\b(?:build|bootRun|run|assemble|installDist)\b/, what: 'runs a JVM build' },
  { re: /\bcargo\s+(?:build|run|install)\b/, what: 'compiles Rust' },
  { re: /\bbundle\s+install\b|\bgem\s+install\b|\brake\s+assets:precompile\b/, what: 'installs Ruby gems or precompiles assets' },
  { re: /\bcomposer\s+(?:install|update|require)\b/, what: 'installs PHP packages' },
  { re: /\bapt-get\s+install\b|\bapk\s+add\b|\byum\s+install\b|\bdnf\s+install\b/, what: 'installs OS packages' },
];

const BUILD_IN_STAGE = /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b|\bgo\s+build\b|\bmvnw?\b[^|;&]{0,80}\bpackage\b|\bgradlew?\b[^|;&]{0,80}\b(?:build|assemble|bootJar|installDist)\b|\bcargo\s+build\b|\bnext\s+build\b|\bvite\s+build\b|\bdotnet\s+publish\b|\bgcc\b|\bmake\b/;

export const buildReleaseRunChecks: StaticCheck[] = [
  {
    id: 'build-release-run/build-definition',
    factor: 'build-release-run',
    kind: 'static',
    title: 'The build is defined in the repository',
    rationale:
      'Factor V separates build from release and run. A Dockerfile or a buildpack definition makes the build stage a reproducible step that turns a commit into an artifact, instead of something done by hand on a server.',
    remediation: 'Add a Dockerfile (or a buildpack setup: project.toml, or a Procfile plus a manifest the buildpack detects) at the audited path.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (df) return [{ outcome: 'pass', message: `built from ${df.file}`, evidence: [fileEv(df.file, df.stages[0]?.from.line)] }];
      const projectToml = joinPath(snapshot.appPath, 'project.toml');
      if (snapshot.has(projectToml)) return [{ outcome: 'pass', message: 'built with Cloud Native Buildpacks (project.toml)', evidence: [fileEv(projectToml)] }];
      const pf = procfile(snapshot);
      if (pf && manifests(snapshot).length > 0) return [{ outcome: 'pass', message: `built by a buildpack from ${manifests(snapshot)[0]!.file}, run by ${pf.file}`, evidence: [fileEv(pf.file), fileEv(manifests(snapshot)[0]!.file)] }];
      return [{ outcome: 'warn', message: `no Dockerfile (${config.dockerfile}) or buildpack definition at "${snapshot.appPath}"`, evidence: [fileEv(snapshot.appPath)] }];
    },
  },
  {
    id: 'build-release-run/multi-stage',
    factor: 'build-release-run',
    kind: 'static',
    title: 'Build tools stay out of the runtime image',
    rationale:
      'A multi-stage Dockerfile compiles in one stage and copies only the artifact into the runtime stage, so the released image holds no compilers, dev dependencies or sources it does not run.',
    remediation: 'Split the Dockerfile: `FROM … AS build` runs the compile step, and the final `FROM` copies the result with `COPY --from=build`.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const last = finalStage(df, config.build.target);
      if (!last) return skip(`${df.file} has no FROM`);
      if (df.stages.length > 1 && (last.from.fromStage || last.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.from !== undefined))) {
        return [{ outcome: 'pass', message: `${df.stages.length} stages; the final stage copies from an earlier one`, evidence: [fileEv(df.file, last.from.line, `FROM ${last.from.raw}`)] }];
      }
      const build = last.instructions.find((i) => i.keyword === 'RUN' && BUILD_IN_STAGE.test(commandText(i)));
      if (build) return [{ outcome: 'warn', message: `the runtime stage compiles (${df.file}:${build.line}); compilers and sources ship in the image`, evidence: [fileEv(df.file, build.line, build.args.slice(0, 200))] }];
      return [{ outcome: 'pass', message: `single stage with no compile step`, evidence: [fileEv(df.file, last.from.line)] }];
    },
  },
  {
    id: 'build-release-run/dockerignore',
    factor: 'build-release-run',
    kind: 'static',
    title: 'A .dockerignore keeps the build context clean',
    rationale:
      'Without .dockerignore the build context carries .git, local .env files, node_modules and build output into the image build: slower builds, leaked local config, and images that differ by whose laptop built them.',
    remediation: 'Add a .dockerignore next to the build context listing at least .git, .env*, node_modules (or your dependency folder) and local build output.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const context = normaliseAppPath(joinPath(snapshot.appPath, config.context));
      const file = joinPath(context, '.dockerignore');
      if (!snapshot.has(file)) return [{ outcome: 'warn', message: `no .dockerignore in the build context "${context}"`, evidence: [fileEv(df.file)] }];
      const leaks = snapshot.filesUnder(context).filter((f) => /(?:^|\/)\.env(?:\.[\w-]+)?$/.test(f.path) && !/\.(?:example|sample|template)$/.test(f.path) && !snapshot.dockerIgnored(context, f.path));
      if (leaks.length > 0) return [{ outcome: 'warn', message: `${file} does not exclude ${leaks.map((l) => l.path).join(', ')}`, evidence: [fileEv(file), ...leaks.slice(0, 5).map((l) => fileEv(l.path))] }];
      return [{ outcome: 'pass', message: `${file} filters the build context`, evidence: [fileEv(file)] }];
    },
  },
  {
    id: 'build-release-run/no-build-at-start',
    factor: 'build-release-run',
    kind: 'static',
    title: 'Nothing is installed or compiled when the app starts',
    rationale:
      'Factor V: the run stage only runs the release. Installing packages or compiling in CMD, ENTRYPOINT, a Procfile or a start script makes every boot slow, network-dependent and able to produce different code than the build.',
    remediation: 'Move installs and compiles into Dockerfile RUN steps (or the buildpack build); make the start command exec the built artifact, e.g. CMD ["node", "dist/server.js"].',
    run({ snapshot, config }) {
      const cmds = startCommands(snapshot, config);
      if (cmds.length === 0) return skip('no start command found (Dockerfile CMD/ENTRYPOINT, Procfile, compose or package.json start)');
      const out: FindingDraft[] = [];
      for (const c of cmds) {
        for (const rule of BUILD_AT_START) {
          if (!rule.re.test(c.text)) continue;
          out.push({ outcome: 'fail', message: `${c.origin} ${rule.what} at start (${c.file}:${c.line})`, evidence: [fileEv(c.file, c.line, c.text.slice(0, 200))] });
          break;
        }
      }
      if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
      return [{ outcome: 'pass', message: `${cmds.length} start command(s) only run the built app`, evidence: cmds.slice(0, MAX_EVIDENCE).map((c) => fileEv(c.file, c.line, c.text.slice(0, 200))) }];
    },
  },
];
