import type { Config } from './schema';

/**
 * The keys that decide the verdict or loosen the sandbox. On a pull request
 * they come from the trusted side (the base branch's config, the action's
 * inputs): a pull request that could set them would judge itself (ignore a
 * failing check, `fail-on: never`, `run.web: false`) or widen the box its
 * own code runs in (`run.network: bridge`, larger limits, its own admin and
 * service commands). Its changes to them are shown and take effect once merged.
 */
export const POLICY_KEYS = [
  'ignore',
  'fail-on',
  'run.web',
  'run.network',
  'run.memory',
  'run.cpus',
  'run.pids',
  'run.boot-timeout',
  'run.shutdown-timeout',
  'run.replicas',
  'run.timeout',
  'build.timeout',
  'admin',
  'services',
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export interface PolicyChange {
  key: PolicyKey;
  /** The trusted value, which applies (as text a person reads). */
  applied: string;
  /** The pull request's value, which does not apply until merged. */
  requested: string;
}

function get(config: Config, key: PolicyKey): unknown {
  if (key.startsWith('run.')) return (config.run as Record<string, unknown>)[key.slice(4)];
  if (key.startsWith('build.')) return (config.build as Record<string, unknown>)[key.slice(6)];
  return (config as Record<string, unknown>)[key];
}

/**
 * The pull request's config with every policy key taken from the trusted
 * config, and the keys where the two differ. Everything else (path,
 * Dockerfile, build args, run.env, the HTTP path) stays the pull request's:
 * it is what the pull request is about.
 */
export function applyPolicy(requested: Config, trusted: Config): { config: Config; changes: PolicyChange[] } {
  const config: Config = {
    ...requested,
    ignore: trusted.ignore,
    'fail-on': trusted['fail-on'],
    admin: trusted.admin,
    services: trusted.services,
    build: { ...requested.build, timeout: trusted.build.timeout },
    run: {
      ...requested.run,
      network: trusted.run.network,
      memory: trusted.run.memory,
      cpus: trusted.run.cpus,
      pids: trusted.run.pids,
      'boot-timeout': trusted.run['boot-timeout'],
      'shutdown-timeout': trusted.run['shutdown-timeout'],
      replicas: trusted.run.replicas,
      timeout: trusted.run.timeout,
    },
  };
  // An absent run.web means "ask the Procfile": it must be absent here too when the trusted side leaves it out.
  if (trusted.run.web === undefined) delete config.run.web;
  else config.run.web = trusted.run.web;
  const changes: PolicyChange[] = [];
  for (const key of POLICY_KEYS) {
    const [a, r] = [get(trusted, key), get(requested, key)];
    if (JSON.stringify(a) === JSON.stringify(r)) continue;
    const applied = describePolicyValue(key, a);
    const asked = describePolicyValue(key, r);
    // Only service env values differ: they are never shown, but the change is.
    changes.push({ key, applied, requested: asked === applied ? `${asked} with other env values` : asked });
  }
  return { config, changes };
}

/**
 * A policy value as a short text for the headline. Service env values are
 * never shown (they hold credentials): a service is its name, image and command.
 */
export function describePolicyValue(key: PolicyKey, value: unknown): string {
  if (value === undefined) return '(not set)';
  if (key === 'ignore') {
    const list = value as Config['ignore'];
    return list.length === 0 ? '(none)' : list.map((i) => `${i.check} ("${i.reason}")`).join(', ');
  }
  if (key === 'admin') {
    const list = value as Config['admin'];
    return list.length === 0 ? '(none)' : list.map((c) => (typeof c === 'string' ? c : c.join(' '))).join('; ');
  }
  if (key === 'services') {
    const list = value as Config['services'];
    if (list.length === 0) return '(none)';
    return list
      .map((s) => {
        const command = s.command ? `: ${typeof s.command === 'string' ? s.command : s.command.join(' ')}` : '';
        const env = [...Object.keys(s.env), ...Object.keys(s['service-env'])];
        return `${s.name} (${s.image}${command}${env.length > 0 ? `; env ${env.join(', ')}` : ''})`;
      })
      .join(', ');
  }
  return String(value);
}
