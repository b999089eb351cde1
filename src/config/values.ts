import type { NamedValue } from '../util/redact';
import type { Config } from './schema';

/**
 * Every value the config hands to the build, the app or a service, by name:
 * what must never appear in an output (see Redactor). A service's `env`
 * reaches the app with `{host}` and `{port}` filled in, so both forms count.
 */
export function configValues(config: Config): NamedValue[] {
  const out: NamedValue[] = [];
  const add = (record: Record<string, string>) => {
    for (const [name, value] of Object.entries(record)) out.push({ name, value });
  };
  add(config.run.env);
  add(config.build.args);
  for (const s of config.services) {
    add(s.env);
    add(Object.fromEntries(Object.entries(s.env).map(([k, v]) => [k, v.replaceAll('{host}', s.name).replaceAll('{port}', String(s.port))])));
    add(s['service-env']);
  }
  return out;
}
