import { fileEv, found, measured } from '../support';
import type { StaticCheck } from '../types';

const CONFIGS = ['.github/dependabot.yml', '.github/dependabot.yaml', 'renovate.json', 'renovate.json5', '.renovaterc', '.renovaterc.json', '.github/renovate.json', '.github/renovate.json5', '.gitlab/renovate.json'];

export const updateAutomation: StaticCheck = {
  id: 'dependencies/update-automation',
  factor: 'dependencies',
  kind: 'static',
  role: 'advice',
  title: 'Dependency updates are automated',
  rationale: 'Exact pins age. Dependabot or Renovate keeps pinned dependencies and base images moving through reviewed pull requests, so pinning does not turn into running old, vulnerable code.',
  remediation: 'Add .github/dependabot.yml (one entry per ecosystem plus `docker`) or a renovate.json at the repository root.',
  conditions: {
    automated: { outcome: 'pass', when: 'Dependabot or Renovate is configured' },
    manual: { outcome: 'warn', when: 'no update automation is configured' },
  },
  run({ snapshot }) {
    const hit = CONFIGS.find((c) => snapshot.has(c));
    if (hit) return [found('automated', `updates are automated by ${hit.includes('dependabot') ? 'Dependabot' : 'Renovate'}`, [fileEv(hit)])];
    if (/"renovate"\s*:/.test(snapshot.read('package.json') ?? '')) return [found('automated', 'Renovate is configured in package.json', [fileEv('package.json')])];
    return [found('manual', 'no Dependabot or Renovate configuration at the repository root', [measured('update automation configs', 0, 'files', 1)])];
  },
};
