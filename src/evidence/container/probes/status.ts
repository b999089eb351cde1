import { PROBE_NAMES, type ProbeName, type RuntimeFacts } from '../../../model/runtime';
import { Cancelled } from './session';

/**
 * Each probe's status in the facts, so a partial run reads as partial: a
 * probe that ran is `done`, one the run skipped says `not-tried` and why, and
 * when the run is cancelled every probe that had not finished says
 * `cancelled`. Checks never judge a probe that is not `done` as if it ran.
 */
export class ProbeRecord {
  constructor(private readonly facts: RuntimeFacts) {
    facts.probes = {};
  }

  /** Runs one probe; Cancelled marks it cancelled and goes on up, any other error marks it `error`. */
  async run<T>(probe: ProbeName, work: () => Promise<T>): Promise<T> {
    try {
      const result = await work();
      this.set(probe, { status: 'done' });
      return result;
    } catch (e) {
      this.set(probe, e instanceof Cancelled ? { status: 'cancelled' } : { status: 'error', why: (e as Error).message });
      throw e;
    }
  }

  notTried(probe: ProbeName, why: string): void {
    this.set(probe, { status: 'not-tried', why });
  }

  /** Every probe without a status: `cancelled` when the run was, else not tried because the run stopped early. */
  finish(cancelled: boolean, stoppedBy?: string): void {
    for (const probe of PROBE_NAMES) {
      if (this.facts.probes?.[probe]) continue;
      this.set(probe, cancelled ? { status: 'cancelled' } : { status: 'not-tried', why: `the run stopped before it${stoppedBy ? `: ${stoppedBy}` : ''}` });
    }
  }

  /** Sets a status directly, for a probe whose work happened elsewhere (the logs are collected all along). */
  set(probe: ProbeName, status: NonNullable<RuntimeFacts['probes']>[ProbeName]): void {
    this.facts.probes = { ...this.facts.probes, [probe]: status };
  }
}
