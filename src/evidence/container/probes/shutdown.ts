import type { RuntimeFacts } from '../../../model/runtime';
import { watchPidExit } from '../pid-watch';
import { classifyExit, signalName } from '../stop-signals';
import { raceTimeout, type Running, type Session } from './session';

/**
 * Shutdown probe (factor IX): sends the image's stop signal, times the exit
 * against the host pid and the engine's report (the earlier wins), and
 * SIGKILLs after the grace period.
 */
export async function stopApp(s: Session, app: Running, facts: RuntimeFacts): Promise<void> {
  s.check();
  const stopSignal = facts.stopSignal;
  const graceMs = Math.round(s.config.run['shutdown-timeout'] * 1000);
  const shellForm = facts.command?.shellForm ?? false;
  s.progress(`sending ${stopSignal}`);
  const st0 = await s.client.inspectContainer(app.id);
  const watch = watchPidExit(st0?.pid ?? 0);
  // The stopwatch starts as the signal is sent: the engine delivers it before it answers the kill call, so an
  // app that exits at once can be gone before the answer arrives, and a stopwatch started on the answer would
  // read 1 ms for an exit that took 40. Starting here overstates by at most the request's way to the engine.
  const sent = performance.now();
  await s.client.signalContainer(app.id, stopSignal);
  let res = await s.waitingFor(`the app to exit after ${stopSignal}`, graceMs, raceTimeout(app.exited, graceMs, s.signal));
  let killed = false;
  if (!res) {
    s.check();
    killed = true;
    await s.client.signalContainer(app.id, 'SIGKILL');
    res = await app.exited;
  }
  // The host saw the process go before the engine reported it; take the earlier, truer moment.
  const pidGone = watch ? await raceTimeout(watch.exited, 50) : undefined;
  watch?.stop();
  const exitAt = pidGone !== undefined && pidGone < res.at ? pidGone : res.at;
  const code = res.code;
  // After our own SIGKILL a 137 is ours: read the engine's flag without waiting for one.
  const oomKilled = await s.oomKilled(app.id, killed ? 0 : code);
  facts.shutdown = {
    signal: stopSignal,
    graceMs,
    elapsedMs: Math.max(0, Math.round(exitAt - sent)),
    exitCode: code,
    killed,
    classification: classifyExit(code, stopSignal, killed),
    oomKilled,
    shellForm,
    ...(code > 128 && signalName(code - 128) ? { exitSignal: signalName(code - 128)! } : {}),
  };
  s.progress(`exited ${code} after ${facts.shutdown.elapsedMs} ms${killed ? ' (SIGKILL needed)' : ''}`);
}

/** The app ended before the stop signal: recorded as such, nothing to time. */
export async function recordAlreadyExited(s: Session, app: Running, facts: RuntimeFacts): Promise<number> {
  const { code } = await app.exited;
  facts.shutdown = {
    signal: facts.stopSignal,
    graceMs: Math.round(s.config.run['shutdown-timeout'] * 1000),
    elapsedMs: 0,
    exitCode: code,
    killed: false,
    classification: 'not-running',
    // An app killed for its memory limit after it came up: the reason it was not running.
    oomKilled: await s.oomKilled(app.id, code),
    shellForm: facts.command?.shellForm ?? false,
  };
  return code;
}
