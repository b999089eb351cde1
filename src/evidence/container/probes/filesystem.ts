import type { RuntimeFacts } from '../../../model/runtime';
import { DockerUnavailableError } from '../client';
import { classifyDiff } from '../fs-diff';
import type { Running, Session } from './session';

/**
 * Filesystem probe (factors VI and XI): `docker diff` of the stopped app
 * container, reduced to the files it wrote outside temp dirs and the ones
 * that look like log files.
 */
export async function diffFilesystem(s: Session, app: Running, facts: RuntimeFacts): Promise<void> {
  try {
    facts.filesystem = classifyDiff(await s.client.containerDiff(app.id));
  } catch (e) {
    if (e instanceof DockerUnavailableError) throw e;
    facts.errors.push({ probe: 'filesystem', message: (e as Error).message });
  }
}
