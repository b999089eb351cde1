import { LOCKFILE_NAMES } from './parsers/manifests';
import type { SecretHit } from './secrets/scan';
import { type ContentJob, type ContentResult, scanText } from './content-rules';
import { languageOf, nonRuntimePathMemo } from './paths';
import type { BoundedRead } from './read';
import { SignalCollector, type SignalIndex } from './source-signals';
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

/** Below this many jobs the workers are not worth the messages: this thread scans alone. */
const MIN_SHARED_JOBS = 512;

const GENERATED = /\.(?:svg|min\.js|map)$/;

/** The jobs of a snapshot, in file order; files needing neither rule set are left out. */
export function contentJobs(snapshot: Snapshot): ContentJob[] {
  const jobs: ContentJob[] = [];
  const nonRuntime = nonRuntimePathMemo();
  // A Helm chart is a deploy descriptor wherever it sits: its values are the deploy's settings, not the app's config.
  const charts = snapshot.appFiles.filter((f) => baseName(f.path) === 'Chart.yaml').map((f) => f.path.slice(0, -'Chart.yaml'.length));
  for (const f of snapshot.appFiles) {
    // Lockfiles hold integrity hashes, minified and map files generated text: not secrets.
    const secrets = !LOCKFILE_NAMES.has(baseName(f.path)) && !GENERATED.test(f.path);
    const rel = relativeTo(f.path, snapshot.appPath);
    // signalLanguage(rel), with the folder test remembered per folder.
    let lang = languageOf(rel);
    if (lang && nonRuntime(rel)) lang = undefined;
    if (lang === 'config' && charts.length > 0 && charts.some((c) => f.path.startsWith(c))) lang = undefined;
    if (!secrets && !lang) continue;
    jobs.push(lang ? { path: f.path, secrets, lang } : { path: f.path, secrets });
  }
  return jobs;
}

/** Secrets and signals of the audited app in one pass over its files. */
export function scanContent(snapshot: Snapshot): ContentScan {
  const reader = readerOf(snapshot);
  const jobs = contentJobs(snapshot);
  let results: ContentResult[];
  if (reader) {
    const scanHere = (job: ContentJob) => scanText(job, reader.read(job.path));
    try {
      results = reader.helpers && jobs.length >= MIN_SHARED_JOBS ? reader.helpers.scan(jobs, reader.rootPrefix, scanHere) : jobs.map(scanHere);
    } finally {
      reader.helpers?.stop();
    }
  } else {
    // A Snapshot that scanRepository did not make is read through its own read().
    const sizes = new Map(snapshot.appFiles.map((f) => [f.path, f]));
    results = jobs.map((job) => {
      const text = snapshot.read(job.path);
      const read: BoundedRead = text === undefined ? { kind: 'failed' } : { kind: 'text', text, truncated: false, size: sizes.get(job.path)?.size ?? 0 };
      return scanText(job, read);
    });
  }
  const collector = new SignalCollector();
  const secrets: SecretHit[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const job = jobs[i]!;
    const r = results[i]!;
    // Recorded in file order, whichever thread read the file: diagnostics come out the same.
    reader?.note(job.path, r.read);
    if (job.lang) collector.source(job.path, job.lang);
    if (r.session) collector.sessionsWithoutStore.push(r.session);
    if (r.scanned) collector.scannedFiles++;
    collector.add(r.signals);
    for (const h of r.hits) secrets.push(h);
  }
  return { secrets, signals: collector.index() };
}
