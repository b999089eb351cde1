import type { RuntimeCheck } from '../types';

/** Every runtime check (judged from runtime.json facts), in catalogue order. */
export const RUNTIME_CHECKS: RuntimeCheck[] = [];
