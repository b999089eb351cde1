import { gzipSync } from 'node:zlib';

/**
 * Code scanning's documented limits for uploaded SARIF ("SARIF support for
 * code scanning" and "SARIF results exceed limit" on docs.github.com). Hard
 * limits reject the upload; the display limits silently drop the rest, so
 * a renderer that wants every shown result to be a chosen one stays under
 * those too.
 */
export const SARIF_LIMITS = {
  /** Upload size, gzip-compressed. */
  maxGzipBytes: 10 * 1024 * 1024,
  maxRunsPerFile: 20,
  maxResultsPerRun: 25_000,
  /** Only the top 5,000 results per run are kept, by severity. */
  displayedResultsPerRun: 5_000,
  maxRulesPerRun: 25_000,
  maxToolExtensionsPerRun: 100,
  maxThreadFlowLocationsPerResult: 10_000,
  displayedThreadFlowLocationsPerResult: 1_000,
  maxLocationsPerResult: 1_000,
  displayedLocationsPerResult: 100,
  maxTagsPerRule: 20,
  displayedTagsPerRule: 10,
} as const;

interface SarifLike {
  version?: string;
  runs?: {
    tool?: { driver?: { rules?: { properties?: { tags?: unknown[] } }[] }; extensions?: unknown[] };
    results?: { locations?: unknown[]; codeFlows?: { threadFlows?: { locations?: unknown[] }[] }[] }[];
  }[];
}

/** Every limit the document breaks (hard or display), as readable lines; empty when it is within all of them. */
export function sarifLimitViolations(sarif: string): string[] {
  const out: string[] = [];
  const gz = gzipSync(sarif).length;
  if (gz > SARIF_LIMITS.maxGzipBytes) out.push(`gzip size ${gz} bytes > ${SARIF_LIMITS.maxGzipBytes}`);
  let doc: SarifLike;
  try {
    doc = JSON.parse(sarif) as SarifLike;
  } catch (e) {
    return [...out, `not JSON: ${(e as Error).message}`];
  }
  if (doc.version !== '2.1.0') out.push(`version is ${String(doc.version)}, expected 2.1.0`);
  const runs = doc.runs ?? [];
  if (runs.length > SARIF_LIMITS.maxRunsPerFile) out.push(`${runs.length} runs > ${SARIF_LIMITS.maxRunsPerFile}`);
  runs.forEach((run, i) => {
    const results = run.results ?? [];
    if (results.length > SARIF_LIMITS.displayedResultsPerRun) out.push(`run ${i}: ${results.length} results > ${SARIF_LIMITS.displayedResultsPerRun} shown`);
    const rules = run.tool?.driver?.rules ?? [];
    if (rules.length > SARIF_LIMITS.maxRulesPerRun) out.push(`run ${i}: ${rules.length} rules > ${SARIF_LIMITS.maxRulesPerRun}`);
    const ext = run.tool?.extensions?.length ?? 0;
    if (ext > SARIF_LIMITS.maxToolExtensionsPerRun) out.push(`run ${i}: ${ext} tool extensions > ${SARIF_LIMITS.maxToolExtensionsPerRun}`);
    rules.forEach((rule, r) => {
      const tags = rule.properties?.tags?.length ?? 0;
      if (tags > SARIF_LIMITS.displayedTagsPerRule) out.push(`run ${i} rule ${r}: ${tags} tags > ${SARIF_LIMITS.displayedTagsPerRule} shown`);
    });
    results.forEach((res, r) => {
      const locs = res.locations?.length ?? 0;
      if (locs > SARIF_LIMITS.displayedLocationsPerResult) out.push(`run ${i} result ${r}: ${locs} locations > ${SARIF_LIMITS.displayedLocationsPerResult} shown`);
      for (const flow of res.codeFlows ?? []) {
        for (const tf of flow.threadFlows ?? []) {
          const n = tf.locations?.length ?? 0;
          if (n > SARIF_LIMITS.displayedThreadFlowLocationsPerResult) out.push(`run ${i} result ${r}: ${n} thread flow locations > ${SARIF_LIMITS.displayedThreadFlowLocationsPerResult} shown`);
        }
      }
    });
  });
  return out;
}
