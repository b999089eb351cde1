import { envOverlayOf } from '../../evidence/repo/app-model';
import { signals } from '../../evidence/repo/artifacts';
import { found, measured, placesOf, skip } from '../support';
import type { StaticCheck } from '../types';

export const readsEnv: StaticCheck = {
  id: 'config/reads-env',
  factor: 'config',
  kind: 'static',
  role: 'core',
  question: 'env-config',
  title: 'Config is read from the environment',
  rationale:
    'Factor III stores config in environment variables: language- and OS-agnostic, easy to change between deploys without changing code. An overlay that lets the environment override any config key (viper AutomaticEnv, Spring relaxed binding, pydantic BaseSettings) counts.',
  remediation:
    `Read deploy-specific values (URLs, credentials, ports, feature switches) from the environment: process.env, os.environ, os.Getenv, System.getenv / Spring \${VAR}, ENV[...], getenv(), std::env::var, Environment.GetEnvironmentVariable, System.get_env.`,
  conditions: {
    'from-env': { rubric: 'from-env', when: 'the code reads its config from the environment, or an overlay lets the environment override it' },
    'no-env': { rubric: 'hardcoded-config', when: 'the code reads nothing from the environment: its config is written into it' },
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    const reads = idx.of('env-read').filter((s) => s.lang !== 'shell');
    const overlay = envOverlayOf(idx, app.manifests);
    const started = app.start.steps.filter((s) => /\$\{?[A-Z_][A-Z0-9_]*/.test(s.text));
    if (reads.length > 0) return [found('from-env', `config is read from the environment (${reads.length} place(s), first ${reads[0]!.file}:${reads[0]!.line})`, placesOf(reads).evidence)];
    if (overlay) return [found('from-env', `${overlay} lets the environment override the app's config`, [measured('environment overlay', 1, 'overlays', 1)])];
    if (started.length > 0) return [found('from-env', `the start command passes config from the environment (${started[0]!.file}:${started[0]!.line})`, started.slice(0, 3).map((s) => ({ kind: 'file' as const, file: s.file, line: s.line, snippet: s.text.slice(0, 200) })))];
    const files = [...idx.sourceFiles.values()].flat();
    if (files.length === 0) return skip('no source the tool reads in the audited app: whether config comes from the environment is unknown');
    return [found('no-env', `${files.length} source file(s) and no environment read found`, [measured('environment reads', 0, 'places', 1)])];
  },
};
