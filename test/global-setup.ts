import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Docker-backed tests must fail, never skip, when no engine answers. This
 * runs once before every suite; `npm test`'s pretest starts the engine and
 * builds the base images, so reaching here without one is a real failure.
 */
export default function setup(): () => void {
  const removeTemp = scopeTempDir();
  if (process.env.TFA_SKIP_DOCKER_CHECK === '1') return removeTemp;
  try {
    execFileSync('docker', ['info', '--format', '{{.ServerVersion}}'], { stdio: 'pipe', timeout: 20_000 });
  } catch (e) {
    throw new Error(`No Docker engine answers (${(e as Error).message.split('\n')[0]}). Run \`bash scripts/ensure-docker.sh\` or \`npm test\`, which starts one.`);
  }
  const since = Date.now();
  return () => {
    removeTemp();
    leakCheck(since);
  };
}

/**
 * Every temp dir a test, the CLI or the action under test makes goes into one
 * folder for this run (workers inherit TMPDIR, and os.tmpdir() reads it), so
 * a run leaves nothing in the machine's /tmp however a test ends: a suite run
 * used to leave thousands of tfa-* folders behind.
 */
function scopeTempDir(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tfa-test-run-'));
  // Like /tmp itself: some tests run the auditor as an unprivileged user, who must make its own dirs here.
  chmodSync(dir, 0o1777);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}

/**
 * The whole run must leave no container, network or volume with the
 * auditor's run label (images are kept on purpose: fixture images are the
 * build cache of the next run). Objects created before this run started are
 * not ours. Enforced on CI; locally several engineers share one engine, so a
 * neighbour's run in progress is reported, not failed.
 */
function leakCheck(since: number): void {
  const label = 'io.twelve-factor.run';
  const left: string[] = [];
  const list = (args: string[]) =>
    execFileSync('docker', args, { encoding: 'utf8', timeout: 20_000 })
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(' '));
  try {
    for (const [kind, args] of [
      ['container', ['ps', '-a', '--filter', `label=${label}`, '--format', `{{.ID}} {{.Label "${label}"}} {{.Label "io.twelve-factor.created"}}`]],
      ['network', ['network', 'ls', '--filter', `label=${label}`, '--format', `{{.ID}} {{.Label "${label}"}} {{.Label "io.twelve-factor.created"}}`]],
      ['volume', ['volume', 'ls', '--filter', `label=${label}`, '--format', `{{.Name}} {{.Label "${label}"}} {{.Label "io.twelve-factor.created"}}`]],
    ] as const) {
      for (const [id, run, created] of list([...args])) if (Number(created) >= since) left.push(`${kind} ${id} (run ${run})`);
    }
  } catch (e) {
    left.push(`could not list Docker objects: ${(e as Error).message.split('\n')[0]}`);
  }
  if (left.length === 0) return;
  const msg = `Docker objects with the auditor's labels left behind by this test run:\n  ${left.join('\n  ')}`;
  if (process.env.CI) throw new Error(msg);
  console.warn(msg);
}
