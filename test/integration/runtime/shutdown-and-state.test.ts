import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { leftovers, measurement, type Probed, probeFixture } from '../../support/docker';

const PREFIX = 'tfa-it-state-';
const r: Record<string, Probed> = {};

beforeAll(async () => {
  const runs: [string, string, Parameters<typeof probeFixture>[1]][] = [
    ['ignores', 'ignores-sigterm', { run: { 'shutdown-timeout': 2 } }],
    ['shell', 'shell-form', { run: { 'shutdown-timeout': 2 } }],
    ['logfile', 'logs-to-file', {}],
    ['state', 'local-state', { run: { requests: 4 } }],
  ];
  await Promise.all(runs.map(async ([key, name, cfg]) => (r[key] = await probeFixture(name, cfg, PREFIX))));
}, 600_000);

afterAll(() => {
  expect(leftovers(PREFIX)).toEqual([]);
});

describe('shutdown', () => {
  it('an app that ignores SIGTERM is SIGKILLed after the grace period: fail', () => {
    const sd = r.ignores!.facts.shutdown!;
    expect(sd).toMatchObject({ signal: 'SIGTERM', killed: true, classification: 'killed', exitCode: 137, exitSignal: 'SIGKILL', shellForm: false });
    expect(sd.elapsedMs).toBeGreaterThanOrEqual(2000);
    const f = r.ignores!.one('disposability/sigterm-shutdown');
    expect(f.outcome).toBe('fail');
    expect(measurement(f, 'time to exit after SIGTERM')).toBe(sd.elapsedMs);
    expect(f.message).not.toContain('shell-form');
  });

  it('a shell-form CMD swallows SIGTERM and is named as the likely cause', () => {
    const { facts } = r.shell!;
    expect(facts.command?.shellForm).toBe(true);
    expect(facts.command?.cmd?.slice(0, 2)).toEqual(['/bin/sh', '-c']);
    expect(facts.boot.outcome).toBe('ready');
    expect(facts.shutdown).toMatchObject({ killed: true, classification: 'killed' });
    const f = r.shell!.one('disposability/sigterm-shutdown');
    expect(f.outcome).toBe('fail');
    expect(f.message).toContain('shell-form command');
  });
});

describe('filesystem writes after exercising the app', () => {
  it('log files are listed (factor XI) and stdout stays empty', () => {
    const { facts } = r.logfile!;
    expect(facts.filesystem!.logFiles).toEqual(['/app/logs/app.log']);
    expect(facts.logs.stdoutBytes + facts.logs.stderrBytes).toBe(0);
    expect(r.logfile!.one('logs/no-log-files').outcome).toBe('fail');
    expect(r.logfile!.one('logs/stdout-output').outcome).toBe('fail');
  });

  it('local state outside temp dirs is listed (factor VI); /tmp is only counted', () => {
    const { facts } = r.state!;
    expect(facts.exercise?.requests).toBe(4);
    expect(facts.filesystem!.written).toEqual(['/app/data/sessions.json']);
    expect(facts.filesystem!.tempWrites).toBeGreaterThanOrEqual(1);
    const f = r.state!.one('processes/no-local-writes');
    expect(f.outcome).toBe('fail');
    expect(f.message).toContain('/app/data/sessions.json');
  });
});
