import type { StaticCheck } from '../types';
import { adminProcessesChecks } from './admin-processes';
import { backingServicesChecks } from './backing-services';
import { buildReleaseRunChecks } from './build-release-run';
import { codebaseChecks } from './codebase';
import { concurrencyChecks } from './concurrency';
import { configChecks } from './config';
import { dependenciesChecks } from './dependencies';
import { devProdParityChecks } from './dev-prod-parity';
import { disposabilityChecks } from './disposability';
import { logsChecks } from './logs';
import { portBindingChecks } from './port-binding';
import { processesChecks } from './processes';

/** Every static check, one module per factor, in factor order. */
export const STATIC_CHECKS: StaticCheck[] = [
  ...codebaseChecks,
  ...dependenciesChecks,
  ...configChecks,
  ...backingServicesChecks,
  ...buildReleaseRunChecks,
  ...processesChecks,
  ...portBindingChecks,
  ...concurrencyChecks,
  ...disposabilityChecks,
  ...devProdParityChecks,
  ...logsChecks,
  ...adminProcessesChecks,
];
