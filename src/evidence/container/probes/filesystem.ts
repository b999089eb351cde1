import type { RuntimeFacts } from '../../../model/runtime';
import type { ContainerClient } from '../client';
import { appLeavesOf, classifyDiff } from '../fs-diff';
import type { Running, Session } from './session';

/** Paths stat'ed at most: beyond this many writes the verdict is clear without knowing each one's kind. */
const MAX_STATS = 200;
const STAT_CONCURRENCY = 8;

/**
 * Filesystem probe (factors VI and XI): `docker diff` of the stopped app
 * container, reduced to the files it wrote outside temp dirs and the ones
 * that look like log files. Each written path is stat'ed, so an empty
 * directory a server creates at start (nginx's temp dirs, an upload folder
 * nothing was uploaded to) is listed as a directory, not as state.
 */
export async function diffFilesystem(s: Session, app: Running, facts: RuntimeFacts): Promise<void> {
  const changes = await s.client.containerDiff(app.id);
  const directories = await directoriesAmong(s.client, app.id, appLeavesOf(changes).slice(0, MAX_STATS));
  facts.filesystem = classifyDiff(changes, directories);
}

async function directoriesAmong(client: ContainerClient, id: string, paths: string[]): Promise<Set<string>> {
  const dirs = new Set<string>();
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const p = paths[next++]!;
      // A path that cannot be stat'ed stays a written file: absence of an answer never hides a write.
      if ((await client.pathKind(id, p).catch(() => undefined)) === 'directory') dirs.add(p);
    }
  };
  await Promise.all(Array.from({ length: Math.min(STAT_CONCURRENCY, paths.length) }, worker));
  return dirs;
}
