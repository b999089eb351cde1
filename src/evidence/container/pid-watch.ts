import fs from 'node:fs';

/**
 * Watches a container's main process from the host through /proc: the
 * engine's wait API reports an exit only after containerd, the shim and
 * network teardown have run, often hundreds of milliseconds later. The pid's
 * start time guards against a recycled pid. Returns undefined when the pid is
 * not visible (the engine runs elsewhere), so callers fall back to the API.
 */
export function watchPidExit(pid: number, intervalMs = 5): { exited: Promise<number>; stop: () => void } | undefined {
  if (!(pid > 0)) return undefined;
  const read = (): { state: string; start: string } | undefined => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the parenthesised command name, which may itself hold spaces.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return { state: rest[0] ?? '', start: rest[19] ?? '' };
    } catch {
      return undefined;
    }
  };
  const first = read();
  if (!first) return undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const exited = new Promise<number>((resolve) => {
    const tick = () => {
      if (stopped) return;
      const now = read();
      if (!now || now.state === 'Z' || now.state === 'X' || now.start !== first.start) {
        resolve(performance.now());
        return;
      }
      timer = setTimeout(tick, intervalMs);
    };
    tick();
  });
  return {
    exited,
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
