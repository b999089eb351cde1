import { adminCommands } from '../admin-processes/admin-commands';
import { servicesReachable } from '../backing-services/services-reachable';
import { releasedImage } from '../build-release-run/released-image';
import { stagesCompleted } from '../build-release-run/stages-completed';
import { imageRevision } from '../codebase/image-revision';
import { replicasCheck } from '../concurrency/replicas';
import { honoursEnv } from '../config/honours-env';
import { sigtermShutdown } from '../disposability/sigterm-shutdown';
import { startupTime } from '../disposability/startup-time';
import { noLogFiles } from '../logs/no-log-files';
import { stdoutOutput } from '../logs/stdout-output';
import { bindsPort } from '../port-binding/binds-port';
import { noLocalWrites } from '../processes/no-local-writes';
import type { RuntimeCheck } from '../types';

/** Every runtime check (judged from runtime.json facts), in catalogue order. */
export const RUNTIME_CHECKS: RuntimeCheck[] = [
  stagesCompleted,
  imageRevision,
  honoursEnv,
  servicesReachable,
  releasedImage,
  noLocalWrites,
  bindsPort,
  replicasCheck,
  startupTime,
  sigtermShutdown,
  stdoutOutput,
  noLogFiles,
  adminCommands,
];
