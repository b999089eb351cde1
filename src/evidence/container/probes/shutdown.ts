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
  if (app.hasExited()) {
    const { code } = await app.exited;
    facts.shutdown = { signal: stopSignal, graceMs, elapsedMs: 0, exitCode: code, killed: false, classification: 'not-running', shellForm };
    return;
  }
  s.progress(`sending ${stopSignal}`);
  const st0 = await s.client.inspectContainer(app.id);
  const watch = watchPidExit(st0?.pid ?? 0);
  // The engine delivers the signal before it answers the kill call, so the answer is the stopwatch's start:
  // counting the request's own latency would overstate every shutdown by tens of milliseconds.
  await s.client.signalContainer(app.id, stopSignal);
  const sent = performance.now();
  let res = await raceTimeout(app.exited, graceMs, s.signal);
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
  const st = await s.client.inspectContainer(app.id);
  const code = res.code;
  facts.shutdown = {
    signal: stopSignal,
    graceMs,
    elapsedMs: Math.max(0, Math.round(exitAt - sent)),
    exitCode: code,
    killed,
    classification: classifyExit(code, stopSignal, killed),
    oomKilled: st?.oomKilled ?? false,
    shellForm,
    ...(code > 128 && signalName(code - 128) ? { exitSignal: signalName(code - 128)! } : {}),
  };
  s.progress(`exited ${code} after ${facts.shutdown.elapsedMs} ms${killed ? ' (SIGKILL needed)' : ''}`);
}
