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
  /** Lines inside a block that opens with this and closes with `)` at column 0 declare too (Go's `var (…)`). */
  block?: RegExp;
  /** Only in files that match this: where the process outlives a request (a PHP app under Swoole, ReactPHP, Workerman, RoadRunner). */
  only?: RegExp;
  /** A declaration that is state by itself, written or not in its own file (a public named ETS table). */
  self?: RegExp;
}

const NOT_STATE = /registry|handlers?$|routes?$|plugins?|commands?$|hooks?$|signals?$|^__all__$|lock|mutex|mapping|schema|choices|config|settings|defaults?|options|metrics?|counters?|logger|loggers|templates?|patterns?|types?$|_?cache_info/i;
/** `s` as a regular expression that matches it literally. */
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

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
    decl: /^(?:var\s+|\t| {4})?([A-Za-z_]\w*)\s*(?:map\[[^\]]{1,60}\][\w.*[\]]{1,60}\s*)?=\s*(?:map\[[^\]]{1,60}\][\w.*[\]{}]{1,80}\{\s*\}|make\(\s*map\[)/,
    write: (n) => new RegExp(`^\\s+${esc(n)}\\[[^\\]]{1,200}\\]\\s*=(?!=)|^\\s+delete\\(\\s*${esc(n)}\\s*,`),
    // Indented declarations count only inside a package-level `var (` block.
    block: /^var\s*\(\s*$/,
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
  // A static, lazily built or lock-guarded collection: `static ORDERS: Lazy<Mutex<HashMap<…>>>`, `static ref CACHE: RwLock<…>`.
  rust: {
    decl: /^\s*(?:pub(?:\([\w:]{1,40}\))?\s+)?static\s+(?:ref\s+)?([A-Z][A-Z0-9_]*)\s*:\s*(?:[\w:]{0,40}(?:Lazy|LazyLock|OnceLock|OnceCell)\s*<\s*)?(?:[\w:]{0,40}(?:Mutex|RwLock|DashMap|DashSet))\b/,
    write: (n) => new RegExp(`\\b${esc(n)}(?:\\.(?:lock|write)\\(\\)[^;\\n]{0,80}?\\.(?:insert|push|entry|extend|remove|clear)\\(|\\.(?:insert|entry|remove)\\()`),
  },
  // The long-running PHP servers keep a script's top-level arrays between requests; under php-fpm they start empty every request.
  php: {
    decl: /^(?:\$([A-Za-z_]\w*)|\s+(?:(?:private|public|protected)\s+)?static\s+(?:\??array\s+)?\$([A-Za-z_]\w*))\s*=\s*(?:\[\s*\]|array\(\s*\))\s*;/,
    write: (n) => new RegExp(`(?:\\$|self::\\$|static::\\$)${esc(n)}\\[[^\\]]{0,200}\\]\\s*=(?!=)`),
    only: /\b(?:Open)?Swoole\\|\bReact\\(?:Http|Socket)\\|\bWorkerman\\|\bSpiral\\RoadRunner\\/,
  },
  // A named ETS table other processes write (`:public`), or an Agent the code updates: state of this node only.
  elixir: {
    decl: /:ets\.new\(\s*(:\w+)\s*,[^)\n]{0,200}:named_table|\bAgent\.start_link\([^\n]{0,200}\bname:\s*([\w.]+)/,
    write: (n) => new RegExp(`:ets\\.insert(?:_new)?\\(\\s*${esc(n)}\\b|\\bAgent\\.(?:update|get_and_update|cast)\\(\\s*${esc(n)}\\b`),
    self: /:ets\.new\([^)\n]{0,200}:public/,
  },
};

const QUICK = new Map<Language, RegExp>();

export function memoryStores(text: string, file: string, lang: Language): Signal[] {
  const rule = RULES[lang];
  if (!rule || text.length > 1_000_000) return [];
  // One multiline pass rules out most files before any line is split off.
  let quick = QUICK.get(lang);
  if (!quick) {
    quick = new RegExp(rule.decl.source, 'm');
    QUICK.set(lang, quick);
  }
  if (!quick.test(text) || (rule.only && !rule.only.test(text))) return [];
  const lines = text.split('\n');
  const out: Signal[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length && out.length < 20; i++) {
    const line = lines[i]!;
    if (rule.block) {
      if (rule.block.test(line)) {
        inBlock = true;
        continue;
      }
      if (inBlock && /^\)/.test(line)) inBlock = false;
    }
    const m = rule.decl.exec(line);
    if (!m) continue;
    // An indented Go declaration is a local unless it sits in a package-level `var (` block.
    if (rule.block && /^\s/.test(line) && !inBlock) continue;
    const name = m.slice(1).find(Boolean)!;
    if (NOT_STATE.test(name.replace(/^[$:]/, ''))) continue;
    const write = rule.write(name);
    const at = lines.findIndex((l, k) => k !== i && write.test(l));
    if (at >= 0) {
      out.push({ kind: 'memory-store', file, line: i + 1, lang, snippet: `${line.trim().slice(0, 100)} (written at line ${at + 1}: ${lines[at]!.trim().slice(0, 50)})` });
    } else if (rule.self?.test(line)) {
      out.push({ kind: 'memory-store', file, line: i + 1, lang, snippet: `${line.trim().slice(0, 100)} (a public named table: any process writes it)` });
    }
  }
  return out;
}
