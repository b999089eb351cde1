import { fileEv, found, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

const SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CLIENT_SECRET)/i;
const NOT_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_NAME|_ID|_HEADER|_LENGTH|_TTL|_TYPE|_ENABLED)$/i;

export const dockerfileSecrets: StaticCheck = {
  id: 'config/dockerfile-secrets',
  factor: 'config',
  kind: 'static',
  role: 'advice',
  title: 'No secrets passed as build arguments',
  rationale:
    'ARG values stay in the image history (`docker history`); an ENV copied from an ARG bakes it into every layer. Literal secrets in the image are judged by config/committed-secrets; this is the build-time route.',
  remediation: 'Pass build-time secrets with BuildKit secret mounts (`RUN --mount=type=secret,id=npm_token …`) and run-time secrets as environment variables, never as ARG or ENV.',
  conditions: {
    none: { outcome: 'pass', when: 'no secret-named ARG, and no ENV copied from one' },
    'build-arg': { outcome: 'warn', when: 'a secret passes through a build argument' },
  },
  run({ app }) {
    const df = app.dockerfile;
    if (!df) return skip('no Dockerfile');
    const out: FindingDraft[] = [];
    for (const e of df.envs) {
      if (!SECRET_NAME.test(e.name) || NOT_SECRET_NAME.test(e.name)) continue;
      if (e.keyword === 'ARG') out.push(found('build-arg', `ARG ${e.name} passes a secret as a build argument; it is recorded in the image history`, [fileEv(df.file, e.line, `ARG ${e.name}`)]));
      else if (e.value && /^\$/.test(e.value)) out.push(found('build-arg', `ENV ${e.name} copies a build argument into the image environment`, [fileEv(df.file, e.line, `ENV ${e.name}=${e.value.slice(0, 40)}`)]));
    }
    return out.length > 0 ? out : [found('none', `${df.file} passes no secret through ARG`, [fileEv(df.file)])];
  },
};
