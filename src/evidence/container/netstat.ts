/**
 * Reads `/proc/net/tcp` and `tcp6` text (from the container's network
 * namespace) into sockets. Works the same for images without a shell because
 * the text is read from the host or by the engine, never by the app image.
 */
export interface Socket {
  localIp: string;
  localPort: number;
  remoteIp: string;
  remotePort: number;
  state: 'listen' | 'established' | 'other';
}

/** Docker's embedded DNS resolver listens inside every user-network container; it is not the app. */
const DOCKER_DNS = '127.0.0.11';

function ipv4(hex: string): string {
  // /proc prints the address as a little-endian 32-bit word.
  const n = Number.parseInt(hex, 16);
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff].join('.');
}

function ipv6(hex: string): string {
  const words: string[] = [];
  for (let i = 0; i < 32; i += 8) {
    const w = hex.slice(i, i + 8);
    // Each 32-bit word is little-endian too.
    const be = w.slice(6, 8) + w.slice(4, 6) + w.slice(2, 4) + w.slice(0, 2);
    words.push(be.slice(0, 4), be.slice(4, 8));
  }
  const s = words.map((w) => w.replace(/^0+(?=.)/, '').toLowerCase()).join(':');
  // IPv4-mapped: ::ffff:a.b.c.d, so it compares equal to the v4 form.
  const mapped = /^0:0:0:0:0:ffff:([0-9a-f]+):([0-9a-f]+)$/.exec(s);
  if (mapped) {
    const hi = Number.parseInt(mapped[1]!, 16);
    const lo = Number.parseInt(mapped[2]!, 16);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  if (s === '0:0:0:0:0:0:0:0') return '::';
  if (s === '0:0:0:0:0:0:0:1') return '::1';
  return s;
}

function addr(text: string): { ip: string; port: number } | undefined {
  const [ipHex, portHex] = text.split(':');
  if (!ipHex || !portHex) return undefined;
  const ip = ipHex.length === 8 ? ipv4(ipHex) : ipHex.length === 32 ? ipv6(ipHex) : undefined;
  if (!ip) return undefined;
  return { ip, port: Number.parseInt(portHex, 16) };
}

export function parseProcNetTcp(text: string): Socket[] {
  const out: Socket[] = [];
  for (const line of text.split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 4) continue;
    const local = addr(cols[1]!);
    const remote = addr(cols[2]!);
    if (!local || !remote) continue;
    const st = cols[3]!.toUpperCase();
    out.push({
      localIp: local.ip,
      localPort: local.port,
      remoteIp: remote.ip,
      remotePort: remote.port,
      state: st === '0A' ? 'listen' : st === '01' ? 'established' : 'other',
    });
  }
  return out;
}

export interface Listener {
  ip: string;
  port: number;
  /** Bound to 127.0.0.1 or ::1: reachable from inside the container only. */
  loopbackOnly: boolean;
}

export function listeners(sockets: Socket[]): Listener[] {
  const seen = new Map<number, Listener>();
  for (const s of sockets) {
    if (s.state !== 'listen' || s.localIp === DOCKER_DNS) continue;
    const loop = s.localIp.startsWith('127.') || s.localIp === '::1';
    const prev = seen.get(s.localPort);
    if (!prev || (prev.loopbackOnly && !loop)) seen.set(s.localPort, { ip: s.localIp, port: s.localPort, loopbackOnly: loop });
  }
  return [...seen.values()].sort((a, b) => a.port - b.port);
}

export function connectionsTo(sockets: Socket[], ip: string, port: number): number {
  return sockets.filter((s) => s.state === 'established' && s.remoteIp === ip && s.remotePort === port).length;
}

export function connectionsFrom(sockets: Socket[], ip: string, localPort: number): number {
  return sockets.filter((s) => s.state === 'established' && s.remoteIp === ip && s.localPort === localPort).length;
}
