import { findClaims } from '../../evidence/repo/claims/index';
import { CATALOGUE } from '../../checks/index';
import type { Config } from '../../config/schema';
import { ConfigSchema } from '../../config/schema';
import type { Report } from '../../model/report';
import { STATIC_SCHEMA_VERSION, type StaticFile } from '../../model/stages';
import type { AppModel } from '../../evidence/repo/app-model';
import { TOOL_NAME, TOOL_VERSION } from '../../version';
import { displayPath, StageFileError, STAGE_FILE_NAMES } from './files';

/** Each value replaced by `[REDACTED:NAME]`, as everywhere else values are redacted. */
const redactValues = (record: Record<string, string>) => Object.fromEntries(Object.keys(record).map((k) => [k, `[REDACTED:${k}]`]));

/** The config with every env and build-arg value replaced: names, thresholds and ignores survive, values do not. */
export function redactConfig(config: Config): Config {
  return {
    ...config,
    build: { ...config.build, args: redactValues(config.build.args) },
    run: { ...config.run, env: redactValues(config.run.env) },
    services: config.services.map((s) => ({ ...s, env: redactValues(s.env), 'service-env': redactValues(s['service-env']) })),
  };
}

const STATIC_CHECK_IDS = new Set(CATALOGUE.filter((e) => e.kind === 'static').map((e) => e.id));

/** The static half of an audit, written so a report job without the repository can still judge. */
export function staticFileOf(report: Report, app: AppModel, config: Config): StaticFile {
  return {
    schemaVersion: STATIC_SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    stage: 'static',
    app: app.facts(),
    repository: report.repository,
    config: redactConfig(config),
    findings: report.factors.flatMap((f) => f.findings).filter((f) => STATIC_CHECK_IDS.has(f.check)),
    claims: findClaims(app.snapshot, { withRepositoryRoot: app.root !== config.path }),
    diagnostics: report.diagnostics,
    apps: report.apps,
    ...(report.policy ? { policy: report.policy } : {}),
    createdAt: new Date().toISOString(),
  };
}

/** The config a static.json carries, validated again: it crossed a job boundary. */
export function configOfStaticFile(file: StaticFile, dir: string): Config {
  const parsed = ConfigSchema.safeParse(file.config);
  if (!parsed.success) {
    throw new StageFileError(
      displayPath(`${dir}/${STAGE_FILE_NAMES.static}`),
      'a config that matches the .twelve-factor.yml schema',
      `its config does not validate (${parsed.error.issues[0]?.message ?? 'unknown problem'})`,
    );
  }
  return parsed.data;
}
