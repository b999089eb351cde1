import * as core from '@actions/core';
import { sweep } from './runtime/index';

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
      if (own.removed > 0) core.info(`twelve-factor-audit: removed ${own.removed} Docker objects left by this run`);
    }
    const stale = await sweep({ olderThanMs: 60 * 60 * 1000 });
    if (stale.removed > 0) core.info(`twelve-factor-audit: removed ${stale.removed} Docker objects from stale runs`);
  } catch (e) {
    // No engine means nothing of ours can be running; cleanup never fails the job.
    core.info(`twelve-factor-audit: cleanup skipped: ${(e as Error).message}`);
  }
}

void post();
