import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { fileEv, found, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

const INSTALL_RULES: Array<{ re: RegExp; unless?: RegExp; why: string }> = [
  { re: /\bnpm\s+(?:install|i)\b/, unless: /\bnpm\s+(?:install|i)\s+(?:-g|--global)\b/, why: '`npm install` may rewrite the lock; use `npm ci`' },
  { re: /\byarn(?:\s+install)?\s*(?:$|&&|;|\|)/, unless: /--frozen-lockfile|--immutable/, why: '`yarn install` without --frozen-lockfile/--immutable may change the lock' },
  { re: /\bpnpm\s+(?:install|i)\b/, unless: /--frozen-lockfile/, why: '`pnpm install` without --frozen-lockfile may change the lock' },
  { re: /\bbun\s+install\b/, unless: /--frozen-lockfile/, why: '`bun install` without --frozen-lockfile may change the lock' },
  { re: /\bpoetry\s+(?:lock|update)\b/, why: 'the lock is regenerated at build time' },
  { re: /\bpipenv\s+install\b/, unless: /--deploy|--ignore-pipfile/, why: '`pipenv install` without --deploy ignores a stale Pipfile.lock' },
  { re: /\buv\s+sync\b/, unless: /--frozen|--locked/, why: '`uv sync` without --locked/--frozen may update uv.lock' },
  { re: /\bcomposer\s+update\b/, why: '`composer update` ignores composer.lock; use `composer install`' },
  { re: /\bbundle\s+update\b/, why: '`bundle update` ignores Gemfile.lock' },
  { re: /\bcargo\s+(?:build|install)\b/, unless: /--locked|--frozen/, why: '`cargo build` without --locked may update Cargo.lock' },
];
const ANY_INSTALL = /\b(?:npm\s+ci|yarn\s+install\s+--(?:frozen-lockfile|immutable)|pnpm\s+install\s+--frozen-lockfile|pip3?\s+install\b|poetry\s+install|uv\s+sync|bundle\s+install|composer\s+install|go\s+mod\s+download|go\s+build|mvnw?\b|gradlew?\b|cargo\s+build|dotnet\s+(?:restore|publish)|mix\s+deps\.get)/;

export const reproducibleInstall: StaticCheck = {
  id: 'dependencies/reproducible-install',
  factor: 'dependencies',
  kind: 'static',
  role: 'advice',
  title: 'The image installs from the lockfile',
  rationale:
    'A lockfile only helps when the build honours it. `npm install`, `yarn` without --frozen-lockfile, `composer update` and friends may re-resolve and build an image that differs from what was tested.',
  remediation: 'In the Dockerfile use `npm ci`, `yarn install --frozen-lockfile` (or `--immutable`), `pnpm install --frozen-lockfile`, `pipenv install --deploy`, `uv sync --locked`, `composer install`, `cargo build --locked`.',
  conditions: {
    'honours-lock': { outcome: 'pass', when: 'every install step installs what the lockfile says' },
    're-resolves': { outcome: 'warn', when: 'an install step may re-resolve and rewrite the lock' },
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip('no Dockerfile');
    const out: FindingDraft[] = [];
    let installs = 0;
    for (const i of df.instructions) {
      if (i.keyword !== 'RUN') continue;
      const text = commandText(i);
      for (const part of text.split(/&&|;|\n|\|\|/)) {
        for (const r of INSTALL_RULES) {
          if (!r.re.test(part)) continue;
          installs++;
          if (r.unless?.test(part)) continue;
          // `npm install <pkg>` adds a package on purpose (a global tool); only a bare install re-resolves the app's tree.
          if (/\bnpm\s+(?:install|i)\s+[^-\s]/.test(part) && !/\bnpm\s+(?:install|i)\s+--/.test(part)) continue;
          out.push(found('re-resolves', `${r.why} (${df.file}:${i.line})`, [fileEv(df.file, i.line, part.trim().slice(0, 200))]));
        }
      }
      if (ANY_INSTALL.test(text)) installs++;
    }
    if (out.length > 0) return out;
    if (installs === 0) return skip(`${df.file} installs no dependencies`);
    return [found('honours-lock', `${df.file} installs dependencies without re-resolving them`, [fileEv(df.file)])];
  },
};
