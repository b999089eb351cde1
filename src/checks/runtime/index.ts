import type { RuntimeCheck } from '../types';
import { PROBE_CHECKS } from './probes';

/** Every runtime check (judged from runtime.json facts), in catalogue order. */
export const RUNTIME_CHECKS: RuntimeCheck[] = [...PROBE_CHECKS];
