import type { StaticCheck } from '../types';
import { foundationChecks } from './foundation';

/** Every static check, in catalogue order. */
export const STATIC_CHECKS: StaticCheck[] = [...foundationChecks];
