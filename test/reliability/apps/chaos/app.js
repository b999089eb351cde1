// One app, many misbehaviours, chosen by $MODE, so the reliability suite builds one image.
const http = require('node:http');
const { spawn } = require('node:child_process');
const mode = process.env.MODE || 'good';
const port = Number(process.env.PORT || 8080);
const bootDelay = Number(process.env.BOOT_DELAY_MS || 0);
const stopDelay = Number(process.env.STOP_DELAY_MS || 0);
const responseDelay = Number(process.env.RESPONSE_DELAY_MS || 0);

if (mode === 'exit-early') {
  console.error('exiting before ready');
  process.exit(3);
}
if (mode === 'oom') {
  const hog = [];
  setInterval(() => {
    for (let i = 0; i < 16; i++) hog.push(Buffer.alloc(1 << 20, 1));
  }, 5);
}
if (mode === 'forkbomb') {
  let started = 0;
  let refused = 0;
  const t = setInterval(() => {
    try {
      const c = spawn('sleep', ['600'], { stdio: 'ignore' });
      c.on('error', () => refused++);
      started++;
    } catch {
      refused++;
    }
    if (started + refused >= 1000) {
      clearInterval(t);
      console.log(`fork bomb: ${started} spawned, ${refused} refused`);
    }
  }, 1);
}
if (mode === 'write-many') {
  // Local state at scale: FILES files in one folder before the app listens (docker diff must stay bounded).
  const fs = require('node:fs');
  const n = Number(process.env.FILES || 100000);
  fs.mkdirSync('/app/data/many', { recursive: true });
  for (let i = 0; i < n; i++) fs.writeFileSync(`/app/data/many/f${i}`, '');
  console.log(`wrote ${n} files`);
}
if (mode === 'probe-host') {
  // Tries the host from inside the sandbox: the bridge gateway (.1 of our own subnet) and the host's own address.
  const net = require('node:net');
  const own = Object.values(require('node:os').networkInterfaces()).flat().find((i) => i && i.family === 'IPv4' && !i.internal);
  const gateway = own ? own.address.replace(/\.\d+$/, '.1') : '';
  for (const host of [gateway, process.env.HOST_PROBE_IP].filter(Boolean)) {
    const s = net.connect(Number(process.env.HOST_PROBE_PORT), host);
    s.setTimeout(2000);
    s.on('data', (d) => {
      console.log(`host-probe ${host} REACHED ${String(d).trim()}`);
      s.destroy();
    });
    s.on('timeout', () => {
      console.log(`host-probe ${host} BLOCKED (timeout)`);
      s.destroy();
    });
    s.on('error', (e) => console.log(`host-probe ${host} BLOCKED (${e.code})`));
  }
}
if (mode === 'needs-writable-root') {
  // Writes its own folder at start, as many apps do; under a read-only root filesystem it exits.
  require('node:fs').writeFileSync('/app/data/started', String(Date.now()));
}
process.on('SIGTERM', () => {
  if (mode === 'never-exit') return console.log('ignoring SIGTERM');
  setTimeout(() => process.exit(0), stopDelay);
});
// Keeps a counter on local disk per request and carries on when the write fails, logging the error.
const onRequest =
  mode === 'writes-on-request'
    ? () => {
        try {
          require('node:fs').writeFileSync('/app/data/hits', String(Date.now()));
        } catch (e) {
          console.error(`could not save hits: ${e.message}`);
        }
      }
    : () => {};
setTimeout(() => {
  http
    .createServer((_q, s) => {
      onRequest();
      setTimeout(() => s.end('ok'), responseDelay);
    })
    .listen(port, '0.0.0.0', () => console.log(`listening on ${port}`));
}, bootDelay);
