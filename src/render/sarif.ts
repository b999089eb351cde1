import { CATALOGUE } from '../checks/index';
import { factorBySlug } from '../model/factors';
import type { FileEvidence, Finding, Report } from '../model/report';
import { neutraliseMarkers, wellFormed } from './escape';

export const DOCS_URL = 'https://github.com/twelve-factor-audit/twelve-factor-audit/blob/main/docs/checks.md';

/**
 * Code scanning keeps at most 25,000 results per run and shows the first
 * 5,000; we keep the most severe 5,000 so what a user sees is what matters.
 */
export const SARIF_MAX_RESULTS = 5000;
const MAX_MESSAGE = 1000;

export interface SarifOptions {
  /** Repository-relative file for findings that carry only a measurement (runtime results need a location). */
  fallbackFile?: string;
}

export function anchorFor(checkId: string): string {
  return checkId.replace(/[^a-z0-9]+/g, '-');
}

/** SARIF 2.1.0 for github/codeql-action/upload-sarif: rules from the catalogue, results for fail/warn/error. */
export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const base = report.repository.path === '.' ? '' : `${report.repository.path.replace(/\/+$/, '')}/`;
  const fallback = opts.fallbackFile ?? `${base}Dockerfile`;
  const rules = CATALOGUE.map((e) => ({
    id: e.id,
    name: e.id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: e.title },
    fullDescription: { text: e.rationale },
    help: { text: e.remediation, markdown: `${e.rationale}\n\n**Fix:** ${e.remediation}` },
    helpUri: `${DOCS_URL}#${anchorFor(e.id)}`,
    defaultConfiguration: { level: e.role === 'advice' ? 'note' : 'error' },
    properties: { tags: ['12-factor', `factor-${factorBySlug(e.factor)?.id ?? e.factor}`, e.kind, e.role] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const rank = { fail: 0, error: 1, warn: 2 } as const;
  // Findings that decided (not those a measurement overruled), then advice as notes.
  const decided = report.factors
    .flatMap((f) => f.findings)
    .filter((f): f is Finding & { outcome: keyof typeof rank } => f.outcome in rank && !f.supporting)
    .sort((a, b) => rank[a.outcome] - rank[b.outcome]);
  const advice = report.factors.flatMap((f) => f.advice ?? []).filter((f): f is Finding & { outcome: 'warn' } => f.outcome === 'warn');
  const findings = [...decided, ...advice];
  const results = findings.slice(0, SARIF_MAX_RESULTS).map((f) => {
    const file = f.evidence.find((e): e is FileEvidence => e.kind === 'file' && repoRelative(e.file));
    const measurement = f.evidence.find((e) => e.kind === 'measurement');
    const text = measurement
      ? `${f.message} (${measurement.name}: ${measurement.value} ${measurement.unit}${measurement.threshold !== undefined ? `, limit ${measurement.threshold}` : ''})`
      : f.message;
    return {
      ruleId: f.check,
      ...(ruleIndex.has(f.check) ? { ruleIndex: ruleIndex.get(f.check) } : {}),
      level: f.role === 'advice' ? 'note' : f.outcome === 'warn' ? 'warning' : 'error',
      message: { text: text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE - 1)}…` : text },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeURI(wellFormed(file?.file ?? (repoRelative(fallback) ? fallback : 'Dockerfile'))), uriBaseId: '%SRCROOT%' },
            region: { startLine: file?.line ?? 1 },
          },
        },
      ],
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: DOCS_URL,
            rules,
          },
        },
        // No automationDetails: upload-sarif sets it from its `category` input only when the file has none.
        ...(report.repository.commit ? { versionControlProvenance: [{ repositoryUri: repoUri(report), revisionId: report.repository.commit }] } : {}),
        results,
        ...(findings.length > SARIF_MAX_RESULTS
          ? { properties: { truncated: true, totalResults: findings.length } }
          : {}),
      },
    ],
  };
  // `<!--` can only sit inside a JSON string here: breaking it keeps a sticky-comment marker out of this output too.
  return `${neutraliseMarkers(JSON.stringify(sarif, null, 2))}\n`;
}

function repoUri(report: Report): string {
  const server = report.repository.serverUrl ?? 'https://github.com';
  return report.repository.slug ? `${server}/${report.repository.slug}` : 'file:///';
}

/** Only repository-relative paths: an absolute path or URL in an (untrusted) report would point code scanning elsewhere. */
function repoRelative(file: string): boolean {
  return file !== '' && !/^[a-z][\w+.-]*:|^[/\\]/i.test(file) && !file.split(/[/\\]/).includes('..');
}
