import type { RuntimeFacts } from '../../../model/runtime';
import { DockerUnavailableError, type ImageInfo } from '../client';
import { Cancelled, describeSandbox, raceTimeout, type Session, whyItExited } from './session';

/**
 * Admin processes probe (factor XII): each configured command runs as a
 * one-off container from the released image with the app's env (its port
 * variables included, as the app gets them), one after the other, and
 * reports its exit code, time and last output lines.
 */
export async function runAdmin(s: Session, image: ImageInfo, env: Record<string, string>, facts: RuntimeFacts): Promise<void> {
  const timeoutMs = Math.min(600_000, Math.max(30_000, s.config.run['boot-timeout'] * 2000));
  for (const command of s.config.admin) {
    s.check();
    const argv = typeof command === 'string' ? ['/bin/sh', '-c', command] : command;
    s.progress(`admin: ${argv.join(' ')}`);
    const started = performance.now();
    try {
      const spec = typeof command === 'string' ? { entrypoint: [], cmd: argv } : { cmd: argv };
      let c = await s.start('admin', image.id, env, spec);
      let res = await s.waitingFor(`admin command ${argv.join(' ')}`, timeoutMs, raceTimeout(c.exited, timeoutMs, s.signal));
      // Cut short by a cancellation, not by its time limit: the run says cancelled, never "timed out".
      s.check();
      let relaxedBecause: string | undefined;
      // A command that fails in the hardened sandbox (a read-only root, a non-root user) runs once more as the image says.
      if (res && res.code !== 0 && s.hardened) {
        relaxedBecause = `exited with code ${res.code} as ${describeSandbox(s.sandbox, image.user)}: ${whyItExited(c.logs)}`;
        await s.remove(c.id);
        c = await s.start('admin', image.id, env, { ...spec, relaxed: true });
        res = await s.waitingFor(`admin command ${argv.join(' ')}`, timeoutMs, raceTimeout(c.exited, timeoutMs, s.signal));
        s.check();
      }
      const timedOut = res === undefined;
      if (timedOut) await s.client.signalContainer(c.id, 'SIGKILL');
      facts.admin.push({
        command: argv,
        exitCode: res ? res.code : null,
        durationMs: Math.round((res?.at ?? performance.now()) - started),
        timedOut,
        outputTail: c.logs.lastLines(30),
        imageId: image.id,
        ...(relaxedBecause ? { relaxedBecause } : {}),
      });
      s.progress(`admin: ${argv.join(' ')} ${res === undefined ? `did not finish within ${Math.round(timeoutMs / 1000)} s` : `exited ${res.code} after ${facts.admin.at(-1)!.durationMs} ms`}`);
      await s.remove(c.id);
    } catch (e) {
      if (e instanceof DockerUnavailableError || e instanceof Cancelled) throw e;
      facts.errors.push({ probe: 'admin', message: `${argv.join(' ')}: ${(e as Error).message}` });
    }
  }
}
