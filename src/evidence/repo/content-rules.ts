import { type SecretHit, scanSecrets } from './secrets/scan';
import type { Language } from './paths';
import { type BoundedRead, hasBinaryExtension, type ReadOutcome, readBounded } from './read';
import { MAX_CONFIG_SIGNAL_BYTES, type Signal, sessionWithoutStore, signalsInText, structuredSignals } from './source-signals';

/**
 * What the content pass does to one file, on whichever thread reads it: the
 * secret rules and the source-signal rules over the same text. This module
 * and its imports are all a scan worker loads.
 */

/** What to look for in one file. */
export interface ContentJob {
  path: string;
  /** Run the secret rules (every text file but lockfiles and generated assets). */
  secrets: boolean;
  /** Run the signal rules of this language (runtime source and config only). */
  lang?: Language;
}

/** What one file held: how reading it went (with the text, when read on this thread), its secrets and its signals. */
export interface ContentResult {
  read: ReadOutcome;
  hits: SecretHit[];
  signals: Signal[];
  /** Whether the signal rules ran (a readable source or config file, config not too large). */
  scanned: boolean;
  session?: Signal;
}

const NONE: never[] = [];
const isKubernetes = (text: string) => /^apiVersion:\s*\S/m.test(text) && /^kind:\s*[A-Z]/m.test(text);

/** Runs a job's rules over what reading its file gave (nothing when binary or unreadable). */
export function scanText(job: ContentJob, read: BoundedRead): ContentResult {
  if (read.kind !== 'text') return { read, hits: NONE, signals: NONE, scanned: false };
  const text = read.text;
  const result: ContentResult = {
    read,
    hits: job.secrets ? scanSecrets(text, job.path) : NONE,
    signals: NONE,
    scanned: false,
  };
  if (job.lang) {
    if (job.lang === 'js') {
      const s = sessionWithoutStore(text, job.path);
      if (s) result.session = s;
    }
    // A config file beyond the limit is data: skipped, as a stat of its size would have. A Kubernetes manifest is a deploy
    // descriptor, read for formation and release, never as the app's config (its `port:` is a Service's, not the app's).
    if (!(job.lang === 'config' && (read.truncated || (read.size ?? 0) > MAX_CONFIG_SIGNAL_BYTES || isKubernetes(text)))) {
      result.scanned = true;
      const found = signalsInText(text, job.path, job.lang);
      const more = structuredSignals(text, job.path, job.lang);
      result.signals = more.length > 0 ? [...found, ...more] : found;
    }
  }
  return result;
}

const BINARY: BoundedRead = { kind: 'binary' };

/** Reads (straight from disk, `rootPrefix` + path; binaries by extension never) and scans jobs[from, to). */
export function scanJobs(jobs: ContentJob[], from: number, to: number, rootPrefix: string): ContentResult[] {
  const out: ContentResult[] = [];
  for (let i = from; i < to; i++) {
    const job = jobs[i]!;
    out.push(scanText(job, hasBinaryExtension(job.path) ? BINARY : readBounded(rootPrefix + job.path)));
  }
  return out;
}

/*
 * Wire format between the main thread and scan workers: compact, so that
 * copying 20,000 jobs or results between threads costs next to nothing.
 */
const LANGS: Language[] = ['js', 'py', 'go', 'jvm', 'ruby', 'php', 'rust', 'cs', 'elixir', 'config', 'shell'];

/** Jobs as one string of NUL-separated paths (no path holds a NUL) and one flag byte each. */
export interface JobBatch {
  paths: string;
  /** bit 0: secrets; bits 1-4: index of the language in LANGS, plus one (0: none). */
  flags: Uint8Array;
}

export function encodeJobs(jobs: ContentJob[]): JobBatch {
  const flags = new Uint8Array(jobs.length);
  jobs.forEach((j, i) => {
    flags[i] = (j.secrets ? 1 : 0) | ((j.lang ? LANGS.indexOf(j.lang) + 1 : 0) << 1);
  });
  return { paths: jobs.map((j) => j.path).join('\0'), flags };
}

export function decodeJobs(batch: JobBatch): ContentJob[] {
  const paths = batch.paths === '' && batch.flags.length === 0 ? [] : batch.paths.split('\0');
  return paths.map((path, i) => {
    const f = batch.flags[i]!;
    const lang = LANGS[(f >> 1) - 1];
    return lang ? { path, secrets: (f & 1) === 1, lang } : { path, secrets: (f & 1) === 1 };
  });
}

/** One chunk's results: a state byte and a size per file, and the findings of the few files that have any. */
export interface ChunkResults {
  chunk: number;
  /** bits 0-1: 0 text, 1 binary, 2 unreadable; bit 2: truncated; bit 3: signal rules ran. */
  state: Uint8Array;
  /** Exact byte size of a wholly read file, -1 otherwise. */
  sizes: Int32Array;
  found: Array<{ i: number; hits: SecretHit[]; signals: Signal[]; session?: Signal }>;
}

export function encodeChunk(chunk: number, results: ContentResult[]): ChunkResults {
  const state = new Uint8Array(results.length);
  const sizes = new Int32Array(results.length).fill(-1);
  const found: ChunkResults['found'] = [];
  results.forEach((r, i) => {
    const kind = r.read.kind === 'text' ? 0 : r.read.kind === 'binary' ? 1 : 2;
    state[i] = kind | (r.read.kind === 'text' && r.read.truncated ? 4 : 0) | (r.scanned ? 8 : 0);
    if (r.read.kind === 'text' && r.read.size !== undefined) sizes[i] = r.read.size;
    if (r.hits.length > 0 || r.signals.length > 0 || r.session) found.push({ i, hits: r.hits, signals: r.signals, ...(r.session ? { session: r.session } : {}) });
  });
  return { chunk, state, sizes, found };
}

export function decodeChunk(msg: ChunkResults): ContentResult[] {
  const out: ContentResult[] = [];
  for (let i = 0; i < msg.state.length; i++) {
    const s = msg.state[i]!;
    const kind = s & 3;
    const read: ReadOutcome =
      kind === 1 ? { kind: 'binary' } : kind === 2 ? { kind: 'failed' } : msg.sizes[i]! >= 0 ? { kind: 'text', truncated: (s & 4) !== 0, size: msg.sizes[i]! } : { kind: 'text', truncated: (s & 4) !== 0 };
    out.push({ read, hits: NONE, signals: NONE, scanned: (s & 8) !== 0 });
  }
  for (const f of msg.found) {
    const r = out[f.i]!;
    r.hits = f.hits;
    r.signals = f.signals;
    if (f.session) r.session = f.session;
  }
  return out;
}
