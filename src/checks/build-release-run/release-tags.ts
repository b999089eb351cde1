import { publishedTags } from '../../evidence/repo/app/deploy';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { StaticCheck } from '../types';

/** A tag that names one build: a commit, a version, a run number, a template filled per release. */
const UNIQUE = /^@sha256:|\$\{\{|\$\{?[A-Z_]*(?:SHA|SHORT|VERSION|TAG|REF_NAME|RUN_NUMBER|BUILD|COMMIT|CI_COMMIT)[A-Z_]*\}?|\{\{[^}]*\}\}|^v?\d+\.\d+|^[0-9a-f]{7,40}$|\$\(git\s/i;

export const releaseTags: StaticCheck = {
  id: 'build-release-run/release-tags',
  factor: 'build-release-run',
  kind: 'static',
  role: 'core',
  title: 'Every release is uniquely identified',
  rationale:
    'Factor V: every release has a unique id (a version, a timestamp, a commit), so a deploy can be named, compared and rolled back. An image published only as `latest` (or another moving tag) cannot be told apart from the one before it.',
  remediation: `Tag published images with the commit or a version (\`ghcr.io/acme/app:\${{ github.sha }}\`, \`:1.4.2\`) and deploy that tag; \`latest\` may be added beside it.`,
  conditions: {
    identified: { rubric: 'releases-identified', when: 'the published image tags name a commit, version or build' },
    'fixed-tags': { rubric: 'fixed-tags', when: 'images are only ever published as `latest` or another fixed tag' },
  },
  run({ app }) {
    const tags = publishedTags(app.snapshot.at('.'), app.deploy);
    // The deploy stack's own image for the app (`image: ghcr.io/acme/app:${TAG:?}`) names the release it runs.
    const svc = app.runService;
    if (svc?.image && svc.imageAt && !tags.some((t) => t.file === svc.imageAt!.file)) {
      const [name, digest] = svc.image.split('@') as [string, string | undefined];
      const colon = name.indexOf(':', name.lastIndexOf('/') + 1);
      const tag = digest ? `@${digest}` : colon >= 0 ? name.slice(colon + 1) : 'latest';
      tags.push({ file: svc.imageAt.file, line: svc.imageAt.line, image: colon >= 0 ? name.slice(0, colon) : name, tag });
    }
    // No publish step in the repository: how releases are named is not judged here.
    if (tags.length === 0) return [];
    const unique = tags.filter((t) => UNIQUE.test(t.tag));
    if (unique.length > 0) return [found('identified', `published images are tagged per release (${unique[0]!.image}:${unique[0]!.tag}, ${unique[0]!.file}:${unique[0]!.line})`, unique.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, `${t.image}:${t.tag}`)))];
    return [found('fixed-tags', `images are published only with fixed tags (${[...new Set(tags.map((t) => t.tag))].slice(0, 4).join(', ')}): releases cannot be told apart`, tags.slice(0, MAX_EVIDENCE).map((t) => fileEv(t.file, t.line, `${t.image}:${t.tag}`)))];
  },
};
