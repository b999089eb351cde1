import { randomBytes } from 'node:crypto';
import { foldLine, stripControls } from '../../render/escape';

/**
 * The action's one writer to the job log. The runner reads every line a
 * step prints as a possible workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::` at the start of a line, `##[…]` anywhere), and build
 * output, container logs, admin output, file names and values from the
 * pull request's config all reach the log. So:
 *
 * - `line()` prints text the auditor did not fully write (progress lines,
 *   build and container output, delivery messages) as exactly one log line,
 *   inside a block where workflow commands are off: `::stop-commands::<token>`
 *   before, `::<token>::` after. The token is random per block and never in
 *   the text, so nothing printed can guess it to turn commands back on. A
 *   newline inside such a line is shown as `\n`, never started.
 * - `command()` runs one of the auditor's own workflow commands (an
 *   annotation, a notice, setFailed) with commands switched back on first.
 *
 * Nothing else in the action may write to stdout or stderr.
 */
export class ActionLog {
  private token: string | undefined;

  constructor(private readonly write: (line: string) => void) {}

  /** One line of text, printed inert. */
  line(text: string): void {
    const flat = foldLine(text);
    if (this.token !== undefined && flat.includes(this.token)) this.resume();
    if (this.token === undefined) {
      let token = newToken();
      while (flat.includes(token)) token = newToken();
      this.token = token;
      this.write(`::stop-commands::${token}`);
    }
    this.write(flat);
  }

  /** Several lines of untrusted text (a log tail), each printed inert. */
  lines(texts: Iterable<string>): void {
    for (const t of texts) for (const l of stripControls(t).split('\n')) this.line(l);
  }

  /** One of the auditor's own workflow commands, with commands switched back on first. */
  command<T>(emit: () => T): T {
    this.resume();
    return emit();
  }

  /** Ends an open inert block, so whatever follows this step's output is read as usual. */
  close(): void {
    this.resume();
  }

  private resume(): void {
    if (this.token === undefined) return;
    this.write(`::${this.token}::`);
    this.token = undefined;
  }
}

/**
 * Writes untrusted lines (container output) to the action log with workflow
 * commands switched off, in one block of its own (see ActionLog).
 */
export function echoUntrusted(lines: Iterable<string>, write: (line: string) => void): void {
  const log = new ActionLog(write);
  log.lines(lines);
  log.close();
}

function newToken(): string {
  return `tfa-${randomBytes(16).toString('hex')}`;
}
