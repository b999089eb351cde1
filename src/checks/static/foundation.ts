import type { FindingDraft, StaticCheck } from '../types';

// First checks that carry the whole pipeline end to end; the full static set
// grows beside them.

const LOCKFILES: Record<string, string[]> = {
  'package.json': ['package-lock.json', 'npm-shrinkwrap.json', 'yarn.lock', 'pnpm-lock.yaml', 'bun.lockb', 'bun.lock'],
  'requirements.txt': [],
  'pyproject.toml': ['poetry.lock', 'uv.lock', 'pdm.lock'],
  Pipfile: ['Pipfile.lock'],
  'go.mod': ['go.sum'],
  Gemfile: ['Gemfile.lock'],
  'Cargo.toml': ['Cargo.lock'],
  'composer.json': ['composer.lock'],
};

const join = (dir: string, f: string) => (dir === '.' ? f : `${dir}/${f}`);

export const foundationChecks: StaticCheck[] = [
  {
    id: 'dependencies/lockfile',
    factor: 'dependencies',
    kind: 'static',
    title: 'Dependencies are locked',
    rationale:
      'Factor II asks for dependencies declared completely and exactly. A lockfile pins every transitive version, so the build tomorrow installs what was tested today.',
    remediation:
      'Commit the lockfile your package manager writes (package-lock.json, poetry.lock, go.sum, Gemfile.lock, Cargo.lock, composer.lock …) and install from it in the Dockerfile (npm ci, poetry install --no-root, …).',
    run({ snapshot }): FindingDraft[] {
      const out: FindingDraft[] = [];
      for (const [manifest, locks] of Object.entries(LOCKFILES)) {
        const m = join(snapshot.appPath, manifest);
        if (!snapshot.has(m)) continue;
        if (manifest === 'requirements.txt') continue;
        const lock = locks.map((l) => join(snapshot.appPath, l)).find((l) => snapshot.has(l));
        out.push(
          lock
            ? { outcome: 'pass', message: `${manifest} is locked by ${lock}`, evidence: [{ kind: 'file', file: lock }] }
            : { outcome: 'fail', message: `${m} has no lockfile (expected one of ${locks.join(', ')})`, evidence: [{ kind: 'file', file: m }] },
        );
      }
      if (out.length === 0) return [{ outcome: 'skip', message: 'no dependency manifest found in the audited path' }];
      return out;
    },
  },
  {
    id: 'config/dotenv-committed',
    factor: 'config',
    kind: 'static',
    title: 'No .env file committed',
    rationale:
      'Factor III keeps config in the environment, strictly separated from code. A committed .env file ships one environment\'s config (often secrets) inside the codebase.',
    remediation: 'Remove the .env file from the repository, add it to .gitignore, and commit a .env.example with names and no values.',
    run({ snapshot }): FindingDraft[] {
      const envFiles = snapshot.files.filter((f) => /(^|\/)\.env(\.[\w-]+)?$/.test(f.path) && !/\.(example|sample|template|dist)$/.test(f.path));
      if (envFiles.length === 0) {
        const gitignore = snapshot.read('.gitignore');
        return gitignore !== undefined
          ? [{ outcome: 'pass', message: 'no .env file is committed', evidence: [{ kind: 'file', file: '.gitignore' }] }]
          : [{ outcome: 'pass', message: 'no .env file is committed', evidence: [{ kind: 'measurement', name: 'committed .env files', value: 0, unit: 'files', threshold: 0 }] }];
      }
      return envFiles.map((f) => ({
        outcome: 'fail' as const,
        message: `${f.path} is committed`,
        evidence: [{ kind: 'file' as const, file: f.path, line: 1 }],
      }));
    },
  },
  {
    id: 'disposability/exec-form-cmd',
    factor: 'disposability',
    kind: 'static',
    title: 'CMD/ENTRYPOINT use exec form',
    rationale:
      'Factor IX asks processes to shut down gracefully on SIGTERM. A shell-form CMD runs the app under /bin/sh -c, which does not forward SIGTERM, so the app is SIGKILLed after the grace period.',
    remediation: 'Write CMD ["node", "server.js"] (JSON array) instead of CMD node server.js, or exec the app from the entrypoint script.',
    run({ snapshot, config }): FindingDraft[] {
      const file = join(snapshot.appPath, config.dockerfile);
      const text = snapshot.read(file);
      if (text === undefined) return [{ outcome: 'skip', message: `no Dockerfile at ${file}` }];
      const lines = text.split(/\r?\n/);
      let last: { line: number; instr: string; exec: boolean } | undefined;
      lines.forEach((raw, i) => {
        const m = /^\s*(CMD|ENTRYPOINT)\s+(.*)$/i.exec(raw);
        if (m) last = { line: i + 1, instr: m[1]!.toUpperCase(), exec: m[2]!.trim().startsWith('[') };
      });
      if (!last) return [{ outcome: 'warn', message: `${file} sets no CMD or ENTRYPOINT`, evidence: [{ kind: 'file', file }] }];
      return [
        last.exec
          ? { outcome: 'pass', message: `${last.instr} uses exec form`, evidence: [{ kind: 'file', file, line: last.line }] }
          : { outcome: 'fail', message: `${last.instr} uses shell form; SIGTERM goes to /bin/sh, not the app`, evidence: [{ kind: 'file', file, line: last.line }] },
      ];
    },
  },
];
