import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/checks/index';
import { STATIC_CHECKS } from '../../../src/checks/static/index';
import { defaultConfig } from '../../../src/config/schema';
import type { Outcome } from '../../../src/model/verdict';
import { worstOutcome } from '../../../src/model/verdict';
import { scanRepository } from '../../../src/evidence/repo/snapshot';

const ROOT = path.resolve(__dirname, '../../fixtures/repos');
const fx = (name: string) => path.join(ROOT, name);

const tmp = mkdtempSync(path.join(tmpdir(), 'tfa-vcs-'));
mkdirSync(path.join(tmp, '.git'));
writeFileSync(path.join(tmp, 'README.md'), '# x\n');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** For each check: a fixture where it passes, and one where it warns or fails (or skips, for checks that never blame). */
const CASES: Record<string, { pass: string; other: string; otherOutcome: Outcome }> = {
  'codebase/version-control': { pass: tmp, other: fx('node-good'), otherOutcome: 'skip' },
  'codebase/one-app-per-path': { pass: fx('node-good'), other: fx('cases/monorepo'), otherOutcome: 'warn' },
  'dependencies/manifest': { pass: fx('node-good'), other: fx('cases/no-manifest'), otherOutcome: 'fail' },
  'dependencies/lockfile': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'dependencies/pinned-versions': { pass: fx('node-good'), other: fx('java-spring-mixed'), otherOutcome: 'fail' },
  'dependencies/base-image-pinned': { pass: fx('go-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'dependencies/no-curl-pipe-shell': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'dependencies/reproducible-install': { pass: fx('node-good'), other: fx('cases/node-build-in-image'), otherOutcome: 'warn' },
  'dependencies/update-automation': { pass: fx('java-spring-mixed'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'config/dotenv-committed': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'config/committed-secrets': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'config/dockerfile-secrets': { pass: fx('node-good'), other: fx('cases/dockerfile-no-cmd'), otherOutcome: 'fail' },
  'config/reads-env': { pass: fx('go-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'config/hardcoded-credentials': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'config/per-environment-files': { pass: fx('node-good'), other: fx('cases/node-build-in-image'), otherOutcome: 'warn' },
  'config/env-validation': { pass: fx('go-good'), other: fx('java-spring-mixed'), otherOutcome: 'warn' },
  'backing-services/urls-from-env': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'backing-services/hardcoded-hosts': { pass: fx('go-good'), other: fx('cases/dockerfile-no-cmd'), otherOutcome: 'fail' },
  'build-release-run/build-definition': { pass: fx('ruby-sinatra-mixed'), other: fx('cases/no-manifest'), otherOutcome: 'warn' },
  'build-release-run/multi-stage': { pass: fx('go-good'), other: fx('cases/node-build-in-image'), otherOutcome: 'warn' },
  'build-release-run/dockerignore': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'build-release-run/no-build-at-start': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'processes/local-database': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'processes/local-uploads': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'processes/memory-sessions': { pass: fx('node-good'), other: fx('cases/node-build-in-image'), otherOutcome: 'warn' },
  'processes/dockerfile-volume': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'port-binding/port-from-env': { pass: fx('java-spring-mixed'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'port-binding/hardcoded-port': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'concurrency/process-types': { pass: fx('ruby-sinatra-mixed'), other: fx('cases/dockerfile-no-cmd'), otherOutcome: 'warn' },
  'concurrency/no-daemonizing': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'fail' },
  'concurrency/no-process-supervisor': { pass: fx('node-good'), other: fx('cases/supervisor'), otherOutcome: 'warn' },
  'disposability/exec-form-cmd': { pass: fx('cases/node-build-in-image'), other: fx('java-spring-mixed'), otherOutcome: 'fail' },
  'disposability/signal-handlers': { pass: fx('go-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'disposability/stop-signal': { pass: fx('node-good'), other: fx('cases/supervisor'), otherOutcome: 'fail' },
  'disposability/healthcheck': { pass: fx('node-good'), other: fx('go-good'), otherOutcome: 'warn' },
  'dev-prod-parity/same-backing-services': { pass: fx('node-good'), other: fx('ruby-sinatra-mixed'), otherOutcome: 'fail' },
  'dev-prod-parity/single-dockerfile': { pass: fx('node-good'), other: fx('cases/supervisor'), otherOutcome: 'warn' },
  'logs/no-file-logging': { pass: fx('go-good'), other: fx('java-spring-mixed'), otherOutcome: 'fail' },
  'logs/log-file-paths': { pass: fx('node-good'), other: fx('cases/supervisor'), otherOutcome: 'warn' },
  'admin-processes/declared-tasks': { pass: fx('node-good'), other: fx('python-flask-bad'), otherOutcome: 'warn' },
  'admin-processes/no-migrate-on-start': { pass: fx('node-good'), other: fx('cases/node-build-in-image'), otherOutcome: 'warn' },
};

function outcomeOf(checkId: string, dir: string): { outcome: Outcome | undefined; findings: ReturnType<(typeof STATIC_CHECKS)[number]['run']> } {
  const check = STATIC_CHECKS.find((c) => c.id === checkId)!;
  const findings = check.run({ snapshot: scanRepository(dir, '.'), config: defaultConfig() });
  return { outcome: worstOutcome(findings.map((f) => f.outcome)), findings };
}

describe('static checks', () => {
  it('every static check has a pass case and a non-pass case', () => {
    expect(Object.keys(CASES).sort()).toEqual(STATIC_CHECKS.map((c) => c.id).sort());
  });

  it('ids are unique, well-formed and catalogued with rationale and remediation', () => {
    const ids = STATIC_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of STATIC_CHECKS) {
      expect(c.id).toMatch(new RegExp(`^${c.factor}/[a-z0-9-]+$`));
      expect(c.rationale.length).toBeGreaterThan(60);
      expect(c.remediation.length).toBeGreaterThan(40);
      expect(CATALOGUE.some((e) => e.id === c.id)).toBe(true);
    }
    for (const id of ['dependencies/lockfile', 'config/dotenv-committed', 'disposability/exec-form-cmd']) expect(ids).toContain(id);
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id} passes with evidence on ${path.basename(c.pass)}`, () => {
      const { outcome, findings } = outcomeOf(id, c.pass);
      expect(outcome).toBe('pass');
      for (const f of findings) if (f.outcome === 'pass') expect(f.evidence?.length ?? 0).toBeGreaterThan(0);
    });
    it(`${id} is ${c.otherOutcome} on ${path.relative(ROOT, c.other) || c.other}`, () => {
      const { outcome, findings } = outcomeOf(id, c.other);
      expect(outcome).toBe(c.otherOutcome);
      if (c.otherOutcome === 'warn' || c.otherOutcome === 'fail') {
        const blamed = findings.filter((f) => f.outcome === c.otherOutcome);
        expect(blamed.every((f) => (f.evidence ?? []).length > 0)).toBe(true);
      }
    });
  }

  it('never leaks a secret value into a finding', () => {
    const all = STATIC_CHECKS.flatMap((c) => c.run({ snapshot: scanRepository(fx('python-flask-bad'), '.'), config: defaultConfig() }));
    const text = JSON.stringify(all);
    expect(text).not.toContain('AKIAZ7XK2LMQ4RTPVW3D');
    expect(text).not.toContain('Zq8vN2pLw4Rt');
    expect(text).not.toContain('hunter2hunter2');
    const dc = STATIC_CHECKS.flatMap((c) => c.run({ snapshot: scanRepository(fx('cases/dockerfile-no-cmd'), '.'), config: defaultConfig() }));
    expect(JSON.stringify(dc)).not.toContain('Sup3rS3cretPassw0rd');
  });

  it('a worker configured with run.web false skips port checks', () => {
    const cfg = defaultConfig();
    cfg.run.web = false;
    const check = STATIC_CHECKS.find((c) => c.id === 'port-binding/hardcoded-port')!;
    expect(check.run({ snapshot: scanRepository(fx('python-flask-bad'), '.'), config: cfg })[0]!.outcome).toBe('skip');
  });
});
