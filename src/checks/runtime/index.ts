import type { RuntimeCheck } from '../types';
import { PROBE_CHECKS } from './probes';
import { stagesCompleted } from './stages';

/** Every runtime check (judged from runtime.json facts), in catalogue order. */
export const RUNTIME_CHECKS: RuntimeCheck[] = [stagesCompleted, ...PROBE_CHECKS];
