import { createRequire as __tfaCreateRequire } from 'node:module'; import { fileURLToPath as __tfaFileURLToPath } from 'node:url'; const require = __tfaCreateRequire(import.meta.url); const __filename = __tfaFileURLToPath(import.meta.url); const __dirname = __tfaFileURLToPath(new URL('.', import.meta.url));
import {
  decodeJobs,
  encodeChunk,
  scanJobs
} from "./chunks/chunk-6GAO5BH4.js";
import "./chunks/chunk-Q2LVJHL6.js";

// src/evidence/repo/content-worker.ts
import { workerData } from "node:worker_threads";
var IDLE_MS = 6e4;
var port = workerData.port;
var idle = setTimeout(() => port.close(), IDLE_MS);
port.once("message", (start) => {
  clearTimeout(idle);
  const jobs = decodeJobs(start.jobs);
  const counters = new Int32Array(start.counters);
  const chunks = Math.ceil(jobs.length / start.chunk);
  for (let c = Atomics.add(counters, 0, 1); c < chunks; c = Atomics.add(counters, 0, 1)) {
    let message;
    try {
      message = encodeChunk(c, scanJobs(jobs, c * start.chunk, Math.min(jobs.length, (c + 1) * start.chunk), start.rootPrefix));
    } catch {
      message = { chunk: c, failed: true };
    }
    port.postMessage(message);
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
  port.close();
});
