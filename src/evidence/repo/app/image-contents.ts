import path from 'node:path';
import { type Dockerfile, type DockerInstruction, type DockerStage, finalStage, substitute } from '../parsers/dockerfile';
import { isUnder, relativeTo } from '../paths';

/**
 * Which repository files reach the image a Dockerfile builds: what the final
 * stage COPYs or ADDs from the build context, and what it copies from
 * earlier stages that got it from the context. A file that only a builder
 * stage saw (a test fixture, a local config) does not ship; a file the
 * final stage copies does, whatever its name. `.dockerignore` applies.
 */
export interface ImageContents {
  /** Whether a repository-relative file reaches the image (as a file, or compiled into what ships). */
  ships(file: string): boolean;
  /** The instruction that brings a file into the image, for evidence. */
  copiedBy(file: string): DockerInstruction | undefined;
  /** Image paths (absolute) where each shipped context path lands, for resolving scripts the image runs. */
  imagePathOf(imagePath: string): string | undefined;
}

interface CopyRule {
  instr: DockerInstruction;
  /** Context-relative source patterns (forward slashes, no leading ./). */
  sources: string[];
  /** Absolute destination in the image. */
  dest: string;
  /** The earlier stage the copy reads from, when `--from` names one. */
  fromStage?: DockerStage;
}

/** Build outputs of compiled ecosystems: copying one ships the source it was built from. */
const BUILD_OUTPUT = /^(?:target|build|out|dist|bin|publish|obj)(?:\/|$)|(?:^|\/)(?:target|build|publish)\/[^/]*\.(?:jar|war|dll)$|\.(?:jar|war)$/;
/** Source trees whose content a build output carries (Maven/Gradle resources, .NET projects, an Elixir release's compiled modules, config and priv/). */
const COMPILED_SOURCE = /^(?:src\/main\/|src\/[\w.-]+\/(?!bin\/|obj\/)|priv\/)|\.(?:cs|fs|vb|csproj|java|kt|scala|go|rs|ex|exs|erl)$/;

function unquote(s: string): string {
  return s.replace(/^["']|["']$/g, '');
}

function argsOf(instr: DockerInstruction, env: Record<string, string>): string[] {
  let parts: string[];
  const body = instr.body.trim();
  if (body.startsWith('[')) {
    try {
      const arr = JSON.parse(body) as unknown;
      parts = Array.isArray(arr) ? arr.map(String) : [];
    } catch {
      parts = body.split(/\s+/);
    }
  } else {
    // Heredoc COPY (`COPY <<EOF /file`) writes inline text, not context files.
    parts = body.split(/\s+/).filter((p) => !p.startsWith('<<'));
  }
  return parts.map((p) => substitute(unquote(p), env).value).filter(Boolean);
}

function normaliseSource(src: string): string {
  const n = path.posix.normalize(src.replace(/\\/g, '/')).replace(/^(?:\.\/)+/, '').replace(/^\/+/, '').replace(/\/+$/, '');
  return n === '.' || n === '' ? '.' : n;
}

function workdirAt(stage: DockerStage, upTo: DockerInstruction, inherited: string): string {
  let wd = inherited;
  for (const i of stage.instructions) {
    if (i === upTo) break;
    if (i.keyword === 'WORKDIR') wd = path.posix.resolve(wd, substitute(i.body.trim(), stage.env).value || '.');
  }
  return wd;
}

function stageByRef(df: Dockerfile, ref: string, before: number): DockerStage | undefined {
  if (/^\d+$/.test(ref)) return df.stages[Number(ref)];
  return df.stages.find((s) => s.index < before && s.name?.toLowerCase() === ref.toLowerCase());
}

function parentOf(df: Dockerfile, stage: DockerStage): DockerStage | undefined {
  return stage.from.fromStage ? df.stages.find((s) => s.index < stage.index && s.name?.toLowerCase() === stage.from.image.toLowerCase()) : undefined;
}

function rulesOf(df: Dockerfile, stage: DockerStage): CopyRule[] {
  const parent = parentOf(df, stage);
  const inherited = parent ? rulesOf(df, parent) : [];
  const baseWd = '/';
  const own: CopyRule[] = [];
  for (const i of stage.instructions) {
    if (i.keyword !== 'COPY' && i.keyword !== 'ADD') continue;
    const args = argsOf(i, stage.env);
    if (args.length < 2) continue;
    const destRaw = args[args.length - 1]!;
    const dest = path.posix.resolve(workdirAt(stage, i, baseWd), destRaw);
    const sources = args.slice(0, -1).filter((s) => !/^[a-z]+:\/\//i.test(s));
    const from = i.flags.from;
    const fromStage = from ? stageByRef(df, from, stage.index) : undefined;
    // `--from=<image>` copies from another image, not the context: nothing of the repository.
    if (from && !fromStage) continue;
    own.push({ instr: i, sources: fromStage ? sources.map((s) => path.posix.resolve('/', s)) : sources.map(normaliseSource), dest, ...(fromStage ? { fromStage } : {}) });
  }
  return [...inherited, ...own];
}

/** Compiled COPY globs: the same few sources are matched against every file of the repository. */
const GLOBS = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
  let compiled = GLOBS.get(glob);
  if (!compiled) {
    compiled = compileGlob(glob);
    GLOBS.set(glob, compiled);
  }
  return compiled;
}

function compileGlob(glob: string): RegExp {
  let re = '';
  for (let k = 0; k < glob.length; k++) {
    const c = glob[k]!;
    if (c === '*') {
      if (glob[k + 1] === '*') {
        re += '.*';
        k++;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', k);
      if (end < 0) re += '\\[';
      else {
        re += glob.slice(k, end + 1);
        k = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Whether a context-relative file is named by a COPY source (the file, a folder holding it, or a glob). */
function sourceMatches(source: string, file: string): boolean {
  if (source === '.') return true;
  if (/[*?[]/.test(source)) {
    const re = globToRegExp(source);
    // A glob that names a folder copies the folder's content.
    const parts = file.split('/');
    for (let n = 1; n <= parts.length; n++) if (re.test(parts.slice(0, n).join('/'))) return true;
    return false;
  }
  return isUnder(file, source);
}

/**
 * What a path copied from a stage carries: the context files that stage (or
 * its own sources) put at or under that path, or above it.
 */
function contextFilesUnder(df: Dockerfile, stage: DockerStage, imagePath: string, file: string, depth: number): DockerInstruction | undefined {
  if (depth > 8) return undefined;
  for (const rule of rulesOf(df, stage)) {
    const overlaps = isUnder(rule.dest, imagePath) || isUnder(imagePath, rule.dest);
    if (!overlaps) continue;
    if (rule.fromStage) {
      for (const s of rule.sources) {
        const hit = contextFilesUnder(df, rule.fromStage, s, file, depth + 1);
        if (hit) return hit;
      }
    } else if (rule.sources.some((s) => sourceMatches(s, file))) return rule.instr;
  }
  // A compile step in that stage turns its sources into what is copied out (a binary, a jar).
  return undefined;
}

export function imageContents(df: Dockerfile, context: string, opts: { target?: string; ignored: (contextRelative: string) => boolean; exists: (file: string) => boolean }): ImageContents {
  const final = finalStage(df, opts.target);
  const rules = final ? rulesOf(df, final) : [];
  const cache = new Map<string, DockerInstruction | null>();
  const copiedBy = (file: string): DockerInstruction | undefined => {
    if (!isUnder(file, context)) return undefined;
    const rel = context === '.' ? file : relativeTo(file, context);
    if (rel === '') return undefined;
    const hit = cache.get(rel);
    if (hit !== undefined) return hit ?? undefined;
    // .dockerignore filters what the build sees; a jar or publish folder built outside it was packaged from the working tree.
    const ignored = opts.ignored(rel);
    let found: DockerInstruction | undefined;
    for (const rule of rules) {
      if (ignored) {
        if (!rule.fromStage && COMPILED_SOURCE.test(rel) && rule.sources.some((s) => BUILD_OUTPUT.test(s))) found = rule.instr;
      } else if (rule.fromStage) {
        for (const s of rule.sources) {
          found = contextFilesUnder(df, rule.fromStage, s, rel, 0);
          if (found) break;
        }
        // Copying a build output out of a stage that compiled the context ships the compiled sources.
        if (!found && COMPILED_SOURCE.test(rel) && rulesOf(df, rule.fromStage).some((r) => !r.fromStage && r.sources.some((s) => sourceMatches(s, rel)))) found = rule.instr;
      } else if (rule.sources.some((s) => sourceMatches(s, rel))) {
        found = rule.instr;
      } else if (COMPILED_SOURCE.test(rel) && rule.sources.some((s) => BUILD_OUTPUT.test(s))) {
        // `COPY target/app.jar` built outside the Dockerfile ships what src/main holds.
        found = rule.instr;
      }
      if (found) break;
    }
    cache.set(rel, found ?? null);
    return found;
  };
  return {
    ships: (file) => copiedBy(file) !== undefined,
    copiedBy,
    imagePathOf(imagePath) {
      // The context file that lands at an image path (an entrypoint script); later copies win.
      for (const rule of [...rules].reverse()) {
        if (rule.fromStage) continue;
        for (const s of rule.sources) {
          if (/[*?[]/.test(s)) continue;
          const asFile = joinContext(context, s === '.' ? '' : s);
          const intoFolder = rule.dest.endsWith('/') || rule.sources.length > 1 || s === '.' || !opts.exists(asFile);
          if (!intoFolder && imagePath === rule.dest) return asFile;
          // `COPY entrypoint.sh /` or `COPY scripts/ /opt/` puts files under the destination folder.
          const dest = rule.dest.replace(/\/+$/, '') || '/';
          if (opts.exists(asFile) && path.posix.join(dest, path.posix.basename(s)) === imagePath) return asFile;
          if (dest === '/' ? imagePath.startsWith('/') : imagePath.startsWith(`${dest}/`)) {
            const tail = imagePath.slice(dest === '/' ? 1 : dest.length + 1);
            const candidate = joinContext(context, s === '.' ? tail : `${s}/${tail}`);
            if (opts.exists(candidate)) return candidate;
          }
        }
      }
      return undefined;
    },
  };
}

function joinContext(context: string, rel: string): string {
  return context === '.' ? rel : rel === '' ? context : `${context}/${rel}`;
}
