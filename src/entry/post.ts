import * as core from '@actions/core';
import { ActionLog } from '../deliver/github/echo';
import { STALE_AFTER_MS, type SweepResult, sweep } from '../evidence/container/index';

/** Engine messages are printed inert like everything else the action prints (see ActionLog). */
const log = new ActionLog((line) => process.stdout.write(`${line}\n`));

const removed = (r: SweepResult) => r.containers + r.networks + r.volumes + r.images;
const describe = (r: SweepResult) =>
  `${r.containers} containers, ${r.networks} networks, ${r.volumes} volumes, ${r.images} images`;

/**
 * The action's post step runs even when the main step failed or was
 * cancelled: it removes every Docker object the main step labelled, then any
 * stale run older than an hour that an earlier crashed job left behind.
 */
async function post(): Promise<void> {
  const runId = core.getState('run-id');
  try {
    if (runId) {
      const own = await sweep({ runId });
      if (removed(own) > 0) log.line(`twelve-factor-audit: removed ${describe(own)} left by this run`);
      for (const e of own.errors) log.command(() => core.warning(`twelve-factor-audit: cleanup: ${e}`));
    }
    const stale = await sweep({ olderThanMs: STALE_AFTER_MS });
    if (removed(stale) > 0) log.line(`twelve-factor-audit: removed ${describe(stale)} from stale runs`);
  } catch (e) {
    // No engine means nothing of ours can be running; cleanup never fails the job.
    log.line(`twelve-factor-audit: cleanup skipped: ${(e as Error).message}`);
  }
}

void post().finally(() => log.close());
