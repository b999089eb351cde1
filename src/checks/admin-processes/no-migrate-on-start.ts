import { everyStartStep, MIGRATE_AT_START } from '../../evidence/repo/app-model';
import { migrationsInCodeAtStart } from '../../evidence/repo/migrations-at-start';
import { fileEv, found } from '../support';
import type { StaticCheck } from '../types';

export const noMigrateOnStart: StaticCheck = {
  id: 'admin-processes/no-migrate-on-start',
  factor: 'admin-processes',
  kind: 'static',
  role: 'core',
  title: 'Migrations run once per release, not with every start',
  rationale:
    'Factor XII runs admin tasks as one-off processes. Migrating in the start command couples the task to the web process: it runs in every replica at every restart, racing the others.',
  remediation: 'Run migrations as a release-phase process (Procfile `release:`, a Kubernetes Job, a pre-deploy step) from the same image, and start the web process without them.',
  conditions: {
    coupled: { rubric: 'coupled', when: 'the start command, or the app\'s code or framework as it starts, runs migrations' },
  },
  run({ app }) {
    return [...everyStartStep(app).filter((s) => MIGRATE_AT_START.test(s.text)), ...migrationsInCodeAtStart(app)]
      .slice(0, 5)
      .map((s) => found('coupled', `${s.origin} migrates at every start (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [fileEv(s.file, s.line, s.text.slice(0, 200))]));
  },
};
