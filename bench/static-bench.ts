/**
 * Static audit benchmark: generates a mixed-language tree of 20,000+ files with
 * planted secrets, then runs (1) the engine's static audit in a child process
 * and (2) ripgrep with the same secret patterns over the same tree, each under
 * /usr/bin/time -v. Prints one JSON object: wall time, peak RSS and how many
 * planted secrets each found. Targets: audit within 3x of rg's wall time,
 * under 200 MB RSS, every planted secret found.
 *
 *   npx tsx bench/static-bench.ts [files]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { SECRET_RULES } from '../src/secrets/rules';

const FILES = Math.max(20_000, Number(process.argv[2] ?? 20_000));
const repoRoot = path.resolve(import.meta.dirname, '..');
const nodeBin = path.join(repoRoot, 'node_modules/.bin/node');

/** Deterministic pseudo-random numbers, so runs are comparable. */
let seed = 42;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const alnum = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const upper = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const rand = (n: number, chars = alnum) => Array.from({ length: n }, () => chars[rnd(chars.length)]).join('');

/** One generator per rule: a line holding a fresh, realistic-looking secret. */
const PLANTS: Array<{ rule: string; line: () => string }> = [
  { rule: 'aws-access-key-id', line: () => `AWS_ACCESS_KEY_ID = "AKIA${rand(16, upper)}"` },
  { rule: 'aws-secret-access-key', line: () => `aws_secret_access_key = ${rand(40)}` },
  { rule: 'github-token', line: () => `const gh = "ghp_${rand(36)}";` },
  { rule: 'gitlab-token', line: () => `GITLAB_TOKEN=glpat-${rand(20)}` },
  { rule: 'stripe-secret-key', line: () => `stripe_key = "sk_live_${rand(32)}"` },
  { rule: 'slack-token', line: () => `slack: xoxb-${rand(10, '0123456789')}-${rand(24)}` },
  { rule: 'google-api-key', line: () => `maps_key = "AIza${rand(35)}"` },
  { rule: 'npm-token', line: () => `//registry.npmjs.org/:_authToken=npm_${rand(36)}` },
  { rule: 'private-key', line: () => '-----BEGIN RSA PRIVATE KEY-----' },
  { rule: 'database-url-password', line: () => `DATABASE_URL=postgres://app:${rand(18)}@db-${rand(6).toLowerCase()}.internal:5432/app` },
  { rule: 'generic-secret-assignment', line: () => `API_KEY = "${rand(28)}"` },
];

const BODIES: Record<string, (i: number) => string> = {
  js: (i) => `const express = require('express');\nconst app = express();\n// handler ${i}\napp.get('/r${i}', (req, res) => {\n  const token = req.headers['x-token'];\n  if (!token) return res.status(401).end();\n  res.json({ id: ${i}, port: process.env.PORT });\n});\nmodule.exports = app;\n`,
  py: (i) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n\ndef handler_${i}(request):\n    key = request.headers.get("x-api-key")\n    if not key:\n        return 401\n    return {"id": ${i}, "db": os.environ.get("DATABASE_URL")}\n`,
  go: (i) => `package h${i % 50}\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc Handler${i}(w http.ResponseWriter, r *http.Request) {\n\tif r.Header.Get("Authorization") == "" {\n\t\tw.WriteHeader(401)\n\t\treturn\n\t}\n\t_ = os.Getenv("REDIS_URL")\n}\n`,
  java: (i) => `package com.acme.h${i % 50};\n\npublic class Handler${i} {\n  private final String secretName = "name";\n  public int handle(String token) {\n    if (token == null) return 401;\n    return System.getenv("PORT").length() + ${i};\n  }\n}\n`,
  rb: (i) => `class Handler${i}\n  def call(env)\n    token = env["HTTP_AUTHORIZATION"]\n    return [401, {}, []] unless token\n    [200, {}, [ENV.fetch("PORT")]]\n  end\nend\n`,
  php: (i) => `<?php\nnamespace Acme;\n\nfunction handler_${i}(array $req): int {\n    $key = $req['api_key'] ?? null;\n    return $key ? 200 : getenv('PORT');\n}\n`,
  rs: (i) => `use std::env;\n\npub fn handler_${i}(auth: Option<&str>) -> u16 {\n    let _port = env::var("PORT").unwrap_or_default();\n    match auth { Some(_) => 200, None => 401 }\n}\n`,
  md: (i) => `# Notes ${i}\n\nSet the token in the environment; never commit keys.\n\n- item one\n- item two\n`,
  json: (i) => `{\n  "name": "pkg-${i}",\n  "version": "1.0.${i % 100}",\n  "description": "generated"\n}\n`,
  yml: (i) => `name: job-${i}\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${i}\n`,
};
const EXTS = Object.keys(BODIES);

function generate(root: string): Array<{ file: string; line: number; rule: string }> {
  const planted: Array<{ file: string; line: number; rule: string }> = [];
  writeFileSync(path.join(root, 'package.json'), '{ "name": "bench", "version": "1.0.0", "dependencies": { "express": "4.21.1" } }\n');
  writeFileSync(path.join(root, 'Dockerfile'), 'FROM node:22-slim\nCOPY . .\nCMD ["node", "svc0/f0.js"]\n');
  for (let i = 0; i < FILES; i++) {
    const ext = EXTS[i % EXTS.length]!;
    const dir = path.join(root, `svc${i % 40}`, `mod${Math.floor(i / 40) % 25}`);
    if (i < 1000) mkdirSync(dir, { recursive: true });
    const rel = path.relative(root, path.join(dir, `f${i}.${ext}`)).split(path.sep).join('/');
    let body = BODIES[ext]!(i);
    // Plant a secret in every 150th file: 130+ secrets across every rule and language.
    if (i % 150 === 7) {
      const plant = PLANTS[Math.floor(i / 150) % PLANTS.length]!;
      const lines = body.split('\n');
      const at = Math.min(2, lines.length - 1);
      lines.splice(at, 0, plant.line());
      body = lines.join('\n');
      planted.push({ file: rel, line: at + 1, rule: plant.rule });
    }
    writeFileSync(path.join(root, rel), body);
  }
  return planted;
}

interface Measured {
  wallSeconds: number;
  peakRssMb: number;
  stdout: string;
}

/** Runs a command under /usr/bin/time -v and reads wall time and max RSS from its report. */
function timed(cmd: string, args: string[], cwd: string): Measured {
  const r = spawnSync('/usr/bin/time', ['-v', cmd, ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 600_000 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  if (!wall || !rss) throw new Error(`could not read /usr/bin/time output for ${cmd}: ${r.stderr.slice(-500)}`);
  const seconds = Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]);
  return { wallSeconds: seconds, peakRssMb: Math.round(Number(rss[1]) / 102.4) / 10, stdout: r.stdout };
}

/**
 * JS regex source → Rust regex syntax. ripgrep joins `-e` patterns with `|`, so named groups
 * (duplicated across rules) become plain groups and each pattern is wrapped so its `(?i)`
 * stays local; older Rust regex also rejects escaping non-meta characters such as `\/`.
 */
function toRust(re: RegExp): string {
  const body = re.source.replace(/\(\?<[a-z]+>/g, '(?:').replace(/\\\//g, '/');
  return `(?:${re.flags.includes('i') ? '(?i)' : ''}${body})`;
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'tfa-bench-'));
  const work = mkdtempSync(path.join(tmpdir(), 'tfa-bench-bin-'));
  try {
    const planted = generate(root);
    // The audit runs as bundled JS on Node 24, as the shipped CLI does (no TypeScript compile in the timing).
    // Findings cap at 50 per check; the full secret list is read from the scan itself for counting.
    const countEntry = path.join(work, 'count-entry.ts');
    writeFileSync(
      countEntry,
      `import { audit } from ${JSON.stringify(path.join(repoRoot, 'src/engine/audit'))};
import { defaultConfig } from ${JSON.stringify(path.join(repoRoot, 'src/config/schema'))};
import { secrets } from ${JSON.stringify(path.join(repoRoot, 'src/scan/artifacts'))};
const { report, snapshot } = audit({ repoRoot: process.argv[2], config: defaultConfig() });
const hits = secrets(snapshot).map((h) => h.file + ':' + h.line + ':' + h.rule);
process.stdout.write(JSON.stringify({ verdict: report.verdict, hits }));
`,
    );
    const outfile = path.join(work, 'audit.mjs');
    await build({ entryPoints: [countEntry], bundle: true, platform: 'node', format: 'esm', target: 'node24', outfile, logLevel: 'error', banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } });

    const a = timed(nodeBin, [outfile, root], work);
    const auditOut = JSON.parse(a.stdout) as { verdict: string; hits: string[] };
    const auditPlaces = new Set(auditOut.hits.map((h) => h.split(':').slice(0, 2).join(':')));

    const rgArgs = ['--no-config', '--hidden', '-n', '--no-heading', '--with-filename', ...SECRET_RULES.flatMap((r) => ['-e', toRust(r.pattern)]), '.'];
    const g = timed('rg', rgArgs, root);
    const rgPlaces = new Set(
      g.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^\.\//, '').split(':').slice(0, 2).join(':')),
    );

    const foundBy = (places: Set<string>) => planted.filter((p) => places.has(`${p.file}:${p.line}`)).length;
    const fileCount = Number(execFileSync('sh', ['-c', 'find . -type f | wc -l'], { cwd: root, encoding: 'utf8' }).trim());
    const result = {
      files: fileCount,
      planted: planted.length,
      audit: { wallSeconds: a.wallSeconds, peakRssMb: a.peakRssMb, plantedFound: foundBy(auditPlaces), secretHits: auditOut.hits.length, verdict: auditOut.verdict },
      ripgrep: { wallSeconds: g.wallSeconds, peakRssMb: g.peakRssMb, plantedFound: foundBy(rgPlaces), matchingLines: rgPlaces.size },
      ratioWall: Math.round((a.wallSeconds / Math.max(g.wallSeconds, 0.01)) * 100) / 100,
      targets: {
        withinThreeTimesRg: a.wallSeconds <= 3 * Math.max(g.wallSeconds, 0.01),
        under200MbRss: a.peakRssMb < 200,
        everyPlantedSecretFound: foundBy(auditPlaces) === planted.length,
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    // BENCH_KEEP_TREE=1 leaves the generated tree for profiling (its path goes to stderr).
    if (process.env.BENCH_KEEP_TREE === '1') process.stderr.write(`tree kept at ${root}\n`);
    else rmSync(root, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
