import type { AppModel } from '../../evidence/repo/app-model';
import { signals } from '../../evidence/repo/artifacts';
import { variableSetBy } from '../../evidence/repo/app/env-setters';
import { railsDiskStorage } from '../../evidence/repo/rails';
import type { Signal } from '../../evidence/repo/source-signals';
import type { Evidence } from '../../model/report';
import { fileEv, found, measured, placesOf, skip } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

/** `name = process.env.X`, `name = os.environ.get("X")`, `name := os.Getenv("X")`: variables that carry an environment value. */
const ENV_ASSIGN = /\b([A-Za-z_]\w*)\s*(?::=|=)\s*(?:process\.env(?:\.([A-Z][A-Z0-9_]*)|\[['"]([A-Z][A-Z0-9_]*)['"]\])|os\.environ(?:\.get\(|\[)\s*['"]([A-Z][A-Z0-9_]*)|os\.getenv\(\s*['"]([A-Z][A-Z0-9_]*)|os\.Getenv\(\s*"([A-Z][A-Z0-9_]*)|ENV(?:\[|\.fetch\()\s*['"]([A-Z][A-Z0-9_]*)|System\.getenv\(\s*"([A-Z][A-Z0-9_]*))/g;
const ENV_ON_LINE = /process\.env\.([A-Z][A-Z0-9_]*)|environ(?:\.get)?[[(]\s*['"]([A-Z][A-Z0-9_]*)|getenv\(\s*['"]([A-Z][A-Z0-9_]*)|Getenv\(\s*"([A-Z][A-Z0-9_]*)|ENV(?:\[|\.fetch\()\s*['"]([A-Z][A-Z0-9_]*)|dj_database_url\.(?:config|parse)\(/;
const IMPORT = /^\s*(?:import\b|from\s+\S+\s+import\b|(?:const|let|var)\s+\w+\s*=\s*require\(|require\(|use\s|using\s|"[\w./-]+"\s*$)/;
/** Paths a VOLUME may name that are scratch space, logs or configuration, not the app's data. */
const NOT_DATA = /^\/?(?:tmp|var\/tmp|var\/cache|var\/log|run|var\/run|dev\/shm|etc(?:\/|$)|config(?:\/|$))/;

/** The variable whose value replaces a local store on this line, when the line reads one (a ternary, `||`, a default). */
function guardOf(app: AppModel, s: Signal): string | undefined {
  const direct = ENV_ON_LINE.exec(s.snippet);
  if (direct) return direct.slice(1).find(Boolean) ?? 'DATABASE_URL';
  if (!/\?|\|\||\bif\b|\belse\b|\bor\b|:-/.test(s.snippet)) return undefined;
  const text = app.snapshot.read(s.file) ?? '';
  for (const m of text.matchAll(ENV_ASSIGN)) {
    const variable = m[1]!;
    const env = m.slice(2).find(Boolean);
    if (env && new RegExp(`\\b${variable}\\b`).test(s.snippet)) return env;
  }
  return undefined;
}

/** Whether a config line sits under a development or test section (`development:` in database.yml, `[test]`). */
function devSection(app: AppModel, s: Signal): boolean {
  if (s.lang !== 'config') return false;
  const lines = (app.snapshot.read(s.file) ?? '').split('\n').slice(0, s.line);
  for (let i = lines.length - 1; i >= 0; i--) {
    const m = /^(?:\[([\w.-]+)\]|([\w.-]+):\s*(?:&\w+)?\s*$)/.exec(lines[i]!);
    if (m) return /^(?:dev|development|test|testing|local)$/i.test(m[1] ?? m[2] ?? '');
  }
  return false;
}

export const localState: StaticCheck = {
  id: 'processes/local-state',
  factor: 'processes',
  kind: 'static',
  role: 'core',
  title: 'No persistent state on local disk or in process memory',
  rationale:
    'Factor VI: processes are stateless and share nothing; anything that must persist lives in a backing service. Sessions, uploads, caches or data kept on the container disk or in process memory are lost on restart and invisible to the next replica. A local fallback that the deploy replaces is a smaller risk than a local default.',
  remediation:
    'Keep data in a backing service (Postgres, Redis, object storage) addressed by the environment; use a shared session store or signed cookies; keep SQLite for tests, and /tmp for scratch space within one request.',
  conditions: {
    stateless: { rubric: 'stateless', when: 'no local store, upload folder, in-memory session or module-level store written by handlers' },
    fallback: { rubric: 'local-fallback', when: 'a local store is used only when a variable that the repository sets for its deploy is absent' },
    'local-state': { rubric: 'local-state', when: 'a local database, upload folder, in-memory session store or module-level store is the configured default' },
  },
  run({ app }) {
    const idx = signals(app.snapshot);
    if (idx.sourceFiles.size === 0 && !app.dockerfile) return skip('no source the tool reads in the audited app: its state is unknown');
    const out: FindingDraft[] = [];
    const fallbacks: Evidence[] = [];
    const fallbackWhy: string[] = [];
    const defaults: Array<{ what: string; s: Signal }> = [];
    const sqlite = idx.of('sqlite');
    const guarded = new Set<string>();
    for (const s of sqlite) {
      const guard = guardOf(app, s);
      const setter = guard ? variableSetBy(app, guard) : undefined;
      if (guard && setter) {
        guarded.add(s.file);
        fallbacks.push(fileEv(s.file, s.line, s.snippet), fileEv(setter.file, setter.line));
        fallbackWhy.push(`${s.file}:${s.line} falls back to a local database when ${guard} is unset; ${setter.file}:${setter.line} sets ${guard}`);
      }
    }
    // An import is not a use: when the file's use of SQLite is a fallback, its import line is too.
    // A `development:` or `test:` database is the dev stack's substitute (judged under X), not the app's state.
    for (const s of sqlite) {
      if (devSection(app, s)) continue;
      if (guarded.has(s.file) && (IMPORT.test(s.snippet) || fallbacks.some((e) => e.kind === 'file' && e.file === s.file && e.line === s.line))) continue;
      if (!fallbacks.some((e) => e.kind === 'file' && e.file === s.file && e.line === s.line)) defaults.push({ what: 'a local database file', s });
    }
    const railsUploads = railsDiskStorage(app);
    for (const s of [...idx.of('upload-dir'), ...(railsUploads ? [railsUploads] : [])]) if (!/\btmp\b|tmpdir|gettempdir|TempPath/i.test(s.snippet)) defaults.push({ what: 'uploads saved to local disk', s });
    for (const s of [...idx.of('memory-session'), ...idx.sessionsWithoutStore]) defaults.push({ what: 'sessions kept in process memory or local files', s });
    if (app.kind !== 'one-off') for (const s of idx.of('memory-store')) defaults.push({ what: 'data kept in a module-level store that the code writes', s });
    const df = app.dockerfile;
    for (const v of (app.finalStage?.instructions ?? []).filter((i) => i.keyword === 'VOLUME')) {
      const paths = v.body.replace(/^\[|\]$/g, '').split(/[\s,]+/).map((p) => p.replace(/^["']|["']$/g, '')).filter(Boolean);
      const env = Object.entries(app.finalStage!.env);
      const data = paths.filter((p) => !NOT_DATA.test(p) && !env.some(([k, val]) => /CONF|CONFIG|SETTINGS/i.test(k) && val.replace(/\/+$/, '') === p.replace(/\/+$/, '')));
      if (data.length > 0) defaults.push({ what: `VOLUME ${data.join(' ')} keeps data on the host`, s: { kind: 'sqlite', file: df!.file, line: v.line, lang: 'config', snippet: `VOLUME ${v.body}` } });
    }
    if (defaults.length > 0) {
      const { evidence, more } = placesOf(defaults.map((d) => d.s));
      out.push(found('local-state', `${defaults[0]!.what} (${defaults[0]!.s.file}:${defaults[0]!.s.line})${more}`, evidence, defaults.slice(0, 20).map((d) => `${d.s.file}:${d.s.line}: ${d.what}`)));
    }
    if (fallbacks.length > 0) out.push(found('fallback', `${fallbackWhy[0]}${fallbackWhy.length > 1 ? ` (and ${fallbackWhy.length - 1} more)` : ''}: replicas that miss the variable each keep their own data`, fallbacks.slice(0, 10), fallbackWhy));
    if (out.length > 0) return out;
    const files = [...idx.sourceFiles.values()].flat().length;
    if (files === 0) return skip('no source the tool reads in the audited app: its state is unknown');
    return [found('stateless', `no local store, upload folder, in-memory session or module-level store in ${files} source file(s)`, [measured('local state sites', 0, 'places', 0)])];
  },
};
