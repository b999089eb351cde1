import { type AppModel, type FileRole, fileRole } from '../../evidence/repo/app-model';
import { secrets, signals } from '../../evidence/repo/artifacts';
import { parseDotenv } from '../../evidence/repo/parsers/dotenv';
import { variableSetBy } from '../../evidence/repo/app/env-setters';
import { envDefaultOn } from '../../evidence/repo/env-defaults';
import { credentialValue, isCredentialName, userAndDatabaseNames } from '../../evidence/repo/secrets/placeholder';
import { scanSecrets } from '../../evidence/repo/secrets/scan';
import { isUnder } from '../../evidence/repo/snapshot';
import type { Evidence } from '../../model/report';
import { fileEv, found, MAX_EVIDENCE, measured } from '../support';
import type { FindingDraft, StaticCheck } from '../types';

/**
 * A credential found in the repository, and whether it is real-looking
 * (a provider key, high entropy, a password that is not a placeholder) or a
 * local placeholder (`postgres://app:app@db/app`, `changeme`).
 */
export interface Credential {
  file: string;
  line: number;
  what: string;
  real: boolean;
  snippet?: string;
}

const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"`]{1,64}):([^\s'"`/]{1,128})@[^\s/:'"`?@]{1,253}/i;
/** `.env`, `.env.local`, `.env.dev-sample`; `example.env` is read the same way when the dev stack lists it. */
const DOTENV_FILE = /(?:^|\/)\.env(?:[._-][\w.-]+)?$/;
const KEY_VALUE = /^\s*-?\s*["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^\s"'#]{1,200})["']?\s*$/;
/** A credential-shaped entry, unless credentialValue calls it no credential at all (a flag, a number of minutes). */
function entry(at: { file: string; line: number; what: string; snippet?: string }, value: string, key: string | undefined, names: ReadonlySet<string>): Credential[] {
  const kind = credentialValue(value, { ...(key !== undefined ? { key } : {}), names });
  return kind === 'not-credential' ? [] : [{ ...at, real: kind === 'credential' }];
}

/** Credential-shaped entries of the dev stack, `.env` files and deploy descriptors: placeholders included, which the secret rules skip. */
function credentialSlots(text: string, file: string): Credential[] {
  // User and database names set in the same file: a password equal to one of them is a local placeholder.
  const names = userAndDatabaseNames(text);
  const slots: Array<{ line: number; key?: string; value: string }> = DOTENV_FILE.test(file) || file.endsWith('.env')
    ? parseDotenv(text, file).entries.map((e) => ({ line: e.line, key: e.name, value: e.value }))
    : text.split('\n').flatMap((l, i) => {
        if (/^\s*#/.test(l)) return [];
        const kv = KEY_VALUE.exec(l);
        // A line that sets no literal (a list item, a `${VAR}` reference) can still hold a URL with a password.
        return [kv && !/^\$|\$\{|^\{\{/.test(kv[2]!) ? { line: i + 1, key: kv[1]!, value: kv[2]! } : { line: i + 1, value: l }];
      });
  return slots.flatMap(({ line, key, value }) => {
    const url = URL_PASSWORD.exec(value);
    if (url) return entry({ file, line, what: 'a password in a service URL' }, url[2]!, undefined, names);
    return key !== undefined && value !== '' && isCredentialName(key) ? entry({ file, line, what: `${key} set to a literal` }, value, key, names) : [];
  });
}

export function gather(app: AppModel): Credential[] {
  const snapshot = app.snapshot;
  const repo = snapshot.at('.');
  const creds: Credential[] = [];
  // Real-looking secrets in the app's files (provider keys, high-entropy values, URL passwords).
  for (const h of secrets(snapshot)) creds.push({ file: h.file, line: h.line, what: h.title, real: true, snippet: h.snippet });
  // Literal credentials in code and shipped config (`"db_password": "mybillingpass2024"`, `hmac_secret: "…"`), and literal
  // defaults of environment reads. A default is a fallback when a file of the repository sets its variable for the deploy
  // (RUBRIC "fallback vs default"): the app does not use it then.
  for (const s of signals(snapshot).of('hardcoded-credential')) {
    const variable = s.variable ?? (s.lang === 'config' ? undefined : envDefaultOn((repo.read(s.file) ?? '').split('\n'), s.line));
    if (variable !== undefined && variableSetBy(app, variable)) continue;
    creds.push({ file: s.file, line: s.line, what: variable !== undefined ? `the literal used when ${variable} is unset (no file of the repository sets it)` : 'a literal credential', real: true, snippet: s.snippet });
  }
  // The dev stack, deploy descriptors and committed .env files, wherever they are, placeholders included.
  const extra = new Set<string>([...app.deploy.dev.map((d) => d.file), ...app.deploy.descriptors.filter((d) => d.kind !== 'ci-deploy').map((d) => d.file)]);
  for (const f of repo.files) if (DOTENV_FILE.test(f.path)) extra.add(f.path);
  for (const file of extra) {
    const text = repo.read(file);
    if (text === undefined) continue;
    if (!isUnder(file, app.root)) for (const h of scanSecrets(text, file)) creds.push({ file, line: h.line, what: h.title, real: true, snippet: h.snippet });
    creds.push(...credentialSlots(text, file));
  }
  // ENV in the image's final stage is baked into every layer; a builder stage's ENV never ships.
  const df = app.dockerfile;
  if (df && app.finalStage) {
    const names = userAndDatabaseNames(df.envs.map((e) => `${e.name}=${e.value ?? ''}`).join('\n'));
    for (const e of df.envs) {
      if (e.keyword !== 'ENV' || e.value === undefined || !inStage(app, e.stage)) continue;
      const url = URL_PASSWORD.exec(e.value);
      const at = { file: df.file, line: e.line, snippet: `ENV ${e.name}=[REDACTED]` };
      if (isCredentialName(e.name) && !/^\$/.test(e.value)) creds.push(...entry({ ...at, what: `ENV ${e.name} baked into the image` }, e.value, e.name, names));
      else if (url) creds.push(...entry({ ...at, what: `ENV ${e.name} with a password baked into the image` }, url[2]!, undefined, names));
    }
  }
  // One credential per line: several rules often match the same one.
  const seen = new Map<string, Credential>();
  for (const c of creds) {
    const key = `${c.file}:${c.line}`;
    const prev = seen.get(key);
    if (!prev || (c.real && !prev.real)) seen.set(key, c);
  }
  return [...seen.values()];
}

/** Stages the final image is built from (the final stage and those it inherits from). */
function inStage(app: AppModel, stage: number): boolean {
  const df = app.dockerfile!;
  for (let s = app.finalStage; s; ) {
    if (s.index === stage) return true;
    const cur = s;
    s = cur.from.fromStage ? df.stages.find((p) => p.index < cur.index && p.name?.toLowerCase() === cur.from.image.toLowerCase()) : undefined;
  }
  return false;
}

export const USED_BY: Record<FileRole, string> = {
  code: 'a default in the code',
  shipped: 'a config file the image ships',
  dotenv: 'a committed .env that the app loads',
  deploy: 'a deploy descriptor',
  'dev-stack': 'the dev stack',
  unshipped: 'a file the image does not ship',
  'not-app': 'a test, doc or tooling file',
};

export const committedSecrets: StaticCheck = {
  id: 'config/committed-secrets',
  factor: 'config',
  kind: 'static',
  role: 'core',
  question: 'credentials',
  title: 'No committed secret that the app or its deploy uses',
  rationale:
    'Factor III: the codebase could be made open source at any moment without compromising any credentials. A credential in a file the image ships, a code default, a committed .env or a deploy descriptor leaks with every clone and outlives its removal in git history. Placeholder credentials of a local dev stack are not secrets, but still config in the codebase.',
  remediation:
    'Revoke and rotate each real credential found, remove it from the code (and history, e.g. git filter-repo), and read it from an environment variable set by the platform or a secret manager. Keep dev-stack values obviously fake and out of anything the image ships.',
  conditions: {
    'no-secret': { rubric: 'no-secret', when: 'no credential in the code, the files the image ships, a committed .env or a deploy descriptor' },
    'in-use': { rubric: 'committed-secret', when: 'a real-looking credential the app or its deploy uses by default' },
    'dev-placeholder': { rubric: 'dev-placeholder', when: 'placeholder credentials in the dev stack (compose, .env.example) or a committed .env' },
  },
  run({ app }) {
    const creds = gather(app);
    const roles = creds.map((c) => ({ c, role: fileRole(app, c.file) }));
    const ev = (list: typeof roles): Evidence[] => list.slice(0, MAX_EVIDENCE).map(({ c }) => fileEv(c.file, c.line, c.snippet));
    const details = (list: typeof roles) => list.slice(0, 20).map(({ c, role }) => `${c.file}:${c.line}: ${c.what} in ${USED_BY[role]}`);
    const inUse = roles.filter(({ c, role }) => c.real && (role === 'code' || role === 'shipped' || role === 'dotenv' || role === 'deploy' || role === 'dev-stack'));
    const out: FindingDraft[] = [];
    if (inUse.length > 0) {
      const first = inUse[0]!;
      out.push(found('in-use', `${first.c.what} in ${USED_BY[first.role]} (${first.c.file}:${first.c.line})${inUse.length > 1 ? `, and ${inUse.length - 1} more` : ''}`, ev(inUse), details(inUse)));
    }
    const placeholders = roles.filter(({ c, role }) => !c.real && (role === 'dev-stack' || role === 'dotenv' || role === 'deploy'));
    if (placeholders.length > 0) {
      out.push(found('dev-placeholder', `placeholder credentials in ${[...new Set(placeholders.map(({ c }) => c.file))].slice(0, 3).join(', ')}: dev-only values, kept in the codebase`, ev(placeholders), details(placeholders)));
    }
    if (out.length > 0) return out;
    return [found('no-secret', `no credential in the code, the files the image ships, .env files or deploy descriptors (${app.snapshot.appFiles.length} files scanned)`, [measured('credentials the app uses', 0, 'credentials', 0)])];
  },
};
