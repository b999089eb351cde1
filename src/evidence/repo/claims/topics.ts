/**
 * THE table from promises to checks: each topic is a concrete promise a claim
 * document makes ("graceful shutdown", "logs to stdout"), the words that state
 * it, and the check ids whose findings prove or refute it. Judging a sub-claim
 * reads only this table; a check id listed here that no check emits makes the
 * promise "unverified: no check for it".
 */
export interface Topic {
  id: string;
  /** How the promise reads in a reason: "README.md:40 claims <label>; …". */
  label: string;
  patterns: RegExp[];
  /** Checks that judge the promise, most decisive first (runtime measurements before static hints). */
  checks: string[];
}

// Patterns are linear: alternations of literals, bounded gaps, no nested quantifiers.
export const TOPICS: Topic[] = [
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
    checks: ['disposability/sigterm-shutdown', 'disposability/exec-form-cmd', 'disposability/signal-handlers', 'disposability/stop-signal'],
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
    checks: ['disposability/startup-time'],
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
    checks: ['logs/stdout-output', 'logs/no-log-files', 'logs/no-file-logging'],
  },
  {
    id: 'binds-port',
    label: 'binds a configurable PORT',
    patterns: [
      /\bPORT\b/,
      /\bport[\s-]+binding\b/i,
      /\bbinds?[\s-]+(?:to[\s-]+)?(?:a[\s-]+|the[\s-]+|its[\s-]+own[\s-]+)?(?:configurable[\s-]+|given[\s-]+)?port\b/i,
      /\blisten(?:s|ing)?[\s-]+on\b/i,
      /\bself[\s-]+contained\b/i,
      /\bembedded[\s-]+(?:web[\s-]+|http[\s-]+)?server\b/i,
      /\bexports?[\s-]+(?:http|services?)\b/i,
      /\bport[\s-]+(?:from|via|in)[\s-]+(?:the[\s-]+)?env/i,
      /\bconfigurable[\s-]+port\b/i,
    ],
    checks: ['port-binding/binds-port', 'port-binding/port-source'],
  },
  {
    id: 'multi-stage-dockerfile',
    label: 'multi-stage Dockerfile',
    patterns: [/\bmulti[\s-]?stage\b/i],
    checks: ['build-release-run/multi-stage'],
  },
  {
    id: 'container-build',
    label: 'a container image built from a Dockerfile',
    patterns: [/\bdocker(?:file|[\s-]+images?|i[sz]ed)?\b(?![\s-]*compose)/i, /\bcontaineri[sz](?:ed|ation)\b/i, /\bcontainer[\s-]+images?\b/i, /\bbuildpacks?\b/i],
    checks: ['build-release-run/build-definition', 'build-release-run/dockerignore'],
  },
  {
    id: 'separate-stages',
    label: 'separate build, release and run stages',
    patterns: [
      /\bci\s*\/\s*cd\b/i,
      /\bpipelines?\b/i,
      /\bimmutable[\s-]+(?:releases?|images?|artifacts?|builds?)\b/i,
      /\bseparate[ds]?[\s-]+(?:build|stages)\b/i,
      /\brelease[\s-]+(?:stage|step|ids?|tags?)\b/i,
      /\bbuild[\s-]+once\b/i,
    ],
    checks: ['build-release-run/released-image', 'build-release-run/no-build-at-start'],
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
      /\bpinned\b/i,
      /\bpin(?:s|ning)?[\s-]+(?:exact[\s-]+)?(?:versions?|dependencies)\b/i,
      /\bexact[\s-]+versions?\b/i,
      /\bnpm[\s-]+ci\b/i,
      /\blocked[\s-]+(?:versions?|dependencies)\b/i,
    ],
    checks: ['dependencies/lockfile', 'dependencies/reproducible-install', 'dependencies/base-image-pinned'],
  },
  {
    id: 'dependency-manifest',
    label: 'dependencies declared in a manifest',
    patterns: [
      /\bpackage\.json\b/i,
      /\brequirements(?:\.txt|\.in)\b/i,
      /\bpyproject\.toml\b/i,
      /\bgo\.mod\b/i,
      /\bgemfile\b/i,
      /\bpom\.xml\b/i,
      /\bbuild\.gradle(?:\.kts)?\b/i,
      /\bcargo\.toml\b/i,
      /\bcomposer\.json\b/i,
      /\b(?:maven|gradle|pip|poetry|bundler|go[\s-]+modules)\b/i,
      /\bnpm\b(?![\s-]+run)/i,
      /\bexplicitly[\s-]+declared\b/i,
    ],
    checks: ['dependencies/lockfile'],
  },
  {
    id: 'update-automation',
    label: 'Dependabot/Renovate',
    patterns: [/\bdependabot\b/i, /\brenovate(?:bot)?\b/i],
    checks: ['dependencies/update-automation'],
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
    ],
    checks: ['processes/no-local-writes', 'processes/local-state'],
  },
  {
    id: 'config-from-env',
    label: 'configuration via environment variables / .env',
    patterns: [
      /\benv(?:ironment)?[\s-]+var(?:iable)?s?\b/i,
      /(?:^|[\s(`'"])\.env\b/i,
      /\bprocess\.env\b/i,
      /\bos\.(?:environ|getenv)\b/i,
      /\bgetenv\b/i,
      /\bdotenv\b/i,
      /\bconfig(?:uration)?[\s-]+(?:is[\s-]+)?(?:read[\s-]+|loaded[\s-]+|stored[\s-]+)?(?:from|in|via|through)[\s-]+(?:the[\s-]+)?env/i,
    ],
    checks: ['config/honours-env', 'config/reads-env', 'config/dotenv-committed', 'config/per-environment-files'],
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
    checks: ['config/committed-secrets', 'config/dockerfile-secrets', 'config/dotenv-committed'],
  },
  {
    id: 'env-validation',
    label: 'validated configuration',
    patterns: [
      /\bvalidat(?:e|es|ed|ion|ing)\b[^.\n]{0,40}\b(?:env|config|configuration|environment|settings)\b/i,
      /\b(?:zod|pydantic[\s-]?settings|envconfig|envalid|convict|joi)\b/i,
    ],
    checks: ['config/env-validation'],
  },
  {
    id: 'backing-services-by-url',
    label: 'backing services configured by URL',
    patterns: [
      /\b[A-Z][A-Z0-9]*_(?:URL|URI|DSN)\b/,
      /\bconnection[\s-]+strings?\b/i,
      /\b(?:postgres(?:ql)?|redis|mysql|mariadb|mongo(?:db)?|rabbitmq|amqp|kafka|memcached|elasticsearch|s3|smtp|database|db)\b[^.\n]{0,40}\b(?:urls?|uris?|env(?:ironment)?|configured|attached|swappable|resources?)\b/i,
      /\battached[\s-]+resources?\b/i,
    ],
    checks: ['backing-services/services-reachable', 'backing-services/urls-from-env'],
  },
  {
    id: 'compose-for-dev',
    label: 'Docker Compose for dev',
    patterns: [/\bdocker[\s-]?compose\b/i, /\bcompose\.ya?ml\b/i],
    checks: ['dev-prod-parity/same-backing-services'],
  },
  {
    id: 'same-services-everywhere',
    label: 'the same backing services in dev and prod',
    patterns: [
      /\bsame[\s-]+(?:database|db|backing[\s-]+services?|services|stack|image|dockerfile|containers?)\b/i,
      /\bone[\s-]+dockerfile\b/i,
      /\bidentical[\s-]+(?:environments?|stacks?|images?)\b/i,
    ],
    checks: ['dev-prod-parity/same-backing-services', 'dev-prod-parity/dev-image'],
  },
  {
    id: 'admin-tasks',
    label: 'admin tasks via Makefile/GitHub Actions',
    patterns: [
      /\bmakefile\b/i,
      /\bmake[\s-]+[a-z][\w:-]*/,
      /\bgithub[\s-]+actions?\b/i,
      /\bone[\s-]?off\b/i,
      /\bmigrations?\b/i,
      /\bmanage\.py\b/i,
      /\brake[\s-]+[a-z]/i,
      /\bartisan\b/i,
      /\bnpm[\s-]+run[\s-]+[a-z]/i,
      /\badmin[\s-]+(?:tasks?|commands?|scripts?)\b/i,
      /\brelease[\s-]+phase\b/i,
    ],
    checks: ['admin-processes/admin-commands', 'admin-processes/declared-tasks', 'admin-processes/no-migrate-on-start'],
  },
  {
    id: 'process-types',
    label: 'declared process types that scale out',
    patterns: [
      /\bprocfile\b/i,
      /\bprocess[\s-]+(?:types?|model|formation)\b/i,
      /\bhorizontal(?:ly)?[\s-]+scal/i,
      /\bscal(?:e|es|ed|ing)[\s-]+(?:out|horizontally)\b/i,
      /\breplicas?\b/i,
      /\bmultiple[\s-]+(?:instances|processes|replicas)\b/i,
    ],
    checks: ['concurrency/replicas', 'concurrency/process-types', 'concurrency/no-daemonizing', 'concurrency/no-process-supervisor'],
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
    checks: ['codebase/version-control', 'codebase/image-revision', 'codebase/one-app-per-path'],
  },
  {
    id: 'health-check',
    label: 'a health check',
    patterns: [/\bhealth[\s-]?checks?\b/i, /\/healthz?\b/i, /\breadiness\b/i, /\bliveness\b/i],
    checks: ['disposability/healthcheck'],
  },
];

const byId = new Map(TOPICS.map((t) => [t.id, t]));

export function topicById(id: string): Topic | undefined {
  return byId.get(id);
}

/** The topics a promise's text states, in table order. */
export function topicsOf(text: string): Topic[] {
  const t = text.length > 1000 ? text.slice(0, 1000) : text;
  return TOPICS.filter((topic) => topic.patterns.some((p) => p.test(t)));
}
