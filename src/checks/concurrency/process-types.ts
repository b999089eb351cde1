import { composeBuild } from '../../evidence/repo/app/discover';
import type { Evidence } from '../../model/report';
import { fileEv, found, MAX_EVIDENCE } from '../support';
import type { StaticCheck } from '../types';

export const processTypes: StaticCheck = {
  id: 'concurrency/process-types',
  factor: 'concurrency',
  kind: 'static',
  role: 'core',
  subject: true,
  title: 'A process formation is declared',
  rationale:
    'Factor VIII scales out through the process model: each kind of work (web, worker, clock) is a process type the platform runs and scales on its own. A formation is declared by a Procfile, a Deployment with replicas, compose scale, or several process types of one build.',
  remediation: 'Declare process types in a Procfile (`web: …`, `worker: …`), as compose services built from the app, or as Deployments with replicas; let the platform run and scale them.',
  conditions: {
    declared: { rubric: 'formation', when: 'a Procfile, a manifest or chart with replicas, compose scale, or several process types of one image' },
    none: { rubric: 'no-formation', when: 'nothing declares a formation: the image has one command and no descriptor scales it' },
  },
  run({ app }) {
    const ev: Evidence[] = [];
    const what: string[] = [];
    if (app.procfile && app.procfile.processes.length > 0) {
      what.push(`Procfile declares ${app.procfile.processes.map((p) => p.name).join(', ')}`);
      ev.push(...app.procfile.processes.slice(0, 5).map((p) => fileEv(app.procfile!.file, p.line, `${p.name}: ${p.command}`.slice(0, 200))));
    }
    const built = app.compose.flatMap((c) => c.services.filter((s) => composeBuild(c, s)).map((s) => ({ c, s })));
    if (built.length > 1) {
      what.push(`compose runs ${built.map(({ s }) => s.name).join(', ')} from the app's build`);
      ev.push(...built.slice(0, 5).map(({ c, s }) => fileEv(c.file, s.line)));
    }
    const repo = app.snapshot.at('.');
    for (const d of [...app.deploy.descriptors, ...app.deploy.dev.filter((x) => x.kind === 'compose')]) {
      if (d.kind !== 'kubernetes' && d.kind !== 'helm' && d.kind !== 'compose' && d.kind !== 'compose-prod') continue;
      const lines = (repo.read(d.file) ?? '').split('\n');
      const i = lines.findIndex((l) => /^\s*(?:replicas|scale|replicaCount|minReplicas):\s*\S/.test(l));
      if (i < 0) continue;
      what.push(`${d.file} sets ${lines[i]!.trim()}`);
      ev.push(fileEv(d.file, i + 1, lines[i]!.trim()));
    }
    if (what.length > 0) return [found('declared', what.slice(0, 3).join('; '), ev.slice(0, MAX_EVIDENCE))];
    return [{ condition: 'none', message: 'no formation is declared: no Procfile, no replicas in a manifest or chart, no compose scale, one process type' }];
  },
};
