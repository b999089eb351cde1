import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { runRuntimeChecks } from '../../../src/pipeline/run-checks';
import { RuntimeFactsSchema, type RuntimeFacts } from '../../../src/model/runtime';
import type { ReleaseFile } from '../../../src/model/stages';

const IMG = `sha256:${'a'.repeat(64)}`;
function facts(over: Partial<RuntimeFacts> = {}): RuntimeFacts {
  return RuntimeFactsSchema.parse({
    runId: 'r',
    imageId: IMG,
    imageLabels: { 'org.opencontainers.image.revision': 'abcdef1234567890' },
    startedAt: '2024-01-01T00:00:00Z',
    envNames: ['PORT'],
    network: { name: 'n', internal: true },
    stopSignal: 'SIGTERM',
    web: true,
    boot: { outcome: 'ready', port: 23817, timeoutMs: 60000, readyMs: 120 },
    logs: { stdoutBytes: 10, stderrBytes: 0, stdoutLines: 1, stderrLines: 0, head: [], tail: [], truncated: false },
    shutdown: { signal: 'SIGTERM', graceMs: 10000, elapsedMs: 40, exitCode: 143, killed: false, classification: 'signal-default' },
    ...over,
  });
}
const release = (imageId: string): ReleaseFile => ({ schemaVersion: 1, tool: { name: 't', version: '0' }, stage: 'release', releaseId: 'rel-1', imageId, configHash: 'h', envNames: [], createdAt: '', digest: 'd' });
const find = (fs: ReturnType<typeof runRuntimeChecks>, id: string) => fs.filter((f) => f.check === id);

describe('runtime checks judged from facts', () => {
  it('every pass carries a measurement and every check yields at least one finding', () => {
    const out = runRuntimeChecks({ runtime: facts(), config: defaultConfig(), commit: 'abcdef1234567890', release: release(IMG) }, 'x');
    for (const f of out) if (f.outcome === 'pass') expect(f.evidence.length).toBeGreaterThan(0);
    expect(out.every((f) => f.outcome !== 'error' || !f.message.includes('crashed'))).toBe(true);
    expect(find(out, 'codebase/image-revision')[0]!.outcome).toBe('pass');
    expect(find(out, 'build-release-run/released-image')[0]!.outcome).toBe('pass');
    // Killed by SIGTERM's default action: warn, in-flight work dropped.
    expect(find(out, 'disposability/sigterm-shutdown')[0]!.outcome).toBe('warn');
  });

  it('a different commit is advice that names the ids; an image that is not the release is the harness\'s error, not the app\'s', () => {
    const out = runRuntimeChecks({ runtime: facts(), config: defaultConfig(), commit: '0123456789abcdef', release: release(`sha256:${'b'.repeat(64)}`) }, 'x');
    const rev = find(out, 'codebase/image-revision')[0]!;
    expect(rev).toMatchObject({ outcome: 'warn', role: 'advice' });
    expect(rev.message).toContain('0123456789ab');
    expect(find(out, 'build-release-run/released-image')[0]!.outcome).toBe('error');
  });

  it('an image without the revision label is advice, never a verdict', () => {
    const out = runRuntimeChecks({ runtime: facts({ imageLabels: {} }), config: defaultConfig(), commit: 'abc' }, 'x');
    expect(find(out, 'codebase/image-revision')[0]).toMatchObject({ outcome: 'warn', role: 'advice' });
  });

  it('a slow boot near the limit warns; a cancelled run says so instead of judging', () => {
    const slow = runRuntimeChecks({ runtime: facts({ boot: { outcome: 'ready', port: 1, timeoutMs: 10000, readyMs: 7000 } }), config: defaultConfig() }, 'x');
    expect(find(slow, 'disposability/startup-time')[0]!.outcome).toBe('warn');
    const cancelled = runRuntimeChecks({ runtime: facts({ cancelled: true, boot: { outcome: 'error', port: null, timeoutMs: 1 }, shutdown: undefined }), config: defaultConfig() }, 'x');
    for (const id of ['port-binding/binds-port', 'disposability/sigterm-shutdown']) {
      expect(find(cancelled, id)[0]).toMatchObject({ outcome: 'skip', message: expect.stringContaining('cancelled') });
    }
  });

  it('an app that never binds the given port fails VII once: its startup is not measured, and config is not charged', () => {
    const boot = { outcome: 'timeout' as const, port: 23817, timeoutMs: 60000, listeners: [{ ip: '0.0.0.0', port: 3000, loopbackOnly: false }], listeningPorts: [3000] };
    const out = runRuntimeChecks({ runtime: facts({ boot }), config: defaultConfig(), app: { root: '.', found: 'x', context: '.', kind: 'web', kindReason: 'x', portVariables: ['PORT'], port: { source: 'code', port: 3000, loopback: false }, startInstalls: false, startMigrates: false } }, 'x');
    expect(find(out, 'port-binding/binds-port')[0]).toMatchObject({ outcome: 'fail', condition: 'hardcoded-in-code' });
    expect(find(out, 'disposability/startup-time')[0]).toMatchObject({ outcome: 'skip', message: expect.stringContaining('not measured') });
    expect(find(out, 'config/honours-env')[0]!.outcome).toBe('skip');
  });

  it('a wrong port fixed in the start command warns: the rubric sets the severity whether read or measured', () => {
    const boot = { outcome: 'timeout' as const, port: 23817, timeoutMs: 60000, listeners: [{ ip: '0.0.0.0', port: 8000, loopbackOnly: false }], listeningPorts: [8000] };
    const out = runRuntimeChecks({ runtime: facts({ boot }), config: defaultConfig(), app: { root: '.', found: 'x', context: '.', kind: 'web', kindReason: 'x', portVariables: ['PORT'], port: { source: 'start-command', port: 8000, loopback: false }, startInstalls: false, startMigrates: false } }, 'x');
    expect(find(out, 'port-binding/binds-port')[0]).toMatchObject({ outcome: 'warn', condition: 'fixed-in-command' });
  });

  it('a failed build skips runtime checks with the reason', () => {
    const out = runRuntimeChecks(
      { build: { schemaVersion: 1, tool: { name: 't', version: '0' }, stage: 'build', status: 'failed', dockerfile: 'Dockerfile', context: '.', labels: {}, builder: 'buildkit', startedAt: '', durationMs: 1 }, config: defaultConfig() },
      'x',
    );
    expect(find(out, 'port-binding/binds-port')[0]).toMatchObject({ outcome: 'skip', message: expect.stringContaining('did not build') });
  });
});
