import { defaultConfig } from '../../src/config/schema';
import { buildReport } from '../../src/judge/verdicts';
import type { Finding, Report } from '../../src/model/report';

/** A fixed report covering every outcome, for renderer snapshot tests. */
export function sampleReport(extra: Finding[] = []): Report {
  const findings: Finding[] = [
    { check: 'dependencies/lockfile', outcome: 'pass', message: 'package.json is locked by package-lock.json', evidence: [{ kind: 'file', file: 'package-lock.json' }] },
    { check: 'config/committed-secrets', outcome: 'fail', message: 'a committed .env holds a password', evidence: [{ kind: 'file', file: '.env', line: 1 }] },
    { check: 'dependencies/update-automation', role: 'advice', outcome: 'warn', message: 'no Dependabot or Renovate configuration', evidence: [] },
    { check: 'disposability/exec-form-cmd', outcome: 'warn', message: 'CMD uses shell form', evidence: [{ kind: 'file', file: 'Dockerfile', line: 9 }] },
    {
      check: 'disposability/sigterm-shutdown',
      outcome: 'fail',
      message: 'SIGKILL needed after 10000 ms grace',
      evidence: [{ kind: 'measurement', name: 'time from SIGTERM to exit', value: 10012, unit: 'ms', threshold: 10000 }],
    },
    { check: 'port-binding/binds-port', outcome: 'error', message: 'Docker engine not reachable', evidence: [] },
    { check: 'logs/stdout-output', outcome: 'skip', message: 'runtime not run', evidence: [] },
    ...extra,
  ];
  return buildReport({
    repository: { path: '.', commit: '0123456789abcdef0123456789abcdef01234567', slug: 'acme/shop', serverUrl: 'https://github.com' },
    config: defaultConfig(),
    findings,
    now: new Date('2026-11-21T00:00:00Z'),
    diagnostics: [{ severity: 'warning', message: 'unterminated heredoc', file: 'Dockerfile', line: 4 }],
  });
}
