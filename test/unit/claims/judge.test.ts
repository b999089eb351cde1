import { describe, expect, it } from 'vitest';
import { ConfigSchema, defaultConfig } from '../../../src/config/schema';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { judgeClaims } from '../../../src/judge/claims';
import { contradictions } from '../../../src/judge/contradictions';
import { finalise } from '../../../src/judge/finalise';
import { buildReport } from '../../../src/judge/verdicts';
import { type Claim, ClaimSchema, type Finding, type StageStatus } from '../../../src/model/report';
import { type RuntimeFacts, RuntimeFactsSchema } from '../../../src/model/runtime';
import type { BuildFile } from '../../../src/model/stages';
import { runRuntimeChecks } from '../../../src/pipeline/run-checks';

const README = [
  '# Orders API', // 1
  '', // 2
  '## 12-Factor compliance', // 3
  '', // 4
  '- ✅ **Codebase**: one Git repository', // 5
  '- ✅ **Dependencies**: package-lock.json committed', // 6
  '- ✅ **Config**: environment variables only', // 7
  '- ✅ **Backing services**: DATABASE_URL', // 8
  '- ✅ **Build, release, run**: multi-stage Dockerfile', // 9
  '- ✅ **Processes**: no local state', // 10
  '- ✅ **Port binding**: binds a configurable PORT', // 11
  '- ✅ **Concurrency**: more replicas', // 12
  '- ✅ **Disposability**: graceful shutdown', // 13
  '- ✅ **Dev/prod parity**: Docker Compose for dev', // 14
  '- ✅ **Logs**: logs to stdout', // 15
  '- ⏳ **Admin processes**: migrations via Makefile', // 16
].join('\n');

const PORT = 23817;
const COMMIT = '4f3c2b1a0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b';

function facts(over: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return RuntimeFactsSchema.parse({
    runId: 'r1',
    imageId: 'sha256:abc',
    startedAt: '2025-01-01T00:00:00Z',
    envNames: ['PORT'],
    imageLabels: { 'org.opencontainers.image.revision': COMMIT },
    network: { name: 'tfa-r1', internal: true },
    stopSignal: 'SIGTERM',
    web: true,
    boot: { outcome: 'ready', port: PORT, timeoutMs: 60_000, readyMs: 850 },
    logs: { stdoutBytes: 420, stderrBytes: 0, stdoutLines: 6, stderrLines: 0, head: [], tail: [], truncated: false },
    filesystem: { written: [], logFiles: [], tempWrites: 0 },
    shutdown: { signal: 'SIGTERM', graceMs: 10_000, elapsedMs: 120, exitCode: 0, killed: false, classification: 'graceful' },
    ...over,
  });
}
const KILLED = { signal: 'SIGTERM', graceMs: 10_000, elapsedMs: 10_000, exitCode: 137, killed: true, classification: 'killed' } as const;

const file = (f: string, line?: number, snippet?: string) => ({ kind: 'file' as const, file: f, ...(line ? { line } : {}), ...(snippet ? { snippet } : {}) });
const measure = (name: string, value: number, unit: string) => ({ kind: 'measurement' as const, name, value, unit });

/** Static findings a healthy repository produces, as the real checks word and classify them. */
const STATIC_PASSES: Finding[] = [
  { check: 'codebase/version-control', outcome: 'pass', condition: 'tracked', message: 'the audited tree is a git checkout', evidence: [file('.git')] },
  { check: 'dependencies/lockfile', outcome: 'pass', condition: 'locked', message: 'package.json is locked by package-lock.json', evidence: [file('package-lock.json')] },
  { check: 'config/reads-env', outcome: 'pass', condition: 'from-env', message: 'config is read from the environment (3 place(s), first src/config.js:2)', evidence: [file('src/config.js', 2, 'process.env.GREETING')] },
  { check: 'backing-services/urls-from-env', outcome: 'pass', condition: 'from-env', message: 'service locations are read from the environment (1 place(s), first src/db.js:3)', evidence: [file('src/db.js', 3, 'new Pool({ connectionString: process.env.DATABASE_URL })')] },
  { check: 'build-release-run/multi-stage', outcome: 'pass', role: 'advice', condition: 'separated', message: '2 stages; the final stage copies from an earlier one', evidence: [file('Dockerfile', 5)] },
  { check: 'build-release-run/no-build-at-start', outcome: 'pass', condition: 'only-runs', message: 'the start command only runs the app', evidence: [file('Dockerfile', 12)] },
  { check: 'disposability/exec-form-cmd', outcome: 'pass', condition: 'reaches-app', message: 'CMD uses exec form: node is PID 1', evidence: [file('Dockerfile', 12)] },
  { check: 'port-binding/port-source', outcome: 'pass', condition: 'from-env', message: 'the port comes from the environment (src/server.js:4)', evidence: [file('src/server.js', 4)] },
  { check: 'dev-prod-parity/same-backing-services', outcome: 'pass', condition: 'same', message: 'the dev stack runs version-tagged postgres:16.2', evidence: [file('compose.yaml', 4)] },
];

const replace = (findings: Finding[], check: string, next: Finding | undefined): Finding[] =>
  next ? [...findings.filter((f) => f.check !== check), next] : findings.filter((f) => f.check !== check);

function judge(staticFindings: Finding[], rt: RuntimeFacts | undefined, readme = README, extra: { stages?: StageStatus[]; build?: BuildFile } = {}): Claim[] {
  const config = defaultConfig();
  const runtimeFindings = runRuntimeChecks({ runtime: rt, config, commit: COMMIT, ...extra }, 'runtime not run: static-only audit');
  const report = buildReport({ repository: { path: '.' }, config, findings: [...staticFindings, ...runtimeFindings] });
  const claims = judgeClaims(parseClaimDocument('README.md', readme, { markdown: true, named: false }), report.factors, rt);
  for (const c of claims) ClaimSchema.parse(c);
  return claims;
}

const of = (claims: Claim[], f: string) => claims.find((c) => c.factor === f)!;
const contradicted = (claims: Claim[]) => contradictions(claims).map((c) => c.factor);

describe('judging claims against the evidence', () => {
  it('a README claiming all factors, an app that breaks two at runtime: exactly those two lead, with measurements', () => {
    const rt = facts({
      shutdown: KILLED,
      logs: { stdoutBytes: 0, stderrBytes: 0, stdoutLines: 0, stderrLines: 0, head: [], tail: [], truncated: false },
      filesystem: { written: [], logFiles: ['/tmp/app.log'], tempWrites: 1 },
    });
    const claims = judge(STATIC_PASSES, rt);
    const lead = contradictions(claims);
    expect(lead.map((c) => c.factor)).toEqual(['IX', 'XI']);
    expect(of(claims, 'IX').judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:13 claims graceful shutdown; measured: SIGKILL after 10 s' });
    expect(of(claims, 'IX').judgement!.checks).toContain('disposability/sigterm-shutdown');
    expect(lead[0]!.text).toBe('IX Disposability: README.md:13 claims graceful shutdown; measured: SIGKILL after 10 s');
    expect(lead[0]!.subClaims.map((s) => s.topic)).toEqual(['graceful-shutdown']);
    expect(of(claims, 'XI').judgement!.reason).toBe('README.md:15 claims logs to stdout; measured: log files written in the container: /tmp/app.log');
    // The same run confirms what it measured as kept.
    expect(of(claims, 'VII').judgement).toMatchObject({ result: 'confirmed' });
    expect(of(claims, 'VII').judgement!.reason).toContain(`listening on PORT=${PORT}`);
    expect(of(claims, 'VII').standing).toBe('confirmed');
  });

  it('names the port the app bound instead of PORT, against a claim of the port from the environment', () => {
    const rt = facts({ boot: { outcome: 'timeout', port: PORT, timeoutMs: 60_000, listeningPorts: [3000] }, shutdown: undefined });
    const claims = judge(replace(STATIC_PASSES, 'port-binding/port-source', undefined), rt);
    expect(of(claims, 'VII').judgement).toMatchObject({
      result: 'contradicted',
      reason: `README.md:11 claims the port from the environment (PORT); measured: listening on 3000, not PORT=${PORT}`,
    });
    // Binding a port is kept: it bound one, just not the given one.
    expect(of(claims, 'VII').subClaims.map((s) => [s.topic, s.standing])).toEqual([
      ['port-binding', 'confirmed'],
      ['port-from-env', 'contradicted'],
    ]);
  });

  it('confirms a claim whose promises are measured as kept', () => {
    const claims = judge(STATIC_PASSES, facts());
    const ix = of(claims, 'IX');
    expect(ix.judgement).toMatchObject({ result: 'confirmed', reason: 'graceful shutdown: measured: exited 0 0.1 s after SIGTERM' });
    expect(ix.subClaims[0]!.judgement).toMatchObject({ result: 'confirmed', reason: 'graceful shutdown: measured: exited 0 0.1 s after SIGTERM' });
    expect(contradicted(claims)).toEqual([]);
  });

  it('a static audit confirms from static evidence and says what needs the container', () => {
    const claims = judge(STATIC_PASSES, undefined);
    // Nothing about SIGTERM handling was read statically: the promise waits for a run.
    const ix = of(claims, 'IX');
    expect(ix.subClaims[0]!.judgement).toMatchObject({ result: 'unverified' });
    expect(ix.subClaims[0]!.judgement!.reason).toBe('graceful shutdown: runtime not run: needs the container (disposability/sigterm-shutdown)');
    expect(ix.judgement!.reason).toBe('graceful shutdown: runtime not run: needs the container (disposability/sigterm-shutdown)');
    expect(of(claims, 'XI').judgement!.reason).toMatch(/^logs to stdout: runtime not run: needs the container/);
    // The port source was read: a static reading answers the claim.
    expect(of(claims, 'VII').judgement).toMatchObject({ result: 'confirmed' });
    expect(of(claims, 'VII').judgement!.reason).toContain('found: the port comes from the environment (src/server.js:4)');
    expect(contradicted(claims)).toEqual([]);
  });

  it('contradicts a claim with the static finding about what it names, citing file and line', () => {
    const failing = replace(STATIC_PASSES, 'dependencies/lockfile', {
      check: 'dependencies/lockfile', outcome: 'fail', condition: 'unlocked-ranges', message: 'package.json has ranges and no lockfile', evidence: [file('package.json', 1)],
    });
    const claims = judge(failing, facts());
    expect(of(claims, 'II').judgement).toMatchObject({
      result: 'contradicted',
      reason: 'README.md:6 claims lockfile/pinned versions; found: package.json has ranges and no lockfile (package.json:1)',
      checks: ['dependencies/lockfile'],
    });
  });

  it('a bare heading is contradicted by a core failure about what it states', () => {
    const findings: Finding[] = [
      { check: 'processes/local-state', outcome: 'fail', condition: 'local-state', message: 'data kept in a module-level store that the code writes (app.py:4)', evidence: [file('app.py', 4, 'TASKS = {}')] },
    ];
    const claims = judge(findings, undefined, '## Twelve-factor\n\n- ✅ **Processes**');
    expect(of(claims, 'VI').judgement).toMatchObject({
      result: 'contradicted',
      reason: 'README.md:3 claims VI Processes; found: data kept in a module-level store that the code writes (app.py:4)',
    });
  });

  it('a heading is not contradicted by a failing check about something it does not state, nor by a lesser deviation', () => {
    const doc = ['## Twelve-factor', '- ✅ **Disposability**: graceful shutdown on SIGTERM', '- ✅ **Port binding**', '- ✅ **Build, release, run**'].join('\n');
    const findings: Finding[] = [
      ...STATIC_PASSES,
      // Migrations at every start fail IX, but the claim is about shutting down, which was measured as graceful.
      { check: 'disposability/startup-work', outcome: 'fail', condition: 'heavy', message: 'the start command migrates at every start (Dockerfile:12)', evidence: [file('Dockerfile', 12)] },
      // A port hardcoded in code fails VII, but the app still binds a port: "port binding" holds.
      { check: 'port-binding/port-source', outcome: 'fail', condition: 'hardcoded-in-code', message: 'the port is written into the code (3000) and PORT is never read (src/server.js:9)', evidence: [file('src/server.js', 9)] },
    ];
    const claims = judge(replace(findings, 'port-binding/port-source', findings[findings.length - 1]), facts({ boot: { outcome: 'timeout', port: PORT, timeoutMs: 60_000, listeningPorts: [3000] } }), doc);
    expect(of(claims, 'IX').judgement).toMatchObject({ result: 'confirmed' });
    expect(of(claims, 'VII').judgement!.result, of(claims, 'VII').judgement!.reason).not.toBe('contradicted');
    expect(of(claims, 'V').judgement!.result).not.toBe('contradicted');
    expect(contradicted(claims)).toEqual([]);
  });

  it('static evidence of no shutdown path contradicts graceful shutdown: a shell that swallows SIGTERM and no handler', () => {
    const findings = replace(STATIC_PASSES, 'disposability/exec-form-cmd', {
      check: 'disposability/exec-form-cmd', outcome: 'fail', condition: 'shell-or-wrapper', message: 'CMD runs the app under a shell that neither execs it nor forwards SIGTERM (shell-form command): npm start', evidence: [file('Dockerfile', 9)],
    });
    const unhandled: Finding = { check: 'disposability/signal-handlers', outcome: 'warn', condition: 'unhandled', message: 'no SIGTERM handler found', evidence: [measure('signal handlers', 0, 'places')] };
    const claims = judge([...findings, unhandled], undefined);
    expect(of(claims, 'IX').judgement!.result).toBe('contradicted');
    expect(of(claims, 'IX').judgement!.reason).toMatch(/^README\.md:13 claims graceful shutdown; found: no shutdown path: CMD runs the app under a shell .* \(Dockerfile:9\); no SIGTERM handler found$/);
    // A handler alone, or the shell alone, leaves it open.
    expect(of(judge([...STATIC_PASSES, unhandled], undefined), 'IX').judgement!.result).toBe('unverified');
    expect(of(judge(findings, undefined), 'IX').judgement!.result).toBe('unverified');
    // A measurement outweighs the reading.
    expect(of(judge([...findings, unhandled], facts()), 'IX').judgement!.result).toBe('confirmed');
  });

  it('a statelessness claim is contradicted by a module-level store that handlers write, even when the disk stayed clean', () => {
    const store: Finding = {
      check: 'processes/local-state', outcome: 'fail', condition: 'local-state', message: 'data kept in a module-level store that the code writes (app.py:6)',
      evidence: [file('app.py', 6, 'TASKS = {} (written at line 14: TASKS[task_id] = payload)')],
    };
    const claims = judge([...STATIC_PASSES, store], facts());
    expect(of(claims, 'VI').judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:10 claims no local state; found: data kept in a module-level store that the code writes (app.py:6)' });
  });

  it('a list of variable names is judged as configuration, never by the port', () => {
    const doc = ['## Twelve-factor', '- ✅ **Config**: `PORT`, `HOST`, `LOG_LEVEL` and `SECRET_KEY` come from the environment'].join('\n');
    const findings = replace(STATIC_PASSES, 'port-binding/port-source', {
      check: 'port-binding/port-source', outcome: 'fail', condition: 'loopback', message: 'the app binds loopback only on 3000', evidence: [file('src/server.js', 9)],
    });
    const claims = judge(findings, undefined, doc);
    expect(of(claims, 'III').subClaims.map((s) => s.topic)).toEqual(['config-from-env']);
    expect(of(claims, 'III').judgement).toMatchObject({ result: 'confirmed' });
    expect(of(claims, 'III').judgement!.reason).toContain('config is read from the environment');
  });

  it('a named backing service is judged by evidence about it', () => {
    const doc = ['## Twelve-factor', '- ✅ **Backing services**: Redis via `REDIS_URL`'].join('\n');
    const claims = judge(STATIC_PASSES, undefined, doc);
    expect(of(claims, 'IV').subClaims[0]!.judgement).toMatchObject({ result: 'unverified' });
    expect(of(claims, 'IV').subClaims[0]!.judgement!.reason).toMatch(/^backing services located by URL from the environment: nothing about Redis, REDIS_URL: found: service locations are read from the environment/);
    const hardcoded: Finding = { check: 'backing-services/urls-from-env', outcome: 'fail', condition: 'hardcoded-store', message: 'a data store or queue address is written into the app with no override: src/cache.js:2', evidence: [file('src/cache.js', 2, "createClient({ url: 'redis://cache:6379' })")] };
    const broken = judge([...STATIC_PASSES, hardcoded], undefined, doc);
    expect(of(broken, 'IV').judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:2 claims backing services located by URL from the environment; found: a data store or queue address is written into the app with no override: src/cache.js:2' });
  });

  it('a claim naming a file the repository lacks is contradicted with "no such file"', () => {
    const doc = '## Twelve-factor\n- ✅ **Disposability**: graceful shutdown is handled in `src/shutdown.js`';
    const [parsed] = parseClaimDocument('README.md', doc, { markdown: true, named: false });
    const checked: Claim = { ...parsed!, subClaims: parsed!.subClaims.map((s) => ({ ...s, paths: s.paths?.map((p) => ({ ...p, checked: true })) })) };
    const config = defaultConfig();
    const report = buildReport({ repository: { path: '.' }, config, findings: STATIC_PASSES });
    const [ix] = judgeClaims([checked], report.factors, undefined);
    expect(ix!.judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:2 claims graceful shutdown in src/shutdown.js; no such file in the repository: src/shutdown.js', checks: [] });
    // Found, the file confirms nothing by itself about shutting down: the property still waits for a run.
    const found: Claim = { ...checked, subClaims: checked.subClaims.map((s) => ({ ...s, paths: s.paths?.map((p) => ({ ...p, at: 'src/shutdown.js' })) })) };
    expect(judgeClaims([found], report.factors, undefined)[0]!.judgement!.result).toBe('unverified');
  });

  it('an unreachable registry is an error on V and contradicts nothing', () => {
    const stages: StageStatus[] = [
      { stage: 'static', status: 'ok' },
      { stage: 'build', status: 'failed', reason: 'failed to resolve source metadata for docker.io/library/node:24: dial tcp: lookup registry-1.docker.io: no such host' },
      { stage: 'release', status: 'skipped' },
      { stage: 'run', status: 'skipped' },
    ];
    const doc = ['## Twelve-factor', '- ✅ **Build, release, run**: the image is built once and released with its config', '- ✅ **Disposability**: graceful shutdown', '- ✅ **Port binding**'].join('\n');
    const claims = judge(replace(STATIC_PASSES, 'build-release-run/no-build-at-start', undefined), undefined, doc, { stages });
    expect(contradicted(claims)).toEqual([]);
    expect(of(claims, 'V').judgement!.result).not.toBe('contradicted');
    for (const c of claims) expect(c.judgement!.reason, c.factor).not.toMatch(/contradict/);
  });

  it('never judges a planned, described or in-progress claim as contradicted, and says so in its standing', () => {
    const rt = facts({ admin: [{ command: ['make', 'migrate'], exitCode: 2, durationMs: 300, timedOut: false, outputTail: [], imageId: 'sha256:abc' }] });
    const config = ConfigSchema.parse({ admin: [['make', 'migrate']] });
    const runtimeFindings = runRuntimeChecks({ runtime: rt, config, commit: COMMIT }, '');
    const report = buildReport({ repository: { path: '.' }, config, findings: [...STATIC_PASSES, ...runtimeFindings] });
    expect(report.factors.find((f) => f.id === 'XII')!.verdict).toBe('fail');
    const claims = judgeClaims(parseClaimDocument('README.md', README, { markdown: true, named: false }), report.factors, rt);
    const xii = of(claims, 'XII');
    expect(xii.status).toBe('planned');
    expect(xii.standing).toBe('planned');
    expect(xii.judgement).toMatchObject({ result: 'unverified', reason: 'planned: not claimed as done' });
    expect(contradicted(claims)).not.toContain('XII');
  });

  it('an in-progress factor is contradicted only through a promise it states as done', () => {
    const doc = [
      '## Twelve-factor compliance', // 1
      '### Implemented', // 2
      '- **Disposability**: handles SIGTERM', // 3
      '### In Progress', // 4
      '- **Disposability**: draining the job queue', // 5
    ].join('\n');
    const killed = facts({ shutdown: KILLED });
    const ix = of(judge(STATIC_PASSES, killed, doc), 'IX');
    expect(ix.status).toBe('in-progress');
    expect(ix.judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:3 claims graceful shutdown; measured: SIGKILL after 10 s' });

    const onlyPlanned = of(judge(STATIC_PASSES, killed, '## Twelve-factor\n### In Progress\n- **Disposability**: draining the job queue'), 'IX');
    expect(onlyPlanned.judgement).toMatchObject({ result: 'unverified', reason: 'in progress: not claimed as done' });
    expect(onlyPlanned.standing).toBe('in-progress');
  });

  it('keeps a promise no check reads as unverified with why, without blocking confirmation', () => {
    const claims = judge(STATIC_PASSES, facts(), '## Twelve-factor\n- ✅ **Port binding**: binds PORT; also ships a nice logo');
    expect(of(claims, 'VII').judgement!.result).toBe('confirmed');
    const custom = judgeClaims(parseClaimDocument('README.md', '## Twelve-factor\n- ✅ **Disposability**: a health check', { markdown: true, named: false }), [], undefined, { catalogue: [] });
    expect(of(custom, 'IX').subClaims[0]!.judgement).toEqual({ result: 'unverified', reason: 'a health check: no check reads a health check yet', checks: [] });
    const unknown = judgeClaims(parseClaimDocument('README.md', '## Twelve-factor\n- ✅ **Codebase**: blessed by the team', { markdown: true, named: false }), [], undefined);
    expect(of(unknown, 'I').subClaims[0]!.judgement).toEqual({ result: 'unverified', reason: 'no check reads this promise', checks: [] });
  });

  it('an error never contradicts: a shutdown that could not be measured leaves the claim open', () => {
    const rt = facts({ boot: { outcome: 'error', port: PORT, timeoutMs: 60_000, message: 'the Docker daemon went away' }, shutdown: undefined });
    const claims = judge(STATIC_PASSES, rt);
    expect(of(claims, 'IX').judgement).toMatchObject({ result: 'unverified' });
    expect(of(claims, 'IX').judgement!.reason).toMatch(/could not check: shutdown not measured: the Docker daemon went away/);
    expect(contradicted(claims)).toEqual([]);
  });

  it('reports the same factor contradicted in two documents once, with both sources, and lists both documents', () => {
    const rt = facts({ shutdown: KILLED });
    const config = defaultConfig();
    const report = buildReport({ repository: { path: '.' }, config, findings: [...STATIC_PASSES, ...runRuntimeChecks({ runtime: rt, config, commit: COMMIT }, '')] });
    const parsed = [
      ...parseClaimDocument('README.md', README, { markdown: true, named: false }),
      ...parseClaimDocument('docs/12factor.md', '- ✅ **IX. Disposability**: graceful shutdown', { markdown: true, named: true }),
    ];
    const judged = judgeClaims(parsed, report.factors, rt);
    const lead = contradictions(judged);
    expect(lead.map((c) => c.factor)).toEqual(['IX']);
    expect(lead[0]!.sources).toEqual([
      { file: 'README.md', line: 13 },
      { file: 'docs/12factor.md', line: 1 },
    ]);
    const final = finalise({ ...report, claims: judged }, 'fail');
    expect(final.claimDocuments.map((d) => [d.file, d.claims, d.standings.contradicted, d.standings.planned])).toEqual([
      ['README.md', 12, 1, 1],
      ['docs/12factor.md', 1, 1, 0],
    ]);
  });
});
