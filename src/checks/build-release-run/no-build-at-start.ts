import { DEV_RUNNER, everyStartStep, INSTALL_AT_START, MIGRATE_AT_START } from '../../evidence/repo/app-model';
import type { StartStep } from '../../evidence/repo/app/start-contract';
import { migrationsInCodeAtStart } from '../../evidence/repo/migrations-at-start';
import { fileEv, found, MAX_EVIDENCE, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';


const step = (s: StartStep) => fileEv(s.file, s.line, s.text.slice(0, 200));

export const noBuildAtStart: StaticCheck = {
  id: 'build-release-run/no-build-at-start',
  factor: 'build-release-run',
  kind: 'static',
  role: 'core',
  title: 'The start command only runs the release',
  rationale:
    'Factor V: the run stage only runs the release. Installing packages or compiling when the container starts makes every boot slow, network-dependent and able to run code the build never produced; migrations and dev runners in the start command tie one-off work and development tools to every start.',
  remediation: 'Move installs and compiles into Dockerfile RUN steps (or the buildpack build); run migrations as a release-phase one-off; make the start command exec the built artifact, e.g. CMD ["node", "dist/server.js"].',
  conditions: {
    'only-runs': { rubric: 'start-only-runs', when: 'every command that runs at start only starts the app' },
    'admin-at-start': { rubric: 'start-runs-admin', when: 'migrations or a development runner run as part of the start command (or migrations as the app\'s code starts)' },
    'build-at-start': { rubric: 'build-at-start', when: 'dependencies are installed or code is built when the container starts' },
  },
  run({ app }) {
    // A deploy stack's `command:` is already the start command (the app model puts it in place of CMD).
    const steps = everyStartStep(app);
    if (steps.length === 0) return skip('no start command found (Dockerfile CMD/ENTRYPOINT, Procfile or compose command)');
    const out: FindingDraft[] = [];
    for (const s of steps) {
      if (INSTALL_AT_START.test(s.text)) out.push(found('build-at-start', `${s.origin} installs or builds at every start (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [step(s)]));
      else if (MIGRATE_AT_START.test(s.text)) out.push(found('admin-at-start', `${s.origin} runs migrations at every start (${s.file}:${s.line})`, [step(s)]));
      else if (DEV_RUNNER.test(s.text)) out.push(found('admin-at-start', `${s.origin} runs a development server (${s.file}:${s.line}: ${s.text.slice(0, 80)})`, [step(s)]));
    }
    // The same one-off work started by the app's code or framework at every boot.
    for (const s of migrationsInCodeAtStart(app)) out.push(found('admin-at-start', `${s.origin} runs migrations at every start (${s.file}:${s.line})`, [step(s)]));
    if (out.length > 0) return out.slice(0, MAX_EVIDENCE);
    return [found('only-runs', `${steps.length === 1 ? 'the start command only runs' : `${steps.length} start steps only run`} the built app (${steps[steps.length - 1]!.text.slice(0, 80)})`, steps.slice(0, MAX_EVIDENCE).map(step))];
  },
};
