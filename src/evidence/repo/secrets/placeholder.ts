/**
 * Whether a credential-shaped entry holds a credential: the one judgement the
 * dev stack, .env files, Dockerfile ENV, shipped config, code defaults and the
 * secret rules share, so the same value gets the same answer wherever it is.
 *
 * RUBRIC.md: a placeholder credential is "a value equal to the user or
 * database name, or a word such as password, changeme, example, secret";
 * "a real-looking value (random, long, high-entropy, or a provider's key
 * format) is a credential wherever it is". A placeholder announces itself: it
 * is spelled only in the vocabulary people use for a stand-in — words that
 * name the slot (password, secret, key, email, server, db) or tell the reader
 * to replace it (change, this, sample, example, your, local, only) —
 * however they join them (`changethis`, `thisisasamplesecret`,
 * `email-server-password`, `ChangeThisToASecurePassword!`, `secret123`). One
 * word outside that vocabulary (`mybillingpass2024`, `you-will-never-guess`),
 * words spelled to pass as a password (`S3cr3tPa55w0rd`: someone chose it),
 * or a random run of characters makes it a credential. A flag, a number of
 * minutes or an empty value is no credential at all, whatever its name says.
 */
export type CredentialValue = 'not-credential' | 'placeholder' | 'credential';

export interface ValueContext {
  /** The name the value is set under (`POSTGRES_PASSWORD`, `hmac_secret`). */
  key?: string;
  /** User and database names set near the value (lower case): a password equal to one is a placeholder. */
  names?: ReadonlySet<string>;
}

const PLACEHOLDER = /^(?:x+|\*+|\.+|-+|_+|0+|1234\w*|changeme|change_me|changeit|password|passwd|secret|example\w*|sample|dummy|fake|test\w*|foo\w*|bar|baz|null|none|undefined|todo|tbd|placeholder|your[\w-]*|redacted|<[^>]*>|\$\{[^}]*\}|\$\w+|%\([^)]*\)s|\{\{[^}]*\}\}|#\{[^}]*\}|%[\w]+%)$/i;

/** A template or reference in place of a value (`${DB_PASS}`, `<password>`, `{{ .Values.x }}`), or one of the stand-ins every sample file uses. */
export function isPlaceholder(v: string): boolean {
  // A URL template in a comment or doc writes optional parts in brackets: `user[:password]@host`.
  const bare = v.replace(/^[[(]+|[\])]+$/g, '');
  return PLACEHOLDER.test(v) || (bare !== v && PLACEHOLDER.test(bare)) || /(?:example|xxxx|placeholder|changeme|your_|your-|dummy|redacted)/i.test(v) || /^\$|\$\{|\{\{|<%/.test(v);
}

/**
 * Words of placeholder text. Words that name what the slot holds, words that
 * ask for it to be replaced, and words that say it is for development only.
 * Not famous weak passwords (`hunter2`, `letmein`): those are real passwords
 * someone chose, and an expert calls them weak credentials, not stand-ins.
 */
const STAND_IN_WORDS = [
  // What the slot holds.
  'password passwd pass pwd pw passphrase secret secrets key keys token tokens api auth jwt session cookie signing sign hmac salt',
  'encryption encrypt private public access client credential credentials login user username admin administrator root superuser',
  'guest owner account email mail smtp server host db database postgres postgresql pg mysql mariadb mongo mongodb redis rabbit',
  'rabbitmq sql app application service web site django flask rails laravel node value string text base master',
  // Asking for it to be replaced.
  'change changed replace replaced update set please must should need needs me it this that here there your you my our the a an to',
  'is be with in of for before not do dont use only real own actual new generate generated random some any strong secure safe',
  'unsafe insecure super very good and or',
  // Saying it is for development only.
  'sample samples example examples demo test testing tests dev develop development local localhost default dummy fake mock',
  'placeholder temp temporary tmp todo tbd fixme foo bar baz qux xxx abc xyz none null nil empty blank unset undefined nothing',
  'production prod staging docker compose container env environment config configuration characters chars at least',
]
  .join(' ')
  .split(' ');
const VOCABULARY = new Set(STAND_IN_WORDS);
const LONGEST_WORD = Math.max(...STAND_IN_WORDS.map((w) => w.length));
/** Past this length nobody typed a stand-in: the value is judged as a key, not segmented. */
const MAX_PHRASE = 120;

/** Whether `s` (lower-case letters) splits wholly into stand-in words: a word-break pass, linear in |s| × the longest word. */
function segments(s: string): boolean {
  const ok = new Array<boolean>(s.length + 1).fill(false);
  ok[0] = true;
  for (let end = 1; end <= s.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end && !ok[end]; start++) {
      if (ok[start] && VOCABULARY.has(s.slice(start, end))) ok[end] = true;
    }
  }
  return ok[s.length]!;
}

/** A value spelled only in placeholder vocabulary, with small numbers between the words (`secret123`, `someRandomStringWith32Characters`). */
export function isStandInPhrase(value: string): boolean {
  if (value.length > MAX_PHRASE) return false;
  const runs = value.toLowerCase().match(/[a-z]+|[0-9]+/g);
  if (!runs?.some((r) => /[a-z]/.test(r))) return false;
  return runs.every((r) => (/[0-9]/.test(r) ? r.length <= 4 : segments(r)));
}

/** Name parts: `JWT_RESET_PASSWORD_EXPIRATION_MINUTES`, `jwt.secret`, `dbPassword` → lower-case words. */
export function nameWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A word of a name that says it holds a secret (`password`, `dbpassword`, `hmac_secret`, `accesstoken`). */
const SECRET_WORD = /(?:password|passwd|passphrase|secret|token|credentials?|apikey|accesskey|privatekey)$|^(?:pass|pwd)$/;
/** `<word>_key` names a secret when the word does (`api_key`, `signing_key`; not `cache_key`, `sort_key`). */
const KEY_OF = new Set(['api', 'access', 'private', 'signing', 'sign', 'encryption', 'encrypt', 'auth', 'app', 'jwt', 'master', 'session', 'cookie', 'secret', 'hmac', 'license', 'client', 'crypt']);
/** Words that make the name a flag, a measure or a pointer to the secret rather than the secret (`*_EXPIRATION_MINUTES`, `ALLOW_EMPTY_PASSWORD`, `*_FILE`). */
const MEASURE_OR_FLAG = new Set([
  ...'minutes minute mins seconds second secs hours hour days day ms millis expiration expiry expires expire ttl timeout lifetime duration age'.split(' '),
  ...'length len size count rounds iterations cost retries attempts min max limit interval'.split(' '),
  ...'allow enable enabled disable disabled require required skip use is has empty'.split(' '),
]);
/** The last word of a name that points to the secret or describes it (`SECRET_KEY_FILE`, `PASSWORD_RESET_URL`, `TOKEN_TYPE`). */
const POINTER = new Set(
  'file path dir name id header type algorithm alg field param policy hint prompt label mode format pattern regex scheme url uri endpoint host port route page template version provider backend store strategy method class prefix env'.split(
    ' ',
  ),
);

/** Whether a name says its value is a credential (not a flag, a duration or a pointer to one). */
export function isCredentialName(key: string): boolean {
  const words = nameWords(key);
  if (words.length === 0 || (words.length === 1 && /^(?:pwd|oldpwd)$/.test(words[0]!))) return false;
  if (words.some((w) => MEASURE_OR_FLAG.has(w)) || POINTER.has(words.at(-1)!)) return false;
  return words.some((w, i) => SECRET_WORD.test(w) || (w === 'key' && i > 0 && KEY_OF.has(words[i - 1]!)));
}

/** Whether a name is one that a flag, duration or pointer gives (so whatever it holds is not a credential). */
function namesNoCredential(key: string): boolean {
  const words = nameWords(key);
  return words.some((w) => MEASURE_OR_FLAG.has(w)) || (words.length > 1 && POINTER.has(words.at(-1)!));
}

/** What a credential-shaped value is: see the module comment. */
export function credentialValue(raw: string, ctx: ValueContext = {}): CredentialValue {
  const v = raw.trim().replace(/^["'`]|["'`]$/g, '');
  if (ctx.key && namesNoCredential(ctx.key)) return 'not-credential';
  if (v === '' || /^(?:true|false|yes|no|on|off|null|none|nil|~)$/i.test(v)) return 'not-credential';
  const lower = v.toLowerCase();
  if (ctx.names?.has(lower) || (ctx.key !== undefined && lower === ctx.key.toLowerCase())) return 'placeholder';
  if (v.length < 4 || /^\d{1,8}$/.test(v)) return 'placeholder';
  // Another variable's name (`SECRET_KEY_ENV = "SECRET_KEY"`), or a label shown to a person (`"Password"`, `"Secret key"`).
  if (/^[A-Z][A-Z0-9_]{2,60}$/.test(v) || /^[A-Z][a-z]+(?: [a-z]+)*$/.test(v)) return 'placeholder';
  if (isPlaceholder(v) || isStandInPhrase(v)) return 'placeholder';
  return 'credential';
}

/**
 * User and database names set in a text (`POSTGRES_USER=app`, `SQL_USER: hello_shop`, the user and
 * database of a service URL), lower case: a password equal to one of them is a local placeholder.
 * Code defaults of such names (`os.environ.get("SQL_USER", "shop")`) are added by credentialEnvDefaults.
 */
export function userAndDatabaseNames(text: string): Set<string> {
  const names = new Set<string>();
  // `POSTGRES_USER=app`, `user: app`, `spring.datasource.username=${DB_USER:app}` (the default is the name when nothing sets it).
  for (const m of text.matchAll(/^[ \t]*(?:-[ \t]*)?["']?[\w.-]{0,60}(?:user|username|db|database|name)["']?[ \t]*[:=][ \t]*["']?(?:\$\{[\w.]{1,80}:-?)?([\w.-]{1,64})/gim)) names.add(m[1]!.toLowerCase());
  for (const m of text.matchAll(/:\/\/([^\s:/@'"`]{1,64}):[^\s'"`/]{1,128}@[^\s/'"`?@]{1,253}(?:\/([\w-]{1,64}))?/g)) {
    names.add(m[1]!.toLowerCase());
    if (m[2]) names.add(m[2].toLowerCase());
  }
  return names;
}
