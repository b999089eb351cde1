import { isNonRuntimePath } from '../../evidence/repo/paths';
import { relativeTo } from '../../evidence/repo/snapshot';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { StaticCheck } from '../types';

const PER_ENV_FILE =
  /(?:^|\/)(?:config\/(?:production|prod|staging|stage|development|dev|qa|uat)\.(?:json|ya?ml|js|ts|cjs|mjs|toml|exs)|settings[_/](?:prod|production|staging|dev|development|local)\.py|application-(?:prod|production|staging|dev|development|qa|uat)\.(?:properties|ya?ml)|appsettings\.(?:Production|Staging|Development)\.json|config\/environments\/(?:production|staging|development)\.(?:rb|js|ts)|config\/(?:prod|dev|staging)\.exs)$/;

export const perEnvironmentFiles: StaticCheck = {
  id: 'config/per-environment-files',
  factor: 'config',
  kind: 'static',
  role: 'core',
  title: 'No config grouped into named environments',
  rationale:
    'Factor III warns against grouping config into named environments (config/production.json, settings_prod.py, application-prod.yml): they do not scale as deploys multiply and put deploy config into the codebase.',
  remediation: 'Replace per-environment files with one config that reads each value from its own environment variable; keep only defaults that are the same everywhere in the code.',
  conditions: {
    'per-environment': { rubric: 'per-environment', when: 'config files named per environment' },
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const files = snapshot.appFiles.filter((f) => {
      const rel = relativeTo(f.path, snapshot.appPath);
      return PER_ENV_FILE.test(rel) && !isNonRuntimePath(rel);
    });
    if (files.length === 0) return [];
    return [found('per-environment', `config grouped by environment: ${files.map((f) => f.path).slice(0, 5).join(', ')}${files.length > 5 ? ' …' : ''}`, files.slice(0, MAX_EVIDENCE).map((f) => fileEv(f.path)))];
  },
};
