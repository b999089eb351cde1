/**
 * THE table of properties a claim document can promise: "graceful shutdown",
 * "logs to stdout", "a self-contained server bound to a port". Each has the
 * words that state it. Parsing reads only this table to tell which property
 * a sentence names; the judge (src/judge/claim-evidence.ts) holds, for each
 * property, the findings and measurements that show it holds or not, so a
 * claim is judged by the evidence about what it says and by nothing else.
 */
export interface Property {
  id: string;
  /** How the promise reads in a reason: "README.md:40 claims <label>; …". */
  label: string;
  /** Phrases that state the property anywhere. */
  patterns: RegExp[];
}

// Patterns are linear: alternations of literals, bounded gaps, no nested quantifiers.
export const PROPERTIES: Property[] = [
  {
    id: 'graceful-shutdown',
    label: 'graceful shutdown',
    patterns: [
      /\bgraceful(?:ly)?[\s-]+(?:shut[\s-]?downs?|stop|stops|termination|exits?)\b/i,
      /\bsigterm\b/i,
      /\bsignal[\s-]+handl/i,
      /\bdrain(?:s|ing)?\b[^.\n]{0,30}\b(?:connections|requests)\b/i,
      /\bclean(?:ly)?[\s-]+shut[\s-]?downs?\b/i,
      /\bshuts?[\s-]+down[\s-]+(?:gracefully|cleanly)\b/i,
    ],
  },
  {
    id: 'exec-form-entry',
    label: 'the app as PID 1 through an exec-form entry',
    patterns: [/\bexec[\s-]+form\b/i, /\bPID[\s-]?1\b/, /\b(?:tini|dumb-init)\b/i],
  },
  {
    id: 'fast-startup',
    label: 'fast startup',
    patterns: [
      /\bfast[\s-]+(?:start[\s-]?up|boot|starts?)\b/i,
      /\bstarts?[\s-]+(?:up[\s-]+)?(?:quickly|fast|in[\s-]+(?:under[\s-]+)?\d)/i,
      /\bquick[\s-]+(?:start[\s-]?up|boot)\b/i,
      /\bstart[\s-]?up[\s-]+time\b/i,
    ],
  },
  {
    id: 'logs-to-stdout',
    label: 'logs to stdout',
    patterns: [
      /\bstdout\b/i,
      /\bstderr\b/i,
      /\bstandard[\s-]+(?:output|out|error)\b/i,
      /\bevent[\s-]+streams?\b/i,
      /\blog(?:s|ging)?\b[^.\n]{0,30}\bconsole\b/i,
      /\bno[\s-]+(?:local[\s-]+)?log[\s-]+files\b/i,
      /\b(?:never|not|no)[\s-]+(?:write|writes|writing|written)[\s-]+(?:to[\s-]+)?(?:log[\s-]+)?files\b/i,
    ],
  },
  {
    // Factor VII's own promise: the app is its own server and exports it on a port. Where the port number comes from is the next property.
    id: 'port-binding',
    label: 'a self-contained server bound to a port',
    patterns: [
      /\bport[\s-]+binding\b/i,
      /\b(?:binds?|binding|bound)[\s-]+(?:to[\s-]+)?(?:a[\s-]+|the[\s-]+|its[\s-]+(?:own[\s-]+)?)?(?:\w{1,20}[\s-]+)?[$`{]{0,3}port\b/i,
      /\blisten(?:s|ing)?[\s-]+on\b/i,
      /\bself[\s-]+contained\b/i,
      /\bembedded[\s-]+(?:web[\s-]+|http[\s-]+)?server\b/i,
      /\bexports?[\s-]+(?:http|services?)\b/i,
      /\bexpos(?:e|es|ed|ing)\b[^.\n]{0,30}\b(?:port|http)\b/i,
    ],
  },
  {
    id: 'port-from-env',
    label: 'the port from the environment (PORT)',
    patterns: [
      /\$\{?PORT\b/,
      /\bport[\s-]+(?:(?:is|number)[\s-]+)?(?:(?:read|taken|set|given|provided|supplied|configured|defined|injected|comes)[\s-]+)?(?:from|via|by|through|in)[\s-]+(?:the[\s-]+|an?[\s-]+)?(?:env\b|environment\b|PORT\b)/i,
      /\b(?:configurable|assigned)[\s-]+port\b/i,
      /\b(?:binds?|binding|bound|listen(?:s|ing)?|serves?|port)\b[^.\n]{0,40}\bPORT\b/,
      /\bPORT\b[\s`'"]{0,3}(?:env(?:ironment)?[\s-]+var(?:iable)?|variable)\b/,
    ],
  },
  {
    id: 'multi-stage-dockerfile',
    label: 'a multi-stage Dockerfile',
    patterns: [/\bmulti[\s-]?stage\b/i],
  },
  {
    id: 'container-build',
    label: 'a container image built from a Dockerfile',
    patterns: [/\bdocker(?:file|[\s-]+images?|i[sz]ed)?\b(?![\s-]*compose)/i, /\bcontaineri[sz](?:ed|ation)\b/i, /\bcontainer[\s-]+images?\b/i, /\bbuildpacks?\b/i],
  },
  {
    id: 'separate-stages',
    label: 'separate build, release and run stages',
    patterns: [
      /\bci\s*\/\s*cd\b/i,
      /\bpipelines?\b/i,
      /\bseparate[ds]?[\s-]+(?:build|stages)\b/i,
      /\brelease[\s-]+(?:stage|step)\b/i,
      /\bbuild[\s-]+once\b/i,
      /\bbuilds?[\s-]+(?:the[\s-]+)?image[\s-]+once\b/i,
    ],
  },
  {
    id: 'release-identified',
    label: 'uniquely identified releases',
    patterns: [
      /\bimmutable[\s-]+(?:releases?|images?|artifacts?|builds?)\b/i,
      /\brelease[\s-]+(?:ids?|tags?|versions?|numbers?)\b/i,
      /\btagged[\s-]+(?:with[\s-]+)?(?:the[\s-]+|a[\s-]+)?(?:git[\s-]+)?(?:sha|commit|version|semver|release)\b/i,
      /\bunique(?:ly)?[\s-]+(?:identified|release|id)\b/i,
    ],
  },
  {
    id: 'lockfile',
    label: 'lockfile/pinned versions',
    patterns: [
      /\block[\s-]?files?\b/i,
      /\b(?:package-lock|npm-shrinkwrap)\.json\b/i,
      /\b(?:yarn|gemfile|cargo|composer|poetry|uv|pdm|pipfile|bun)\.lockb?\b/i,
      /\bpnpm-lock\.yaml\b/i,
      /\bgo\.sum\b/i,
      /\bpinned\b(?![\s-]+base)/i,
      /\bpin(?:s|ning)?[\s-]+(?:exact[\s-]+)?(?:versions?|dependencies)\b/i,
      /\bexact[\s-]+versions?\b/i,
      /\blocked[\s-]+(?:versions?|dependencies)\b/i,
    ],
  },
  {
    id: 'reproducible-install',
    label: 'installs from the lockfile',
    patterns: [/\bnpm[\s-]+ci\b/i, /--frozen-lockfile\b/i, /\bfrozen[\s-]+lock[\s-]?file\b/i, /\breproducible[\s-]+(?:builds?|installs?)\b/i, /\b--immutable\b/i],
  },
  {
    id: 'base-image-pinned',
    label: 'a pinned base image',
    patterns: [/\bpinned[\s-]+base[\s-]+images?\b/i, /\bbase[\s-]+images?\b[^.\n]{0,20}\b(?:pinned|tagged|digest)\b/i, /\bimage[\s-]+digests?\b/i],
  },
  {
    id: 'dependency-manifest',
    label: 'dependencies declared in a manifest',
    patterns: [
      /\bpackage\.json\b(?![\s-]+scripts?\b)/i,
      /\brequirements(?:\.txt|\.in)\b/i,
      /\bpyproject\.toml\b/i,
      /\bgo\.mod\b/i,
      /\bgemfile\b/i,
      /\bpom\.xml\b/i,
      /\bbuild\.gradle(?:\.kts)?\b/i,
      /\bcargo\.toml\b/i,
      /\bcomposer\.json\b(?![\s-]+scripts?\b)/i,
      /\b(?:maven|gradle|pip|poetry|bundler|go[\s-]+modules)\b/i,
      /\bnpm\b(?![\s-]+(?:run|ci|scripts?)\b)/i,
      /\bexplicitly[\s-]+declared\b/i,
    ],
  },
  {
    id: 'update-automation',
    label: 'Dependabot/Renovate',
    patterns: [/\bdependabot\b/i, /\brenovate(?:bot)?\b/i],
  },
  {
    id: 'no-local-state',
    label: 'no local state',
    patterns: [
      /\bstateless\b/i,
      /\bno[\s-]+(?:local[\s-]+)?(?:state|sessions?|sticky[\s-]+sessions?|disk[\s-]+state)\b/i,
      /\bshared?[\s-]?nothing\b/i,
      /\bsessions?[\s-]+(?:are[\s-]+)?(?:stored[\s-]+|kept[\s-]+)?in[\s-]+(?:redis|memcached|the[\s-]+database|a[\s-]+database)\b/i,
      /\bno[\s-]+(?:local[\s-]+)?(?:file[\s-]?system|disk)[\s-]+writes?\b/i,
      /\bexternali[sz]ed[\s-]+(?:state|storage|sessions?)\b/i,
      /\bnothing[\s-]+is[\s-]+(?:kept|stored|written)[\s-]+(?:on|to)[\s-]+(?:the[\s-]+)?(?:local[\s-]+)?(?:disk|file[\s-]?system)\b/i,
    ],
  },
  {
    id: 'config-from-env',
    label: 'configuration from environment variables',
    patterns: [
      /\benv(?:ironment)?[\s-]+var(?:iable)?s?\b/i,
      /(?:^|[\s(`'"])\.env\b/i,
      /\bprocess\.env\b/i,
      /\bos\.(?:environ|getenv)\b/i,
      /\bgetenv\b/i,
      /\bdotenv\b/i,
      /\bconfig(?:uration)?[\s-]+(?:is[\s-]+)?(?:read[\s-]+|loaded[\s-]+|stored[\s-]+|comes[\s-]+)?(?:from|in|via|through)[\s-]+(?:the[\s-]+)?env/i,
    ],
  },
  {
    id: 'no-committed-secrets',
    label: 'no secrets in the code',
    patterns: [
      /\bno[\s-]+(?:hard[\s-]?coded[\s-]+)?(?:secrets|credentials|passwords|api[\s-]+keys)\b/i,
      /\bsecrets?[\s-]+(?:are[\s-]+)?(?:never|not)[\s-]+(?:committed|stored|checked|in)\b/i,
      /\bexternali[sz]ed[\s-]+(?:config(?:uration)?|secrets)\b/i,
      /\bsecrets?[\s-]+manag/i,
    ],
  },
  {
    id: 'env-validation',
    label: 'validated configuration',
    patterns: [
      /\bvalidat(?:e|es|ed|ion|ing)\b[^.\n]{0,40}\b(?:env|config|configuration|environment|settings)\b/i,
      /\b(?:zod|pydantic[\s-]?settings|envconfig|envalid|convict|joi)\b/i,
    ],
  },
  {
    id: 'backing-services-by-url',
    label: 'backing services located by URL from the environment',
    patterns: [
      /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN)\b/,
      /\bconnection[\s-]+strings?\b/i,
      /\b(?:postgres(?:ql)?|redis|mysql|mariadb|mongo(?:db)?|rabbitmq|amqp|kafka|memcached|elasticsearch|s3|smtp|database|db)\b[^.\n]{0,40}\b(?:urls?|uris?|env(?:ironment)?|configured|attached|swappable|resources?)\b/i,
      /\battached[\s-]+resources?\b/i,
    ],
  },
  {
    id: 'compose-for-dev',
    label: 'Docker Compose for development',
    patterns: [/\bdocker[\s-]?compose\b/i, /\bcompose\.ya?ml\b/i],
  },
  {
    id: 'same-services-everywhere',
    label: 'the same backing services in development and production',
    patterns: [
      /\bsame[\s-]+(?:database|db|backing[\s-]+services?|services|stack|containers?)\b/i,
      /\bidentical[\s-]+(?:environments?|stacks?)\b/i,
    ],
  },
  {
    id: 'one-image',
    label: 'one image for every environment',
    patterns: [/\bone[\s-]+(?:dockerfile|image)[\s-]+(?:for|across)\b/i, /\bsame[\s-]+(?:image|dockerfile)\b/i, /\bidentical[\s-]+images?\b/i],
  },
  {
    id: 'admin-tasks',
    label: 'admin tasks run as one-off processes',
    patterns: [
      /\bmakefile\b/i,
      /\bmake[\s-]+[a-z][\w:-]*/,
      /\bone[\s-]?off\b/i,
      /\bmigrations?\b/i,
      /\bmanage\.py\b/i,
      /\brake[\s-]+[a-z]/i,
      /\bartisan\b/i,
      /\bnpm[\s-]+run[\s-]+[a-z]/i,
      /\b(?:npm|package\.json|composer|yarn|pnpm)[\s-]+scripts?\b/i,
      /\badmin[\s-]+(?:tasks?|commands?|scripts?|processes)\b/i,
      /\brelease[\s-]+phase\b/i,
    ],
  },
  {
    id: 'process-types',
    label: 'declared process types',
    patterns: [/\bprocfile\b/i, /\bprocess[\s-]+(?:types?|model|formation)\b/i],
  },
  {
    id: 'scale-out',
    label: 'scales out by running more processes',
    patterns: [
      /\bhorizontal(?:ly)?[\s-]+scal/i,
      /\bscal(?:e|es|ed|ing)[\s-]+(?:out|horizontally)\b/i,
      /\breplicas?\b/i,
      /\bmultiple[\s-]+(?:instances|processes|replicas)\b/i,
      /\bmore[\s-]+(?:instances|processes|replicas|containers)\b/i,
    ],
  },
  {
    id: 'one-codebase',
    label: 'one codebase in version control',
    patterns: [
      /\bgit\b/i,
      /\b(?:single|one)[\s-]+(?:codebase|repo|repository)\b/i,
      /\bmono[\s-]?repo\b/i,
      /\bversion[\s-]+control(?:led)?\b/i,
      /\brevision[\s-]+control\b/i,
    ],
  },
  {
    id: 'health-check',
    label: 'a health check',
    patterns: [/\bhealth[\s-]?checks?\b/i, /\/healthz?\b/i, /\breadiness\b/i, /\bliveness\b/i],
  },
];

const byId = new Map(PROPERTIES.map((p) => [p.id, p]));

export function propertyById(id: string): Property | undefined {
  return byId.get(id);
}

/** Names of environment variables: `DATABASE_URL`, `SECRET_KEY`, and the common single words. */
const ENV_NAME = /\b(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|PORT|HOST|DEBUG|ENV|HOSTNAME)\b/g;
/** Words that bind a server to a port: with them, a sentence naming `PORT` is about port binding. */
const BINDING = /\b(?:binds?|binding|bound|listen(?:s|ing)?)\b/i;
const PORT_PROPERTIES = new Set(['port-binding', 'port-from-env']);

/**
 * A sentence that lists variable names ("`PORT`, `HOST`, `DATABASE_URL` in .env") promises
 * configuration through the environment; it says nothing of how the server binds.
 */
export function isNameList(text: string): boolean {
  const names = new Set(text.slice(0, 1000).match(ENV_NAME) ?? []);
  return names.size >= 2 && !BINDING.test(text);
}

/** The properties a promise's text states, in table order. */
export function propertiesOf(text: string): Property[] {
  const t = text.length > 1000 ? text.slice(0, 1000) : text;
  const found = PROPERTIES.filter((p) => p.patterns.some((re) => re.test(t)));
  if (!isNameList(t)) return found;
  const kept = found.filter((p) => !PORT_PROPERTIES.has(p.id));
  return kept.length > 0 ? kept : [byId.get('config-from-env')!];
}
