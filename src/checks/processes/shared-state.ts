import { found, measured, needRuntime, notRun, skip } from '../support';
import type { RuntimeCheck } from '../types';

export const sharedState: RuntimeCheck = {
  id: 'processes/shared-state',
  factor: 'processes',
  kind: 'runtime',
  role: 'core',
  title: 'Replicas share state through backing services',
  rationale:
    'Factor VI: processes are stateless and share nothing; state that must outlive a request lives in a backing service. With two replicas up, a write through one must be visible through the other; an app that keeps sessions, counters or data in process memory answers differently depending on which copy a request reaches.',
  remediation:
    'Keep sessions, counters, caches that must agree and all data in a backing service (database, Redis) instead of process memory or local files. To check it here, set run.replica-check to a write request and a read request that shows its effect (or run.http-path to a path whose GET changes state).',
  conditions: {
    shared: { rubric: 'stateless', when: 'a write through one replica was read back through the other (run.replica-check)' },
    'not-shared': { rubric: 'local-state', when: 'the second replica answered as if the write through the first never happened: the state lives in each process' },
  },
  judge(ctx) {
    const rt = needRuntime(ctx, 'shared state');
    if (Array.isArray(rt)) return rt;
    const notTried = notRun(rt, 'shared-state', 'shared state');
    if (notTried) return notTried;
    const st = rt.sharedState;
    if (!st) return skip('shared state not checked: no replicas were compared');
    const details = st.requests.map(
      (r) => `replica ${r.replica}: ${r.method} ${r.path} → ${r.status ?? 'no answer'}${r.body !== undefined ? ` ${JSON.stringify(r.body)}` : ''}${r.error ? ` (${r.error})` : ''}`,
    );
    const ev = [measured('requests compared', st.requests.length, 'requests')];
    switch (st.status) {
      case 'not-shared':
        return [found('not-shared', `state not shared between replicas: ${st.message}`, ev, details)];
      case 'shared':
        return [found('shared', `state shared between replicas: ${st.message}`, ev, details)];
      case 'inconclusive':
        return [{ outcome: 'skip', message: `shared state not shown either way: ${st.message}`, details }];
      case 'not-checked':
        return skip(`shared state not checked: ${st.message}`);
    }
  },
};
