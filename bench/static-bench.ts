/**
 * Static audit benchmark: generates a mixed-language tree of 20,000+ files with
 * planted secrets, then times (1) what a user runs, the bundled CLI
 * (`node dist/cli.js audit <tree> --format json --quiet`, bundled afresh by
 * scripts/bundle.mjs into a temporary directory), and (2) ripgrep with the
 * same secret patterns over the same tree, each under /usr/bin/time -v,
 * alternately, BENCH_RUNS times (default 5): the machine is shared, so
 * medians and minimums of back-to-back runs are compared, never one run.
 * Correctness is checked outside the timing: every planted secret found by
 * the engine, no other secret reported, the CLI's report naming only planted
 * places, and no planted value anywhere in what the CLI printed or wrote.
 * Prints one JSON object. Targets: audit within 3x of rg's wall time, under
 * 200 MB RSS, every planted secret found.
 *
 * BENCH_BASELINE=<checkout> also bundles another checkout of the project (the
 * main branch, a release) with its own bundle script and times it in the same
 * rounds, so "not slower than before" is measured under the same load rather
 * than against figures taken on another day, and judged on CPU time (user +
 * system), which other work on the machine moves far less than wall time.
 *
 *   npx tsx bench/static-bench.ts [files]
 *   BENCH_RUNS=9 BENCH_KEEP_TREE=1 npx tsx bench/static-bench.ts
 *   BENCH_BASELINE=/work/main npx tsx bench/static-bench.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SECRET_RULES } from '../src/evidence/repo/secrets/rules';
import { randomSource, secretPlants } from './secret-plants';
import { baselineFigures, bundleCli, engineSecretHits, loadAverage, type Measured, nodeBin, notSlowerThan, removeTree, repoRoot, round2, stats, timed } from './measure';

const FILES = Math.max(20_000, Number(process.argv[2] ?? 20_000));
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const BASELINE = process.env.BENCH_BASELINE ? path.resolve(process.env.BENCH_BASELINE) : undefined;
/** Slower than the baseline by more than this share of its median is a regression; less is the noise of a shared machine. */
const BASELINE_TOLERANCE = 0.05;

const { rand } = randomSource(42);
const PLANTS = secretPlants(rand);

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

interface Planted {
  file: string;
  line: number;
  rule: string;
  secret: string;
}

function generate(root: string): Planted[] {
  const planted: Planted[] = [];
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
      const [line, secret] = plant.line();
      lines.splice(at, 0, line);
      body = lines.join('\n');
      planted.push({ file: rel, line: at + 1, rule: plant.rule, secret });
    }
    writeFileSync(path.join(root, rel), body);
  }
  return planted;
}

/**
 * JS regex source → Rust regex syntax. ripgrep joins `-e` patterns with `|`, so named groups
 * (duplicated across rules) become plain groups and each pattern is wrapped so its `(?i)`
 * stays local; older Rust regex also rejects escaping non-meta characters such as `\/`, and
 * reads `[`, `&&`, `--` and `~~` inside a class as nested classes or set operations: those are escaped.
 */
function toRust(re: RegExp): string {
  let body = '';
  let inClass = false;
  const src = re.source.replace(/\(\?<[a-z]+>/g, '(?:');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      body += next === '/' ? '/' : c + next;
      i++;
    } else if (inClass && c === ']') {
      inClass = false;
      body += c;
    } else if (inClass && '[&~'.includes(c)) body += `\\${c}`;
    else if (inClass && c === '-' && src[i + 1] === '-') body += '\\-';
    else {
      if (c === '[') {
        inClass = true;
        body += c;
        // A leading ^ negates the class; it is not a member to escape.
        if (src[i + 1] === '^') body += src[++i];
        continue;
      }
      body += c;
    }
  }
  return `(?:${re.flags.includes('i') ? '(?i)' : ''}${body})`;
}

/** Every file under a directory, as text. */
function textsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(path.join(e.parentPath, e.name), 'utf8'));
}

async function main(): Promise<void> {
  const root = mkdtempSync(path.join(tmpdir(), 'tfa-bench-'));
  const work = mkdtempSync(path.join(tmpdir(), 'tfa-bench-bin-'));
  try {
    const planted = generate(root);
    // What a user runs: the CLI bundled as `npm run bundle` does (into a temporary directory, not dist/), on Node 24.
    const cli = bundleCli(repoRoot, path.join(work, 'dist'));
    // Stage files go outside the tree, so ripgrep searches exactly the files the audit does.
    const artifacts = path.join(work, 'artifacts');
    const auditArgs = [cli, 'audit', root, '--format', 'json', '--quiet', '--artifacts', artifacts];
    const rgArgs = ['--no-config', '--hidden', '-n', '--no-heading', '--with-filename', ...SECRET_RULES.flatMap((r) => ['-e', toRust(r.pattern)]), '.'];

    let baselineCli: string | undefined;
    if (BASELINE) baselineCli = bundleCli(BASELINE, path.join(work, 'baseline-dist'));

    const audits: Measured[] = [];
    const rgs: Measured[] = [];
    const baselines: Measured[] = [];
    const loadBefore = loadAverage();
    for (let i = 0; i < RUNS; i++) {
      rgs.push(timed('rg', rgArgs, root));
      audits.push(timed(nodeBin, auditArgs, work));
      if (baselineCli) baselines.push(timed(nodeBin, [baselineCli, ...auditArgs.slice(1, -1), path.join(work, 'baseline-artifacts')], work));
    }

    // Correctness, outside the timing. The report lists at most 50 secret findings: the engine's own full list is read too.
    const hits = await engineSecretHits(work, root);
    const place = (h: string) => h.split(':').slice(0, 2).join(':');
    const plantedPlaces = new Set(planted.map((p) => `${p.file}:${p.line}`));
    const engineFound = planted.filter((p) => hits.some((h) => h === `${p.file}:${p.line}:${p.rule}`)).length;
    const engineOthers = hits.filter((h) => !plantedPlaces.has(place(h))).length;

    const report = JSON.parse(audits[audits.length - 1]!.stdout) as { verdict: string; factors: Array<{ findings: Array<{ check: string; evidence: Array<{ file?: string; line?: number }> }> }> };
    const cliSecretPlaces = report.factors
      .flatMap((f) => f.findings)
      .filter((f) => f.check === 'config/committed-secrets')
      .flatMap((f) => f.evidence.filter((e) => e.file && e.line).map((e) => `${e.file}:${e.line}`));
    const outputs = [audits[audits.length - 1]!.stdout, ...textsUnder(artifacts)];
    const leaked = planted.filter((p) => p.secret !== '' && outputs.some((o) => o.includes(p.secret))).length;

    const rgPlaces = new Set(
      rgs[0]!.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => l.replace(/^\.\//, '').split(':').slice(0, 2).join(':')),
    );
    const fileCount = Number(execFileSync('sh', ['-c', 'find . -type f | wc -l'], { cwd: root, encoding: 'utf8' }).trim());
    const a = stats(audits);
    const g = stats(rgs);
    const result = {
      files: fileCount,
      planted: planted.length,
      runs: RUNS,
      loadAverage: { before: loadBefore, after: loadAverage() },
      audit: {
        command: 'node dist/cli.js audit <tree> --format json --quiet',
        ...a,
        plantedFound: engineFound,
        otherSecretsReported: engineOthers,
        reportSecretFindings: cliSecretPlaces.length,
        reportFindingsNotPlanted: cliSecretPlaces.filter((p) => !plantedPlaces.has(p)).length,
        plantedValuesInOutput: leaked,
        verdict: report.verdict,
      },
      ripgrep: { ...g, plantedFound: planted.filter((p) => rgPlaces.has(`${p.file}:${p.line}`)).length, matchingLines: rgPlaces.size },
      ratioWall: { median: round2(a.wallSeconds.median / Math.max(g.wallSeconds.median, 0.01)), min: round2(a.wallSeconds.min / Math.max(g.wallSeconds.min, 0.01)) },
      ...(BASELINE ? baselineFigures(BASELINE, a, stats(baselines), BASELINE_TOLERANCE) : {}),
      targets: {
        withinThreeTimesRg: a.wallSeconds.median <= 3 * Math.max(g.wallSeconds.median, 0.01),
        under200MbRss: a.peakRssMb < 200,
        everyPlantedSecretFound: engineFound === planted.length && engineOthers === 0 && cliSecretPlaces.length > 0 && cliSecretPlaces.every((p) => plantedPlaces.has(p)),
        valuesRedacted: leaked === 0,
        ...(BASELINE ? { notSlowerThanBaseline: notSlowerThan(a, stats(baselines), BASELINE_TOLERANCE) } : {}),
      },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    removeTree(root, work);
  }
}

await main();
