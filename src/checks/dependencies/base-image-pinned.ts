import { fileEv, found, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

/** A tag of major.minor or finer (`3.12-slim`, `20.11-alpine`, `21.0.2_13-jre`) or a dated build: the same bits next month. */
const VERSION_TAG = /^v?\d+\.\d+|(?:^|[-_])20\d{6}(?:$|[-_.])/;

export const baseImagePinned: StaticCheck = {
  id: 'dependencies/base-image-pinned',
  factor: 'dependencies',
  kind: 'static',
  role: 'core',
  title: 'Base images are version-tagged',
  rationale:
    'The base image is a dependency too. `FROM node`, `node:latest`, `node:20` or `node:lts` silently change the OS, runtime and libraries between two builds of the same commit.',
  remediation: 'Use a version tag (`FROM node:22.11-bookworm-slim`) or, better, a tag plus digest (`@sha256:…`) kept current by Dependabot or Renovate.',
  conditions: {
    tagged: { rubric: 'base-tagged', when: 'every base image is tagged major.minor or finer, or pinned by digest' },
    floating: { rubric: 'floating-base', when: 'a base image is untagged, `latest`, major-only or a named tag (`lts`, `slim`)' },
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip('no Dockerfile: the base image is not known');
    const out: FindingDraft[] = [];
    for (const s of df.stages) {
      const f = s.from;
      if (f.fromStage || f.image.toLowerCase() === 'scratch') continue;
      const ev = [fileEv(df.file, f.line, `FROM ${f.raw}`)];
      if (f.digest) out.push(found('tagged', `FROM ${f.repository} is pinned by digest`, ev));
      else if (f.unresolved && !f.tag) out.push(found('floating', `FROM ${f.raw} depends on a build argument with no default; the base image is only known at build time`, ev));
      else if (!f.tag) out.push(found('floating', `FROM ${f.image} has no tag, so it means :latest`, ev));
      else if (VERSION_TAG.test(f.tag)) out.push(found('tagged', `FROM ${f.repository} is tagged ${f.tag}`, ev));
      else out.push(found('floating', `FROM ${f.image}: the tag "${f.tag}" floats (it is moved to new releases)`, ev));
    }
    return out.length > 0 ? out : skip('the Dockerfile builds only from scratch or earlier stages');
  },
};
