import { describe, expect, it } from 'vitest';
import { decodeBuildkitStatus } from '../../../src/evidence/container/buildkit-status';
import { demuxer } from '../../../src/evidence/container/docker';
import { appLeavesOf, classifyDiff } from '../../../src/evidence/container/fs-diff';
import { inert, lastMeaningfulLine, LogCollector } from '../../../src/evidence/container/log-capture';
import { MAX_DIFF_ENTRIES } from '../../../src/model/runtime';
import { connectionsTo, listeners, parseProcNetTcp } from '../../../src/evidence/container/netstat';
import { COMMON_DEFAULT_PORTS, parseMemory, planPorts, portEnv, portVariablesOf, randomPort } from '../../../src/evidence/container/ports';
import { statusAcceptor } from '../../../src/evidence/container/readiness';
import { classifyExit, isShellForm, normaliseSignal } from '../../../src/evidence/container/stop-signals';
import { describeSandbox, hardenedSandbox, NON_ROOT_USER, whyItExited } from '../../../src/evidence/container/probes/session';

const TCP = `  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 0B00007F:ABC9 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22341 1 0000000027a80200 100 0 0 10 0
   1: 00000000:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22342 1 0000000027a80200 100 0 0 10 0
   2: 0100007F:5D41 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 22343 1 0000000027a80200 100 0 0 10 0
   3: 020012AC:C350 030012AC:18EB 01 00000000:00000000 00:00000000 00000000     0        0 22344 1 0000000027a80200 100 0 0 10 0
`;
const TCP6 = `  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode
   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 1 1 0 100 0 0 10 0
   1: 0000000000000000FFFF0000020012AC:C351 0000000000000000FFFF0000030012AC:18EB 01 00000000:00000000 00:00000000 00000000     0        0 2 1 0 100 0 0 10 0
`;

describe('/proc/net/tcp parsing', () => {
  it('finds listeners, skipping Docker DNS, marking loopback-only sockets', () => {
    const socks = [...parseProcNetTcp(TCP), ...parseProcNetTcp(TCP6)];
    expect(listeners(socks)).toEqual([
      { ip: '0.0.0.0', port: 3000, loopbackOnly: false },
      { ip: '::', port: 8080, loopbackOnly: false },
      { ip: '127.0.0.1', port: 23873, loopbackOnly: true },
    ]);
  });
  it('counts established connections to a service over v4 and v4-mapped v6', () => {
    const socks = [...parseProcNetTcp(TCP), ...parseProcNetTcp(TCP6)];
    expect(connectionsTo(socks, '172.18.0.3', 6379)).toBe(2);
    expect(connectionsTo(socks, '172.18.0.4', 6379)).toBe(0);
  });
  it('ignores garbage lines', () => {
    expect(parseProcNetTcp('header\nnot a socket line\n\n')).toEqual([]);
  });
});

describe('log collector', () => {
  it('counts everything, keeps head and tail only, across chunk boundaries', () => {
    const c = new LogCollector(3, 4);
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const buf = Buffer.from(text);
    for (let i = 0; i < buf.length; i += 37) c.push('stdout', buf.subarray(i, i + 37));
    c.push('stderr', Buffer.from('oops\npartial'));
    const s = c.snapshot();
    expect(s.stdoutLines).toBe(1000);
    expect(s.stdoutBytes).toBe(buf.length);
    expect(s.stderrLines).toBe(2);
    expect(s.head.map((l) => l.text)).toEqual(['line 0', 'line 1', 'line 2']);
    expect(s.tail.map((l) => l.text)).toEqual(['line 998', 'line 999', 'oops', 'partial']);
    expect(s.truncated).toBe(true);
  });
  it('keeps the tail of one huge chunk without splitting all of it', () => {
    const c = new LogCollector(2, 3);
    c.push('stdout', Buffer.from(Array.from({ length: 100_000 }, (_, i) => `l${i}`).join('\n') + '\n'));
    const s = c.snapshot();
    expect(s.stdoutLines).toBe(100_000);
    expect(s.head.map((l) => l.text)).toEqual(['l0', 'l1']);
    expect(s.tail.map((l) => l.text)).toEqual(['l99997', 'l99998', 'l99999']);
  });
  it('cuts runaway lines', () => {
    const c = new LogCollector(1, 1, 10);
    c.push('stdout', Buffer.from('x'.repeat(100_000)));
    c.push('stdout', Buffer.from('y'.repeat(100_000) + '\n'));
    expect(c.snapshot().head[0]!.text.length).toBeLessThanOrEqual(11);
  });
});

describe('docker stream demuxer', () => {
  it('splits frames that straddle chunks, headers included', () => {
    const frame = (t: number, s: string) => {
      const p = Buffer.from(s);
      const h = Buffer.alloc(8);
      h[0] = t;
      h.writeUInt32BE(p.length, 4);
      return Buffer.concat([h, p]);
    };
    const all = Buffer.concat([frame(1, 'hello\n'), frame(2, 'err\n'), frame(1, 'world\n')]);
    const out: string[] = [];
    const err: string[] = [];
    const d = demuxer({ stdout: (b) => out.push(b.toString()), stderr: (b) => err.push(b.toString()) });
    for (let i = 0; i < all.length; i += 3) d(all.subarray(i, i + 3));
    expect(out.join('')).toBe('hello\nworld\n');
    expect(err.join('')).toBe('err\n');
  });
});

describe('docker diff classification', () => {
  it('keeps leaf files, separates temp dirs, runtime noise and log files', () => {
    const res = classifyDiff([
      { path: '/app', kind: 'changed' },
      { path: '/app/data', kind: 'added' },
      { path: '/app/data/db.sqlite', kind: 'added' },
      { path: '/app/logs', kind: 'added' },
      { path: '/app/logs/app.log', kind: 'added' },
      { path: '/var/log/nginx.log.1', kind: 'added' },
      { path: '/tmp', kind: 'changed' },
      { path: '/tmp/x', kind: 'added' },
      { path: '/app/__pycache__/m.cpython-311.pyc', kind: 'added' },
      { path: '/old', kind: 'deleted' },
    ]);
    expect(res).toEqual({ written: ['/app/data/db.sqlite'], directories: [], logFiles: ['/app/logs/app.log', '/var/log/nginx.log.1'], tempWrites: 1, total: 9, capped: false });
  });

  it('empty directories are listed apart from files, and only the app leaves are stat candidates', () => {
    const changes = [
      { path: '/var/cache/nginx', kind: 'added' as const },
      { path: '/var/cache/nginx/client_temp', kind: 'added' as const },
      { path: '/app/data/upload', kind: 'added' as const },
      { path: '/app/data', kind: 'added' as const },
      { path: '/app/state.json', kind: 'added' as const },
      { path: '/tmp/x', kind: 'added' as const },
      { path: '/etc/hosts', kind: 'changed' as const },
    ];
    expect(appLeavesOf(changes)).toEqual(['/app/data/upload', '/app/state.json', '/var/cache/nginx/client_temp']);
    const res = classifyDiff(changes, new Set(['/app/data/upload', '/var/cache/nginx/client_temp']));
    expect(res).toEqual({ written: ['/app/state.json'], directories: ['/app/data/upload', '/var/cache/nginx/client_temp'], logFiles: [], tempWrites: 1, total: 7, capped: false });
  });

  it('a sibling whose name extends a folder name is its own leaf (/app/a-b beside /app/a/b)', () => {
    const res = classifyDiff([
      { path: '/app/a', kind: 'added' },
      { path: '/app/a-b', kind: 'added' },
      { path: '/app/a/b', kind: 'added' },
      { path: '/app/a.txt', kind: 'added' },
    ]);
    expect(res.written).toEqual(['/app/a-b', '/app/a.txt', '/app/a/b']);
  });

  it('past MAX_DIFF_ENTRIES paths the rest are counted, not classified', () => {
    const changes = Array.from({ length: MAX_DIFF_ENTRIES + 5 }, (_, i) => ({ path: `/app/data/f${i}`, kind: 'added' as const }));
    const res = classifyDiff(changes, new Set(), 10);
    expect(res).toMatchObject({ total: MAX_DIFF_ENTRIES + 5, capped: true });
    expect(res.written).toHaveLength(10);
  });
});

describe('log lines are inert', () => {
  it('colour codes, OSC titles and control characters go, across chunk boundaries too', () => {
    expect(inert('\x1b[31mError:\x1b[0m boom\x07')).toBe('Error: boom');
    expect(inert('\x1b]0;title\x07text\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\')).toBe('textlink');
    const c = new LogCollector();
    c.push('stderr', Buffer.from('\x1b[3'));
    c.push('stderr', Buffer.from('1mfatal:\x1b[0m DATABASE_URL is not set\r\n'));
    expect(c.snapshot().head.map((l) => l.text)).toEqual(['fatal: DATABASE_URL is not set']);
    expect(lastMeaningfulLine(['Error: x', '', '   '])).toBe('Error: x');
    // The reason is on stderr even when a stdout line printed before it arrives after it.
    const crash = new LogCollector();
    crash.push('stderr', Buffer.from('\x1b[31mError:\x1b[0m DATABASE_URL is not set\n'));
    crash.push('stdout', Buffer.from('connecting to database\n'));
    expect(crash.lastReason()).toBe('Error: DATABASE_URL is not set');
    const quiet = new LogCollector();
    quiet.push('stdout', Buffer.from('bye\n\n'));
    expect(quiet.lastReason()).toBe('bye');
  });
});

describe('ports, sizes, signals', () => {
  it('random ports stay in range, avoid defaults and taken ones', () => {
    for (let i = 0; i < 2000; i++) {
      const p = randomPort([20000]);
      expect(p).toBeGreaterThanOrEqual(20000);
      expect(p).toBeLessThanOrEqual(45000);
      expect(COMMON_DEFAULT_PORTS.has(p)).toBe(false);
      expect(p).not.toBe(20000);
    }
  });
  it('each port variable gets its own port; a fixed port goes to all; URL variables get a URL', () => {
    expect(portVariablesOf(['SERVER_PORT', 'PORT', 'bad name', 'ASPNETCORE_URLS'])).toEqual(['PORT', 'SERVER_PORT', 'ASPNETCORE_URLS']);
    const plan = planPorts(['PORT', 'SERVER_PORT', 'ASPNETCORE_URLS']);
    expect(new Set(Object.values(plan.ports)).size).toBe(3);
    for (const p of Object.values(plan.ports)) expect(COMMON_DEFAULT_PORTS.has(p)).toBe(false);
    expect(portEnv(plan).ASPNETCORE_URLS).toBe(`http://0.0.0.0:${plan.ports.ASPNETCORE_URLS}`);
    expect(planPorts(['PORT', 'SERVER_PORT'], 80)).toEqual({ ports: { PORT: 80, SERVER_PORT: 80 }, fixed: true });
  });
  it('ready statuses: codes and classes', () => {
    const ok = statusAcceptor(['2xx', 301]);
    expect([200, 204, 301, 302, 404, 503].map(ok)).toEqual([true, true, true, false, false, false]);
  });
  it('parses docker memory sizes', () => {
    expect(parseMemory('1g')).toBe(1024 ** 3);
    expect(parseMemory('512m')).toBe(512 * 1024 ** 2);
    expect(parseMemory('1048576')).toBe(1048576);
    expect(() => parseMemory('lots')).toThrow();
  });
  it('classifies exits per the runtime protocol', () => {
    expect(classifyExit(0, 'SIGTERM', false)).toBe('graceful');
    expect(classifyExit(143, 'SIGTERM', false)).toBe('signal-default');
    expect(classifyExit(130, 'SIGINT', false)).toBe('signal-default');
    expect(classifyExit(137, 'SIGTERM', true)).toBe('killed');
    expect(classifyExit(1, 'SIGTERM', false)).toBe('error-exit');
    expect(classifyExit(null, 'SIGTERM', false)).toBe('not-running');
  });
  it('normalises stop signals and spots shell form', () => {
    expect(normaliseSignal(undefined)).toBe('SIGTERM');
    expect(normaliseSignal('quit')).toBe('SIGQUIT');
    expect(normaliseSignal('2')).toBe('SIGINT');
    expect(isShellForm(null, ['/bin/sh', '-c', 'node server.js'])).toBe(true);
    expect(isShellForm(['bash', '-c', 'x'], null)).toBe(true);
    expect(isShellForm(null, ['node', 'server.js'])).toBe(false);
    expect(isShellForm(['/docker-entrypoint.sh'], ['/bin/sh', '-c', 'x'])).toBe(false);
  });
});

describe('BuildKit status decoding', () => {
  it('reads vertex names, errors and logs from a real engine payload', () => {
    // Captured from Docker 20.10: the "[internal] load remote build context" vertex.
    const s = decodeBuildkitStatus('Cm8KR3NoYTI1NjpkOWNkNThlY2FmODUzMzgzYWJlNzEyYWJmOWU2MTU5OTUyNTQyNjJmMjVhZWNlODc4YzU2ZjExNjM2YTBiN2U1GiRbaW50ZXJuYWxdIGxvYWQgcmVtb3RlIGJ1aWxkIGNvbnRleHQ=');
    expect(s.vertexes).toHaveLength(1);
    expect(s.vertexes[0]!.name).toBe('[internal] load remote build context');
    expect(s.vertexes[0]!.digest).toMatch(/^sha256:/);
  });
  it('survives garbage', () => {
    expect(decodeBuildkitStatus('////')).toEqual({ vertexes: [], logs: [] });
  });
});

describe('sandbox choice and why an app exited', () => {
  it('runs an image that would run as root as 65534, and an image with its own user as that user, both on a read-only root', () => {
    for (const root of ['', 'root', '0', '0:0', 'root:root', ' root ', '0:1000', 'root:app']) expect(hardenedSandbox(root), root).toEqual({ user: NON_ROOT_USER, userSource: 'non-root-default', readOnly: true });
    for (const own of ['1000', 'node', 'app:app', '1000:0']) expect(hardenedSandbox(own).userSource, own).toBe('image');
    expect(describeSandbox(hardenedSandbox(''), '')).toBe('user 65534:65534 (the image sets none, root), read-only root filesystem with tmpfs /tmp');
    expect(describeSandbox(hardenedSandbox('1000'), '1000')).toBe("the image's user (1000), read-only root filesystem with tmpfs /tmp");
  });
  it('names the error message, not the stack trace details or the runtime banner after it', () => {
    const logs = (text: string) => {
      const c = new LogCollector();
      c.push('stderr', Buffer.from(text));
      return c;
    };
    const node = "node:fs:562\n  return binding.open(\nError: EROFS: read-only file system, open '/app/data/started'\n    at Object.openSync (node:fs:562:18)\n  errno: -30,\n  code: 'EROFS',\n  syscall: 'open'\n}\n\nNode.js v24.11.0\n";
    expect(whyItExited(logs(node))).toBe("Error: EROFS: read-only file system, open '/app/data/started'");
    const python = "Traceback (most recent call last):\n  File \"/app/app.py\", line 3, in <module>\nPermissionError: [Errno 13] Permission denied: '/app/state'\n";
    expect(whyItExited(logs(python))).toBe("PermissionError: [Errno 13] Permission denied: '/app/state'");
    expect(whyItExited(logs('starting\nmkdir: cannot create directory /data: Read-only file system\nbye\n'))).toBe('mkdir: cannot create directory /data: Read-only file system');
    expect(whyItExited(logs('one\ntwo\n'))).toBe('two');
    expect(whyItExited(new LogCollector())).toBe('no output');
  });
});
