import { mainDockerfile, signals } from '../../evidence/repo/artifacts';
import type { Signal, SignalIndex } from '../../evidence/repo/source-signals';
import type { FindingDraft, StaticCheck } from '../types';
import { countEv, envOverlay, fileEv, placesOf, skip } from './util';

const HARDCODED_ENV_HOST = /(?:localhost|127\.0\.0\.1)(?::\d{2,5})?|[a-z]+(?:ql)?:\/\/[^\s$]{1,200}/;
const ANNOTATED_FIELD = /^\w+\s*:\s*[\w.[\]| ]{1,80}=/;

/**
 * Hardcoded hosts that are the default of a pydantic BaseSettings field
 * (`DATABASE_URL: str = "postgres://localhost/…"`): the field is read from the
 * variable of the same name, so the literal is a fallback, not the only source.
 */
function settingsDefaults(idx: SignalIndex, hard: Signal[]): Set<Signal> {
  const settingsFiles = new Set(idx.of('env-read').filter((s) => s.lang === 'py' && /\bBaseSettings\b/.test(s.snippet)).map((s) => s.file));
  return new Set(hard.filter((s) => settingsFiles.has(s.file) && ANNOTATED_FIELD.test(s.snippet)));
}

export const backingServicesChecks: StaticCheck[] = [
  {
    id: 'backing-services/urls-from-env',
    factor: 'backing-services',
    kind: 'static',
    title: 'Backing-service locations come from the environment',
    rationale:
      'Factor IV treats databases, caches and queues as attached resources: a deploy swaps a local Postgres for a managed one by changing a URL in the environment, with no code change.',
    remediation: 'Read each service location from one variable (DATABASE_URL, REDIS_URL, AMQP_URL …) and pass the value from the platform.',
    run({ snapshot }) {
      const idx = signals(snapshot);
      const settings = settingsDefaults(idx, idx.of('hardcoded-service-host'));
      const fromEnv = [...idx.of('service-url-from-env'), ...settings];
      const hard = idx.of('hardcoded-service-host').filter((s) => !settings.has(s));
      if (fromEnv.length > 0) {
        return [{ outcome: 'pass', message: `service locations read from the environment (${fromEnv.length} place(s))`, evidence: placesOf(fromEnv).evidence }];
      }
      const overlay = hard.length > 0 && hard.every((s) => s.lang === 'config') ? envOverlay(idx, snapshot) : undefined;
      if (overlay) return [{ outcome: 'warn', message: `service locations are set in config files, which ${overlay} lets the environment override; none is read from a variable by name`, evidence: placesOf(hard).evidence }];
      if (hard.length > 0) return [{ outcome: 'fail', message: 'backing services are addressed in code, none from the environment', evidence: placesOf(hard).evidence }];
      return skip('no backing-service connection found in the source');
    },
  },
  {
    id: 'backing-services/hardcoded-hosts',
    factor: 'backing-services',
    kind: 'static',
    title: 'No hardcoded backing-service hosts',
    rationale:
      'A `localhost:5432` or `redis://cache:6379` written in code or baked into the image ties the app to one deploy. Even as a fallback default, an unset variable silently connects to the wrong place instead of failing.',
    remediation: 'Remove the literal host; read the URL from the environment and fail at boot when it is missing. Keep local defaults in .env.example or compose, not in code.',
    run({ snapshot, config }) {
      const idx = signals(snapshot);
      const settings = settingsDefaults(idx, idx.of('hardcoded-service-host'));
      const hard = idx.of('hardcoded-service-host').filter((s) => !settings.has(s));
      const fallback = [...idx.of('service-host-fallback'), ...settings];
      const df = mainDockerfile(snapshot, config);
      const baked = (df?.envs ?? []).filter((e) => e.keyword === 'ENV' && e.value !== undefined && HARDCODED_ENV_HOST.test(e.value) && /(?:URL|URI|HOST|DSN|ADDR)/i.test(e.name));
      const out: FindingDraft[] = [];
      if (hard.length > 0) {
        const { evidence, more } = placesOf(hard);
        out.push({ outcome: 'fail', message: `backing-service hosts hardcoded in ${hard.length} place(s)${more}`, evidence });
      }
      for (const e of baked) out.push({ outcome: 'fail', message: `ENV ${e.name} bakes a service location into the image`, evidence: [fileEv(df!.file, e.line, `ENV ${e.name}=[…]`)] });
      if (fallback.length > 0) {
        const { evidence, more } = placesOf(fallback);
        out.push({ outcome: 'warn', message: `the environment is read but falls back to a local service in ${fallback.length} place(s)${more}`, evidence });
      }
      if (out.length > 0) return out;
      if (idx.scannedFiles === 0) return skip('no runtime source or config files in the audited path');
      return [{ outcome: 'pass', message: `no hardcoded service hosts in ${idx.scannedFiles} scanned files`, evidence: [countEv('hardcoded service hosts', 0, 'places', 0)] }];
    },
  },
];
