import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { type AppModel, resolveApp } from '../../../src/evidence/repo/app-model';
import { detectApps } from '../../../src/evidence/repo/apps';
import { scanRepository } from '../../../src/evidence/repo/snapshot';
import { runCommand } from '../../../src/pipeline/commands';
import { checkFindings, fixture } from '../../support/checks';

/** The one app model: the audited app as `docker compose build` or a CI build would resolve it. */
const app = (...dir: string[]): AppModel => resolveApp(scanRepository(fixture(...dir), '.'), defaultConfig());
const cases = (name: string) => ['repos', 'cases', name];
const rubric = (name: string) => ['rubric-cases', name];
const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

describe('finding the app', () => {
  it('a lowercase dockerfile in a service folder that compose builds from the root is the app, audited there', () => {
    const a = app(...rubric('r_discovery'));
    expect(a.root).toBe('services/orders');
    expect(a.dockerfile?.file).toBe('services/orders/dockerfile');
    expect(a.context).toBe('.');
    expect(a.found).toMatch(/compose service orders/);
  });

  it('compose build.context and build.dockerfile name the app and its context', () => {
    const a = app(...cases('compose-lowercase-dockerfile'));
    expect([a.root, a.dockerfile?.file, a.context]).toEqual(['services/billing', 'services/billing/dockerfile', 'services/billing']);
  });

  it('compose file format 1 (no services key) builds the app from its folder; the Procfile in the context is read', () => {
    const a = app(...rubric('r_composev1'));
    expect([a.root, a.dockerfile?.file, a.context]).toEqual(['web', 'web/Dockerfile', 'web']);
    expect(a.procfile?.processes.map((p) => p.name)).toEqual(['web', 'worker']);
  });

  it('a Dockerfile kept in deploy/ builds the app at the root, with the root as context', () => {
    const a = app(...rubric('r_subdir'));
    expect([a.root, a.dockerfile?.file, a.context]).toEqual(['.', 'deploy/Dockerfile.jvm', '.']);
  });

  it('a `docker build` in a script names the context', () => {
    const a = app(...rubric('r_dotnet'));
    expect([a.root, a.dockerfile?.file, a.context]).toEqual(['src/Billing.Api', 'src/Billing.Api/dockerfile', 'src/Billing.Api']);
  });

  it('packaging variants, a devcontainer and a database seed image are one app', () => {
    const dir = fixture(...cases('packaging-variants'));
    const a = app(...cases('packaging-variants'));
    expect(a.root).toBe('.');
    expect(a.dockerfile?.file).toMatch(/^docker\/Dockerfile\.(?:alpine|debian)$/);
    const apps = detectApps(dir, scanRepository(dir, '.'), a).filter((x) => x.kind !== 'unknown');
    expect(apps.map((x) => x.path)).toEqual(['.']);
    expect(checkFindings('codebase/one-app-per-path', dir).map((f) => f.condition)).toEqual(['one-app']);
  });

  it('apps nested in the audited app are theirs: their code is not its evidence', () => {
    const a = app(...cases('monorepo'));
    expect(a.snapshot.appFiles.map((f) => f.path).filter((p) => p.startsWith('services/'))).toEqual([]);
  });

  it('a root that holds no app and several below: `audit` audits each and merges', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'tfa-mono-'));
    made.push(out);
    const { report } = await runCommand({ command: 'audit', repoRoot: fixture(...cases('monorepo-no-root-app')), artifacts: out });
    expect(report!.apps.map((x) => [x.path, x.verdict !== undefined])).toEqual([
      ['services/api', true],
      ['services/worker', true],
    ]);
    expect(readdirSync(out).sort()).toEqual(['report.json', 'report.md', 'report.sarif', 'services-api', 'services-worker']);
    // The worker serves no port: VII is n/a for it and passes for the api, so the merged factor passes.
    expect(report!.apps.find((x) => x.path === 'services/worker')!.factors!.find((f) => f.id === 'VII')!.verdict).toBe('n/a');
    expect(report!.factors.find((f) => f.id === 'VII')!.verdict).toBe('pass');
  });
});

describe('what is not the app', () => {
  it('a Kubernetes Service and a Helm chart outside the usual folders are deploy descriptors, not app config', () => {
    const dir = fixture(...cases('deploy-manifests-not-config'));
    const port = checkFindings('port-binding/port-source', dir);
    expect(port.map((f) => f.condition)).toEqual(['from-env']);
    const all = [...port, ...checkFindings('backing-services/urls-from-env', dir), ...checkFindings('processes/local-state', dir)];
    expect(all.flatMap((f) => f.evidence.flatMap((e) => (e.kind === 'file' ? [e.file] : []))).filter((f) => /service\.yaml|ops-chart/.test(f))).toEqual([]);
    // … but the chart's Deployment declares the formation, and its image tag names each release.
    expect(checkFindings('concurrency/process-types', dir).map((f) => f.condition)).toEqual(['declared']);
    expect(checkFindings('build-release-run/release-tags', dir).map((f) => f.condition)).toEqual(['identified']);
  });
});

describe('the dev stack', () => {
  it('a compose service built from a database Dockerfile is that database, with its base image\'s version', () => {
    const f = checkFindings('dev-prod-parity/same-backing-services', fixture(...cases('compose-built-database')));
    expect(f.map((x) => [x.condition, x.message])).toEqual([['version-drift', 'compose.yaml:6 runs postgres:16, a floating tag']]);
    expect(detectApps(fixture(...cases('compose-built-database'))).map((a) => a.path)).toEqual(['.']);
  });
});

describe('what reaches the image', () => {
  it('config files the final stage copies ship; migrations outside the packaged resources do not', () => {
    const cred = app(...rubric('r_cred'));
    expect(cred.ships('conf/settings.json')).toBe(true);
    expect(cred.ships('requirements.txt')).toBe(true);
    const vol = app(...rubric('r_springvol'));
    expect(vol.ships('db/migration/V1__items.sql')).toBe(false);
    expect(vol.ships('src/main/java/shop/CatalogApp.java')).toBe(true);
  });

  it('a builder stage that copies the context ships only what the final stage copies out of it', () => {
    const viper = app(...rubric('r_viper'));
    expect(viper.ships('settings.yaml')).toBe(true);
    expect(viper.ships('main.go')).toBe(true);
    const msg = app(...rubric('r_msghost'));
    expect(msg.ships('server.js')).toBe(true);
  });
});

describe('what runs at start', () => {
  it('an init forwarding signals, an entrypoint script that migrates, then exec "$@" into the CMD', () => {
    const s = app(...rubric('r_startchain')).start;
    expect(s.signalPath).toBe('init');
    expect(s.steps.map((x) => x.text)).toContain('npx knex migrate:latest');
    expect(s.server?.text).toBe('node server.js');
  });

  it('make as PID 1, a make target that migrates and starts honcho over the Procfile', () => {
    const s = app(...rubric('r_composev1')).start;
    expect(s.signalPath).toBe('wrapper');
    expect(s.steps.map((x) => x.origin)).toContain('make serve');
    expect(s.supervised).toEqual(['web', 'worker']);
  });

  it('sh -c that execs the server hands it SIGTERM', () => {
    const s = app(...rubric('r_memstore')).start;
    expect(s.signalPath).toBe('exec');
    expect(s.server?.text).toMatch(/^uvicorn app\.main:app/);
  });

  it('the kind of process: a web server, a worker, a one-off command', () => {
    expect(app(...rubric('r_minimal')).kind).toBe('web');
    expect(app(...rubric('r_logfile')).kind).toBe('worker');
    expect(app(...rubric('r_cli')).kind).toBe('one-off');
  });

  it('the variables the app reads its port from: its framework\'s too', () => {
    expect(app(...rubric('r_spring')).portVariables).toEqual(['PORT', 'SERVER_PORT']);
    expect(app(...rubric('r_dotnet')).portVariables).toContain('ASPNETCORE_URLS');
  });
});
