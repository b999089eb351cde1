import { fileRole, isDotenvName } from '../../evidence/repo/app-model';
import { baseName } from '../../evidence/repo/snapshot';
import { fileEv, found, measured } from '../support';
import type { StaticCheck } from '../types';

export const dotenvCommitted: StaticCheck = {
  id: 'config/dotenv-committed',
  factor: 'config',
  kind: 'static',
  role: 'advice',
  title: 'No .env file committed',
  rationale:
    "A committed .env file ships one environment's config inside the codebase and invites real values into git. Credentials inside it are judged by config/committed-secrets; this is the habit behind them.",
  remediation: 'Remove the .env file from the repository (git rm --cached), add it to .gitignore, and commit a .env.example with names and placeholder values.',
  conditions: {
    none: { outcome: 'pass', when: 'no .env file is committed' },
    committed: { outcome: 'warn', when: 'a .env file is committed' },
  },
  run({ app }) {
    const repo = app.snapshot.at('.');
    // The name rules out nearly every file before the role (which asks the image what it ships) is worked out.
    const committed = repo.files.filter((f) => isDotenvName(baseName(f.path)) && fileRole(app, f.path) === 'dotenv');
    if (committed.length > 0) return committed.slice(0, 5).map((f) => found('committed', `${f.path} is committed`, [fileEv(f.path, 1)]));
    return [found('none', 'no .env file is committed', [measured('committed .env files', 0, 'files', 0)])];
  },
};
