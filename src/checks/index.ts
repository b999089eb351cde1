import { RUBRIC, type RubricColumn, rubricColumn } from '../judge/rubric';
import { factorBySlug } from '../model/factors';
import type { Outcome } from '../model/verdict';
import { adminCommands } from './admin-processes/admin-commands';
import { declaredTasks } from './admin-processes/declared-tasks';
import { noMigrateOnStart } from './admin-processes/no-migrate-on-start';
import { servicesReachable } from './backing-services/services-reachable';
import { urlsFromEnv } from './backing-services/urls-from-env';
import { buildDefinition } from './build-release-run/build-definition';
import { dockerignore } from './build-release-run/dockerignore';
import { multiStage } from './build-release-run/multi-stage';
import { noBuildAtStart } from './build-release-run/no-build-at-start';
import { releaseTags } from './build-release-run/release-tags';
import { releasedImage } from './build-release-run/released-image';
import { sourceMounted } from './build-release-run/source-mounted';
import { stagesCompleted } from './build-release-run/stages-completed';
import { imageRevision } from './codebase/image-revision';
import { oneApp } from './codebase/one-app';
import { versionControl } from './codebase/version-control';
import { noDaemonizing } from './concurrency/no-daemonizing';
import { noProcessSupervisor } from './concurrency/no-process-supervisor';
import { processTypes } from './concurrency/process-types';
import { replicas } from './concurrency/replicas';
import { committedSecrets } from './config/committed-secrets';
import { dockerfileSecrets } from './config/dockerfile-secrets';
import { dotenvCommitted } from './config/dotenv-committed';
import { envValidation } from './config/env-validation';
import { honoursEnv } from './config/honours-env';
import { perEnvironmentFiles } from './config/per-environment-files';
import { readsEnv } from './config/reads-env';
import { secretsOutsideApp } from './config/secrets-outside-app';
import { baseImagePinned } from './dependencies/base-image-pinned';
import { lockfile } from './dependencies/lockfile';
import { noCurlPipeShell } from './dependencies/no-curl-pipe-shell';
import { reproducibleInstall } from './dependencies/reproducible-install';
import { updateAutomation } from './dependencies/update-automation';
import { devImage } from './dev-prod-parity/dev-image';
import { sameBackingServices } from './dev-prod-parity/same-backing-services';
import { execFormCmd } from './disposability/exec-form-cmd';
import { healthcheck } from './disposability/healthcheck';
import { signalHandlers } from './disposability/signal-handlers';
import { sigtermShutdown } from './disposability/sigterm-shutdown';
import { startupTime } from './disposability/startup-time';
import { startupWork } from './disposability/startup-work';
import { stopSignal } from './disposability/stop-signal';
import { noFileLogging } from './logs/no-file-logging';
import { noLogFiles } from './logs/no-log-files';
import { stdoutOutput } from './logs/stdout-output';
import { bindsPort } from './port-binding/binds-port';
import { portSource } from './port-binding/port-source';
import { localState } from './processes/local-state';
import { noLocalWrites } from './processes/no-local-writes';
import { sharedState } from './processes/shared-state';
import type { CatalogueEntry, Check, Condition, RuntimeCheck, StaticCheck } from './types';

/** Every check, by factor. A check is one file under src/checks/<factor>/. */
export const STATIC_CHECKS: StaticCheck[] = [
  versionControl, oneApp,
  lockfile, baseImagePinned, reproducibleInstall, noCurlPipeShell, updateAutomation,
  committedSecrets, readsEnv, perEnvironmentFiles, secretsOutsideApp, dotenvCommitted, dockerfileSecrets, envValidation,
  urlsFromEnv,
  buildDefinition, noBuildAtStart, sourceMounted, releaseTags, multiStage, dockerignore,
  localState,
  portSource,
  processTypes, noProcessSupervisor, noDaemonizing,
  execFormCmd, signalHandlers, startupWork, stopSignal, healthcheck,
  sameBackingServices, devImage,
  noFileLogging,
  declaredTasks, noMigrateOnStart,
];

export const RUNTIME_CHECKS: RuntimeCheck[] = [
  imageRevision,
  honoursEnv,
  servicesReachable,
  stagesCompleted, releasedImage,
  noLocalWrites, sharedState,
  bindsPort,
  replicas,
  sigtermShutdown, startupTime,
  stdoutOutput, noLogFiles,
  adminCommands,
];

export const ALL_CHECKS: Check[] = [...STATIC_CHECKS, ...RUNTIME_CHECKS];

/** The catalogue: metadata only, ordered by factor then id. Source of docs, SARIF rules and links. */
export const CATALOGUE: CatalogueEntry[] = ALL_CHECKS.map(({ id, factor, kind, role, title, rationale, remediation, conditions, question, subject }) => ({
  id,
  factor,
  kind,
  role,
  title,
  rationale,
  remediation,
  conditions,
  ...(question ? { question } : {}),
  ...(subject ? { subject } : {}),
})).sort((a, b) => (factorBySlug(a.factor)?.number ?? 0) - (factorBySlug(b.factor)?.number ?? 0) || a.id.localeCompare(b.id));

const byId = new Map(CATALOGUE.map((e) => [e.id, e]));
export function catalogueEntry(id: string): CatalogueEntry | undefined {
  return byId.get(id);
}

/**
 * The severity table: the outcome of a check's condition. A core condition
 * takes the column of the rubric case it cites; an advice condition says
 * its own (pass or warn). Undefined for a condition the check does not
 * declare, which the runner reports as a bug.
 */
export function outcomeOf(entry: Pick<CatalogueEntry, 'factor' | 'conditions'>, condition: string): Outcome | undefined {
  const c: Condition | undefined = entry.conditions[condition];
  if (!c) return undefined;
  if ('outcome' in c) return c.outcome;
  const factor = factorBySlug(entry.factor);
  return factor ? columnOutcome(rubricColumn(factor.id, c.rubric)) : undefined;
}

function columnOutcome(column: RubricColumn | undefined): Outcome | undefined {
  return column;
}

/** The rubric case text a condition cites, for docs. */
export function rubricText(entry: Pick<CatalogueEntry, 'factor' | 'conditions'>, condition: string): string | undefined {
  const c = entry.conditions[condition];
  const factor = factorBySlug(entry.factor);
  if (!c || !('rubric' in c) || !factor) return undefined;
  const column = rubricColumn(factor.id, c.rubric);
  return column ? RUBRIC[factor.id].cells[column][c.rubric] : undefined;
}
