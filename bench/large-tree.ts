/**
 * The repository of the 100,000-file benchmark (bench/large-repo-bench.ts):
 * what a large monorepo checkout holds, not 100,000 copies of one file.
 *
 * - source in several languages (services under deep package folders, a
 *   Java tree twelve folders down, one chain of folders 24 deep), with
 *   tests, docs and examples beside it;
 * - folders the audit must leave out: node_modules and a Python virtualenv
 *   (never walked), a `.gitignore`d build output, and vendored code (walked
 *   and scanned for secrets, never read as the app's source);
 * - large files: data and logs beyond the 1 MiB read cap, minified bundles
 *   and source maps of a few hundred KB;
 * - binaries (images, fonts) that are never read.
 *
 * Secrets are planted in the app's source (each must be found) and in the
 * folders the walk skips (none may be reported).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomSource, secretPlants } from './secret-plants';

export interface PlantedSecret {
  file: string;
  line: number;
  rule: string;
  secret: string;
}

export interface LargeTree {
  files: number;
  /** Secrets in files the audit reads. */
  planted: PlantedSecret[];
  /** Folders (repository-relative, trailing slash) the audit must not report anything from. */
  skipped: string[];
  /** Secrets planted inside the skipped folders. */
  plantedInSkipped: number;
}

const { rand } = randomSource(7);
const PLANTS = secretPlants(rand);

const SOURCE: Record<string, (i: number) => string> = {
  js: (i) =>
    `const express = require('express');\nconst { query } = require('../db');\n\n// Routes of module ${i}.\nconst router = express.Router();\nrouter.get('/items/${i}', async (req, res) => {\n  const rows = await query('select * from items where id = $1', [req.params.id]);\n  if (rows.length === 0) return res.status(404).end();\n  res.json(rows[0]);\n});\nrouter.post('/items/${i}', async (req, res) => {\n  const token = req.headers['x-token'];\n  if (!token) return res.status(401).end();\n  res.status(201).json({ id: ${i} });\n});\nmodule.exports = router;\n`,
  ts: (i) =>
    `import { Injectable } from '@nestjs/common';\nimport type { Repository } from './repository';\n\nexport interface Item${i} {\n  id: number;\n  name: string;\n  createdAt: Date;\n}\n\n@Injectable()\nexport class ItemService${i} {\n  constructor(private readonly repo: Repository<Item${i}>) {}\n\n  async find(id: number): Promise<Item${i} | undefined> {\n    return this.repo.findOne({ where: { id } });\n  }\n\n  timeout(): number {\n    return Number(process.env.TIMEOUT_MS ?? ${1000 + (i % 9000)});\n  }\n}\n`,
  py: (i) =>
    `import logging\nimport os\nfrom dataclasses import dataclass\n\nlog = logging.getLogger(__name__)\n\n\n@dataclass\nclass Order${i}:\n    id: int\n    total: float\n\n\ndef handle_${i}(request):\n    key = request.headers.get("x-api-key")\n    if not key:\n        return 401\n    log.info("order %s", request.args.get("id"))\n    return {"id": ${i}, "db": os.environ.get("DATABASE_URL")}\n`,
  go: (i) =>
    `package h${i % 97}\n\nimport (\n\t"encoding/json"\n\t"net/http"\n\t"os"\n)\n\ntype Item${i} struct {\n\tID   int    \`json:"id"\`\n\tName string \`json:"name"\`\n}\n\nfunc Handler${i}(w http.ResponseWriter, r *http.Request) {\n\tif r.Header.Get("Authorization") == "" {\n\t\tw.WriteHeader(http.StatusUnauthorized)\n\t\treturn\n\t}\n\t_ = os.Getenv("REDIS_URL")\n\t_ = json.NewEncoder(w).Encode(Item${i}{ID: ${i}})\n}\n`,
  java: (i) =>
    `package com.acme.shop.orders.h${i % 50};\n\nimport java.util.List;\nimport java.util.Optional;\n\npublic class OrderService${i} {\n  private final OrderRepository repository;\n\n  public OrderService${i}(OrderRepository repository) {\n    this.repository = repository;\n  }\n\n  public Optional<Order> find(long id) {\n    return repository.findById(id);\n  }\n\n  public List<Order> recent() {\n    return repository.findTop${(i % 20) + 1}ByOrderByCreatedAtDesc();\n  }\n}\n`,
  rb: (i) => `class Handler${i}\n  def call(env)\n    token = env["HTTP_AUTHORIZATION"]\n    return [401, {}, []] unless token\n    [200, {}, [ENV.fetch("REGION", "eu")]]\n  end\nend\n`,
  php: (i) => `<?php\nnamespace Acme\\Orders;\n\nfunction handler_${i}(array $req): int {\n    $key = $req['api_key'] ?? null;\n    return $key ? 200 : 401;\n}\n`,
  rs: (i) => `use std::env;\n\npub fn handler_${i}(auth: Option<&str>) -> u16 {\n    let _region = env::var("REGION").unwrap_or_default();\n    match auth { Some(_) => 200, None => 401 }\n}\n`,
  cs: (i) => `namespace Acme.Orders;\n\npublic sealed class Handler${i}\n{\n    public int Handle(string? token) => token is null ? 401 : 200;\n}\n`,
  css: (i) => `.card-${i} {\n  display: flex;\n  padding: ${i % 24}px;\n  color: #333;\n}\n`,
  json: (i) => `{\n  "name": "fixture-${i}",\n  "version": "1.0.${i % 100}",\n  "items": [${i % 7}, ${i % 11}, ${i % 13}]\n}\n`,
  yml: (i) => `name: job-${i}\nsettings:\n  retries: ${i % 5}\n  timeout: ${i % 60}s\n`,
};
const SOURCE_EXTS = Object.keys(SOURCE);

/** Generates the tree under `root` (which must exist and be empty). */
export function generateLargeTree(root: string, total = 100_000): LargeTree {
  const planted: PlantedSecret[] = [];
  let files = 0;
  let plantedInSkipped = 0;
  const made = new Set<string>();
  const write = (rel: string, body: string | Buffer) => {
    const dir = path.dirname(rel);
    if (!made.has(dir)) {
      mkdirSync(path.join(root, dir), { recursive: true });
      made.add(dir);
    }
    writeFileSync(path.join(root, rel), body);
    files++;
  };
  /** Puts a planted secret's line into a body at line 3; records it when the audit must find it. */
  const plant = (rel: string, body: string, k: number, mustFind: boolean): string => {
    const p = PLANTS[k % PLANTS.length]!;
    const lines = body.split('\n');
    const [line, secret] = p.line();
    lines.splice(2, 0, line);
    if (mustFind) planted.push({ file: rel, line: 3, rule: p.rule, secret });
    else plantedInSkipped++;
    return lines.join('\n');
  };

  // The app: a Node service at the root, as the Dockerfile says.
  write('package.json', '{ "name": "shop", "version": "1.0.0", "scripts": { "start": "node services/api/src/server.js" }, "dependencies": { "express": "4.21.1", "pg": "8.13.1" } }\n');
  write('package-lock.json', `${JSON.stringify({ name: 'shop', lockfileVersion: 3, requires: true, packages: { '': { name: 'shop', version: '1.0.0' } } }, null, 2)}\n`);
  write('Dockerfile', 'FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nUSER node\nCMD ["node", "services/api/src/server.js"]\n');
  write('.dockerignore', 'node_modules\n.git\ndist\n**/*.log\ndocs\n**/__tests__\n!docs/api.md\n');
  write('.gitignore', 'dist/\n*.log\ncoverage/\n');
  write('README.md', '# Shop\n\nA large monorepo fixture.\n');
  write('services/api/src/server.js', "const express = require('express');\nconst app = express();\napp.use(require('./routes'));\nconst server = app.listen(process.env.PORT || 3000);\nprocess.on('SIGTERM', () => server.close(() => process.exit(0)));\n");

  const budget = {
    nodeModules: Math.round(total * 0.3),
    venv: Math.round(total * 0.03),
    buildOutput: Math.round(total * 0.05),
    vendored: Math.round(total * 0.08),
    tests: Math.round(total * 0.06),
    docs: Math.round(total * 0.02),
    binaries: Math.round(total * 0.01),
  };
  // node_modules: packages of a few files each, at the root and inside services (never walked).
  for (let i = 0; i < budget.nodeModules; i++) {
    const pkg = `pkg-${Math.floor(i / 8)}`;
    const base = i % 3 === 0 ? `services/web/node_modules/${pkg}` : `node_modules/${pkg}`;
    const k = i % 8;
    const rel = k === 0 ? `${base}/package.json` : k === 1 ? `${base}/README.md` : `${base}/lib/m${k}.js`;
    let body = k === 0 ? `{ "name": "${pkg}", "version": "2.${i % 40}.0", "main": "lib/m2.js" }\n` : SOURCE.js!(i);
    if (i % 997 === 5) body = plant(rel, body, i, false);
    write(rel, body);
  }
  for (let i = 0; i < budget.venv; i++) {
    const rel = `services/ml/.venv/lib/python3.12/site-packages/dep${Math.floor(i / 10)}/m${i % 10}.py`;
    write(rel, i % 301 === 7 ? plant(rel, SOURCE.py!(i), i, false) : SOURCE.py!(i));
  }
  // Build output the .gitignore leaves out.
  for (let i = 0; i < budget.buildOutput; i++) {
    const rel = `dist/assets/chunk-${i}.js`;
    write(rel, i % 499 === 3 ? plant(rel, SOURCE.js!(i), i, false) : SOURCE.js!(i));
  }
  // Vendored Go and PHP dependencies: walked and scanned for secrets, but not the app's source.
  for (let i = 0; i < budget.vendored; i++) {
    const rel = i % 2 === 0 ? `services/billing/vendor/github.com/acme/lib${Math.floor(i / 20)}/f${i}.go` : `services/legacy/vendor/acme/pkg${Math.floor(i / 20)}/src/F${i}.php`;
    write(rel, (i % 2 === 0 ? SOURCE.go! : SOURCE.php!)(i));
  }
  for (let i = 0; i < budget.tests; i++) {
    const ext = ['js', 'py', 'go', 'java'][i % 4]!;
    write(`services/svc${i % 30}/test/unit/case_${i}.${ext}`, SOURCE[ext]!(i));
  }
  for (let i = 0; i < budget.docs; i++) write(`docs/section${i % 40}/page-${i}.md`, `# Page ${i}\n\nHow module ${i} works.\n\n- one\n- two\n`);
  // Binaries: never read (by extension) or read and found binary.
  for (let i = 0; i < budget.binaries; i++) {
    const bin = Buffer.alloc(2048 + (i % 7) * 1024);
    bin.write('\x89PNG\r\n\x1a\n\0\0\0\rIHDR', 'binary');
    write(i % 2 === 0 ? `services/web/public/img/i${i}.png` : `services/web/public/fonts/f${i}.dat`, bin);
  }
  // Large files: data and logs beyond the read cap, minified bundles and source maps below it.
  const line = `${'x'.repeat(70)}\n`;
  for (let i = 0; i < 12; i++) write(`data/exports/export-${i}.csv`, `id,name,total\n${line.repeat(Math.ceil((1.5 * 1024 * 1024) / line.length))}`);
  for (let i = 0; i < 30; i++) write(`services/web/static/bundle-${i}.min.js`, `!function(){${'var a=1;'.repeat(40_000)}}();\n`);
  for (let i = 0; i < 30; i++) write(`services/web/static/bundle-${i}.js.map`, `{"version":3,"mappings":"${'AAAA,'.repeat(60_000)}"}\n`);
  for (let i = 0; i < 20; i++) write(`services/api/fixtures/catalogue-${i}.json`, `[${Array.from({ length: 4000 }, (_, k) => `{"id":${k},"sku":"S${k}"}`).join(',\n')}]\n`);
  // One chain of folders 24 deep, a file at each level.
  let deep = 'services/api/src/deep';
  for (let d = 0; d < 24; d++) {
    deep += `/level${d}`;
    write(`${deep}/index.js`, SOURCE.js!(d));
  }

  // The rest is the app's source: services in several languages, Java twelve folders down; every 301st file holds a secret.
  const rest = total - files - 1;
  for (let i = 0; i < rest; i++) {
    const ext = SOURCE_EXTS[i % SOURCE_EXTS.length]!;
    const svc = `services/svc${i % 30}`;
    const rel =
      ext === 'java'
        ? `${svc}/src/main/java/com/acme/shop/orders/h${i % 50}/OrderService${i}.java`
        : `${svc}/src/${ext}/mod${Math.floor(i / 30) % 40}/part${Math.floor(i / 1200) % 4}/f${i}.${ext}`;
    let body = SOURCE[ext]!(i);
    if (i % 301 === 11 && ext !== 'json' && ext !== 'css') body = plant(rel, body, Math.floor(i / 301), true);
    write(rel, body);
  }
  write('services/svc0/src/rb/Gemfile', "source 'https://rubygems.org'\ngem 'rack'\n");
  return { files, planted, skipped: ['node_modules/', 'services/web/node_modules/', 'services/ml/.venv/', 'dist/'], plantedInSkipped };
}
