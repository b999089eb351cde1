import path from 'node:path';
import type { DockerInstruction } from '../parsers/dockerfile';
import type { Manifest } from '../parsers/manifests';
import type { Procfile } from '../parsers/procfile';

/**
 * What runs when the app's container starts, followed one level through the
 * indirections real images use: a signal-forwarding init (tini), an
 * entrypoint script that ends in `exec "$@"`, `make serve`, `npm start`,
 * `sh -c "… && exec server"`, `honcho start` over a Procfile. The result says
 * which commands run at every start (installs, migrations), which one is the
 * long-running process, and how SIGTERM reaches it.
 */
export interface StartStep {
  /** Where the command is written: "Dockerfile CMD", "entrypoint script", "make serve", "npm start", "Procfile web". */
  origin: string;
  file: string;
  line: number;
  text: string;
}

/**
 * How PID 1 treats SIGTERM: `app` (the app is PID 1), `exec` (a shell that
 * replaces itself with the app), `init` (tini or dumb-init forwarding it),
 * `shell` (a shell that neither execs nor forwards), `wrapper` (make, npm,
 * yarn: a parent that does not pass the signal on), `supervisor` (one parent
 * over several process types).
 */
export type SignalPath = 'app' | 'exec' | 'init' | 'shell' | 'wrapper' | 'supervisor';

export interface StartContract {
  /** The instruction that starts the container, when a Dockerfile says. */
  entry?: { keyword: 'ENTRYPOINT' | 'CMD'; file: string; line: number; text: string; shellForm: boolean };
  signalPath?: SignalPath;
  /** The step that decided the signal path (the shell form, the wrapper, the script). */
  signalStep?: StartStep;
  /** Every command that runs at each start, in order. */
  steps: StartStep[];
  /** The long-running process the chain ends in. */
  server?: StartStep;
  /** Process types run together under one supervisor at start (honcho/foreman over a Procfile). */
  supervised: string[];
  /** The step that starts a supervisor of several processes (honcho, supervisord, a pm2 cluster), wherever it sits in the chain. */
  supervisor?: StartStep;
}

export interface StartSources {
  /** A repository file's text, or undefined. */
  read(file: string): string | undefined;
  /** The repository file an absolute image path comes from, when the image copies it from the context. */
  imageFile(imagePath: string): string | undefined;
  /** The working directory of the final stage (absolute image path). */
  workdir: string;
  /** The app folder in the repository, for Makefiles and package.json named without a path. */
  appRoot: string;
  manifests: Manifest[];
  procfile?: Procfile;
}

const INIT = /^(?:tini|tini-static|dumb-init|catatonit|s6-svscan-not)$/;
const SHELLS = /^(?:sh|bash|ash|dash|zsh)$/;
const NODE_RUNNERS = /^(?:npm|yarn|pnpm|bun)$/;
const SUPERVISORS = /^(?:honcho|foreman|overmind|hivemind)$/;
const MAX_DEPTH = 6;
const MAX_STEPS = 200;

/** Splits a shell command into words, honouring quotes; good enough for start commands (no expansion). */
export function shellWords(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let any = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) cur += text[++i];
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      any = true;
    } else if (/\s/.test(c)) {
      if (cur || any) out.push(cur);
      cur = '';
      any = false;
    } else if (c === '\\' && i + 1 < text.length) cur += text[++i];
    else cur += c;
  }
  if (cur || any) out.push(cur);
  return out;
}

/** Splits a shell line into the commands `&&`, `||`, `;` and newlines separate (outside quotes). */
export function shellCommands(text: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      cur += c;
    } else if (c === ';' || c === '\n' || ((c === '&' || c === '|') && text[i + 1] === c)) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      if (c !== ';' && c !== '\n') i++;
    } else cur += c;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

const base = (word: string) => path.posix.basename(word);

/** Words after leading `VAR=value` assignments and `env`. */
function stripAssignments(words: string[]): string[] {
  let k = 0;
  while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!)) k++;
  if (words[k] === 'env') {
    k++;
    while (k < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k]!) || words[k]!.startsWith('-'))) k++;
  }
  return words.slice(k);
}

/** Launchers that run the program their arguments name in the same process tree: its server is theirs. */
const LAUNCHERS: Record<string, string | undefined> = { uv: 'run', poetry: 'run', pipenv: 'run', pdm: 'run', hatch: 'run', rye: 'run', bundle: 'exec', 'ddtrace-run': undefined, 'opentelemetry-instrument': undefined };
/** Framework CLIs whose serving subcommand runs a known server: `fastapi run` and `litestar run` are uvicorn, `rails server` is puma. */
const SERVING_CLIS: Array<[RegExp, RegExp, string]> = [
  [/^fastapi$/, /^run$/, 'uvicorn'],
  [/^litestar$/, /^run$/, 'uvicorn'],
  [/^rails$/, /^(?:s|server)$/, 'puma'],
];

/**
 * The program that serves when a start command runs: the command's own
 * program, unless a launcher (`python -m uvicorn`, `uv run gunicorn`,
 * `bundle exec puma`, `ddtrace-run …`) or a framework CLI (`fastapi run`,
 * `rails server`) runs a known server for it. One reading for every check
 * that asks which server it is (its signals, its default port, its kind).
 */
export function serverProgram(text: string): string {
  let words = stripAssignments(shellWords(text));
  for (let depth = 0; depth < 4 && words.length > 0; depth++) {
    const name = base(words[0]!);
    if (/^python[\d.]*$/.test(name) && words[1] === '-m' && words[2]) {
      words = words.slice(2);
      continue;
    }
    if (name in LAUNCHERS) {
      const sub = LAUNCHERS[name];
      if (sub !== undefined && words[1] !== sub) break;
      const rest = words.slice(sub === undefined ? 1 : 2);
      const k = rest.findIndex((w) => !w.startsWith('-'));
      if (k < 0) break;
      words = rest.slice(k);
      continue;
    }
    break;
  }
  const name = base(words[0] ?? '');
  const sub = words.slice(1).find((w) => !w.startsWith('-'));
  return SERVING_CLIS.find(([cli, verb]) => cli.test(name) && verb.test(sub ?? ''))?.[2] ?? name;
}

/** Recipe lines of a make target (one level; `$(MAKE) x` is followed once more by the caller). */
export function makeTarget(text: string, target: string | undefined): { target: string; lines: Array<{ text: string; line: number }> } | undefined {
  const lines = text.split('\n');
  let name = target;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const m = /^([A-Za-z0-9_./-]+)\s*:(?!=)/.exec(lines[i]!);
    if (!m || m[1]!.startsWith('.')) continue;
    if (name === undefined || m[1] === name) {
      name = m[1]!;
      start = i;
      break;
    }
  }
  if (start < 0 || !name) return undefined;
  const recipe: Array<{ text: string; line: number }> = [];
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.startsWith('\t')) {
      if (l.trim() === '' || l.trim().startsWith('#')) continue;
      break;
    }
    const t = l.trim().replace(/^[@-]+/, '');
    if (t && !t.startsWith('#')) recipe.push({ text: t, line: i + 1 });
  }
  return { target: name, lines: recipe };
}

/** The script lines that run, comments and shell options left out. */
function scriptLines(text: string): Array<{ text: string; line: number }> {
  const out: Array<{ text: string; line: number }> = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (!t || t.startsWith('#') || /^set\s+[-+]/.test(t) || /^(?:then|else|fi|do|done|esac|;;|\{|\})$/.test(t)) continue;
    out.push({ text: t, line: i + 1 });
  }
  return out;
}

function isScriptPath(word: string): boolean {
  return /\.(?:sh|bash)$/.test(word) || /(?:^|\/)(?:docker-)?entrypoint(?:\.\w+)?$/.test(word) || /^\.\/[\w.-]+$/.test(word);
}

/** An ENTRYPOINT or CMD, or what replaces it at run (a compose `command:` of the deploy), with where it is written. */
export type StartInstruction = DockerInstruction & { from?: { file: string; origin: string } };

export function resolveStart(entry: { entrypoint?: StartInstruction; cmd?: StartInstruction; file: string } | undefined, src: StartSources): StartContract {
  const contract: StartContract = { steps: [], supervised: [] };
  const setSignal = (p: SignalPath, step: StartStep) => {
    if (contract.signalPath === undefined) {
      contract.signalPath = p;
      contract.signalStep = step;
    }
  };
  const push = (step: StartStep) => {
    if (contract.steps.length < MAX_STEPS) contract.steps.push(step);
  };
  const findFile = (names: string[]): string | undefined => {
    for (const n of names) {
      const inImage = src.imageFile(path.posix.resolve(src.workdir, n));
      if (inImage && src.read(inImage) !== undefined) return inImage;
      for (const dir of [src.appRoot, '.']) {
        const f = joinPath(dir, n);
        if (src.read(f) !== undefined) return f;
      }
    }
    return undefined;
  };
  const scriptFile = (word: string): string | undefined => {
    const abs = word.startsWith('/') ? word : path.posix.resolve(src.workdir, word);
    const inImage = src.imageFile(abs);
    if (inImage && src.read(inImage) !== undefined) return inImage;
    return findFile([word.replace(/^\.\//, ''), path.posix.basename(word)]);
  };

  /**
   * Follows one command. `pid1`: no parent process sits above it. `last`:
   * it is the command the chain ends in (the long-running process), not a
   * step that runs before it.
   */
  const follow = (raw: string[], at: StartStep, pid1: boolean, args: string[], last: boolean, depth: number): void => {
    const words = stripAssignments(raw);
    if (words.length === 0 || depth > MAX_DEPTH) return;
    const first = words[0]!;
    const name = base(first);
    const step: StartStep = { ...at, text: words.join(' ') };
    if (name === 'exec') {
      follow(words.slice(1), at, pid1, args, last, depth + 1);
      return;
    }
    if (INIT.test(name)) {
      if (pid1) setSignal('init', step);
      let k = 1;
      while (k < words.length && words[k]!.startsWith('-')) if (words[k++] === '--') break;
      follow([...words.slice(k), ...args], at, false, [], last, depth + 1);
      return;
    }
    if (SHELLS.test(name)) {
      const c = words.indexOf('-c');
      if (c >= 0 && words[c + 1] !== undefined) {
        followText(words[c + 1]!, at, pid1, args, last, depth + 1);
        return;
      }
      const script = words.slice(1).find((w) => !w.startsWith('-'));
      if (script) {
        followScript(script, at, pid1, [...words.slice(words.indexOf(script) + 1), ...args], last, depth + 1);
        return;
      }
      return;
    }
    if (isScriptPath(first) && scriptFile(first)) {
      followScript(first, at, pid1, [...words.slice(1), ...args], last, depth + 1);
      return;
    }
    if (name === 'make' || name === 'gmake') {
      if (pid1) setSignal('wrapper', step);
      const target = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('='));
      const makefile = findFile(['Makefile', 'makefile', 'GNUmakefile']);
      const text = makefile ? src.read(makefile) : undefined;
      const t = text !== undefined ? makeTarget(text, target) : undefined;
      if (!makefile || !t) {
        markServer(step, last);
        return;
      }
      t.lines.forEach((l, i) => {
        followText(l.text, { origin: `make ${t.target}`, file: makefile, line: l.line, text: l.text }, false, [], last && i === t.lines.length - 1, depth + 1);
      });
      return;
    }
    if (NODE_RUNNERS.test(name)) {
      const sub = words[1];
      const scriptName = sub === 'run' || sub === 'run-script' ? words[2] : sub === undefined || sub === 'start' ? 'start' : name === 'npm' ? undefined : sub;
      const nodeManifests = src.manifests.filter((m) => m.ecosystem === 'node' && path.posix.basename(m.file) === 'package.json');
      const pkg = nodeManifests.find((m) => m.file === joinPath(src.appRoot, 'package.json')) ?? (nodeManifests.length === 1 ? nodeManifests[0] : undefined);
      const script = pkg?.scripts.find((s) => s.name === scriptName);
      if (pid1) setSignal('wrapper', step);
      if (!pkg || !script) {
        markServer(step, last);
        return;
      }
      const origin = `${name} ${scriptName === 'start' ? 'start' : `run ${scriptName}`}`;
      followText(script.command, { origin, file: pkg.file, line: script.line, text: script.command }, false, [], last, depth + 1);
      return;
    }
    if (SUPERVISORS.test(name) && /^(?:start|run)?$/.test(words[1] ?? '')) {
      setSignal('supervisor', step);
      contract.supervisor ??= step;
      const procs = (src.procfile?.processes ?? []).filter((p) => p.name !== 'release');
      contract.supervised = procs.map((p) => p.name);
      for (const p of procs) push({ origin: `Procfile ${p.name}`, file: src.procfile!.file, line: p.line, text: p.command });
      markServer(step, last, false);
      return;
    }
    if (/^(?:supervisord|s6-svscan|runsvdir|circusd)$/.test(name) || (name === 'pm2-runtime' && words.some((w) => w === '-i' || w === '--instances'))) {
      setSignal('supervisor', step);
      contract.supervisor ??= step;
      markServer(step, last);
      return;
    }
    const whole: StartStep = { ...at, text: [...words, ...args].join(' ') };
    if (pid1 && last) setSignal('app', whole);
    markServer(whole, last);
  };

  const markServer = (step: StartStep, last: boolean, record = true) => {
    if (record) push(step);
    if (last) contract.server = step;
  };

  const followText = (text: string, at: StartStep, pid1: boolean, args: string[], last: boolean, depth: number): void => {
    const cmds = shellCommands(text);
    cmds.forEach((cmd, i) => {
      const words = shellWords(cmd);
      const isLast = i === cmds.length - 1;
      if (pid1 && isLast) setSignal(stripAssignments(words)[0] === 'exec' ? 'exec' : 'shell', { ...at, text });
      follow(words, { ...at, text: cmd }, false, isLast ? args : [], last && isLast, depth);
    });
  };

  const followScript = (word: string, at: StartStep, pid1: boolean, args: string[], last: boolean, depth: number): void => {
    const file = scriptFile(word);
    const text = file ? src.read(file) : undefined;
    if (!file || text === undefined) {
      if (pid1) setSignal('shell', { ...at, text: word });
      markServer({ ...at, text: [word, ...args].join(' ') }, last);
      return;
    }
    const lines = scriptLines(text);
    const execIndex = lines.findLastIndex((l) => /^exec\s/.test(l.text));
    const final = execIndex >= 0 ? lines[execIndex] : lines[lines.length - 1];
    if (pid1) setSignal(execIndex >= 0 ? 'exec' : 'shell', { origin: 'entrypoint script', file, line: final?.line ?? 1, text: final?.text ?? word });
    lines.forEach((l, i) => {
      const s: StartStep = { origin: 'entrypoint script', file, line: l.line, text: l.text };
      const isFinal = l === final;
      if (isFinal && i === execIndex) {
        const words = shellWords(l.text).slice(1);
        // `exec "$@"` runs the command the image was given (CMD).
        if (words.length === 1 && /^\$[@*]$/.test(words[0]!)) {
          if (args.length > 0) follow(args, argsAt ?? at, false, [], last, depth + 1);
          return;
        }
        follow(words, s, false, args, last, depth + 1);
        return;
      }
      followText(l.text, s, false, isFinal ? args : [], last && isFinal, depth + 1);
    });
  };

  let argsAt: StartStep | undefined;
  if (entry && (entry.entrypoint || entry.cmd)) {
    const main = entry.entrypoint ?? entry.cmd!;
    const shellForm = !main.exec;
    const text = main.exec ? main.exec.join(' ') : main.body;
    const mainFile = main.from?.file ?? entry.file;
    contract.entry = { keyword: main.keyword as 'ENTRYPOINT' | 'CMD', file: mainFile, line: main.line, text, shellForm };
    const at: StartStep = { origin: main.from?.origin ?? `Dockerfile ${main.keyword}`, file: mainFile, line: main.line, text };
    // An exec-form ENTRYPOINT receives CMD as its arguments; a shell-form one ignores CMD.
    const c = entry.entrypoint?.exec ? entry.cmd : undefined;
    const args = c ? (c.exec ?? ['/bin/sh', '-c', c.body]) : [];
    if (c) argsAt = { origin: c.from?.origin ?? 'Dockerfile CMD', file: c.from?.file ?? entry.file, line: c.line, text: c.exec ? c.exec.join(' ') : c.body };
    if (shellForm) followText(main.body, at, true, [], true, 0);
    else follow(main.exec!, at, true, args, true, 0);
  } else if (src.procfile) {
    const web = src.procfile.processes.find((p) => p.name === 'web') ?? src.procfile.processes.find((p) => p.name !== 'release');
    if (web) followText(web.command, { origin: `Procfile ${web.name}`, file: src.procfile.file, line: web.line, text: web.command }, false, [], true, 0);
  }
  return contract;
}

function joinPath(dir: string, f: string): string {
  return dir === '.' || dir === '' ? f : `${dir}/${f}`;
}
