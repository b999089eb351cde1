import path from 'node:path';
import { parseArgs } from 'node:util';
import { COMMANDS, type CommandName } from '../pipeline/commands';
import { FAIL_ON, type FailOn } from '../model/verdict';
import { FORMATS, type Format } from '../render/index';
import { nearest } from '../util/levenshtein';

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface CliArgs {
  command: CommandName;
  /** Repository root to audit (absolute). */
  repoRoot: string;
  config?: string;
  app?: string;
  dockerfile?: string;
  context?: string;
  artifacts?: string;
  /** `all`: also write image.tar.gz for a later separate run. */
  saveImage?: boolean;
  /** Git revision whose config decides the policy keys (see CommandOptions.policyFrom). */
  policyFrom?: string;
  outputs: { format: Format; file?: string }[];
  failOn?: FailOn;
  color: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: twelve-factor <command> [path] [options]

Verify a repository against the 12-Factor App methodology.

Commands:
  audit      static checks only; no Docker needed
  build      build the image (OCI labels), write build.json and image.tar.gz
  release    bind the image to the config into an immutable release (release.json)
  run        boot the released image and measure it (runtime.json)
  report     merge static results and stage files into verdicts (report.json)
  all        all of the above in one process
  discover   list the deployable apps in a monorepo as JSON

Arguments:
  path                 repository to audit (default: current directory)

Options:
  --config PATH        config file (default: .twelve-factor.yml in path)
  --app PATH           audited app inside the repository (overrides config "path")
  --dockerfile FILE    Dockerfile relative to the app (overrides config "dockerfile")
  --context DIR        build context relative to the app (overrides config "context")
  --artifacts DIR      stage files directory (default: .twelve-factor/ under the app)
  --save-image         all: also write image.tar.gz there, for a later separate run
  --format FORMAT      text | markdown | json | sarif (repeatable, pairs with --output)
  --output FILE        write the matching --format to FILE instead of stdout
  --fail-on LEVEL      fail | warn | regression | never (default: config, else fail)
  --policy-from REV    take ignore, fail-on, the sandbox limits, admin and services from
                       the config committed at git revision REV (e.g. origin/main), as the
                       action does on a pull request; the working tree's changes are shown
  --no-color           no ANSI colour (also NO_COLOR=1; colour is only used on a TTY)
  --quiet              no progress lines on stderr
  -h, --help           show this help
  -v, --version        print the version

Exit codes:
  0  the verdict passed the --fail-on threshold
  1  the verdict is below the threshold, or the build stage failed (build)
  2  usage, config or stage-file error (the message names file:line:col), or a
     path that leaves the repository (the message names the key and the path)
  3  internal error (a bug, the run harness failed, or Docker is unavailable
     for a command that needs it)
`;

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv, isTTY: boolean, cwd = process.cwd()): CliArgs {
  let parsed: ReturnType<typeof parseWith>;
  try {
    parsed = parseWith(argv);
  } catch (e) {
    const msg = (e as Error).message;
    const unknown = /Unknown option '(--?[\w-]+)'/.exec(msg)?.[1];
    if (unknown) {
      const guess = nearest(unknown.replace(/^-+/, ''), OPTION_NAMES);
      throw new UsageError(`unknown option ${unknown}${guess ? `; did you mean --${guess}?` : ''}`);
    }
    throw new UsageError(msg);
  }
  const { values, positionals } = parsed;
  const help = values.help === true;
  const version = values.version === true;
  const [first, second, ...rest] = positionals;
  if ((help || version) && first === undefined) {
    return { command: 'audit', repoRoot: cwd, outputs: [], color: false, quiet: true, help, version };
  }
  if (first === undefined) throw new UsageError('missing command (audit, build, release, run, report, all, discover)');
  if (!(COMMANDS as readonly string[]).includes(first)) {
    const guess = nearest(first, COMMANDS);
    throw new UsageError(`unknown command "${first}"${guess ? `; did you mean "${guess}"?` : ''}`);
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);

  const formats = (values.format ?? []).map((f) => {
    if (!(FORMATS as readonly string[]).includes(f)) throw new UsageError(`unknown format "${f}" (expected ${FORMATS.join(', ')})`);
    return f as Format;
  });
  const files = values.output ?? [];
  if (files.length > Math.max(formats.length, 1)) throw new UsageError('each --output needs its own --format before it');
  if (formats.length === 0) formats.push(files.length > 0 ? 'json' : 'text');
  const outputs = formats.map((format, i) => ({ format, ...(files[i] ? { file: files[i] } : {}) }));
  if (outputs.filter((o) => !o.file).length > 1) throw new UsageError('only one --format can go to stdout; give the others an --output');

  if (values['save-image'] && first !== 'all') throw new UsageError(`--save-image is for all (build always writes image.tar.gz), not ${first}`);
  const failOn = values['fail-on'];
  if (failOn !== undefined && !(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
  }
  const noColor = values['no-color'] === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '');
  return {
    command: first as CommandName,
    repoRoot: path.resolve(cwd, second ?? '.'),
    ...(values.config ? { config: values.config } : {}),
    ...(values.app ? { app: values.app } : {}),
    ...(values.dockerfile ? { dockerfile: values.dockerfile } : {}),
    ...(values.context ? { context: values.context } : {}),
    ...(values.artifacts ? { artifacts: values.artifacts } : {}),
    ...(values['save-image'] ? { saveImage: true } : {}),
    ...(values['policy-from'] ? { policyFrom: values['policy-from'] } : {}),
    outputs,
    ...(failOn ? { failOn: failOn as FailOn } : {}),
    color: isTTY && !noColor,
    quiet: values.quiet === true,
    help,
    version,
  };
}

const OPTION_NAMES = ['config', 'app', 'dockerfile', 'context', 'artifacts', 'save-image', 'policy-from', 'format', 'output', 'fail-on', 'no-color', 'quiet', 'help', 'version'];

function parseWith(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      app: { type: 'string' },
      dockerfile: { type: 'string' },
      context: { type: 'string' },
      artifacts: { type: 'string' },
      'save-image': { type: 'boolean' },
      'policy-from': { type: 'string' },
      format: { type: 'string', multiple: true },
      output: { type: 'string', multiple: true },
      'fail-on': { type: 'string' },
      'no-color': { type: 'boolean' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
    },
  });
}
