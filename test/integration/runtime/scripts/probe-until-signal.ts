// Child process for the SIGINT test: boots a slow app with the auditor's
// cleanup handlers installed, prints BOOTING once the boot wait is under way
// (its first "still waiting" line comes after the container started), then
// waits to be interrupted mid-boot. Should the probe run return before the
// handlers end the process, it must say it was cancelled.
import { installCleanupHandlers, runProbes } from '../../../../src/evidence/container/index';
import { fixtureImage, testConfig } from '../../../support/docker';

const runId = process.argv[2]!;
installCleanupHandlers();
const imageId = await fixtureImage('slow-boot');
const facts = await runProbes({
  imageId,
  runId,
  config: testConfig({ run: { env: { BOOT_DELAY_MS: '60000' }, 'boot-timeout': 120 } }),
  onProgress: (line) => {
    if (line.startsWith('still waiting for the app')) process.stdout.write('BOOTING\n');
  },
});
// A run the signal cut short records the cancellation (and the boot probe says so); only one that ignored the signal reaches its end.
if (facts.cancelled) process.stdout.write(`CANCELLED boot=${facts.probes?.boot?.status}\n`);
else process.stdout.write('FINISHED\n');
