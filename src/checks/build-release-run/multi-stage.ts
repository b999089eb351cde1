import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { fileEv, found, skip } from '../support';
import type { StaticCheck } from '../types';

const BUILD_IN_STAGE = /\b(?:npm|yarn|pnpm|bun)\s+(?:run\s+)?build\b|\btsc\b|\bgo\s+build\b|\bmvnw?\b[^|;&]{0,80}\bpackage\b|\bgradlew?\b[^|;&]{0,80}\b(?:build|assemble|bootJar|installDist)\b|\bcargo\s+build\b|\bnext\s+build\b|\bvite\s+build\b|\bdotnet\s+publish\b|\bgcc\b|\bmake\b/;

export const multiStage: StaticCheck = {
  id: 'build-release-run/multi-stage',
  factor: 'build-release-run',
  kind: 'static',
  role: 'advice',
  title: 'Build tools stay out of the runtime image',
  rationale: 'A multi-stage Dockerfile compiles in one stage and copies only the result into the runtime stage, so the released image holds no compilers, dev dependencies or sources it does not run.',
  remediation: 'Split the Dockerfile: `FROM … AS build` runs the compile step, and the final `FROM` copies the result with `COPY --from=build`.',
  conditions: {
    separated: { outcome: 'pass', when: 'the runtime stage holds no compile step' },
    'compiles-in-runtime': { outcome: 'warn', when: 'the runtime stage compiles, so build tools ship' },
    'single-stage': { outcome: 'pass', when: 'one stage with no compile step: nothing to keep out, and nothing multi-stage about it' },
  },
  run({ app }) {
    const df = app.dockerfile;
    const last = app.finalStage;
    if (!df || !last) return skip('no Dockerfile');
    if (df.stages.length > 1 && (last.from.fromStage || last.instructions.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.from !== undefined))) {
      return [found('separated', `${df.stages.length} stages; the final stage copies from an earlier one`, [fileEv(df.file, last.from.line, `FROM ${last.from.raw}`)])];
    }
    const build = last.instructions.find((i) => i.keyword === 'RUN' && BUILD_IN_STAGE.test(commandText(i)));
    if (build) return [found('compiles-in-runtime', `the runtime stage compiles (${df.file}:${build.line}); compilers and sources ship in the image`, [fileEv(df.file, build.line, build.args.slice(0, 200))])];
    return [found(df.stages.length > 1 ? 'separated' : 'single-stage', `${df.stages.length > 1 ? `${df.stages.length} stages` : 'single stage'} with no compile step in the final one`, [fileEv(df.file, last.from.line)])];
  },
};
