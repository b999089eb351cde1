import { execFileSync } from 'node:child_process';

/**
 * Docker-backed tests must fail, never skip, when no engine answers. This
 * runs once before every suite; `npm test`'s pretest starts the engine and
 * builds the base images, so reaching here without one is a real failure.
 */
export default function setup(): void {
  if (process.env.TFA_SKIP_DOCKER_CHECK === '1') return;
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 20_000 });
  } catch (e) {
    throw new Error(`No Docker engine answers (${(e as Error).message.split('\n')[0]}). Run \`bash scripts/ensure-docker.sh\` or \`npm test\`, which starts one.`);
  }
}
