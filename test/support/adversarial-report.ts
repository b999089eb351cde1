// biome-ignore-all lint/suspicious/noTemplateCurlyInString: payloads are literal attacker text, not templates
import fc from 'fast-check';
import { CATALOGUE } from '../../src/checks/index';
import { defaultConfig } from '../../src/config/schema';
import { buildReport } from '../../src/judge/verdicts';
import { FACTOR_IDS } from '../../src/model/factors';
import type { Claim, Finding, Report } from '../../src/model/report';
import type { RuntimeFacts } from '../../src/model/runtime';
import { OUTCOMES } from '../../src/model/verdict';
import { anyUnits } from './adversarial';

/**
 * Payloads an attacker controls: container log lines, file names, README
 * text, branch names and PR titles. Each carries the marker INJ so a test
 * can find where it landed and check it landed inert.
 */
export const PAYLOADS = [
  '<img src=x onerror=alert(INJ)>',
  '</details></summary><h1>INJ</h1>',
  '<!-- INJ',
  '<!-- twelve-factor-audit:default --> INJ',
  'INJ <!-- twelve-factor-audit:other -->',
  '--> INJ',
  '<script>INJ</script>',
  '@INJuser please look',
  '@INJorg/team',
  'fixes #12345 INJ',
  'GH-999 INJ',
  '[click INJ](https://evil.example/INJ)',
  '![INJ](https://evil.example/pixel.png)',
  'https://evil.example/INJ',
  'www.evil.example/INJ',
  '```\n## INJ heading\n```',
  '````md\nINJ',
  '`INJ` ``INJ``',
  '| INJ | cell |\n|---|---|',
  '::error file=x::INJ',
  '::add-mask::INJ',
  '::set-output name=passed::INJ',
  '::stop-commands::INJ',
  '%0A::error::INJ',
  '\r::warning::INJ',
  '\u001b[2J\u001b[31mINJ fake PASS\u001b[0m',
  '\u001b]8;;https://evil.example\u0007INJ\u001b]8;;\u0007',
  '\u202eINJ txet desrever',
  '\u2066INJ\u2069',
  'INJ\u0000nul',
  'line one\nline two INJ\n\n# INJ heading',
  '\\*INJ\\*',
  '*INJ* _INJ_ ~~INJ~~',
  '&lt;INJ&gt; &amp;',
  '{{INJ}} ${{ secrets.GITHUB_TOKEN }}',
  'refs/heads/INJ";rm -rf /;"',
  '$(touch /tmp/INJ)`touch /tmp/INJ`',
];

export const payload = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) }, { weight: 1, arbitrary: anyUnits(60).map((s) => `INJ${s}`) });
const text = fc.array(payload, { minLength: 1, maxLength: 3 }).map((p) => p.join(' '));
const CHECK_IDS = CATALOGUE.length > 0 ? CATALOGUE.map((c) => c.id) : ['config/secrets', 'logs/no-log-files'];

const evidence = fc.oneof(
  fc.record({ kind: fc.constant('file' as const), file: text, line: fc.option(fc.integer({ min: 1, max: 100_000 }), { nil: undefined }), snippet: fc.option(text.map((s) => s.slice(0, 400)), { nil: undefined }) }),
  fc.record({ kind: fc.constant('measurement' as const), name: text, value: fc.double({ noNaN: true, noDefaultInfinity: true }), unit: text, threshold: fc.option(fc.integer(), { nil: undefined }) }),
);

const finding: fc.Arbitrary<Finding> = fc
  .record({
    check: fc.constantFrom(...CHECK_IDS),
    outcome: fc.constantFrom(...OUTCOMES),
    message: text,
    evidence: fc.array(evidence, { minLength: 1, maxLength: 3 }),
    details: fc.option(fc.array(text, { maxLength: 4 }), { nil: undefined }),
  })
  .map((f) => {
    const out: Finding = { check: f.check, outcome: f.outcome, message: f.message, evidence: f.evidence.map((e) => JSON.parse(JSON.stringify(e))) };
    if (f.details) out.details = f.details;
    return out;
  });

const claim: fc.Arbitrary<Claim> = fc.record({
  factor: fc.constantFrom(...FACTOR_IDS),
  status: fc.constantFrom('claimed' as const, 'in-progress' as const, 'planned' as const, 'described' as const, 'not-claimed' as const),
  source: fc.record({ file: text, line: fc.integer({ min: 1, max: 1000 }) }),
  text,
  subClaims: fc.array(fc.record({ text, topic: fc.constantFrom('graceful-shutdown', 'logs-to-stdout') }), { maxLength: 2 }),
  judgement: fc.record({ result: fc.constantFrom('confirmed' as const, 'contradicted' as const, 'unverified' as const), reason: text, checks: fc.constant([CHECK_IDS[0]!]) }),
});

/** Runtime facts whose every free-text field is attacker text (log lines, paths, names, messages). */
export function hostileRuntime(t: (i: number) => string): RuntimeFacts {
  return {
    runId: 'tfa-injection',
    imageId: 'sha256:0000000000000000000000000000000000000000000000000000000000000000',
    imageLabels: { [t(1)]: t(2) },
    startedAt: '2026-01-01T00:00:00Z',
    envNames: ['PORT', t(3)],
    network: { name: 'tfa-injection', internal: true },
    stopSignal: 'SIGTERM',
    web: true,
    boot: { outcome: 'exited', port: 23456, timeoutMs: 10_000, exitCode: 1, message: t(4), logTail: [t(5), t(6)] },
    logs: { stdoutBytes: 10, stderrBytes: 10, stdoutLines: 2, stderrLines: 2, head: [{ stream: 'stdout', text: t(7) }], tail: [{ stream: 'stderr', text: t(8) }], truncated: true },
    filesystem: { written: [t(9)], logFiles: [t(10)], tempWrites: 1 },
    shutdown: { signal: 'SIGTERM', graceMs: 3000, elapsedMs: 3100, exitCode: 137, killed: true, classification: 'killed' },
    replicas: { requested: 2, ready: 1, replicas: [{ port: 23457, outcome: 'exited', message: t(11) }] },
    admin: [{ command: [t(12)], exitCode: 1, durationMs: 5, timedOut: false, outputTail: [t(13)], imageId: 'sha256:00' }],
    services: [{ name: t(14), image: t(15), ready: false, env: [t(16)], message: t(17) }],
    command: { entrypoint: [t(18)], cmd: [t(19)], shellForm: true },
    errors: [{ probe: 'exercise', message: t(20) }],
  };
}

/** A report in which every string an attacker could influence is a payload. */
export const hostileReportArb: fc.Arbitrary<Report> = fc
  .record({
    findings: fc.array(finding, { maxLength: 40 }),
    claims: fc.array(claim, { maxLength: 4 }),
    texts: fc.array(text, { minLength: 24, maxLength: 24 }),
    withRuntime: fc.boolean(),
  })
  .map(({ findings, claims, texts, withRuntime }) => {
    const t = (i: number) => texts[i % texts.length]!;
    const report = buildReport({
      repository: { path: t(21), commit: '0123456789abcdef0123456789abcdef01234567', ref: `refs/heads/${t(22)}`, slug: 'acme/shop', serverUrl: 'https://github.com' },
      config: defaultConfig(),
      findings,
      claims,
      ...(withRuntime ? { runtime: hostileRuntime(t) } : {}),
      diagnostics: [{ severity: 'warning', message: t(23), file: t(0), line: 3 }],
      now: new Date('2026-01-01T00:00:00Z'),
    });
    return report;
  });
