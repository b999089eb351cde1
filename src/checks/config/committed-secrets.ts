import { type AppModel, type FileRole, fileRole } from '../../evidence/repo/app-model';
import { secrets, signals } from '../../evidence/repo/artifacts';
import { parseDotenv } from '../../evidence/repo/parsers/dotenv';
import { isPlaceholder, userOrDatabaseName } from '../../evidence/repo/secrets/rules';
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

const SECRET_NAME = /(?:PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|AUTH_KEY|SIGNING_KEY|ENCRYPTION_KEY|CLIENT_SECRET)/i;
const NOT_SECRET_NAME = /(?:_FILE|_PATH|_DIR|_URL_ENV|_NAME|_ID|_HEADER|_LENGTH|_TTL|_EXPIRY|_TYPE|_ENABLED|_MIN|_MAX|_ALGORITHM)$/i;
const URL_PASSWORD = /\b[a-z][a-z0-9+.-]{1,20}:\/\/([^\s:/@'"`]{1,64}):([^\s'"`/]{1,128})@[^\s/:'"`?@]{1,253}/i;

/** A value that is a local placeholder: a word such as `password`, or equal to its user or database name. */
function placeholder(value: string, line: string, key = ''): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v.length < 4) return true;
  return isPlaceholder(v) || /^(?:dev|test|local|admin|root|postgres|mysql|guest|user|pass|app|secret|password\d*)$/i.test(v) || userOrDatabaseName(v, line) || v.toLowerCase() === key.toLowerCase();
}

/** Credential-shaped entries of the dev stack, `.env` files and deploy descriptors: placeholders included, which the secret rules skip. */
function credentialSlots(text: string, file: string): Credential[] {
  const out: Credential[] = [];
  // User and database names set in the same file: a password equal to one of them is a local placeholder.
  const names = new Set<string>();
  for (const m of text.matchAll(/^\s*-?\s*["']?[A-Za-z_]*(?:USER|USERNAME|DB|DATABASE|NAME)["']?\s*[:=]\s*["']?([\w.-]{1,64})/gim)) names.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(/:\/\/([^\s:/@'"`]{1,64}):[^\s'"`/]{1,128}@[^\s/'"`?@]{1,253}(?:\/([\w-]{1,64}))?/g)) {
    names.add(m[1]!.toLowerCase());
    if (m[2]) names.add(m[2].toLowerCase());
  }
  const isName = (v: string) => names.has(v.trim().replace(/^["']|["']$/g, '').toLowerCase());
  text.split('\n').forEach((line, i) => {
    if (/^\s*#/.test(line)) return;
    const url = URL_PASSWORD.exec(line);
    if (url) out.push({ file, line: i + 1, what: 'a password in a service URL', real: !placeholder(url[2]!, line) && !isName(url[2]!) });
    const kv = /^\s*-?\s*["']?([A-Za-z_][\w.-]*)["']?\s*[:=]\s*["']?([^\s"'#]{1,200})["']?\s*$/.exec(line);
    if (kv && SECRET_NAME.test(kv[1]!) && !NOT_SECRET_NAME.test(kv[1]!) && !/^\$|\$\{|^\{\{/.test(kv[2]!)) {
      out.push({ file, line: i + 1, what: `${kv[1]} set to a literal`, real: !placeholder(kv[2]!, line, kv[1]) && !isName(kv[2]!) });
    }
  });
  return out;
}

export function gather(app: AppModel): Credential[] {
  const snapshot = app.snapshot;
  const repo = snapshot.at('.');
  const creds: Credential[] = [];
  // Real-looking secrets in the app's files (provider keys, high-entropy values, URL passwords).
  for (const h of secrets(snapshot)) creds.push({ file: h.file, line: h.line, what: h.title, real: true, snippet: h.snippet });
  // Low-entropy literal passwords in code and config ("mybillingpass2024").
  for (const s of signals(snapshot).of('hardcoded-credential')) creds.push({ file: s.file, line: s.line, what: 'a literal password', real: true, snippet: s.snippet });
  // The dev stack, deploy descriptors and committed .env files, wherever they are, placeholders included.
  const extra = new Set<string>([...app.deploy.dev.map((d) => d.file), ...app.deploy.descriptors.filter((d) => d.kind !== 'ci-deploy').map((d) => d.file)]);
  for (const f of repo.files) if (/(?:^|\/)\.env(?:\.[\w-]+)?$/.test(f.path)) extra.add(f.path);
  for (const file of extra) {
    const text = repo.read(file);
    if (text === undefined) continue;
    if (!isUnder(file, app.root)) for (const h of scanSecrets(text, file)) creds.push({ file, line: h.line, what: h.title, real: true, snippet: h.snippet });
    if (/\.env(?:\.[\w-]+)?$/.test(file)) {
      for (const e of parseDotenv(text, file).entries) {
        if (SECRET_NAME.test(e.name) && !NOT_SECRET_NAME.test(e.name) && e.value !== '') creds.push({ file, line: e.line, what: `${e.name} set to a literal`, real: !placeholder(e.value, e.value, e.name) });
        const url = URL_PASSWORD.exec(e.value);
        if (url) creds.push({ file, line: e.line, what: 'a password in a service URL', real: !placeholder(url[2]!, e.value) });
      }
    } else creds.push(...credentialSlots(text, file));
  }
  // ENV in the image's final stage is baked into every layer; a builder stage's ENV never ships.
  const df = app.dockerfile;
  if (df && app.finalStage) {
    for (const e of df.envs) {
      if (e.keyword !== 'ENV' || e.value === undefined || !inStage(app, e.stage)) continue;
      const url = URL_PASSWORD.exec(e.value);
      if (SECRET_NAME.test(e.name) && !NOT_SECRET_NAME.test(e.name) && !/^\$/.test(e.value)) creds.push({ file: df.file, line: e.line, what: `ENV ${e.name} baked into the image`, real: !placeholder(e.value, e.value, e.name), snippet: `ENV ${e.name}=[REDACTED]` });
      else if (url) creds.push({ file: df.file, line: e.line, what: `ENV ${e.name} with a password baked into the image`, real: !placeholder(url[2]!, e.value), snippet: `ENV ${e.name}=[REDACTED]` });
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
