import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STATIC_CHECKS } from '../../../src/checks/static/index';
import type { FindingDraft } from '../../../src/checks/types';
import { defaultConfig } from '../../../src/config/schema';
import { scanRepository } from '../../../src/scan/snapshot';

/**
 * Verdicts that were wrong on public twelve-factor repositories. Each fixture
 * rebuilds the shape that misled a check, in its own words; each case fails
 * when the check goes back to its old answer.
 */
const CASES = path.resolve(__dirname, '../../fixtures/repos/cases');

function run(checkId: string, fixture: string): FindingDraft[] {
  const check = STATIC_CHECKS.find((c) => c.id === checkId);
  if (!check) throw new Error(`no static check ${checkId}`);
  return check.run({ snapshot: scanRepository(path.join(CASES, fixture), '.'), config: defaultConfig() });
}

const outcomes = (findings: FindingDraft[]) => findings.map((f) => f.outcome);
const files = (findings: FindingDraft[]) => findings.flatMap((f) => (f.evidence ?? []).flatMap((e) => (e.kind === 'file' ? [`${e.file}:${e.line ?? ''}`] : [])));

describe('real-world regressions: static verdicts', () => {
  it('Go: AutomaticEnv on a viper instance (not the package) reads config from the environment', () => {
    const f = run('config/reads-env', 'go-viper-env-overlay');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('main.go:18');
  });

  it('Go: a SQLite driver marked // indirect in go.mod is not SQLite-in-dev next to Postgres', () => {
    const f = run('dev-prod-parity/same-backing-services', 'go-indirect-sqlite');
    expect(outcomes(f)).not.toContain('fail');
    expect(outcomes(f)).toEqual(['pass']);
  });

  it('Node: PORT read from a Joi-validated copy of process.env (envVars.PORT) is a PORT read', () => {
    const f = run('port-binding/port-from-env', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('src/env.js:7');
  });

  it('Node: schema.validate(process.env) is env validation at boot', () => {
    const f = run('config/env-validation', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['pass']);
    expect(files(f)).toContain('src/env.js:4');
  });

  it('Node: an upload destination under the app folder is local state (was a pass)', () => {
    const f = run('processes/local-uploads', 'node-joi-env-uploads');
    expect(outcomes(f)).toEqual(['warn']);
    expect(files(f)).toContain('src/index.js:6');
  });
});
