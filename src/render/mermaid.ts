import type { RuntimeFacts } from '../model/runtime';
import type { Outcome } from '../model/verdict';

/**
 * The container's life as a Mermaid flowchart GitHub renders in comments:
 * build → boot → ready → stop signal → exit, with the measured milliseconds
 * on the edges. Labels hold only our own words and numbers: anything the
 * container reported is reduced to a safe alphabet first, because Mermaid
 * labels are their own little markup language.
 */
export function renderLifecycle(runtime: RuntimeFacts, outcomes: { boot?: Outcome; shutdown?: Outcome } = {}): string {
  const lines: string[] = ['flowchart LR'];
  const node = (id: string, label: string, cls: Cls) => `  ${id}["${label}"]:::${cls}`;
  const { boot, shutdown } = runtime;

  lines.push(node('build', `build<br/>image ${safe(shortId(runtime.imageId))}`, 'ok'));
  lines.push(node('boot', `boot<br/>PORT=${boot.port ?? 'none'}`, 'ok'));
  lines.push('  build --> boot');

  let last = 'boot';
  switch (boot.outcome) {
    case 'ready':
      lines.push(node('ready', `ready<br/>${boot.httpStatus ? `HTTP ${boot.httpStatus}` : 'TCP accept'}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.readyMs)}| ready`);
      last = 'ready';
      break;
    case 'timeout':
      lines.push(node('ready', `not ready<br/>timeout ${ms(boot.timeoutMs)}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.timeoutMs)}| ready`);
      last = 'ready';
      break;
    case 'other-port':
      lines.push(node('ready', `listening on another port<br/>${safe((boot.listeningPorts ?? []).join(' '))}`, 'bad'));
      lines.push(`  boot -->|${ms(boot.listenerSeenMs)}| ready`);
      last = 'ready';
      break;
    case 'unhealthy':
      lines.push(node('ready', `not ready<br/>HTTP ${boot.httpStatus ?? 'no answer'}`, 'bad'));
      lines.push(`  boot -->|${ms(boot.acceptedMs)}| ready`);
      last = 'ready';
      break;
    case 'exited':
      lines.push(node('ready', `exited before ready<br/>code ${boot.exitCode ?? '?'}`, clsOf(outcomes.boot)));
      lines.push(`  boot -->|${ms(boot.readyMs)}| ready`);
      return finish(lines);
    case 'error':
      lines.push(node('ready', 'boot error', 'bad'));
      lines.push('  boot --> ready');
      return finish(lines);
    case 'not-applicable':
      lines.push(node('ready', 'no web process<br/>(worker)', 'neutral'));
      lines.push('  boot --> ready');
      last = 'ready';
      break;
  }

  if (!shutdown) return finish(lines);
  const signal = safe(shutdown.signal) || 'SIGTERM';
  lines.push(node('stop', signal, 'neutral'));
  lines.push(`  ${last} --> stop`);
  // The colour is the judge's outcome for the shutdown check, never a second opinion.
  const exitCls: Cls = clsOf(outcomes.shutdown);
  const exitLabel = shutdown.killed
    ? `SIGKILL<br/>after grace ${ms(shutdown.graceMs)}`
    : shutdown.classification === 'not-running'
      ? 'already exited'
      : `exit ${shutdown.exitCode ?? '?'}<br/>${safe(shutdown.classification)}`;
  lines.push(node('exit', exitLabel, exitCls));
  lines.push(`  stop -->|${ms(shutdown.elapsedMs)}| exit`);
  return finish(lines);
}

type Cls = 'ok' | 'warn' | 'bad' | 'neutral';

function clsOf(outcome: Outcome | undefined): Cls {
  return outcome === 'pass' ? 'ok' : outcome === 'warn' ? 'warn' : outcome === 'fail' || outcome === 'error' ? 'bad' : 'neutral';
}

function finish(lines: string[]): string {
  lines.push(
    '  classDef ok fill:#dafbe1,stroke:#1a7f37,color:#1f2328',
    '  classDef warn fill:#fff8c5,stroke:#9a6700,color:#1f2328',
    '  classDef bad fill:#ffebe9,stroke:#cf222e,color:#1f2328',
    '  classDef neutral fill:#f6f8fa,stroke:#59636e,color:#1f2328',
  );
  return lines.join('\n');
}

function ms(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '? ms' : `${Math.round(value)} ms`;
}

function shortId(id: string): string {
  const hex = id.replace(/^sha256:/, '');
  return hex.slice(0, 12);
}

/** Only letters, digits and a few separators survive into a Mermaid label. */
function safe(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._:+-]/g, '').slice(0, 40);
}
