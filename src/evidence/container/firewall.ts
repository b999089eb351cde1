import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { dockerSocket } from './docker';

/**
 * The host's firewall, the one place that calls iptables. A container on a
 * Docker network, even an `internal` one, reaches the host itself: the
 * bridge's gateway address and every address the host listens on (a
 * database, a metadata service, a Docker API on a self-hosted runner). One
 * INPUT rule per run network drops what the container starts towards the
 * host, and keeps the replies to the auditor's own probes (connections the
 * host opened). It needs root on the engine's host; where that is not given
 * (GitHub-hosted runners run the action as an unprivileged user, and the VM
 * is the boundary there) the facts say the rule was not applied and why.
 */

const run = promisify(execFile);
const COMMENT_PREFIX = 'twelve-factor-audit:';

export type FirewallStatus = { applied: true; rule: string } | { applied: false; why: string };

/** Docker names a user network's bridge `br-` and the first 12 characters of its id. */
export function bridgeOf(networkId: string): string {
  return `br-${networkId.slice(0, 12)}`;
}

function ruleArgs(bridge: string, runId: string): string[] {
  return ['INPUT', '-i', bridge, '-m', 'conntrack', '!', '--ctstate', 'ESTABLISHED,RELATED', '-m', 'comment', '--comment', `${COMMENT_PREFIX}${runId}`, '-j', 'DROP'];
}

/** Why the rule cannot be applied here, or undefined when it can be tried. */
function unavailable(): string | undefined {
  if (process.platform !== 'linux') return `the host is ${process.platform}, not Linux`;
  if (process.getuid?.() !== 0) return 'the auditor does not run as root (on GitHub-hosted runners the VM is the boundary)';
  if (process.env.DOCKER_HOST && !process.env.DOCKER_HOST.startsWith('unix://')) return `the engine is remote (${dockerSocket()})`;
  return undefined;
}

/** Drops new connections from the run network's bridge to the host, for IPv4 and (when present) IPv6. */
export async function blockHostFrom(networkId: string, runId: string): Promise<FirewallStatus> {
  const why = unavailable();
  if (why) return { applied: false, why };
  const bridge = bridgeOf(networkId);
  // The engine's bridge must be an interface of this host: with the engine elsewhere the rule would guard nothing.
  if (!existsSync(`/sys/class/net/${bridge}`)) return { applied: false, why: `no interface ${bridge} on this host (the engine runs elsewhere)` };
  try {
    await run('iptables', ['-w', '5', '-I', ...ruleArgs(bridge, runId)], { timeout: 10_000 });
  } catch (e) {
    return { applied: false, why: `iptables refused the rule (${firstLine(e)})` };
  }
  // IPv6 is best effort: a host without ip6tables has no IPv6 path to guard on this bridge.
  await run('ip6tables', ['-w', '5', '-I', ...ruleArgs(bridge, runId)], { timeout: 10_000 }).catch(() => undefined);
  return { applied: true, rule: `INPUT -i ${bridge} (new connections dropped)` };
}

/** Removes every rule a run added; also how a sweep clears the rules of a crashed run. */
export async function unblockHost(runId: string): Promise<void> {
  await removeRules((line) => line.includes(`"${COMMENT_PREFIX}${runId}"`) || line.includes(` ${COMMENT_PREFIX}${runId} `));
}

/**
 * Removes the rules of any run whose bridge is gone: a run killed before it
 * could remove its rule (SIGKILL, a lost host) leaves one behind, and its
 * network may already have been swept.
 */
export async function removeOrphanRules(): Promise<void> {
  await removeRules((line) => {
    const bridge = /-i (br-[0-9a-f]{12})\b/.exec(line)?.[1];
    return line.includes(COMMENT_PREFIX) && bridge !== undefined && !existsSync(`/sys/class/net/${bridge}`);
  });
}

async function removeRules(matches: (rule: string) => boolean): Promise<void> {
  if (unavailable()) return;
  for (const tool of ['iptables', 'ip6tables']) {
    let listing: string;
    try {
      listing = (await run(tool, ['-w', '5', '-S', 'INPUT'], { timeout: 10_000 })).stdout;
    } catch {
      continue;
    }
    for (const line of listing.split('\n')) {
      if (!line.startsWith('-A INPUT') || !line.includes(COMMENT_PREFIX) || !matches(line)) continue;
      // `-S` prints the rule as it was added; `-D` with the same words deletes it.
      const words = line.slice(3).match(/"[^"]*"|\S+/g)?.map((w) => w.replace(/^"|"$/g, '')) ?? [];
      await run(tool, ['-w', '5', '-D', ...words], { timeout: 10_000 }).catch(() => undefined);
    }
  }
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string; message?: string };
  return (err.stderr || err.message || String(e)).trim().split('\n')[0] ?? '';
}
