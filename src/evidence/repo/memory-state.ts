import type { Language } from './paths';
import type { Signal } from './source-signals';

/**
 * State held in process memory: a module-level (package-level, static)
 * mutable container that code inside a function writes to. Request handlers
 * that add to `TASKS = {}` or `const sessions = new Map()` keep data one
 * process sees and a restart loses (VI). The declaration is the evidence;
 * the write is named in the snippet. Registries filled at import time
 * (routes, handlers, plugins) and memoisation are left out by name.
 */
interface Rule {
  /** A module-level declaration of a mutable container; group 1 is its name. */
  decl: RegExp;
  /** A write to the name inside a function, built from the name. */
  write: (name: string) => RegExp;
}

const NOT_STATE = /registry|handlers?$|routes?$|plugins?|commands?$|hooks?$|signals?$|^__all__$|lock|mutex|mapping|schema|choices|config|settings|defaults?|options|metrics?|counters?|logger|loggers|templates?|patterns?|types?$|_?cache_info/i;
const esc = (s: string) => s.replace(/[$]/g, '\\$');

const RULES: Partial<Record<Language, Rule>> = {
  py: {
    decl: /^([A-Za-z_]\w*)\s*(?::\s*[\w[\], .|]{1,60})?=\s*(?:\{\s*\}|\[\s*\]|dict\(\s*\)|list\(\s*\)|set\(\s*\)|(?:collections\.)?(?:defaultdict|OrderedDict|deque|Counter)\()/,
    write: (n) => new RegExp(`^\\s+(?:${esc(n)}\\s*\\[[^\\]]{1,200}\\]\\s*(?:=|\\+=)(?!=)|${esc(n)}\\.(?:append|update|setdefault|add|extend|insert|pop|popitem|remove|clear)\\(|del\\s+${esc(n)}\\[)`),
  },
  js: {
    decl: /^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*[^=]{1,80})?=\s*(?:new\s+(?:Map|Set|WeakMap)\s*(?:<[^>]{0,80}>)?\(\s*\)|\{\s*\}|\[\s*\])\s*;?\s*$/,
    write: (n) => new RegExp(`^\\s+.*\\b${esc(n)}(?:\\.(?:set|push|add|unshift|splice)\\(|\\[[^\\]]{1,200}\\]\\s*=(?!=))`),
  },
  go: {
    decl: /^(?:var\s+)?([A-Za-z_]\w*)\s*(?:map\[[^\]]{1,60}\][\w.*[\]]{1,60}\s*)?=\s*(?:map\[[^\]]{1,60}\][\w.*[\]{}]{1,80}\{\s*\}|make\(\s*map\[)/,
    write: (n) => new RegExp(`^\\s+${esc(n)}\\[[^\\]]{1,200}\\]\\s*=(?!=)|^\\s+delete\\(\\s*${esc(n)}\\s*,`),
  },
  jvm: {
    decl: /^\s*(?:(?:private|public|protected)\s+)?static\s+(?:final\s+)?(?:[\w.]+\s*<[^>]{0,120}>|[\w.]+)\s+([A-Za-z_]\w*)\s*=\s*new\s+(?:Concurrent)?(?:HashMap|LinkedHashMap|TreeMap|ArrayList|LinkedList|HashSet|CopyOnWriteArrayList)\s*</,
    write: (n) => new RegExp(`\\b${esc(n)}\\.(?:put|putIfAbsent|add|compute|merge|remove|computeIfAbsent)\\(`),
  },
  cs: {
    decl: /^\s*(?:(?:private|public|internal|protected)\s+)?static\s+(?:readonly\s+)?(?:[\w.]+\s*<[^>]{0,120}>|[\w.]+)\s+([A-Za-z_]\w*)\s*=\s*new\s*(?:Concurrent)?(?:Dictionary|List|HashSet|ConcurrentBag)?\s*(?:<[^>]{0,120}>)?\s*\(/,
    write: (n) => new RegExp(`\\b${esc(n)}(?:\\.(?:Add|TryAdd|AddOrUpdate|Remove|TryRemove|Insert)\\(|\\[[^\\]]{1,200}\\]\\s*=(?!=))`),
  },
  ruby: {
    decl: /^(\$[a-z_]\w*|[A-Z][A-Z0-9_]*)\s*=\s*(?:\{\s*\}|\[\s*\]|Hash\.new|Array\.new|Concurrent::(?:Hash|Array|Map)\.new)/,
    write: (n) => new RegExp(`^\\s+${esc(n)}(?:\\[[^\\]]{1,200}\\]\\s*=(?!=)|\\s*<<|\\.(?:push|store|merge!|delete)\\b)`),
  },
};

const QUICK = new Map<Language, RegExp>();

export function memoryStores(text: string, file: string, lang: Language): Signal[] {
  const rule = RULES[lang];
  if (!rule || text.length > 1_000_000) return [];
  // One multiline pass rules out most files before any line is split off.
  let quick = QUICK.get(lang);
  if (!quick) {
    quick = new RegExp(rule.decl.source.replace(/^\^/, '^'), 'm');
    QUICK.set(lang, quick);
  }
  if (!quick.test(text)) return [];
  const lines = text.split('\n');
  const out: Signal[] = [];
  for (let i = 0; i < lines.length && out.length < 20; i++) {
    const m = rule.decl.exec(lines[i]!);
    if (!m) continue;
    const name = m[1]!;
    if (NOT_STATE.test(name.replace(/^\$/, ''))) continue;
    const write = rule.write(name);
    const at = lines.findIndex((l, k) => k !== i && write.test(l));
    if (at < 0) continue;
    out.push({ kind: 'memory-store', file, line: i + 1, lang, snippet: `${lines[i]!.trim().slice(0, 100)} (written at line ${at + 1}: ${lines[at]!.trim().slice(0, 50)})` });
  }
  return out;
}
