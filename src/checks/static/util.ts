import type { Evidence } from '../../model/report';
import { manifests } from '../../evidence/repo/artifacts';
import type { Signal, SignalIndex } from '../../evidence/repo/source-signals';
import type { Snapshot } from '../../evidence/repo/snapshot';
import type { FindingDraft } from '../types';

/** Evidence lists in findings stay short; the rest is counted in the message or details. */
export const MAX_EVIDENCE = 10;

export const fileEv = (file: string, line?: number, snippet?: string): Evidence => ({
  kind: 'file',
  file,
  ...(line !== undefined && line > 0 ? { line } : {}),
  ...(snippet ? { snippet: snippet.slice(0, 400) } : {}),
});

export const countEv = (name: string, value: number, unit = 'files', threshold?: number): Evidence => ({
  kind: 'measurement',
  name,
  value,
  unit,
  ...(threshold !== undefined ? { threshold } : {}),
});

export const signalEv = (s: Signal): Evidence => fileEv(s.file, s.line, s.snippet);

export const skip = (message: string): FindingDraft[] => [{ outcome: 'skip', message }];

/** Evidence for up to MAX_EVIDENCE places, and a note on how many more there are. */
export function placesOf(signals: Signal[]): { evidence: Evidence[]; more: string } {
  const evidence = signals.slice(0, MAX_EVIDENCE).map(signalEv);
  const rest = signals.length - evidence.length;
  return { evidence, more: rest > 0 ? ` (and ${rest} more)` : '' };
}

export const where = (s: { file: string; line?: number }) => (s.line ? `${s.file}:${s.line}` : s.file);

/** A pass that cites the signals found, or the given absence finding. */
export function passIfFound(found: Signal[], passMessage: (first: Signal) => string, absent: () => FindingDraft[]): FindingDraft[] {
  if (found.length === 0) return absent();
  const { evidence } = placesOf(found);
  return [{ outcome: 'pass', message: passMessage(found[0]!), evidence }];
}

/** What lets the environment override any key of the app's config files (viper AutomaticEnv, Spring Boot's relaxed binding), if the app uses one. */
export function envOverlay(idx: SignalIndex, snapshot: Snapshot): string | undefined {
  if (idx.of('env-read').some((s) => s.lang === 'go' && /\.AutomaticEnv\(/.test(s.snippet))) return 'viper AutomaticEnv';
  if (manifests(snapshot).some((m) => m.dependencies.some((d) => !d.dev && /^org\.springframework\.boot:spring-boot-starter/.test(d.name)))) return "Spring Boot's environment binding";
  return undefined;
}
