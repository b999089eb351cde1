import type { FactorId } from '../model/factors';

/**
 * THE table from a claimed property to the evidence about it: for each
 * property a claim document can name (src/evidence/repo/claims/properties.ts),
 * the check conditions that show it holds, that show it does not, and those
 * that leave it open. A check or condition not listed here says nothing about
 * the property, however it turned out: "port binding" is not judged by where
 * the port number comes from, and a list of variable names not by the port
 * at all. `error` and `skip` have no condition, so they never contradict.
 */
export type Reading = 'holds' | 'breaks' | 'open';

export interface PropertyEvidence {
  /** check id → condition → what that condition says about the property. */
  readings: Record<string, Record<string, Reading>>;
  /** Static readings that break the property only together (no shutdown path: a shell that swallows SIGTERM and no handler behind it). */
  together?: Array<{ says: string; all: Array<[check: string, condition: string]> }>;
  /** The property is about named services or variables: a reading counts only when its finding names one of them. */
  names?: (text: string) => Name[];
  /** Conditions that leave nothing for the property to be about (no backing service at all): a holding reading is then open. */
  voidWhen?: Array<[check: string, condition: string]>;
}

export interface Name {
  /** How the claim names it: "Redis", "REDIS_URL". */
  said: string;
  /** What a finding about it contains. */
  re: RegExp;
}

const SERVICES: Array<[RegExp, RegExp]> = [
  [/\bpostgre(?:s|sql)\b/i, /postgre|\bpg\b|psycopg|asyncpg|npgsql|:5432\b/i],
  [/\bmysql\b|\bmariadb\b/i, /mysql|mariadb|:3306\b/i],
  [/\bredis\b/i, /redis|:6379\b/i],
  [/\bmongo(?:db)?\b/i, /mongo|:27017\b/i],
  [/\brabbitmq\b|\bamqp\b/i, /rabbit|amqp|:5672\b/i],
  [/\bkafka\b/i, /kafka|:9092\b/i],
  [/\bmemcached?\b/i, /memcache|:11211\b/i],
  [/\belasticsearch\b/i, /elastic|:9200\b/i],
  [/\bs3\b/i, /\bs3\b|minio|aws/i],
  [/\bsmtp\b/i, /smtp|mail/i],
];
const SERVICE_VARIABLE = /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN|HOST|ADDR|ADDRESS)\b/g;

/** The services and location variables a backing-service promise names. */
export function serviceNames(text: string): Name[] {
  const t = text.slice(0, 1000);
  const out: Name[] = [];
  for (const [said, re] of SERVICES) {
    const m = said.exec(t);
    if (m) out.push({ said: m[0], re });
  }
  for (const v of new Set(t.match(SERVICE_VARIABLE) ?? [])) out.push({ said: v, re: new RegExp(`\\b${v}\\b`) });
  return out;
}

const SHUTDOWN: PropertyEvidence = {
  readings: {
    'disposability/sigterm-shutdown': { graceful: 'holds', killed: 'breaks', 'default-action': 'open' },
    'disposability/stop-signal': { sigkill: 'breaks' },
    'disposability/signal-handlers': { handled: 'holds', unhandled: 'open' },
    'disposability/exec-form-cmd': { 'shell-or-wrapper': 'open', 'dev-server': 'open', 'base-image-entry': 'open', 'one-off': 'open' },
  },
  together: [
    {
      says: 'no shutdown path',
      all: [
        ['disposability/exec-form-cmd', 'shell-or-wrapper'],
        ['disposability/signal-handlers', 'unhandled'],
      ],
    },
  ],
};

export const PROPERTY_EVIDENCE: Record<string, PropertyEvidence> = {
  'graceful-shutdown': SHUTDOWN,
  'exec-form-entry': {
    readings: { 'disposability/exec-form-cmd': { 'reaches-app': 'holds', 'shell-or-wrapper': 'breaks', 'dev-server': 'open', 'base-image-entry': 'open', 'one-off': 'open' } },
  },
  'fast-startup': {
    readings: {
      'disposability/startup-time': { fast: 'holds', slow: 'breaks' },
      'disposability/startup-work': { heavy: 'open' },
    },
  },
  'logs-to-stdout': {
    readings: {
      'logs/stdout-output': { stdout: 'holds', 'files-only': 'breaks' },
      'logs/no-log-files': { none: 'holds', created: 'breaks' },
      'logs/no-file-logging': { stdout: 'holds', redirected: 'open', 'file-sink': 'breaks' },
    },
  },
  'port-binding': {
    readings: {
      'port-binding/binds-port': { bound: 'holds', 'fixed-in-command': 'holds', 'hardcoded-in-code': 'holds', 'base-image-server': 'open', loopback: 'breaks', 'never-binds': 'open' },
      'port-binding/port-source': { 'from-env': 'holds', 'fixed-in-command': 'holds', 'hardcoded-in-code': 'holds', 'base-image-server': 'open', loopback: 'breaks', 'no-port': 'open' },
    },
  },
  'port-from-env': {
    readings: {
      'port-binding/binds-port': { bound: 'holds', 'fixed-in-command': 'breaks', 'hardcoded-in-code': 'breaks', 'base-image-server': 'open', loopback: 'open', 'never-binds': 'open' },
      'port-binding/port-source': { 'from-env': 'holds', 'fixed-in-command': 'breaks', 'hardcoded-in-code': 'breaks', 'base-image-server': 'open', loopback: 'open', 'no-port': 'open' },
    },
  },
  'multi-stage-dockerfile': {
    readings: { 'build-release-run/multi-stage': { separated: 'holds', 'single-stage': 'breaks', 'compiles-in-runtime': 'open' } },
  },
  'container-build': {
    readings: {
      'build-release-run/build-definition': { defined: 'holds' },
      'build-release-run/stages-completed': { built: 'holds', broken: 'open' },
    },
  },
  'separate-stages': {
    readings: {
      'build-release-run/no-build-at-start': { 'only-runs': 'holds', 'admin-at-start': 'open', 'build-at-start': 'breaks' },
      'build-release-run/source-mounted': { mounted: 'breaks' },
      'build-release-run/stages-completed': { built: 'holds', broken: 'open' },
    },
  },
  'release-identified': {
    readings: { 'build-release-run/release-tags': { identified: 'holds', 'fixed-tags': 'breaks' } },
  },
  lockfile: {
    readings: { 'dependencies/lockfile': { locked: 'holds', 'top-level-pins': 'open', 'unlocked-ranges': 'breaks', undeclared: 'breaks' } },
  },
  'reproducible-install': {
    readings: { 'dependencies/reproducible-install': { 'honours-lock': 'holds', 're-resolves': 'breaks' } },
  },
  'base-image-pinned': {
    // The rubric calls `node:20` floating; a team that calls it pinned is not contradicted by a definition.
    readings: { 'dependencies/base-image-pinned': { tagged: 'holds', floating: 'open' } },
  },
  'dependency-manifest': {
    readings: { 'dependencies/lockfile': { locked: 'holds', 'top-level-pins': 'holds', 'unlocked-ranges': 'holds', undeclared: 'breaks' } },
  },
  'update-automation': {
    // Dependabot security updates need no file in the repository: a missing config leaves the promise open.
    readings: { 'dependencies/update-automation': { automated: 'holds', manual: 'open' } },
  },
  'no-local-state': {
    readings: {
      'processes/no-local-writes': { 'no-writes': 'holds', writes: 'breaks' },
      'processes/local-state': { stateless: 'holds', fallback: 'open', 'local-state': 'breaks' },
    },
  },
  'config-from-env': {
    readings: {
      'config/honours-env': { honoured: 'holds' },
      'config/reads-env': { 'from-env': 'holds', 'no-env': 'open' },
      'config/per-environment-files': { 'per-environment': 'open' },
    },
  },
  'no-committed-secrets': {
    readings: {
      'config/committed-secrets': { 'no-secret': 'holds', 'in-use': 'breaks', 'dev-placeholder': 'open' },
      'config/dockerfile-secrets': { 'build-arg': 'open' },
      'config/dotenv-committed': { committed: 'open' },
    },
  },
  'env-validation': {
    readings: { 'config/env-validation': { validated: 'holds', unvalidated: 'open' } },
  },
  'backing-services-by-url': {
    readings: {
      'backing-services/services-reachable': { connected: 'holds' },
      'backing-services/urls-from-env': { 'from-env': 'holds', overlay: 'holds', 'hardcoded-store': 'breaks', 'hardcoded-http': 'open', 'no-service': 'open' },
    },
    names: serviceNames,
  },
  'compose-for-dev': {
    readings: { 'dev-prod-parity/same-backing-services': { 'no-dev-stack': 'open' } },
  },
  'same-services-everywhere': {
    readings: {
      'dev-prod-parity/same-backing-services': { same: 'holds', 'sqlite-vs-server': 'breaks', 'version-drift': 'open', 'no-dev-stack': 'open' },
    },
    voidWhen: [['backing-services/urls-from-env', 'no-service']],
  },
  'one-image': {
    readings: { 'dev-prod-parity/dev-image': { 'per-environment-dockerfile': 'breaks', 'stock-image': 'open' } },
  },
  'admin-tasks': {
    readings: {
      // A one-off that fails in the sandbox may only miss its database: that leaves the promise open.
      'admin-processes/admin-commands': { ran: 'holds', failed: 'open' },
      'admin-processes/declared-tasks': { shipped: 'holds', 'not-shipped': 'breaks', none: 'open' },
      'admin-processes/no-migrate-on-start': { coupled: 'open' },
    },
  },
  'process-types': {
    readings: { 'concurrency/process-types': { declared: 'holds', none: 'open' } },
  },
  'scale-out': {
    readings: {
      'concurrency/replicas': { 'side-by-side': 'holds', singleton: 'breaks' },
      'concurrency/no-daemonizing': { daemonises: 'breaks' },
      'concurrency/no-process-supervisor': { supervisor: 'open' },
      'concurrency/process-types': { declared: 'holds', none: 'open' },
    },
  },
  'one-codebase': {
    readings: {
      'codebase/version-control': { tracked: 'holds' },
      'codebase/one-app-per-path': { 'one-app': 'holds', monorepo: 'open' },
    },
  },
  'health-check': {
    // Health endpoints and orchestrator probes live outside the Dockerfile: a missing HEALTHCHECK leaves it open.
    readings: { 'disposability/healthcheck': { declared: 'holds', missing: 'open' } },
  },
};

/**
 * What a factor's heading states when a claim says no more than "VI.
 * Processes ✅": the factor's own promise. Only a core failure about these
 * properties contradicts the heading; anything else about the factor is for
 * its verdict, not for the claim.
 */
export const HEADING_PROPERTIES: Record<FactorId, string[]> = {
  I: ['one-codebase'],
  II: ['lockfile'],
  III: ['config-from-env', 'no-committed-secrets'],
  IV: ['backing-services-by-url'],
  V: ['separate-stages'],
  VI: ['no-local-state'],
  VII: ['port-binding'],
  VIII: ['scale-out'],
  IX: ['graceful-shutdown', 'fast-startup'],
  X: ['same-services-everywhere'],
  XI: ['logs-to-stdout'],
  XII: ['admin-tasks'],
};
