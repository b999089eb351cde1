import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  ActionLog,
  getState,
  warning
} from "./chunks/chunk-MWRPKACP.js";
import {
  STALE_AFTER_MS,
  sweep
} from "./chunks/chunk-J56MMQXS.js";
import "./chunks/chunk-VJY47AXX.js";
import "./chunks/chunk-LLOD3PSE.js";
import "./chunks/chunk-Q2LVJHL6.js";

// src/entry/post.ts
var log = new ActionLog((line) => process.stdout.write(`${line}
`));
var removed = (r) => r.containers + r.networks + r.volumes + r.images;
var describe = (r) => `${r.containers} containers, ${r.networks} networks, ${r.volumes} volumes, ${r.images} images`;
async function post() {
  const runId = getState("run-id");
  try {
    if (runId) {
      const own = await sweep({ runId });
      if (removed(own) > 0) log.line(`twelve-factor-audit: removed ${describe(own)} left by this run`);
      for (const e of own.errors) log.command(() => warning(`twelve-factor-audit: cleanup: ${e}`));
    }
    const stale = await sweep({ olderThanMs: STALE_AFTER_MS });
    if (removed(stale) > 0) log.line(`twelve-factor-audit: removed ${describe(stale)} from stale runs`);
  } catch (e) {
    log.line(`twelve-factor-audit: cleanup skipped: ${e.message}`);
  }
}
void post().finally(() => log.close());
