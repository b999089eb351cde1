import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gateOf } from '../../../src/judge/exit-policy';
import type { Report } from '../../../src/model/report';
import { runCommand } from '../../../src/pipeline/commands';

/**
 * The judge through `all` on the real engine: a clean app, an app that
 * ignores $PORT (one cause, one factor), and a build whose base image
 * cannot be pulled (infrastructure, never the app's fault).
 */
const APPS = path.resolve(import.meta.dirname, '../../fixtures/apps');
const dirs: string[] = [];
const temp = (prefix: string) => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A fixture app copied into a fresh folder with short waits, so a wrong port does not cost the default minute. */
function appCopy(name: string, extra: Record<string, string> = {}): string {
  const dir = temp(`tfa-judge-${name}-`);
  cpSync(path.join(APPS, name), dir, { recursive: true });
  writeFileSync(path.join(dir, '.twelve-factor.yml'), 'run:\n  boot-timeout: 8\n  shutdown-timeout: 3\n  replicas: 1\n  requests: 2\n');
  for (const [f, text] of Object.entries(extra)) writeFileSync(path.join(dir, f), text);
  return dir;
}

async function all(dir: string): Promise<Report> {
  const result = await runCommand({ command: 'all', repoRoot: dir, artifacts: temp('tfa-judge-art-') });
  return result.report!;
}

const verdicts = (r: Report) => Object.fromEntries(r.factors.map((f) => [f.id, f.verdict]));

describe('the judge on real containers', () => {
  let clean: Report;
  let ignoresPort: Report;
  let unpullable: Report;
  beforeAll(async () => {
    clean = await all(appCopy('good'));
    ignoresPort = await all(appCopy('hardcoded-port'));
    const dir = temp('tfa-judge-registry-');
    writeFileSync(path.join(dir, 'Dockerfile'), 'FROM registry.invalid/tfa/never-there:1.0\nCMD ["/app"]\n');
    writeFileSync(path.join(dir, 'README.md'), '# App\n\n## Twelve-factor\n\n- ✅ **V. Build, release, run**: the image is built by the Dockerfile\n');
    unpullable = await all(dir);
  }, 240_000);

  it('a clean app passes every applicable factor, is n/a where the subject is absent, and lists its advice apart', () => {
    const v = Object.values(verdicts(clean));
    expect(v.every((x) => x === 'pass' || x === 'n/a')).toBe(true);
    expect(v.filter((x) => x === 'pass').length).toBeGreaterThanOrEqual(7);
    for (const id of ['III', 'V', 'VI', 'VII', 'IX', 'XI']) expect(verdicts(clean)[id], id).toBe('pass');
    expect(clean.factors.find((f) => f.id === 'IV')!.reason).toMatch(/no backing service/);
    const advice = clean.factors.flatMap((f) => f.advice);
    expect(advice.length).toBeGreaterThan(0);
    expect(advice.every((a) => a.role === 'advice')).toBe(true);
    expect(clean.summary.advice).toBeGreaterThan(0);
    expect(gateOf(clean).exitCode).toBe(0);
    expect(gateOf(clean).conclusion).toBe('success');
  });

  it('an app that ignores $PORT fails VII only; IX says why its startup was not measured', () => {
    const v = verdicts(ignoresPort);
    expect(v.VII).toBe('fail');
    expect(Object.entries(v).filter(([id, x]) => id !== 'VII' && x === 'fail')).toEqual([]);
    const ix = ignoresPort.factors.find((f) => f.id === 'IX')!;
    const startup = ix.findings.find((f) => f.check === 'disposability/startup-time')!;
    expect(startup.outcome).toBe('skip');
    expect(startup.message).toMatch(/startup not measured: the app never bound the given port; it bound 3000/);
    const iii = ignoresPort.factors.find((f) => f.id === 'III')!;
    expect(iii.findings.find((f) => f.check === 'config/honours-env')!.outcome).toBe('skip');
  });

  it('a base image that cannot be pulled is an error on V with the cause, blocks under fail-on fail, and contradicts no claim', () => {
    const v = unpullable.factors.find((f) => f.id === 'V')!;
    expect(v.verdict).toBe('error');
    expect(v.reason).toMatch(/could not run: .*(registry\.invalid|no such host|resolve)/);
    expect(v.reason).toMatch(/not the app's/);
    expect(unpullable.claims.some((c) => c.factor === 'V')).toBe(true);
    expect(unpullable.contradictions).toEqual([]);
    expect(gateOf(unpullable, 'fail').exitCode).toBe(1);
    expect(gateOf(unpullable, 'never').exitCode).toBe(0);
    // No runtime factor is blamed for a run that never happened.
    expect(unpullable.factors.filter((f) => f.verdict === 'fail').map((f) => f.id)).toEqual([]);
  });
});
