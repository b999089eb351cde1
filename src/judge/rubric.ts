import type { FactorId } from '../model/factors';

/**
 * The rubric as data: RUBRIC.md's table, one row per factor, each cell split
 * into the cases it names. Every core check condition cites one of these
 * cases, and its outcome is the column the case stands in, so a check cannot
 * say `fail` where the rubric says `warn`. docs/rubric.md is generated from
 * this table and the conditions that cite it.
 */
export type RubricColumn = 'pass' | 'warn' | 'fail' | 'n/a';
export const RUBRIC_COLUMNS: readonly RubricColumn[] = ['pass', 'warn', 'fail', 'n/a'];

export interface RubricRow {
  /** The factor's core question, as a reviewer asks it. */
  question: string;
  cells: Record<RubricColumn, Record<string, string>>;
}

export const RUBRIC: Record<FactorId, RubricRow> = {
  I: {
    question: 'Is the app one codebase, tracked in version control, deployed many times?',
    cells: {
      pass: { 'one-app-tracked': 'one app per repository under version control' },
      warn: { 'monorepo': 'several apps in one repository, cleanly separated (monorepo)' },
      fail: { 'unrelated-apps': 'several unrelated apps or snapshots in one repository with no separation' },
      'n/a': {},
    },
  },
  II: {
    question: 'Are all dependencies declared and pinned exactly?',
    cells: {
      pass: {
        locked: 'manifest plus lockfile (or ecosystem-exact pins: go.sum, Gemfile.lock, composer.lock, pip-compile output, exact Maven/NuGet versions)',
        'base-tagged': 'a version-tagged base image',
      },
      warn: {
        'floating-base': 'lockfile present but a floating, `latest` or untagged base image',
        'top-level-pins': 'top-level pins only',
        'installed-outside': 'dependencies installed outside the image',
      },
      fail: {
        'unlocked-ranges': 'no lockfile and unpinned ranges',
        undeclared: 'undeclared or implicit dependencies',
      },
      'n/a': {},
    },
  },
  III: {
    question: 'Is config that varies between deploys kept in the environment, with no committed secret?',
    cells: {
      pass: {
        'from-env': 'config from the environment (or env-overridable)',
        'no-secret': 'no committed secret that the app or its deploy consumes',
      },
      warn: {
        'hardcoded-config': 'env-driven, but non-secret config hardcoded in code with no env override',
        'dev-placeholder': 'placeholder credentials in the dev stack (a local compose file, `.env.example`)',
        'per-environment': 'config grouped into named per-environment files',
      },
      fail: {
        'committed-secret':
          'a committed secret or credential that the app or its deploy uses by default: a config file baked into the image, a code default, a committed `.env`, a Kubernetes Secret, a private key',
      },
      'n/a': {},
    },
  },
  IV: {
    question: 'Are backing services attached resources, located by config and swappable without a code change?',
    cells: {
      pass: { 'located-by-config': 'located by URL/DSN/config from the environment, swappable without a code change (an env value with a local default counts)' },
      warn: { 'hardcoded-http': 'hardcoded endpoints of third-party APIs or sibling services' },
      fail: { 'hardcoded-store': 'the address or credentials of a data store, cache, queue, mail or object store hardcoded with no override' },
      'n/a': { 'no-service': 'the app uses no backing service' },
    },
  },
  V: {
    question: 'Are build, release and run strictly separate stages?',
    cells: {
      pass: {
        'baked-at-build': 'code and dependencies baked at build',
        'start-only-runs': 'the start command only runs',
        'releases-identified': 'releases uniquely identified',
      },
      warn: {
        'fixed-tags': 'builds, but only `latest` or fixed tags',
        'start-runs-admin': 'migrations or dev runners in the start command',
        'built-outside': 'artefacts built outside the build',
      },
      fail: {
        'source-mounted': 'source bind-mounted over the image at run',
        'build-at-start': 'dependencies installed or code built at container start',
        'not-release-artefact': 'the image is not the release artefact',
        'no-build': 'the image does not build from the repository (a broken Dockerfile; an unreachable registry is an error, not this)',
      },
      'n/a': {},
    },
  },
  VI: {
    question: 'Are processes stateless, with anything persistent in a backing service?',
    cells: {
      pass: { stateless: 'no local persistent state' },
      warn: { 'local-fallback': 'a local fallback that breaks when replicated (SQLite fallback, per-process session secret)' },
      fail: { 'local-state': 'sessions, uploads, caches or the app\'s data on local disk or in process memory as the configured default' },
      'n/a': {},
    },
  },
  VII: {
    question: 'Is the app self-contained and does it bind the port the platform gives it?',
    cells: {
      pass: { 'port-from-env': 'self-contained server, binds 0.0.0.0, port from the environment (or config with an env override)' },
      warn: {
        'fixed-port': 'port fixed in the start command, Procfile or a config file with no env override',
        'opaque-server': 'server supplied by an opaque base image',
      },
      fail: {
        'hardcoded-port': 'port hardcoded in app code with no override',
        loopback: 'binds loopback inside the container',
        'never-binds': '(measured) never binds the port it is given (rule 5: its startup is then not measured)',
      },
      'n/a': { 'no-port': 'the app serves no port (worker, one-off command)' },
    },
  },
  VIII: {
    question: 'Does the app scale out through a declared formation of stateless processes?',
    cells: {
      pass: { formation: 'a formation is declared (Procfile, Deployment replicas, compose scale, several process types of one build) and its processes are stateless' },
      warn: { impeded: 'a formation is declared but impeded (all types under one supervisor, a hardcoded upstream set)' },
      fail: { singleton: 'the app daemonises or needs a singleton' },
      'n/a': { 'no-formation': 'no formation artefact at all' },
    },
  },
  IX: {
    question: 'Does the process start fast and shut down gracefully on SIGTERM?',
    cells: {
      pass: {
        'exec-entry': 'exec-form entry',
        'handles-sigterm': 'the app or its framework/server handles SIGTERM',
        'light-startup': 'light startup',
      },
      warn: {
        'dev-server': 'dev server as PID 1',
        'blocking-startup': 'startup blocked on network calls',
        'hidden-handling': 'signal handling hidden in a base image',
        'runtime-ignores-sigterm': '(static reading) an exec-form runtime that ignores SIGTERM as PID 1 (node, python) with no handler found',
        'dies-on-signal': '(measured) killed by the stop signal\'s default action or exits non-zero: in-flight work is dropped',
      },
      fail: {
        'shell-pid1': 'PID 1 is a shell or wrapper (`sh -c`, `npm start`, `make`) that neither execs the app nor forwards SIGTERM',
        'heavy-startup': 'heavy work (migrations, installers) at every start',
        'sigkill-needed': '(measured) SIGKILL needed after the grace period',
      },
      'n/a': { 'one-off': 'the entry runs to completion and serves no port (a one-off command)' },
    },
  },
  X: {
    question: 'Are development and production as similar as possible?',
    cells: {
      pass: { same: 'dev and deploy use the same image and the same kinds and versions of backing services' },
      warn: {
        'version-drift': 'version drift (floating or different tags)',
        'dev-only-runtime': 'dev-only runtimes',
        'stock-dev-image': 'a dev service running a stock runtime image with bind-mounted source instead of the release image',
        'sqlite-vs-server': 'SQLite-vs-Postgres defaults',
      },
      fail: { 'different-tools': 'dev and release use different tools for the same concern (one migration tool in dev, another or none in the image; a different web server in dev and in the image)' },
      'n/a': { 'no-dev-stack': 'nothing to compare: no dev stack at all' },
    },
  },
  XI: {
    question: 'Does the app treat logs as an event stream written to stdout?',
    cells: {
      pass: { stdout: 'writes to stdout/stderr only' },
      warn: { redirected: 'writes a file that the container setup redirects to stdout, or similar mitigation' },
      fail: { 'file-sink': 'the app or its server writes log files as the default sink' },
      'n/a': {},
    },
  },
  XII: {
    question: 'Do admin tasks run as one-off processes from the same release?',
    cells: {
      pass: { 'shipped-one-off': 'admin tasks shipped with the code and run as one-off processes from the same release' },
      warn: { coupled: 'admin tasks coupled to web start, ad-hoc SQL or interactive shells, stubs' },
      fail: { 'not-shipped': 'admin tasks impossible from the release (migrations not shipped in the image)' },
      'n/a': { 'no-admin': 'no admin tasks and no persistent data' },
    },
  },
};

/** The column a case of a factor's row stands in, or undefined when the row has no such case. */
export function rubricColumn(factor: FactorId, key: string): RubricColumn | undefined {
  const row = RUBRIC[factor];
  return RUBRIC_COLUMNS.find((c) => Object.hasOwn(row.cells[c], key));
}
