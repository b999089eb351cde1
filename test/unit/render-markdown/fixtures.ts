import { defaultConfig } from '../../../src/config/schema';
import { buildReport } from '../../../src/judge/verdicts';
import { type Claim, type Finding, type Report, ReportSchema } from '../../../src/model/report';
import type { RuntimeFacts } from '../../../src/model/runtime';

// Representative reports for the Markdown snapshots, the GitHub delivery
// tests and the screenshot. Built through the real buildReport so verdicts
// come from the same rules as production, then validated by the schema.

const NOW = new Date('2026-01-15T12:00:00Z');
const REPO = { path: '.', commit: '3f2a9c1d4b5e6f708192a3b4c5d6e7f801234567', ref: 'refs/pull/42/merge', slug: 'acme/shop', serverUrl: 'https://github.com' };

function report(findings: Finding[], extra: { claims?: Claim[]; runtime?: RuntimeFacts; repository?: Report['repository'] } = {}): Report {
  const r = buildReport({
    repository: extra.repository ?? REPO,
    config: defaultConfig(),
    findings,
    now: NOW,
    ...(extra.claims ? { claims: extra.claims } : {}),
    ...(extra.runtime ? { runtime: extra.runtime } : {}),
  });
  // Pinned so snapshots do not move with releases.
  return ReportSchema.parse({ ...r, tool: { name: 'twelve-factor-audit', version: '0.0.0-test' } });
}

const file = (f: string, line?: number) => ({ kind: 'file' as const, file: f, ...(line ? { line } : {}) });
const measure = (name: string, value: number, unit: string, threshold?: number) => ({
  kind: 'measurement' as const,
  name,
  value,
  unit,
  ...(threshold !== undefined ? { threshold } : {}),
});

export function staticOnlyReport(): Report {
  return report([
    { check: 'codebase/version-control', outcome: 'pass', message: 'one git repository at the audited path', evidence: [file('.git/HEAD')] },
    { check: 'dependencies/lockfile', outcome: 'pass', message: 'package.json is locked by package-lock.json', evidence: [file('package-lock.json')] },
    { check: 'dependencies/base-image-pinned', outcome: 'warn', message: 'Dockerfile FROM node:latest is not pinned to a version', evidence: [file('Dockerfile', 1)] },
    { check: 'config/dotenv-committed', outcome: 'fail', message: '.env is committed', evidence: [file('.env')] },
    { check: 'config/committed-secrets', outcome: 'fail', message: 'a secret-looking value (rule aws-access-key) is committed', evidence: [file('src/config.js', 12)] },
    { check: 'backing-services/urls-from-env', outcome: 'pass', message: 'DATABASE_URL is read from the environment', evidence: [file('src/db.js', 3)] },
    { check: 'build-release-run/build-definition', outcome: 'pass', message: 'Dockerfile present and multi-stage', evidence: [file('Dockerfile', 1)] },
    { check: 'processes/local-state', outcome: 'warn', message: 'uploads are written to ./uploads', evidence: [file('src/upload.js', 20)] },
    { check: 'port-binding/port-source', outcome: 'pass', message: 'the port is read from $PORT', evidence: [file('src/server.js', 8)] },
    { check: 'concurrency/process-types', outcome: 'skip', message: 'no Procfile or compose file declares process types', evidence: [] },
    { check: 'disposability/exec-form-cmd', outcome: 'pass', message: 'CMD uses exec form', evidence: [file('Dockerfile', 14)] },
    { check: 'dev-prod-parity/same-backing-services', outcome: 'pass', message: 'compose uses postgres like production', evidence: [file('docker-compose.yml', 5)] },
    { check: 'logs/no-log-files', outcome: 'fail', message: 'winston writes to logs/app.log', evidence: [file('src/log.js', 4)] },
    { check: 'admin-processes/declared-tasks', outcome: 'n/a', message: 'no admin task and no persistent data: nothing to run as a one-off', evidence: [] },
    { check: 'dependencies/update-automation', role: 'advice', outcome: 'warn', message: 'no Dependabot or Renovate configuration at the repository root', evidence: [] },
    { check: 'disposability/healthcheck', role: 'advice', outcome: 'warn', message: 'no HEALTHCHECK, compose healthcheck or readiness probe', evidence: [file('Dockerfile')] },
  ]);
}

export function runtimeFacts(overrides: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return {
    runId: 'run-1',
    imageId: 'sha256:4b825dc642cb6eb9a060e54bf8d69288fbee4904aa11bb22cc7e9b7d1c2e3f40',
    imageLabels: {},
    startedAt: '2026-01-15T11:59:00Z',
    envNames: ['PORT', 'DATABASE_URL'],
    network: { name: 'tfa-run-1', internal: true },
    stopSignal: 'SIGTERM',
    web: true,
    boot: { outcome: 'ready', port: 31337, timeoutMs: 60000, readyMs: 812 },
    logs: { stdoutBytes: 2048, stderrBytes: 64, stdoutLines: 40, stderrLines: 2, head: [], tail: [], truncated: false },
    shutdown: { signal: 'SIGTERM', graceMs: 10000, elapsedMs: 10023, exitCode: 137, killed: true, classification: 'killed' },
    admin: [],
    services: [],
    errors: [],
    ...overrides,
  };
}

export function fullRuntimeReport(): Report {
  const base = staticOnlyReport();
  const findings = base.factors.flatMap((f) => f.findings);
  findings.push(
    { check: 'port-binding/binds-port', outcome: 'pass', message: 'bound $PORT=31337 and accepted a connection', evidence: [measure('ready time', 812, 'ms', 60000)] },
    {
      check: 'disposability/sigterm-shutdown',
      outcome: 'fail',
      message: 'did not exit within 10000 ms of SIGTERM; SIGKILL was needed',
      evidence: [measure('SIGTERM to exit', 10023, 'ms', 10000), file('src/server.js', 30)],
      details: ['last log lines before SIGKILL:', 'listening on 31337', 'GET / 200 3ms'],
    },
    { check: 'disposability/startup-time', outcome: 'pass', message: 'ready in 812 ms', evidence: [measure('startup time', 812, 'ms', 10000)] },
    { check: 'logs/stdout-output', outcome: 'pass', message: '2048 bytes written to stdout, 64 to stderr', evidence: [measure('stdout bytes', 2048, 'bytes')] },
    { check: 'processes/no-local-writes', outcome: 'warn', message: '3 files written outside temp dirs', evidence: [measure('files written', 3, 'files', 0)], details: ['/app/uploads/a.png', '/app/uploads/b.png', '/app/sessions.db'] },
    { check: 'concurrency/replicas', outcome: 'pass', message: '2 replicas booted side by side', evidence: [measure('replicas ready', 2, 'replicas', 2)] },
  );
  const r = report(findings, { runtime: runtimeFacts() });
  return r;
}

export function contradictionsReport(): Report {
  const base = fullRuntimeReport();
  const claims: Claim[] = [
    {
      factor: 'IX',
      status: 'claimed',
      source: { file: 'README.md', line: 41 },
      text: 'IX. Disposability ✅ COMPLETED: fast startup and graceful shutdown',
      subClaims: [
        { text: 'graceful shutdown on SIGTERM', topic: 'graceful-shutdown', line: 43, judgement: { result: 'contradicted', reason: 'SIGKILL was needed after 10023 ms', checks: ['disposability/sigterm-shutdown'] } },
        { text: 'starts in under a second', topic: 'fast-startup', line: 44, judgement: { result: 'confirmed', reason: 'ready in 812 ms', checks: [] } },
      ],
      judgement: { result: 'contradicted', reason: 'the container ignored SIGTERM and was killed after the 10 s grace period', checks: ['disposability/sigterm-shutdown'] },
    },
    {
      factor: 'XI',
      status: 'claimed',
      source: { file: 'README.md', line: 50 },
      text: 'XI. Logs ✅ logs are event streams on stdout',
      subClaims: [],
      judgement: { result: 'contradicted', reason: 'winston writes to logs/app.log (src/log.js line 4)', checks: ['logs/no-log-files'] },
    },
    {
      factor: 'VII',
      status: 'claimed',
      source: { file: 'README.md', line: 36 },
      text: 'VII. Port binding ✅',
      subClaims: [],
      judgement: { result: 'confirmed', reason: 'bound $PORT=31337', checks: ['port-binding/binds-port'] },
    },
  ];
  return report(
    base.factors.flatMap((f) => f.findings),
    { claims, runtime: runtimeFacts() },
  );
}

export function manyFindingsReport(n = 400): Report {
  const findings: Finding[] = [];
  const slugs = ['config/committed-secrets', 'dependencies/unpinned', 'processes/local-state', 'logs/no-log-files'];
  for (let i = 0; i < n; i++) {
    findings.push({
      check: slugs[i % slugs.length]!,
      outcome: i % 3 === 0 ? 'fail' : 'warn',
      message: `finding number ${i} in a long list of things that are wrong with this repository`,
      evidence: [file(`src/module-${i}/index.js`, (i % 200) + 1)],
      details: Array.from({ length: 60 }, (_, k) => `detail line ${k} for finding ${i}: ${'x'.repeat(120)}`),
    });
  }
  findings.push({ check: 'codebase/version-control', outcome: 'pass', message: 'one repository', evidence: [file('.git/HEAD')] });
  return report(findings);
}

/** Everything an attacker controls, aimed at every rendering context. */
export const HOSTILE = [
  '@someone please look',
  '```\n</details>\n# injected heading',
  '</details></summary><img src=x onerror=alert(1)>',
  '<script>alert(1)</script> | cell | break |',
  '::error file=x::owned',
  '::add-mask::secret',
  'fixes #123 and @org/team',
  '[click](javascript:alert(1)) ![x](https://evil.example/x.png) <https://evil.example>',
  '````` five ticks ` one `` two',
  '\u202eevil\u202c and \u0007 bell',
];

export function hostileReport(): Report {
  const h = HOSTILE.join(' ');
  const findings: Finding[] = [
    {
      check: 'logs/stdout-output',
      outcome: 'fail',
      message: `container said ${h}`,
      evidence: [file(`src/${HOSTILE[2]}.js`, 3), measure(`@someone ${HOSTILE[1]}`, 1, 'x')],
      details: HOSTILE,
    },
    {
      check: 'config/committed-secrets',
      outcome: 'warn',
      message: HOSTILE[0]!,
      evidence: [{ kind: 'file', file: HOSTILE[7]!, line: 2, snippet: HOSTILE[1]! }],
      details: [HOSTILE.join('\n')],
    },
    { check: 'codebase/version-control', outcome: 'pass', message: HOSTILE[6]!, evidence: [file('x')] },
    { check: 'concurrency/process-types', outcome: 'skip', message: HOSTILE[3]!, evidence: [] },
  ];
  const claims: Claim[] = [
    {
      factor: 'XI',
      status: 'claimed',
      source: { file: `README${HOSTILE[2]}.md`, line: 1 },
      text: h,
      subClaims: [{ text: HOSTILE[0]!, line: 2, judgement: { result: 'contradicted', reason: HOSTILE[3]!, checks: [] } }],
      judgement: { result: 'contradicted', reason: HOSTILE[4]!, checks: [] },
    },
  ];
  return report(findings, {
    claims,
    runtime: runtimeFacts({ stopSignal: HOSTILE[2]!, shutdown: { signal: `SIG${HOSTILE[2]}`, graceMs: 1, elapsedMs: 2, exitCode: 0, killed: false, classification: 'graceful' } }),
    repository: { ...REPO, ref: `refs/heads/${HOSTILE[0]}${HOSTILE[1]}` },
  });
}
