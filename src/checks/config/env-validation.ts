import { signals } from '../../evidence/repo/artifacts';
import { fileEv, found, measured, placesOf, skip } from '../support';
import type { StaticCheck } from '../types';

const LIBS = /^(envalid|env-var|@t3-oss\/env-\w+|dotenv-safe|convict|znv|pydantic-settings|environs|django-environ|python-decouple|github\.com\/kelseyhightower\/envconfig|github\.com\/caarlos0\/env\S*|envy)$/;

export const envValidation: StaticCheck = {
  id: 'config/env-validation',
  factor: 'config',
  kind: 'static',
  role: 'advice',
  title: 'Environment is validated at boot',
  rationale:
    'When config lives in the environment, a missing or malformed variable should stop the process at boot with a clear message, not surface later as a wrong connection or a crash mid-request.',
  remediation:
    'Validate env at startup: zod/envalid/env-var (Node), pydantic-settings/environs (Python), envconfig/caarlos0/env (Go), @ConfigurationProperties + @Validated (Spring), ENV.fetch (Ruby), Dotenv required() (PHP), envy (Rust).',
  conditions: {
    validated: { outcome: 'pass', when: 'the environment is validated at boot' },
    unvalidated: { outcome: 'warn', when: 'environment variables are read but not validated' },
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    if (idx.of('env-read').length === 0) return skip('the app reads no environment variables');
    const sites = idx.of('env-validation');
    if (sites.length > 0) return [found('validated', `env validated at ${sites[0]!.file}:${sites[0]!.line}`, placesOf(sites).evidence)];
    const lib = app.manifests.flatMap((m) => m.dependencies.filter((d) => LIBS.test(d.name)).map((d) => ({ m, d })))[0];
    if (lib) return [found('validated', `env validation library ${lib.d.name} is declared`, [fileEv(lib.m.file, lib.d.line, lib.d.name)])];
    return [found('unvalidated', 'environment variables are read but not validated at boot', [measured('env validation sites', 0, 'places', 1)])];
  },
};
