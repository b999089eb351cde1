import { imageRepo, STOCK_SERVER } from '../../evidence/repo/app/compose-stacks';
import { serviceKindOfImage } from '../../evidence/repo/parsers/compose';
import { baseName, joinPath } from '../../evidence/repo/snapshot';
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
    const types = app.composeProcessTypes;
    if (types.length > 1) {
      what.push(`compose runs ${types.map((s) => s.name).join(', ')} from the app's build`);
      ev.push(...types.slice(0, 5).map((s) => fileEv(s.at.file, s.at.line)));
    }
    const scaled = types.filter((s) => s.replicas);
    for (const s of scaled.slice(0, 2)) {
      what.push(`compose service ${s.name} sets ${s.replicas!.value} replicas`);
      ev.push(fileEv(s.replicas!.at.file, s.replicas!.at.line));
    }
    for (const r of workloadReplicas(app)) {
      what.push(`${r.file} sets ${r.text}${r.workload ? ` for ${r.workload}` : ''}`);
      ev.push(fileEv(r.file, r.line, r.text));
    }
    if (what.length > 0) return [found('declared', what.slice(0, 3).join('; '), ev.slice(0, MAX_EVIDENCE))];
    return [{ condition: 'none', message: 'no formation is declared: no Procfile, no replicas on the app\'s own workloads, no compose scale, one process type' }];
  },
};

const SCALED_KIND = /^kind:\s*(?:Deployment|StatefulSet|ReplicaSet|Rollout|HorizontalPodAutoscaler|ScaledObject)\b/m;
const PLATFORM_SCALE = /^\s*(?:instance_count|numInstances|min_machines_running|"?quantity"?)\s*[:=]\s*\d|^\s*\[processes\]\s*$/;
const REPLICAS = /^\s*(?:replicas|replicaCount|minReplicas|minReplicaCount):\s*\S/;

/**
 * Replica counts that scale the app itself: a manifest document or chart
 * whose workload runs the app, not a database or a stock proxy beside it
 * (RUBRIC.md rule 6: another workload's replicas are not this app's formation).
 */
function workloadReplicas(app: Parameters<StaticCheck['run']>[0]['app']): Array<{ file: string; line: number; text: string; workload?: string }> {
  const repo = app.snapshot.at('.');
  const out: Array<{ file: string; line: number; text: string; workload?: string; named: boolean }> = [];
  const appName = app.root === '.' ? undefined : baseName(app.root).toLowerCase();
  for (const d of app.deploy.descriptors) {
    if (d.kind !== 'kubernetes' && d.kind !== 'helm') continue;
    const text = repo.read(d.file) ?? '';
    let offset = 0;
    for (const doc of text.split(/^---\s*$/m)) {
      const lines = doc.split('\n');
      const base = offset;
      offset += lines.length;
      if (d.kind === 'kubernetes' && !SCALED_KIND.test(doc)) continue;
      const i = lines.findIndex((l) => REPLICAS.test(l));
      if (i < 0) continue;
      const images = [...doc.matchAll(/^\s*-?\s*image:\s*["']?([^\s"'{}]+)/gm)].map((m) => m[1]!);
      const name = /^metadata:\s*\n\s+name:\s*["']?([\w.-]+)/m.exec(doc)?.[1];
      if (images.length > 0 && images.every((img) => serviceKindOfImage(img) || STOCK_SERVER.test(img))) continue;
      if (images.length === 0 && name && serviceKindOfImage(name)) continue;
      const named = appName !== undefined && [name, ...images.map(imageRepo)].some((n) => n?.toLowerCase().includes(appName));
      out.push({ file: d.file, line: base + i + 1, text: lines[i]!.trim(), named, ...(name && !name.includes('{') ? { workload: name } : {}) });
    }
  }
  for (const d of app.deploy.descriptors) {
    if (d.kind !== 'platform') continue;
    const lines = (repo.read(d.file) ?? '').split('\n');
    // DigitalOcean instance_count, Render numInstances, Fly min_machines_running or [processes], app.json formation quantity.
    const i = lines.findIndex((l) => PLATFORM_SCALE.test(l));
    if (i >= 0) out.push({ file: d.file, line: i + 1, text: lines[i]!.trim(), named: false });
  }
  for (const chart of app.deploy.charts) {
    const file = joinPath(chart, 'values.yaml');
    const lines = (repo.read(file) ?? '').split('\n');
    const i = lines.findIndex((l) => /^(?:replicaCount|replicas):\s*\S/.test(l));
    if (i < 0 || serviceKindOfImage(baseName(chart))) continue;
    out.push({ file, line: i + 1, text: lines[i]!.trim(), named: appName !== undefined && baseName(chart).toLowerCase().includes(appName), workload: `chart ${baseName(chart)}` });
  }
  // Where some workloads name the app (a repository of several apps), only those are its formation.
  const named = out.filter((r) => r.named);
  return (named.length > 0 ? named : out).slice(0, 3);
}
