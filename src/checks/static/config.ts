import { dotenvFiles, mainDockerfile, manifests, secrets, signals } from '../../evidence/repo/artifacts';
import { isNonRuntimePath } from '../../evidence/repo/paths';
import { baseName, relativeTo } from '../../evidence/repo/snapshot';
import { isPlaceholder } from '../../evidence/repo/secrets/rules';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, fileEv, MAX_EVIDENCE, passIfFound, placesOf, skip } from './util';

const TEMPLATE_ENV = /\.(?:example|sample|template|dist|defaults?|tpl|schema)$|^\.env\.(?:example|sample|template|dist)/;
const SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CLIENT_SECRET)/i;
const NOT_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_URL_ENV|_NAME|_ID|_HEADER|_LENGTH|_TTL|_EXPIRY|_TYPE|_ENABLED)$/i;
const PER_ENV_FILE =
  /(?:^|\/)(?:config\/(?:production|prod|staging|stage|development|dev|qa|uat)\.(?:json|ya?ml|js|ts|cjs|mjs|toml)|settings[_/](?:prod|production|staging|dev|development|local)\.py|application-(?:prod|production|staging|dev|development|qa|uat)\.(?:properties|ya?ml)|appsettings\.(?:Production|Staging|Development)\.json|config\/environments\/(?:production|staging|development)\.(?:rb|js|ts)|\.env\.(?:production|prod|staging|development|dev))$/;

function isEnvFile(path: string): boolean {
  const b = baseName(path);
  return /^\.env(?:\.[\w.-]+)?$/.test(b) && !TEMPLATE_ENV.test(b);
}

export const configChecks: StaticCheck[] = [
  {
    id: 'config/dotenv-committed',
    factor: 'config',
    kind: 'static',
    title: 'No .env file committed',
    rationale:
      "Factor III keeps config in the environment, strictly separated from code. A committed .env file ships one environment's config (often secrets) inside the codebase.",
    remediation: 'Remove the .env file from the repository (git rm --cached), add it to .gitignore, and commit a .env.example with names and no values.',
    run({ snapshot }) {
      const committed = snapshot.appFiles.filter((f) => isEnvFile(f.path));
      if (committed.length > 0) {
        const parsed = new Map(dotenvFiles(snapshot).map((d) => [d.file, d]));
        return committed.map((f) => {
          const entries = parsed.get(f.path)?.entries ?? [];
          const secretish = entries.filter((e) => SECRET_NAME.test(e.name) && e.value !== '' && !isPlaceholder(e.value));
          return {
            outcome: 'fail' as const,
            message: `${f.path} is committed (${entries.length} variable(s)${secretish.length > 0 ? `, ${secretish.length} secret-named with values` : ''})`,
            evidence: [fileEv(f.path, entries[0]?.line ?? 1)],
            ...(secretish.length > 0 ? { details: secretish.slice(0, 10).map((e) => `${f.path}:${e.line} ${e.name}=[REDACTED]`) } : {}),
          };
        });
      }
      const gitignore = snapshot.read('.gitignore');
      const line = gitignore?.split('\n').findIndex((l) => /^\/?\.env\b/.test(l.trim()));
      return [
        {
          outcome: 'pass',
          message: 'no .env file is committed',
          evidence: [gitignore !== undefined && line !== undefined && line >= 0 ? fileEv('.gitignore', line + 1) : countEv('committed .env files', 0, 'files', 0)],
        },
      ];
    },
  },
  {
    id: 'config/committed-secrets',
    factor: 'config',
    kind: 'static',
    title: 'No secrets committed to the repository',
    rationale:
      'Factor III: the codebase could be made open source at any moment without compromising any credentials. Tokens, keys and passwords in files leak with every clone, fork and CI log, and outlive their removal in git history.',
    remediation:
      'Revoke and rotate each secret found, remove it from the code (and history, e.g. git filter-repo), and read it from an environment variable set by the platform or a secret manager.',
    run({ snapshot }) {
      const hits = secrets(snapshot);
      if (hits.length === 0) {
        return [{ outcome: 'pass', message: `no secret matched ${snapshot.appFiles.length} files scanned`, evidence: [countEv('secrets found', 0, 'secrets', 0)] }];
      }
      const byRule = new Map<string, number>();
      for (const h of hits) byRule.set(h.rule, (byRule.get(h.rule) ?? 0) + 1);
      // Secrets in tests and docs are still committed, but are far more often fakes: warn there.
      return hits.slice(0, 50).map((h) => {
        const inTests = isNonRuntimePath(relativeTo(h.file, snapshot.appPath));
        return {
          outcome: h.severity === 'fail' && !inTests ? ('fail' as const) : ('warn' as const),
          message: `${h.title} (${h.rule}) at ${h.file}:${h.line}${inTests ? ' (test, doc or example file)' : ''}`,
          evidence: [{ kind: 'file' as const, file: h.file, line: h.line, column: h.column, snippet: h.snippet }],
        };
      });
    },
  },
  {
    id: 'config/dockerfile-secrets',
    factor: 'config',
    kind: 'static',
    title: 'No secrets in Dockerfile ENV or ARG',
    rationale:
      'ENV values are baked into every layer and visible with `docker inspect`; ARG values stay in the image history. A secret there ships with the image to every registry and host it reaches.',
    remediation:
      'Pass secrets at run time as environment variables, and at build time with BuildKit secrets (`RUN --mount=type=secret,id=npm_token …`), never as ENV or ARG.',
    run({ snapshot, config }) {
      const df = mainDockerfile(snapshot, config);
      if (!df) return skip(`no Dockerfile at ${config.dockerfile}`);
      const out: FindingDraft[] = [];
      for (const e of df.envs) {
        if (!SECRET_NAME.test(e.name) || NOT_SECRET_NAME.test(e.name)) continue;
        // A value of a few characters (`ENV SECRET_KEY_BASE 1` so assets precompile) is a dummy, not a secret.
        const literal = e.value !== undefined && e.value.length >= 4 && !/^\$/.test(e.value) && !isPlaceholder(e.value);
        if (e.keyword === 'ENV' && literal) out.push({ outcome: 'fail', message: `ENV ${e.name} bakes a literal secret into the image`, evidence: [fileEv(df.file, e.line, `ENV ${e.name}=[REDACTED]`)] });
        else if (e.keyword === 'ARG' && literal) out.push({ outcome: 'fail', message: `ARG ${e.name} has a literal default that stays in the image history`, evidence: [fileEv(df.file, e.line, `ARG ${e.name}=[REDACTED]`)] });
        else if (e.keyword === 'ARG') out.push({ outcome: 'warn', message: `ARG ${e.name} passes a secret as a build argument; it is recorded in the image history`, evidence: [fileEv(df.file, e.line, `ARG ${e.name}`)] });
        else if (e.keyword === 'ENV' && e.value && /^\$/.test(e.value)) out.push({ outcome: 'warn', message: `ENV ${e.name} copies a build argument into the image environment`, evidence: [fileEv(df.file, e.line, `ENV ${e.name}=${e.value.slice(0, 40)}`)] });
      }
      if (out.length > 0) return out;
      return [{ outcome: 'pass', message: `${df.file} sets no secret-named ENV or ARG`, evidence: [fileEv(df.file), countEv('secret-named ENV/ARG', 0, 'instructions', 0)] }];
    },
  },
  {
    id: 'config/reads-env',
    factor: 'config',
    kind: 'static',
    title: 'Config is read from the environment',
    rationale:
      'Factor III stores config in environment variables: language- and OS-agnostic, easy to change between deploys without changing code. Code that never reads the environment has its config baked in.',
    remediation:
      'Read deploy-specific values (URLs, credentials, ports, feature switches) from the environment: process.env, os.environ, os.Getenv, System.getenv / Spring ${VAR}, ENV[...], getenv(), std::env::var.',
    run({ snapshot }) {
      const idx = signals(snapshot);
      const found = idx.of('env-read');
      if (idx.sourceFiles.size === 0) return skip('no runtime source files in the audited path');
      return passIfFound(
        found,
        (s) => `config is read from the environment (${found.length} place(s), first ${s.file}:${s.line})`,
        () => [{ outcome: 'warn', message: `${[...idx.sourceFiles.values()].flat().length} source files and no environment read found`, evidence: [countEv('environment reads', 0, 'places', 1)] }],
      );
    },
  },
  {
    id: 'config/hardcoded-credentials',
    factor: 'config',
    kind: 'static',
    title: 'No hardcoded passwords in source',
    rationale:
      'A password written in code is config in the codebase: the same for every deploy, readable by everyone with the repository, and changed only by a new release.',
    remediation: 'Read the value from an environment variable (with no default for secrets) and fail at boot when it is missing.',
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.sourceFiles.size === 0 && idx.scannedFiles === 0) return skip('no runtime source or config files in the audited path');
      const found = idx.of('hardcoded-credential');
      if (found.length === 0) return [{ outcome: 'pass', message: `no literal password assignments in ${idx.scannedFiles} scanned files`, evidence: [countEv('hardcoded passwords', 0, 'places', 0)] }];
      const { evidence, more } = placesOf(found);
      return [{ outcome: 'warn', message: `literal password-like values in source: ${found.length} place(s)${more}`, evidence }];
    },
  },
  {
    id: 'config/per-environment-files',
    factor: 'config',
    kind: 'static',
    title: 'No per-environment config files',
    rationale:
      'Factor III warns against grouping config into named environments (config/production.json, settings_prod.py, application-prod.yml): they do not scale as deploys multiply and put deploy config into the codebase.',
    remediation: 'Replace per-environment files with one config that reads each value from its own environment variable; keep only defaults that are the same everywhere in the code.',
    run({ snapshot }) {
      const found = snapshot.appFiles.filter((f) => PER_ENV_FILE.test(relativeTo(f.path, snapshot.appPath)) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
      if (found.length === 0) return [{ outcome: 'pass', message: 'no per-environment config files', evidence: [countEv('per-environment config files', 0, 'files', 0)] }];
      return [{ outcome: 'warn', message: `config grouped by environment: ${found.map((f) => f.path).slice(0, 5).join(', ')}${found.length > 5 ? ' …' : ''}`, evidence: found.slice(0, MAX_EVIDENCE).map((f) => fileEv(f.path)) }];
    },
  },
  {
    id: 'config/env-validation',
    factor: 'config',
    kind: 'static',
    title: 'Environment is validated at boot',
    rationale:
      'When config lives in the environment, a missing or malformed variable should stop the process at boot with a clear message, not surface later as a wrong connection or a crash mid-request.',
    remediation:
      'Validate env at startup: zod/envalid/env-var (Node), pydantic-settings/environs (Python), envconfig/caarlos0/env (Go), @ConfigurationProperties + @Validated (Spring), ENV.fetch (Ruby), Dotenv required() (PHP), envy (Rust).',
    run({ snapshot }) {
      const idx = signals(snapshot);
      if (idx.of('env-read').length === 0) return skip('the app reads no environment variables (see config/reads-env)');
      const found = idx.of('env-validation');
      const libs = manifests(snapshot).flatMap((m) => m.dependencies.filter((d) => /^(envalid|env-var|@t3-oss\/env-\w+|dotenv-safe|convict|znv|pydantic-settings|environs|django-environ|python-decouple|github\.com\/kelseyhightower\/envconfig|github\.com\/caarlos0\/env\S*|envy)$/.test(d.name)).map((d) => ({ m, d })));
      if (found.length > 0) return [{ outcome: 'pass', message: `env validated at ${found[0]!.file}:${found[0]!.line}`, evidence: placesOf(found).evidence }];
      if (libs.length > 0) return [{ outcome: 'pass', message: `env validation library ${libs[0]!.d.name} is declared`, evidence: libs.slice(0, 3).map(({ m, d }) => fileEv(m.file, d.line, d.name)) }];
      return [{ outcome: 'warn', message: 'environment variables are read but not validated at boot', evidence: [countEv('env validation sites', 0, 'places', 1)] }];
    },
  },
];
