import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUE, outcomeOf, STATIC_CHECKS } from '../../../src/checks/index';
import { checkFindings, fixture, repo, staticFindings } from '../../support/checks';

/**
 * Every row of every static check's severity table, reached by a fixture a
 * person can open: the check reports that condition there, with the outcome
 * the table gives it. A row no fixture reaches is a row nobody has seen work.
 */
const ROWS: Array<[check: string, condition: string, fixture: string]> = [
  ['codebase/one-app-per-path', 'one-app', 'rubric-cases/r_cli'],
  ['codebase/one-app-per-path', 'monorepo', 'repos/cases/monorepo'],
  ['dependencies/base-image-pinned', 'tagged', 'rubric-cases/r_cli'],
  ['dependencies/base-image-pinned', 'floating', 'rubric-cases/r_devcreds'],
  ['dependencies/lockfile', 'locked', 'rubric-cases/r_devcreds'],
  ['dependencies/lockfile', 'top-level-pins', 'rubric-cases/r_cli'],
  ['dependencies/lockfile', 'unlocked-ranges', 'repos/java-spring-mixed'],
  ['dependencies/no-curl-pipe-shell', 'none', 'rubric-cases/r_cli'],
  ['dependencies/no-curl-pipe-shell', 'piped', 'repos/python-flask-bad'],
  ['dependencies/reproducible-install', 'honours-lock', 'rubric-cases/r_cli'],
  ['dependencies/reproducible-install', 're-resolves', 'repos/cases/node-build-in-image'],
  ['dependencies/update-automation', 'automated', 'repos/go-good'],
  ['dependencies/update-automation', 'manual', 'rubric-cases/r_cli'],
  ['config/committed-secrets', 'no-secret', 'rubric-cases/r_cli'],
  ['config/committed-secrets', 'in-use', 'rubric-cases/r_cred'],
  ['config/committed-secrets', 'dev-placeholder', 'rubric-cases/r_devcreds'],
  ['config/dockerfile-secrets', 'none', 'rubric-cases/r_cli'],
  ['config/dockerfile-secrets', 'build-arg', 'repos/cases/dockerfile-no-cmd'],
  ['config/dotenv-committed', 'none', 'rubric-cases/r_cli'],
  ['config/dotenv-committed', 'committed', 'repos/python-flask-bad'],
  ['config/env-validation', 'validated', 'rubric-cases/r_viper'],
  ['config/env-validation', 'unvalidated', 'rubric-cases/r_cli'],
  ['config/per-environment-files', 'per-environment', 'repos/cases/node-build-in-image'],
  ['config/reads-env', 'from-env', 'rubric-cases/r_cli'],
  ['config/reads-env', 'no-env', 'rubric-cases/r_composev1'],
  ['config/secrets-outside-app', 'none', 'rubric-cases/r_cli'],
  ['config/secrets-outside-app', 'found', 'repos/cases/dockerfile-no-cmd'],
  ['backing-services/urls-from-env', 'from-env', 'rubric-cases/r_devcreds'],
  ['backing-services/urls-from-env', 'overlay', 'rubric-cases/r_spring'],
  ['backing-services/urls-from-env', 'hardcoded-http', 'rubric-cases/r_httphost'],
  ['backing-services/urls-from-env', 'hardcoded-store', 'rubric-cases/r_cred'],
  ['backing-services/urls-from-env', 'no-service', 'rubric-cases/r_cli'],
  ['build-release-run/build-definition', 'defined', 'rubric-cases/r_cli'],
  ['build-release-run/dockerignore', 'clean', 'rubric-cases/r_dotnet'],
  ['build-release-run/dockerignore', 'unfiltered', 'rubric-cases/r_cli'],
  ['build-release-run/multi-stage', 'separated', 'repos/go-good'],
  ['build-release-run/multi-stage', 'single-stage', 'rubric-cases/r_cli'],
  ['build-release-run/multi-stage', 'compiles-in-runtime', 'rubric-cases/r_composev1'],
  ['build-release-run/no-build-at-start', 'only-runs', 'rubric-cases/r_cli'],
  ['build-release-run/no-build-at-start', 'admin-at-start', 'rubric-cases/r_composev1'],
  ['build-release-run/no-build-at-start', 'build-at-start', 'repos/python-flask-bad'],
  ['build-release-run/release-tags', 'identified', 'rubric-cases/r_helm'],
  ['build-release-run/release-tags', 'fixed-tags', 'rubric-cases/r_release'],
  ['build-release-run/source-mounted', 'mounted', 'rubric-cases/r_composev1'],
  ['processes/local-state', 'stateless', 'rubric-cases/r_cli'],
  ['processes/local-state', 'fallback', 'rubric-cases/r_severity'],
  ['processes/local-state', 'local-state', 'rubric-cases/r_memstore'],
  ['port-binding/port-source', 'from-env', 'rubric-cases/r_devcreds'],
  ['port-binding/port-source', 'fixed-in-command', 'rubric-cases/r_composev1'],
  ['port-binding/port-source', 'base-image-server', 'rubric-cases/r_logs'],
  ['port-binding/port-source', 'hardcoded-in-code', 'rubric-cases/r_jvmsig'],
  ['port-binding/port-source', 'loopback', 'rubric-cases/r_dotnet'],
  ['port-binding/port-source', 'no-port', 'rubric-cases/r_cli'],
  ['concurrency/no-daemonizing', 'daemonises', 'repos/python-flask-bad'],
  ['concurrency/no-process-supervisor', 'supervisor', 'rubric-cases/r_composev1'],
  ['concurrency/process-types', 'declared', 'rubric-cases/r_composev1'],
  ['concurrency/process-types', 'none', 'rubric-cases/r_cli'],
  ['disposability/exec-form-cmd', 'reaches-app', 'rubric-cases/r_devcreds'],
  ['disposability/exec-form-cmd', 'dev-server', 'repos/cases/rails-dummy-secret-key-base'],
  ['disposability/exec-form-cmd', 'base-image-entry', 'repos/cases/dockerfile-no-cmd'],
  ['disposability/exec-form-cmd', 'shell-or-wrapper', 'rubric-cases/r_composev1'],
  ['disposability/exec-form-cmd', 'one-off', 'rubric-cases/r_cli'],
  ['disposability/healthcheck', 'declared', 'repos/node-good'],
  ['disposability/healthcheck', 'missing', 'rubric-cases/r_composev1'],
  ['disposability/signal-handlers', 'handled', 'rubric-cases/r_composev1'],
  ['disposability/signal-handlers', 'unhandled', 'rubric-cases/r_devcreds'],
  ['disposability/startup-work', 'heavy', 'rubric-cases/r_composev1'],
  ['disposability/stop-signal', 'sigkill', 'repos/cases/supervisor'],
  ['dev-prod-parity/dev-image', 'stock-image', 'rubric-cases/r_parity'],
  ['dev-prod-parity/dev-image', 'per-environment-dockerfile', 'repos/cases/supervisor'],
  ['dev-prod-parity/same-backing-services', 'same', 'rubric-cases/r_composev1'],
  ['dev-prod-parity/same-backing-services', 'sqlite-vs-server', 'rubric-cases/r_severity'],
  ['dev-prod-parity/same-backing-services', 'version-drift', 'rubric-cases/r_parity'],
  ['dev-prod-parity/same-backing-services', 'no-dev-stack', 'rubric-cases/r_cli'],
  ['logs/no-file-logging', 'stdout', 'rubric-cases/r_cli'],
  ['logs/no-file-logging', 'file-sink', 'rubric-cases/r_logfile'],
  ['admin-processes/declared-tasks', 'shipped', 'rubric-cases/r_composev1'],
  ['admin-processes/declared-tasks', 'not-shipped', 'rubric-cases/r_springvol'],
  ['admin-processes/declared-tasks', 'none', 'rubric-cases/r_cli'],
  ['admin-processes/no-migrate-on-start', 'coupled', 'rubric-cases/r_composev1'],
];

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tmp = (files: Record<string, string>) => {
  const d = repo(files);
  made.push(d);
  return d;
};

/** Rows whose subject only a throwaway repository shows (a .git folder cannot be committed inside this one). */
const MADE: Array<[check: string, condition: string, make: () => string]> = [
  ['codebase/version-control', 'tracked', () => tmp({ '.git/HEAD': 'ref: refs/heads/main\n', 'Dockerfile': 'FROM node:22.11-slim\nCMD ["node", "a.js"]\n' })],
  ['dependencies/lockfile', 'undeclared', () => tmp({ 'server.js': "const express = require('express');\nexpress().listen(process.env.PORT);\n" })],
  [
    'logs/no-file-logging',
    'redirected',
    () => tmp({ 'Dockerfile': 'FROM debian:12.5\nRUN apt-get update && apt-get install -y nginx && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log\nCMD ["nginx", "-g", "daemon off;"]\n' }),
  ],
];

describe('static checks', () => {
  it('ids are unique, well-formed, and every check has a role, rationale, remediation and a severity table', () => {
    const ids = STATIC_CHECKS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CATALOGUE) {
      expect(c.id).toMatch(new RegExp(`^${c.factor}/[a-z0-9-]+$`));
      expect(['core', 'advice']).toContain(c.role);
      expect(c.rationale.length).toBeGreaterThan(60);
      expect(c.remediation.length).toBeGreaterThan(40);
      expect(Object.keys(c.conditions).length).toBeGreaterThan(0);
      for (const name of Object.keys(c.conditions)) expect(outcomeOf(c, name), `${c.id} ${name}`).toBeDefined();
    }
  });

  it('every row of every static severity table is reached by a fixture', () => {
    const reached = new Set([...ROWS, ...MADE].map(([c, cond]) => `${c}#${cond}`));
    const all = STATIC_CHECKS.flatMap((c) => Object.keys(c.conditions).map((cond) => `${c.id}#${cond}`));
    expect(all.filter((k) => !reached.has(k))).toEqual([]);
  });

  for (const [check, condition, dir] of ROWS) {
    it(`${check} reports ${condition} on ${dir}`, () => {
      const findings = checkFindings(check, fixture(...dir.split('/')));
      const hit = findings.find((f) => f.condition === condition);
      expect(hit, JSON.stringify(findings.map((f) => [f.condition ?? f.outcome, f.message]))).toBeDefined();
      expect(hit!.outcome).toBe(outcomeOf(CATALOGUE.find((c) => c.id === check)!, condition));
      if (hit!.outcome === 'pass' || hit!.outcome === 'warn' || hit!.outcome === 'fail') expect(hit!.evidence.length).toBeGreaterThan(0);
    });
  }
  for (const [check, condition, make] of MADE) {
    it(`${check} reports ${condition} on a throwaway repository`, () => {
      const findings = checkFindings(check, make());
      expect(findings.map((f) => f.condition)).toContain(condition);
    });
  }

  it('never leaks a secret value into a finding', () => {
    const text = JSON.stringify(staticFindings(fixture('repos', 'python-flask-bad')));
    expect(text).not.toContain('AKIAZ7XK2LMQ4RTPVW3D');
    expect(text).not.toContain('Zq8vN2pLw4Rt');
    expect(text).not.toContain('hunter2hunter2');
    expect(JSON.stringify(staticFindings(fixture('repos', 'cases', 'dockerfile-no-cmd')))).not.toContain('Sup3rS3cretPassw0rd');
    expect(JSON.stringify(staticFindings(fixture('rubric-cases', 'r_cred')))).not.toMatch(/mybillingpass2024|9vLm2#pw/);
  });

  it('a worker configured with run.web false serves no port', () => {
    const f = checkFindings('port-binding/port-source', fixture('repos', 'python-flask-bad'), { run: { web: false } });
    expect(f.map((x) => x.outcome)).toEqual(['n/a']);
  });
});
