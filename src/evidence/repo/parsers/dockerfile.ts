import type { Diagnostic } from '../../../model/report';

/**
 * A tolerant Dockerfile reader: parser directives (`# escape=`), line
 * continuations, heredocs, exec vs shell form, ARG substitution in FROM and
 * per-stage values. What it cannot read becomes a Diagnostic with file:line;
 * it never throws.
 */
export interface DockerInstruction {
  /** Upper-case keyword: FROM, RUN, CMD … */
  keyword: string;
  /** Everything after the keyword, continuations joined with a space, flags included. */
  args: string;
  /** Arguments after leading `--flag` options. */
  body: string;
  flags: Record<string, string>;
  /** 1-based line of the keyword, and of the last physical line (continuations, heredocs). */
  line: number;
  endLine: number;
  /** Exec form (JSON array) arguments, when the body is a valid JSON array of strings. */
  exec?: string[];
  heredocs: Array<{ name: string; body: string; line: number }>;
  stage: number;
}

export interface DockerFrom {
  /** Image reference after ARG substitution. */
  image: string;
  /** Image reference as written. */
  raw: string;
  name?: string;
  /** Repository without tag or digest. */
  repository: string;
  tag?: string;
  digest?: string;
  platform?: string;
  /** True when the image is an earlier stage of the same Dockerfile. */
  fromStage: boolean;
  /** True when substitution left a variable unresolved. */
  unresolved: boolean;
  line: number;
}

export interface DockerStage {
  index: number;
  name?: string;
  from: DockerFrom;
  instructions: DockerInstruction[];
  /** ENV and ARG values visible in the stage after substitution. */
  env: Record<string, string>;
}

export interface EnvEntry {
  name: string;
  value: string | undefined;
  line: number;
  keyword: 'ENV' | 'ARG';
  stage: number;
}

export interface Dockerfile {
  file: string;
  escape: string;
  instructions: DockerInstruction[];
  stages: DockerStage[];
  /** ARGs declared before the first FROM, with defaults. */
  globalArgs: Record<string, string | undefined>;
  envs: EnvEntry[];
  diagnostics: Diagnostic[];
}

const KEYWORDS = new Set([
  'FROM', 'RUN', 'CMD', 'LABEL', 'MAINTAINER', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG', 'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
]);
const MAX_LINES = 20_000;
/** Characters variable substitution may add to one value; beyond it the value counts as unresolved. */
const MAX_SUBSTITUTED_CHARS = 64 * 1024;

/** Substitutes `$VAR`, `${VAR}`, `${VAR:-default}` and `${VAR:+alt}`; unknown variables become empty and are reported. */
export function substitute(text: string, vars: Record<string, string | undefined>): { value: string; unresolved: boolean } {
  let unresolved = false;
  // `ENV A=$A$A` doubles A per line: without a budget, 40 such lines exhaust memory.
  let budget = MAX_SUBSTITUTED_CHARS;
  const value = text.replace(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const v = vars[name];
    let out: string;
    if (op === ':-' || op === '-') out = v !== undefined && (op === '-' || v !== '') ? v : (word as string);
    else if (op === ':+' || op === '+') out = v !== undefined && (op === '+' || v !== '') ? (word as string) : '';
    else {
      if (v === undefined) unresolved = true;
      out = v ?? '';
    }
    if (out.length > budget) {
      unresolved = true;
      return '';
    }
    budget -= out.length;
    return out;
  });
  return { value, unresolved };
}

function parseExec(body: string): string[] | undefined {
  const t = body.trim();
  if (!t.startsWith('[')) return undefined;
  try {
    const v: unknown = JSON.parse(t);
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  } catch {
    // Docker runs an invalid JSON array in shell form; the caller reports it.
  }
  return undefined;
}

function splitFlags(args: string): { flags: Record<string, string>; body: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([A-Za-z][\w-]*)(?:=(\S*))?\s*/.exec(rest);
    if (!m) break;
    flags[m[1]!] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, body: rest };
}

/** Splits `KEY=value KEY2="v w"` (or legacy `KEY value`) into pairs. */
export function parseKeyValues(body: string, legacy: boolean): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  const t = body.trim();
  if (legacy && !/^[^\s=]+=/.test(t)) {
    const m = /^(\S+)(?:\s+([\s\S]*))?$/.exec(t);
    if (m) out.push([m[1]!, m[2]?.trim()]);
    return out;
  }
  const re = /([^\s=]+)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|\S*))?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    let v = m[2];
    if (v !== undefined && v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
      v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    out.push([m[1]!, v]);
  }
  return out;
}

export function parseDockerfile(text: string, file = 'Dockerfile'): Dockerfile {
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  if (lines.length > MAX_LINES) {
    diagnostics.push({ severity: 'warning', file, message: `Dockerfile has ${lines.length} lines; only the first ${MAX_LINES} were read` });
    lines.length = MAX_LINES;
  }
  let escapeChar = '\\';
  // Parser directives: leading `# key=value` comments before any instruction or blank line.
  for (const l of lines) {
    const m = /^#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(l);
    if (!m) break;
    if (m[1]!.toLowerCase() === 'escape') {
      if (m[2] === '`' || m[2] === '\\') escapeChar = m[2];
      else diagnostics.push({ severity: 'warning', file, line: lines.indexOf(l) + 1, message: `invalid escape directive "${m[2]}": expected \\ or \`` });
    }
  }

  const instructions: DockerInstruction[] = [];
  let i = 0;
  let stageIndex = -1;
  while (i < lines.length) {
    const raw = lines[i]!;
    const startLine = i + 1;
    if (/^\s*(#|$)/.test(raw)) {
      i++;
      continue;
    }
    // Join continuation lines; comment lines inside a continuation are dropped, as Docker does.
    // Parts are joined once at the end: re-reading a growing string per line is quadratic.
    const parts = [raw];
    i++;
    while (parts[parts.length - 1]!.trimEnd().endsWith(escapeChar) && i < lines.length) {
      parts[parts.length - 1] = parts[parts.length - 1]!.trimEnd().slice(0, -escapeChar.length);
      while (i < lines.length && /^\s*#/.test(lines[i]!)) i++;
      if (i < lines.length) parts.push(lines[i]!.trimStart());
      i++;
    }
    let logical = parts.join(' ');
    if (logical.trimEnd().endsWith(escapeChar)) logical = logical.trimEnd().slice(0, -escapeChar.length);
    const m = /^\s*([A-Za-z]+)(?:\s+([\s\S]*))?$/.exec(logical);
    if (!m) {
      diagnostics.push({ severity: 'warning', file, line: startLine, message: `cannot read instruction: "${logical.trim().slice(0, 80)}"` });
      continue;
    }
    const keyword = m[1]!.toUpperCase();
    const args = (m[2] ?? '').trim();
    if (!KEYWORDS.has(keyword)) {
      diagnostics.push({ severity: 'warning', file, line: startLine, message: `unknown instruction "${m[1]}"` });
      continue;
    }
    // Heredocs (`<<EOF`, `<<-EOF`, `<<"EOF"`) follow RUN/COPY/ADD: their bodies are the next lines up to the delimiter.
    const heredocs: DockerInstruction['heredocs'] = [];
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      const re = /<<(-?)(["']?)([A-Za-z_][\w]*)\2/g;
      for (let h = re.exec(args); h; h = re.exec(args)) {
        const name = h[3]!;
        const strip = h[1] === '-';
        const bodyStart = i + 1;
        const body: string[] = [];
        let closed = false;
        while (i < lines.length) {
          const l = lines[i]!;
          i++;
          if ((strip ? l.replace(/^\t+/, '') : l) === name) {
            closed = true;
            break;
          }
          body.push(l);
        }
        if (!closed) diagnostics.push({ severity: 'warning', file, line: startLine, message: `heredoc <<${name} is never closed` });
        heredocs.push({ name, body: body.join('\n'), line: bodyStart });
      }
    }
    if (keyword === 'FROM') stageIndex++;
    const { flags, body } = splitFlags(args);
    const instr: DockerInstruction = { keyword, args, body, flags, line: startLine, endLine: i, heredocs, stage: Math.max(stageIndex, -1) };
    if (['CMD', 'ENTRYPOINT', 'RUN', 'SHELL', 'HEALTHCHECK'].includes(keyword)) {
      const execBody = keyword === 'HEALTHCHECK' ? body.replace(/^CMD\s+/i, '') : body;
      const exec = parseExec(execBody);
      if (exec) instr.exec = exec;
      else if (execBody.trim().startsWith('[')) {
        diagnostics.push({ severity: 'warning', file, line: startLine, message: `${keyword} looks like exec form but is not a valid JSON array of strings; Docker runs it with /bin/sh -c` });
      }
    }
    instructions.push(instr);
  }

  const globalArgs: Record<string, string | undefined> = {};
  const stages: DockerStage[] = [];
  // Named stages by lower-case name (the first wins, as `find` would): a scan per FROM is quadratic in stages.
  const named = new Map<string, DockerStage>();
  const envs: EnvEntry[] = [];
  for (const instr of instructions) {
    if (instr.keyword === 'ARG' && instr.stage < 0) {
      for (const [k, v] of parseKeyValues(instr.body, false)) {
        globalArgs[k] = v;
        envs.push({ name: k, value: v, line: instr.line, keyword: 'ARG', stage: -1 });
      }
      continue;
    }
    if (instr.stage < 0) {
      diagnostics.push({ severity: 'warning', file, line: instr.line, message: `${instr.keyword} before the first FROM` });
      continue;
    }
    if (instr.keyword === 'FROM') {
      const parts = instr.body.trim().split(/\s+/);
      const raw = parts[0] ?? '';
      const name = parts[1]?.toUpperCase() === 'AS' ? parts[2] : undefined;
      const sub = substitute(raw, globalArgs);
      const image = sub.value;
      const digestAt = image.indexOf('@');
      const beforeDigest = digestAt >= 0 ? image.slice(0, digestAt) : image;
      const lastSlash = beforeDigest.lastIndexOf('/');
      const colon = beforeDigest.indexOf(':', lastSlash + 1);
      const repository = colon >= 0 ? beforeDigest.slice(0, colon) : beforeDigest;
      const tag = colon >= 0 ? beforeDigest.slice(colon + 1) : undefined;
      const parentStage = named.get(image.toLowerCase());
      const fromStage = parentStage !== undefined;
      if (!raw) diagnostics.push({ severity: 'warning', file, line: instr.line, message: 'FROM without an image' });
      if (sub.unresolved) diagnostics.push({ severity: 'info', file, line: instr.line, message: `FROM ${raw}: a build argument has no default, so the image is only known at build time` });
      stages.push({
        index: stages.length,
        ...(name ? { name } : {}),
        from: {
          image,
          raw,
          ...(name ? { name } : {}),
          repository,
          ...(tag ? { tag } : {}),
          ...(digestAt >= 0 ? { digest: image.slice(digestAt + 1) } : {}),
          ...(instr.flags.platform ? { platform: instr.flags.platform } : {}),
          fromStage,
          unresolved: sub.unresolved,
          line: instr.line,
        },
        instructions: [instr],
        env: parentStage ? { ...parentStage.env } : {},
      });
      if (name && !named.has(name.toLowerCase())) named.set(name.toLowerCase(), stages[stages.length - 1]!);
      continue;
    }
    const stage = stages[instr.stage];
    if (!stage) continue;
    stage.instructions.push(instr);
    if (instr.keyword === 'ENV' || instr.keyword === 'ARG') {
      const kv = parseKeyValues(instr.body, instr.keyword === 'ENV');
      if (kv.length === 0) diagnostics.push({ severity: 'warning', file, line: instr.line, message: `${instr.keyword} without a name` });
      for (const [k, v] of kv) {
        const resolved = v === undefined ? (instr.keyword === 'ARG' && k in globalArgs ? globalArgs[k] : undefined) : substitute(v, stage.env).value;
        if (resolved !== undefined) stage.env[k] = resolved;
        envs.push({ name: k, value: v, line: instr.line, keyword: instr.keyword, stage: instr.stage });
      }
    }
  }
  return { file, escape: escapeChar, instructions, stages, globalArgs, envs, diagnostics };
}

/** The stage that becomes the image: the named build target, or the last stage. */
export function finalStage(df: Dockerfile, target?: string): DockerStage | undefined {
  if (target) {
    const t = df.stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
    if (t) return t;
  }
  return df.stages[df.stages.length - 1];
}

/** The last instruction of a keyword in a stage, following stage inheritance (`FROM builder`). */
export function lastInStage(df: Dockerfile, stage: DockerStage, keyword: string): DockerInstruction | undefined {
  for (let s: DockerStage | undefined = stage; s; ) {
    const found = [...s.instructions].reverse().find((i) => i.keyword === keyword);
    if (found) return found;
    const parent: DockerStage | undefined = s.from.fromStage ? df.stages.find((p) => p.name?.toLowerCase() === s!.from.image.toLowerCase() && p.index < s!.index) : undefined;
    s = parent;
  }
  return undefined;
}

/** The command text an instruction runs: exec arguments joined, or the shell body and its heredocs. */
export function commandText(instr: DockerInstruction): string {
  const main = instr.exec ? instr.exec.join(' ') : instr.body;
  return instr.heredocs.length > 0 ? `${main}\n${instr.heredocs.map((h) => h.body).join('\n')}` : main;
}
