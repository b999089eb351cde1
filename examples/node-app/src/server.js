// A small 12-factor web app: config from the environment, port from $PORT,
// logs to stdout, graceful shutdown on SIGTERM, state in a backing service.
import http from 'node:http';

const port = Number(process.env.PORT ?? 8080);
const greeting = process.env.GREETING ?? 'hello';
const startedAt = Date.now();

function log(level, msg, extra = {}) {
  process.stdout.write(`${JSON.stringify({ t: new Date().toISOString(), level, msg, ...extra })}\n`);
}

const server = http.createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('ok\n');
    return;
  }
  log('info', 'request', { method: req.method, url: req.url });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ greeting, uptimeMs: Date.now() - startedAt }));
});

server.listen(port, () => log('info', 'listening', { port }));

function shutdown(signal) {
  log('info', 'shutting down', { signal });
  server.close(() => {
    log('info', 'closed');
    process.exit(0);
  });
  // Keep-alive sockets must not hold the process past the platform's grace period.
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
