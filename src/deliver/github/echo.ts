import { randomBytes } from 'node:crypto';
import { stripControls } from '../../render/escape';

/**
 * Writes untrusted lines (container output) to the action log with workflow
 * commands switched off: `::stop-commands::<token>` before, `::<token>::`
 * after. The token is random and checked against the text, so the container
 * cannot guess it to turn commands back on; inside, `::error::`,
 * `::add-mask::`, `::set-output` and friends are printed, not run.
 */
export function echoUntrusted(lines: Iterable<string>, write: (line: string) => void): void {
  const all: string[] = [];
  for (const line of lines) all.push(...stripControls(line).split('\n'));
  let token = newToken();
  while (all.some((l) => l.includes(token))) token = newToken();
  write(`::stop-commands::${token}`);
  for (const l of all) write(l);
  write(`::${token}::`);
}

function newToken(): string {
  return `tfa-${randomBytes(16).toString('hex')}`;
}
