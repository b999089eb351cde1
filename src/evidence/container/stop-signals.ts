import os from 'node:os';

/** `SIGTERM`, `TERM`, `15` → `SIGTERM`; unknown names pass through uppercased. */
export function normaliseSignal(sig: string | null | undefined): string {
  const s = (sig ?? '').trim().toUpperCase();
  if (!s) return 'SIGTERM';
  if (/^\d+$/.test(s)) {
    const n = Number(s);
    const name = Object.entries(os.constants.signals).find(([, v]) => v === n)?.[0];
    return name ?? s;
  }
  return s.startsWith('SIG') ? s : `SIG${s}`;
}

export function signalNumber(sig: string): number | undefined {
  return (os.constants.signals as Record<string, number>)[normaliseSignal(sig)];
}

export function signalName(n: number): string | undefined {
  return Object.entries(os.constants.signals).find(([, v]) => v === n)?.[0];
}

export type ShutdownClass = 'graceful' | 'signal-default' | 'killed' | 'error-exit' | 'not-running';

/**
 * Exit 0: graceful. 128+signo of the stop signal: the signal's default action
 * killed it (work in flight dropped). SIGKILL after the grace period: killed.
 */
export function classifyExit(exitCode: number | null, stopSignal: string, killed: boolean): ShutdownClass {
  if (killed) return 'killed';
  if (exitCode === null) return 'not-running';
  if (exitCode === 0) return 'graceful';
  const signo = signalNumber(stopSignal);
  if (signo !== undefined && exitCode === 128 + signo) return 'signal-default';
  return 'error-exit';
}

/** `["/bin/sh","-c",…]` as entrypoint or command: the shell is PID 1 and usually does not forward the signal. */
export function isShellForm(entrypoint: string[] | null, cmd: string[] | null): boolean {
  const first = (entrypoint && entrypoint.length > 0 ? entrypoint : cmd) ?? [];
  return /^(\/bin\/|\/usr\/bin\/)?(sh|bash|dash|ash)$/.test(first[0] ?? '') && first[1] === '-c';
}
