import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node, visit } from 'yaml';
import { flowNestingOver } from '../util/yaml-depth';
import type { z } from 'zod';
import { nearest } from '../util/levenshtein';
import { readRegularFile } from '../util/regular-file';
import { realPathOf, resolveInWorkspace } from '../util/workspace-path';
import { type Config, ConfigSchema } from './schema';

export const CONFIG_FILE_NAMES = ['.twelve-factor.yml', '.twelve-factor.yaml'] as const;
export const MAX_CONFIG_BYTES = 256 * 1024;

export interface ConfigProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A config the user must fix. The CLI exits 2 on it; every problem names file:line:col. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
    this.name = 'ConfigError';
  }
}

export interface LoadedConfig {
  config: Config;
  /** The file read, or undefined when defaults were used. */
  file?: string;
}

/**
 * Finds and loads the config: an explicit path must exist inside `dir` (the
 * workspace); otherwise `.twelve-factor.yml` in `dir`, else defaults. The
 * file is read as a regular file of at most 256 KiB, never through a link.
 */
export function loadConfig(dir: string, explicit?: string): LoadedConfig {
  if (explicit) {
    const file = resolveInWorkspace(dir, dir, explicit, 'config');
    const text = readConfigFile(file, explicit);
    if (text === undefined) throw new ConfigError([{ file: explicit, line: 1, column: 1, message: 'config file not found' }]);
    return { config: parseConfig(text, explicit), file };
  }
  for (const name of CONFIG_FILE_NAMES) {
    const file = path.join(dir, name);
    const text = readConfigFile(file, name);
    if (text !== undefined) return { config: parseConfig(text, name), file };
  }
  return { config: ConfigSchema.parse({}) };
}

/** The config's text, undefined when absent; a link, a device or an oversized file is a ConfigError. */
function readConfigFile(abs: string, shown: string): string | undefined {
  const read = readRegularFile(abs, MAX_CONFIG_BYTES);
  if (read.kind === 'missing') return undefined;
  if (read.kind === 'refused') throw new ConfigError([{ file: shown, line: 1, column: 1, message: `config file ${read.problem} (it resolves to ${realPathOf(abs)})` }]);
  return read.text;
}

/** Parses config text; `file` is only used in messages. */
export function parseConfig(text: string, file = '.twelve-factor.yml'): Config {
  if (text.length > MAX_CONFIG_BYTES) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `config is ${text.length} bytes; the limit is ${MAX_CONFIG_BYTES}` }]);
  }
  const deep = flowNestingOver(text);
  if (deep) throw new ConfigError([{ file, line: deep.line, column: deep.column, message: `invalid YAML: ${deep.message}` }]);
  const lineCounter = new LineCounter();
  // yaml's own uniqueKeys check compares each key with every earlier one (quadratic: seconds on a
  // 256 KiB map); duplicateKeys finds the same duplicates in one pass.
  let doc: Document;
  let errors: Array<{ offset: number; message: string }>;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
    errors = [...doc.errors.map((e) => ({ offset: e.pos[0], message: e.message })), ...duplicateKeys(doc)].sort((a, b) => a.offset - b.offset);
  } catch (e) {
    // yaml's parser recurses per nesting level: thousands of `? ` explicit keys overflow the stack.
    throw new ConfigError([{ file, line: 1, column: 1, message: `invalid YAML: ${e instanceof RangeError ? 'nested too deeply' : firstLine(String((e as Error).message))}` }]);
  }
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((e) => {
        const pos = lineCounter.linePos(e.offset);
        return { file, line: pos.line, column: pos.col, message: `invalid YAML: ${firstLine(e.message)}` };
      }),
    );
  }
  // A config's keys are plain names; a collection as a key would be stringified into nonsense.
  const badKey = firstNonScalarKey(doc);
  if (badKey) {
    const pos = position(badKey, lineCounter) ?? { line: 1, column: 1 };
    throw new ConfigError([{ file, ...pos, message: 'a key must be a plain name, not a list or mapping' }]);
  }
  let data: unknown;
  try {
    // A small alias budget: a config never needs many, and alias bombs expand exponentially.
    data = doc.toJS({ maxAliasCount: 50 }) ?? {};
  } catch (e) {
    throw new ConfigError([{ file, line: 1, column: 1, message: `invalid YAML: ${firstLine(String((e as Error).message))}` }]);
  }
  const result = ConfigSchema.safeParse(data);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => describeIssue(issue, doc, lineCounter, file)));
}

function describeIssue(issue: z.core.$ZodIssue, doc: Document, lc: LineCounter, file: string): ConfigProblem {
  const keyPath = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const where = keyPath.length > 0 ? keyPath.join('.') : '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const parent = keyPath.length > 0 ? doc.getIn(keyPath, true) : doc.contents;
    const allowed = allowedKeysAt(keyPath);
    const key = issue.keys[0] ?? '';
    const keyNode = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === key)?.key : undefined;
    const pos = position(keyNode as Node | undefined, lc) ?? position(parent as Node | undefined, lc);
    const suggestion = nearest(key, allowed);
    const scope = keyPath.length > 0 ? ` in "${where}"` : '';
    const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; expected one of: ${allowed.join(', ')}` : '';
    return { file, ...(pos ?? { line: 1, column: 1 }), message: `unknown key "${key}"${scope}${hint}` };
  }
  const node = doc.getIn(keyPath, true) as Node | undefined;
  const pos = position(node, lc) ?? position(doc.getIn(keyPath.slice(0, -1), true) as Node | undefined, lc);
  const missing = /expected (\w+), received undefined/.exec(issue.message);
  const message = missing ? `required key is missing (expected ${missing[1]})` : issue.message.replace(/^Invalid input: /, '');
  return { file, ...(pos ?? { line: 1, column: 1 }), message: `${where}: ${message}` };
}

function firstNonScalarKey(doc: Document): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Pair(_, pair) {
      if (pair.key !== null && pair.key !== undefined && !isScalar(pair.key)) {
        found = pair.key as Node;
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
}

function position(node: Node | undefined, lc: LineCounter): { line: number; column: number } | undefined {
  if (!node || !('range' in node) || !node.range) return undefined;
  const p = lc.linePos(node.range[0]);
  return { line: p.line, column: p.col };
}

/** The keys the schema accepts at a path, for "did you mean". */
function allowedKeysAt(keyPath: (string | number)[]): string[] {
  let schema: z.ZodType = ConfigSchema;
  for (const part of keyPath) {
    schema = unwrap(schema);
    const def = (schema as unknown as { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } }).def;
    if (def.type === 'object' && typeof part === 'string' && def.shape?.[part]) schema = def.shape[part];
    else if (def.type === 'array' && typeof part === 'number' && def.element) schema = def.element;
    else return [];
  }
  schema = unwrap(schema);
  const def = (schema as unknown as { def: { type: string; shape?: Record<string, unknown> } }).def;
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema as unknown as { def: { type: string; innerType?: z.ZodType; options?: z.ZodType[] } };
  while (s.def.innerType) s = s.def.innerType as unknown as typeof s;
  if (s.def.type === 'union' && s.def.options) {
    const obj = s.def.options.find((o) => (o as unknown as { def: { type: string } }).def.type === 'object');
    if (obj) return obj;
  }
  return s as unknown as z.ZodType;
}

function duplicateKeys(doc: Document): Array<{ offset: number; message: string }> {
  const found: Array<{ offset: number; message: string }> = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const item of map.items) {
        if (!isScalar(item.key)) continue;
        if (seen.has(item.key.value)) found.push({ offset: item.key.range?.[0] ?? 0, message: 'Map keys must be unique' });
        seen.add(item.key.value);
      }
    },
  });
  return found;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
