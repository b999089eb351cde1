// Runs the static audit on a directory and prints the report as JSON: the
// reliability suite runs this as an unprivileged user, because root reads
// chmod 000 files anyway and "unreadable" would test nothing.
import { defaultConfig } from '../../../src/config/schema';
import { audit } from '../../../src/pipeline/audit';

const { report } = audit({ repoRoot: process.argv[2] ?? '.', config: defaultConfig() });
process.stdout.write(JSON.stringify(report));
