/**
 * The Actions runner's reading of a step's output, as far as workflow
 * commands go (actions/runner ActionCommandManager): each line, leading
 * whitespace trimmed, is a v2 command when it starts with `::name props::`,
 * else a v1 command when `##[name props]` appears anywhere in it. Between
 * `::stop-commands::<token>` and `::<token>::` no command runs but the resume.
 */
export interface RunnerCommand {
  name: string;
  props: string;
  data: string;
  line: string;
}

export function runnerCommands(lines: string[]): RunnerCommand[] {
  const run: RunnerCommand[] = [];
  let stopped: string | undefined;
  for (const line of lines) {
    const t = line.trimStart();
    if (stopped !== undefined) {
      if (t === `::${stopped}::`) stopped = undefined;
      continue;
    }
    const v2 = /^::([A-Za-z0-9_-]+)( [^:]*)?::(.*)$/.exec(t);
    if (v2) {
      if (v2[1] === 'stop-commands') stopped = v2[3];
      else run.push({ name: v2[1]!, props: (v2[2] ?? '').trim(), data: v2[3] ?? '', line });
      continue;
    }
    const v1 = /##\[([A-Za-z0-9_-]+)([^\]]*)\](.*)$/.exec(t);
    if (v1) run.push({ name: v1[1]!, props: (v1[2] ?? '').trim(), data: v1[3] ?? '', line });
  }
  return run;
}

/** Splits a step's output into the lines the runner sees (it splits on LF and CR LF; a lone CR ends a line too). */
export function logLines(output: string): string[] {
  return output.split(/\r?\n|\r/);
}
