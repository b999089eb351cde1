import { everyStartStep, INSTALL_AT_START, MIGRATE_AT_START } from '../../evidence/repo/app-model';
import { migrationsInCodeAtStart } from '../../evidence/repo/migrations-at-start';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { StaticCheck } from '../types';

export const startupWork: StaticCheck = {
  id: 'disposability/startup-work',
  factor: 'disposability',
  kind: 'static',
  role: 'core',
  title: 'Nothing heavy runs at every start',
  rationale:
    'Factor IX: processes start in seconds so the platform can scale out and replace them freely. Migrations and installers at every start stretch each boot, race each other across replicas, and fail when the network does.',
  remediation: 'Run migrations as a release-phase one-off (Procfile `release:`, a Kubernetes Job) and installs in the build; start the process with nothing in front of it.',
  conditions: {
    heavy: { rubric: 'heavy-startup', when: 'migrations or installers run before the app at every start, from the start command or the app\'s own code' },
  },
  run({ app }) {
    const inCode = migrationsInCodeAtStart(app);
    const heavy = [...everyStartStep(app).filter((s) => MIGRATE_AT_START.test(s.text) || INSTALL_AT_START.test(s.text)), ...inCode];
    if (heavy.length === 0) return [];
    const first = heavy[0]!;
    const what = MIGRATE_AT_START.test(first.text) || inCode.includes(first) ? 'migrations run' : 'an installer runs';
    return [found('heavy', `${what} at every start (${first.origin}, ${first.file}:${first.line}: ${first.text.slice(0, 80)})`, heavy.slice(0, MAX_EVIDENCE).map((s) => fileEv(s.file, s.line, s.text.slice(0, 200))))];
  },
};
