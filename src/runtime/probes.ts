import { randomBytes } from 'node:crypto';
import type { RuntimeFacts } from '../model/runtime';
import type { ProbeOptions } from './types';

/** `tfa-<time>-<random>`: sortable, unique across concurrent audits on one engine. */
export function newRunId(): string {
  return `tfa-${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export async function runProbes(_opts: ProbeOptions): Promise<RuntimeFacts> {
  throw new Error('runProbes: body landing next');
}
