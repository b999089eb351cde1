// Runs the runtime probes in a child process, so a test can point it at
// another DOCKER_HOST (a dead socket, a proxy it kills) or signal it.
// Prints PROGRESS lines, then FACTS <json> or ERROR <name>: <message>.
import { ConfigSchema } from '../../../src/config/schema';
import { installCleanupHandlers, runProbes } from '../../../src/evidence/container/index';

const [imageId, runId, configJson] = process.argv.slice(2);
installCleanupHandlers();
runProbes({ imageId: imageId!, runId: runId!, config: ConfigSchema.parse(JSON.parse(configJson ?? '{}')), onProgress: (l) => console.log(`PROGRESS ${l}`) }).then(
  (facts) => console.log(`FACTS ${JSON.stringify(facts)}`),
  (e: Error) => {
    console.log(`ERROR ${e.name}: ${e.message}`);
    process.exitCode = 1;
  },
);
