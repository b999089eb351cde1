// Child process for the SIGINT test: boots a slow app with the auditor's
// cleanup handlers installed, prints READY once containers exist, then waits
// to be interrupted mid-boot.
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
    if (line.startsWith('booting')) setTimeout(() => process.stdout.write('BOOTING\n'), 300);
  },
});
// A run the signal cut short records the cancellation; only one that ignored the signal reaches its end.
if (!facts.cancelled) process.stdout.write('FINISHED\n');
