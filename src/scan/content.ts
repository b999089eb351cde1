import { LOCKFILE_NAMES } from '../parsers/manifests';
import { type SecretHit, scanSecrets } from '../secrets/scan';
import { type Language, languageOf, nonRuntimePathMemo } from './paths';
import type { BoundedRead, ReadOutcome } from './read';
import { MAX_CONFIG_SIGNAL_BYTES, type Signal, SignalCollector, type SignalIndex, sessionWithoutStore, signalsInText } from './signals';
import { baseName, readerOf, relativeTo, type Snapshot } from './snapshot';

/**
 * The one pass over file contents: every text file of the audited app is
 * read once, and the secret rules and the source-signal rules run over the
 * same text. No text is kept (nor cached): only hits and signals leave.
 */
export interface ContentScan {
  secrets: SecretHit[];
  signals: SignalIndex;
}

/** What to look for in one file. */
export interface ContentJob {
  path: string;
  /** Run the secret rules (every text file but lockfiles and generated assets). */
  secrets: boolean;
  /** Run the signal rules of this language (runtime source and config only). */
  lang?: Language;
}

/** What one file held: how reading it went, its secrets and its signals. */
export interface ContentResult {
  read: ReadOutcome;
  hits: SecretHit[];
  signals: Signal[];
  /** Whether the signal rules ran (a readable source or config file, config not too large). */
  scanned: boolean;
  session?: Signal;
}

const NONE: never[] = [];

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
    // A config file beyond the limit is data: skipped, as a stat of its size would have.
    if (!(job.lang === 'config' && (read.truncated || (read.size ?? 0) > MAX_CONFIG_SIGNAL_BYTES))) {
      result.scanned = true;
      result.signals = signalsInText(text, job.path, job.lang);
    }
  }
  return result;
}

const GENERATED = /\.(?:svg|min\.js|map)$/;

/** The jobs of a snapshot, in file order; files needing neither rule set are left out. */
export function contentJobs(snapshot: Snapshot): ContentJob[] {
  const jobs: ContentJob[] = [];
  const nonRuntime = nonRuntimePathMemo();
  for (const f of snapshot.appFiles) {
    // Lockfiles hold integrity hashes, minified and map files generated text: not secrets.
    const secrets = !LOCKFILE_NAMES.has(baseName(f.path)) && !GENERATED.test(f.path);
    const rel = relativeTo(f.path, snapshot.appPath);
    // signalLanguage(rel), with the folder test remembered per folder.
    let lang = languageOf(rel);
    if (lang && nonRuntime(rel)) lang = undefined;
    if (!secrets && !lang) continue;
    jobs.push(lang ? { path: f.path, secrets, lang } : { path: f.path, secrets });
  }
  return jobs;
}

/** Secrets and signals of the audited app in one pass over its files. */
export function scanContent(snapshot: Snapshot): ContentScan {
  const reader = readerOf(snapshot);
  // A Snapshot that scanRepository did not make is read through its own read().
  const sizes = reader ? undefined : new Map(snapshot.appFiles.map((f) => [f.path, f]));
  const readOf = (file: string): BoundedRead => {
    if (reader) return reader.read(file);
    const text = snapshot.read(file);
    return text === undefined ? { kind: 'failed' } : { kind: 'text', text, truncated: false, size: sizes!.get(file)?.size ?? 0 };
  };
  const collector = new SignalCollector();
  const secrets: SecretHit[] = [];
  for (const job of contentJobs(snapshot)) {
    const r = scanText(job, readOf(job.path));
    reader?.note(job.path, r.read);
    if (job.lang) collector.source(job.path, job.lang);
    if (r.session) collector.sessionsWithoutStore.push(r.session);
    if (r.scanned) collector.scannedFiles++;
    collector.add(r.signals);
    for (const h of r.hits) secrets.push(h);
  }
  return { secrets, signals: collector.index() };
}
