import type { LogCapture } from '../../../model/runtime';
import type { LogCollector } from '../log-capture';

/**
 * Logs probe (factor XI): what the app wrote to stdout and stderr from its
 * first byte to its exit, counted, with bounded first and last lines.
 */
export function capturedLogs(logs: LogCollector): LogCapture {
  return logs.snapshot();
}
