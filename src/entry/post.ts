import * as core from '@actions/core';
import { STALE_AFTER_MS, type SweepResult, sweep } from '../evidence/container/index';

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
      if (removed(own) > 0) core.info(`twelve-factor-audit: removed ${describe(own)} left by this run`);
      for (const e of own.errors) core.warning(`twelve-factor-audit: cleanup: ${e}`);
    }
    const stale = await sweep({ olderThanMs: STALE_AFTER_MS });
    if (removed(stale) > 0) core.info(`twelve-factor-audit: removed ${describe(stale)} from stale runs`);
  } catch (e) {
    // No engine means nothing of ours can be running; cleanup never fails the job.
    core.info(`twelve-factor-audit: cleanup skipped: ${(e as Error).message}`);
  }
}

void post();
