import { describe, expect, it } from 'vitest';
import { judgeClaims } from '../../../src/judge/claims';
import { contradictions } from '../../../src/judge/contradictions';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { ConfigSchema, defaultConfig } from '../../../src/config/schema';
import { buildReport } from '../../../src/judge/verdicts';
import { runRuntimeChecks } from '../../../src/pipeline/run-checks';
import { type Claim, ClaimSchema, type Finding } from '../../../src/model/report';
import { type RuntimeFacts, RuntimeFactsSchema } from '../../../src/model/runtime';

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

/** Static findings a healthy repository produces, under the real check ids. */
const STATIC_PASSES: Finding[] = [
  { check: 'codebase/version-control', outcome: 'pass', message: 'tracked in git', evidence: [{ kind: 'file', file: '.git' }] },
  { check: 'dependencies/lockfile', outcome: 'pass', message: 'package.json is locked by package-lock.json', evidence: [{ kind: 'file', file: 'package-lock.json' }] },
  { check: 'config/dotenv-committed', outcome: 'pass', message: 'no .env file is committed', evidence: [{ kind: 'file', file: '.gitignore' }] },
  { check: 'backing-services/urls-from-env', outcome: 'pass', message: 'DATABASE_URL read from env', evidence: [{ kind: 'file', file: 'src/db.js', line: 3 }] },
  { check: 'build-release-run/multi-stage', outcome: 'pass', message: 'Dockerfile has 2 stages', evidence: [{ kind: 'file', file: 'Dockerfile', line: 1 }] },
  { check: 'disposability/exec-form-cmd', outcome: 'pass', message: 'CMD uses exec form', evidence: [{ kind: 'file', file: 'Dockerfile', line: 12 }] },
  { check: 'dev-prod-parity/same-backing-services', outcome: 'pass', message: 'compose runs postgres like production', evidence: [{ kind: 'file', file: 'compose.yaml', line: 4 }] },
];

function judge(staticFindings: Finding[], rt: RuntimeFacts | undefined, readme = README): Claim[] {
  const config = defaultConfig();
  const runtimeFindings = runRuntimeChecks({ runtime: rt, config, commit: COMMIT }, 'runtime not run: static-only audit');
  const report = buildReport({ repository: { path: '.' }, config, findings: [...staticFindings, ...runtimeFindings] });
  const claims = judgeClaims(parseClaimDocument('README.md', readme, { markdown: true, named: false }), report.factors, rt);
  for (const c of claims) ClaimSchema.parse(c);
  return claims;
}

const of = (claims: Claim[], f: string) => claims.find((c) => c.factor === f)!;

describe('judging claims against the evidence', () => {
  it('a README claiming all factors, an app that breaks two at runtime: exactly those two lead, with measurements', () => {
    const rt = facts({
      shutdown: { signal: 'SIGTERM', graceMs: 10_000, elapsedMs: 10_000, exitCode: 137, killed: true, classification: 'killed' },
      logs: { stdoutBytes: 0, stderrBytes: 0, stdoutLines: 0, stderrLines: 0, head: [], tail: [], truncated: false },
      filesystem: { written: [], logFiles: ['/tmp/app.log'], tempWrites: 1 },
    });
    const claims = judge(STATIC_PASSES, rt);
    const lead = contradictions(claims);
    expect(lead.map((c) => c.factor)).toEqual(['IX', 'XI']);
    expect(of(claims, 'IX').judgement).toMatchObject({
      result: 'contradicted',
      reason: 'README.md:13 claims graceful shutdown; measured: SIGKILL after 10 s',
    });
    expect(of(claims, 'IX').judgement!.checks).toContain('disposability/sigterm-shutdown');
    expect(lead[0]!.text).toBe('IX Disposability: README.md:13 claims graceful shutdown; measured: SIGKILL after 10 s');
    expect(lead[0]!.subClaims.map((s) => s.topic)).toEqual(['graceful-shutdown']);
    expect(of(claims, 'XI').judgement!.reason).toBe('README.md:15 claims logs to stdout; measured: log files written in the container: /tmp/app.log');
    // The same run confirms what it measured as kept.
    expect(of(claims, 'VII').judgement).toMatchObject({ result: 'confirmed' });
    expect(of(claims, 'VII').judgement!.reason).toContain(`listening on PORT=${PORT}`);
  });

  it('names the port the app bound instead of PORT', () => {
    const rt = facts({ boot: { outcome: 'timeout', port: PORT, timeoutMs: 60_000, listeningPorts: [3000] }, shutdown: undefined });
    const claims = judge(STATIC_PASSES, rt);
    expect(of(claims, 'VII').judgement).toMatchObject({
      result: 'contradicted',
      reason: `README.md:11 claims binds a configurable PORT; measured: listening on 3000, not PORT=${PORT}`,
    });
    expect(contradictions(claims).map((c) => c.factor)).toContain('VII');
  });

  it('confirms a claim whose factor passes and whose promises are all measured as kept', () => {
    const claims = judge(STATIC_PASSES, facts());
    const ix = of(claims, 'IX');
    expect(ix.judgement).toMatchObject({ result: 'confirmed' });
    expect(ix.judgement!.reason).toBe('IX Disposability passes: measured: exited 0 0.1 s after SIGTERM');
    expect(ix.subClaims[0]!.judgement).toMatchObject({ result: 'confirmed', reason: 'measured: exited 0 0.1 s after SIGTERM' });
    expect(contradictions(claims)).toEqual([]);
  });

  it('leaves runtime promises unverified, saying the runtime was not run, when the audit is static only', () => {
    const claims = judge(STATIC_PASSES, undefined);
    const ix = of(claims, 'IX');
    expect(ix.subClaims[0]!.judgement!.result).toBe('unverified');
    expect(ix.subClaims[0]!.judgement!.reason).toMatch(/^runtime not run: disposability\/sigterm-shutdown.* need a run; static evidence: CMD uses exec form$/);
    expect(ix.judgement!.result).toBe('unverified');
    expect(ix.judgement!.reason).toContain('runtime not run');
    // Logs have only runtime checks: the factor is not verified at all.
    expect(of(claims, 'XI').judgement).toMatchObject({ result: 'unverified' });
    expect(of(claims, 'XI').judgement!.reason).toMatch(/^runtime not run: /);
    expect(contradictions(claims)).toEqual([]);
  });

  it('contradicts a claim with the static finding that fails its factor, citing file and line', () => {
    const failing: Finding[] = STATIC_PASSES.map((f) =>
      f.check === 'dependencies/lockfile'
        ? { check: f.check, outcome: 'fail', message: 'package.json has no lockfile', evidence: [{ kind: 'file', file: 'package.json', line: 1 }] }
        : f,
    );
    const claims = judge(failing, facts());
    expect(of(claims, 'II').judgement).toMatchObject({
      result: 'contradicted',
      reason: 'README.md:6 claims lockfile/pinned versions; found: package.json has no lockfile (package.json:1)',
      checks: ['dependencies/lockfile'],
    });
  });

  it('a failing factor contradicts its claim even when no promise names the failing check', () => {
    const readme = '## Twelve-factor\n\n- ✅ **Codebase**: we are proud of it';
    const findings: Finding[] = [{ check: 'codebase/version-control', outcome: 'fail', message: 'not a git repository', evidence: [{ kind: 'file', file: '.' }] }];
    const claims = judge(findings, undefined, readme);
    expect(of(claims, 'I').judgement).toMatchObject({
      result: 'contradicted',
      reason: 'README.md:3 claims I Codebase; found: not a git repository (.)',
    });
  });

  it('never calls a planned or described claim contradicted, even when its factor fails', () => {
    const rt = facts({ admin: [{ command: ['make', 'migrate'], exitCode: 2, durationMs: 300, timedOut: false, outputTail: [], imageId: 'sha256:abc' }] });
    const config = ConfigSchema.parse({ admin: [['make', 'migrate']] });
    const runtimeFindings = runRuntimeChecks({ runtime: rt, config, commit: COMMIT }, '');
    const report = buildReport({ repository: { path: '.' }, config, findings: [...STATIC_PASSES, ...runtimeFindings] });
    expect(report.factors.find((f) => f.id === 'XII')!.verdict).toBe('fail');
    const claims = judgeClaims(parseClaimDocument('README.md', README, { markdown: true, named: false }), report.factors, rt);
    const xii = of(claims, 'XII');
    expect(xii.status).toBe('planned');
    expect(xii.judgement).toMatchObject({ result: 'unverified', reason: 'planned: not judged (factor verdict: fail)' });
    expect(contradictions(claims).map((c) => c.factor)).not.toContain('XII');
  });

  it('an in-progress factor is contradicted only through a promise it states as done', () => {
    const doc = [
      '## Twelve-factor compliance', // 1
      '### Implemented', // 2
      '- **Disposability**: handles SIGTERM', // 3
      '### In Progress', // 4
      '- **Disposability**: draining the job queue', // 5
    ].join('\n');
    const killed = facts({ shutdown: { signal: 'SIGTERM', graceMs: 10_000, elapsedMs: 10_000, exitCode: 137, killed: true, classification: 'killed' } });
    const claims = judge(STATIC_PASSES, killed, doc);
    const ix = of(claims, 'IX');
    expect(ix.status).toBe('in-progress');
    expect(ix.judgement).toMatchObject({ result: 'contradicted', reason: 'README.md:3 claims graceful shutdown; measured: SIGKILL after 10 s' });

    const onlyPlanned = judge(STATIC_PASSES, killed, '## Twelve-factor\n### In Progress\n- **Disposability**: draining the job queue');
    expect(of(onlyPlanned, 'IX').judgement).toMatchObject({ result: 'unverified', reason: 'in progress: not claimed as done (factor verdict: fail)' });
  });

  it('keeps a promise no check covers as unverified with why, without blocking confirmation', () => {
    const doc = '## Twelve-factor\n- ✅ **Port binding**: binds PORT; also ships a nice logo';
    const claims = judge(STATIC_PASSES, facts(), doc);
    const vii = of(claims, 'VII');
    expect(vii.judgement!.result).toBe('confirmed');
    const custom = judgeClaims(
      parseClaimDocument('README.md', '## Twelve-factor\n- ✅ **Disposability**: a health check', { markdown: true, named: false }),
      [],
      undefined,
      { catalogue: [] },
    );
    expect(of(custom, 'IX').subClaims[0]!.judgement).toEqual({ result: 'unverified', reason: 'no check for a health check yet', checks: [] });
    const unknown = judgeClaims(parseClaimDocument('README.md', '## Twelve-factor\n- ✅ **Codebase**: blessed by the team', { markdown: true, named: false }), [], undefined);
    expect(of(unknown, 'I').subClaims[0]!.judgement).toEqual({ result: 'unverified', reason: 'no check for this promise', checks: [] });
  });

  it('reports the same factor contradicted in two documents once, with both sources', () => {
    const rt = facts({ shutdown: { signal: 'SIGTERM', graceMs: 10_000, elapsedMs: 10_000, exitCode: 137, killed: true, classification: 'killed' } });
    const config = defaultConfig();
    const report = buildReport({ repository: { path: '.' }, config, findings: [...STATIC_PASSES, ...runRuntimeChecks({ runtime: rt, config, commit: COMMIT }, '')] });
    const parsed = [
      ...parseClaimDocument('README.md', README, { markdown: true, named: false }),
      ...parseClaimDocument('docs/12factor.md', '- ✅ **IX. Disposability**: graceful shutdown', { markdown: true, named: true }),
    ];
    const lead = contradictions(judgeClaims(parsed, report.factors, rt));
    expect(lead.map((c) => c.factor)).toEqual(['IX']);
    expect(lead[0]!.sources).toEqual([
      { file: 'README.md', line: 13 },
      { file: 'docs/12factor.md', line: 1 },
    ]);
  });
});
