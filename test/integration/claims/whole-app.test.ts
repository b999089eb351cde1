import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Node, Parser } from 'commonmark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Contradiction, contradictions } from '../../../src/judge/contradictions';
import { CATALOGUE } from '../../../src/checks/index';
import { runCommand } from '../../../src/pipeline/commands';
import { FACTORS } from '../../../src/model/factors';
import { type Report, ReportSchema } from '../../../src/model/report';
import type { BuildFile } from '../../../src/model/stages';
import { renderMarkdown } from '../../../src/render/markdown';
import { renderText } from '../../../src/render/text';
import { RUN_LABEL, sweep } from '../../../src/evidence/container/index';
import { FIXTURES, leftovers } from '../../support/docker';

/**
 * The product's promise end to end: an app whose README ticks all twelve
 * factors, built, released and booted for real by `all`, gets exactly its two
 * runtime-only lies called out first (it ignores SIGTERM: IX; it keeps visits
 * in /app/data/visits.json: VI), and every other claim is left standing.
 */
const FIXTURE = path.join(FIXTURES, 'claims-all-twelve');
const README_LINES = readFileSync(path.join(FIXTURE, 'README.md'), 'utf8').split('\n');
/** 1-based line of the promise the audit must quote; read from the fixture, so editing the README moves it. */
const lineOf = (words: string) => {
  const i = README_LINES.findIndex((l) => l.includes(words));
  if (i < 0) throw new Error(`fixture README lost "${words}"`);
  return i + 1;
};
const STATE_LINE = lineOf('no local state');
const SHUTDOWN_LINE = lineOf('graceful shutdown on SIGTERM');
const WRITTEN = '/app/data/visits.json';
/** The only two checks allowed to fail: both measured at runtime. */
const LIES = ['processes/no-local-writes', 'disposability/sigterm-shutdown'];

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(path.join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};

/** The fixture as its own one-commit repository, so the image's revision label can match the audited commit. */
function fixtureRepo(): string {
  const dir = tempDir('tfa-claims-app-');
  cpSync(FIXTURE, dir, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '-m', 'claims all twelve');
  return dir;
}

let report: Report;
let shutdownGrace: number;
let artifacts: string;
let runId: string;
const progress: string[] = [];

beforeAll(async () => {
  const repo = fixtureRepo();
  artifacts = tempDir('tfa-claims-artifacts-');
  const result = await runCommand({ command: 'all', repoRoot: repo, artifacts, failOn: 'never', progress: (l) => progress.push(l) });
  report = result.report!;
  shutdownGrace = result.config.run['shutdown-timeout'];
  runId = report.runtime?.runId ?? '';
}, 600_000);

afterAll(async () => {
  // Only if the assertion on leftovers failed: do not leave this run's objects behind for the next suite.
  if (runId) await sweep({ runId }).catch(() => undefined);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const LABEL_OF = new Map(FACTORS.map((f) => [f.id, `${f.id} ${f.title}`]));
const RUNTIME_CHECKS = new Set(CATALOGUE.filter((c) => c.kind === 'runtime').map((c) => c.id));

describe('all on an app that claims all twelve factors and breaks two at runtime', () => {
  it('really ran every stage, and only the two runtime lies fail', () => {
    expect(report.stages.map((s) => [s.stage, s.status]), progress.join('\n')).toEqual([
      ['static', 'ok'],
      ['build', 'ok'],
      ['release', 'ok'],
      ['run', 'ok'],
    ]);
    expect(report.runtime?.boot.outcome).toBe('ready');
    const fails = report.factors.flatMap((f) => f.findings.filter((x) => x.outcome === 'fail').map((x) => x.check));
    expect(fails).toEqual(LIES);
    for (const check of LIES) expect(RUNTIME_CHECKS.has(check)).toBe(true);
    expect(report.factors.filter((f) => f.verdict === 'fail').map((f) => f.id)).toEqual(['VI', 'IX']);
    expect(report.factors.filter((f) => f.verdict === 'error').map((f) => f.id)).toEqual([]);
    expect(report.runtime?.filesystem?.written).toEqual([WRITTEN]);
    expect(report.runtime?.shutdown).toMatchObject({ signal: 'SIGTERM', killed: true, classification: 'killed' });
  });

  it('contradictions name exactly VI and IX, in report order, each with what was measured', () => {
    const found = contradictions(report.claims);
    expect(found.map((c) => c.factor)).toEqual(['VI', 'IX']);
    const [vi, ix] = found as [Contradiction, Contradiction];
    expect(vi.text).toBe(`VI Processes: README.md:${STATE_LINE} claims no local state; measured: wrote ${WRITTEN}`);
    expect(vi.checks).toContain('processes/no-local-writes');
    expect(ix.text).toBe(`IX Disposability: README.md:${SHUTDOWN_LINE} claims graceful shutdown; measured: SIGKILL after ${shutdownGrace} s`);
    expect(ix.checks).toContain('disposability/sigterm-shutdown');
    expect(vi.subClaims.map((s) => [s.topic, s.line])).toEqual([['no-local-state', STATE_LINE]]);
    expect(ix.subClaims.map((s) => [s.topic, s.line])).toEqual([['graceful-shutdown', SHUTDOWN_LINE]]);
  });

  it('the JSON report carries all twelve claims; the ten others are confirmed or unverified, never contradicted', () => {
    const json = ReportSchema.parse(JSON.parse(readFileSync(path.join(artifacts, 'report.json'), 'utf8')));
    expect(json.claims.map((c) => [c.factor, c.status, c.source.file])).toEqual(FACTORS.map((f) => [f.id, 'claimed', 'README.md']));
    for (const c of json.claims) {
      const result = c.judgement?.result;
      if (c.factor === 'VI' || c.factor === 'IX') expect(result, c.factor).toBe('contradicted');
      else expect(['confirmed', 'unverified'], `${c.factor}: ${c.judgement?.reason}`).toContain(result);
      // Every judgement says why, not just what.
      expect(c.judgement?.reason.length, c.factor).toBeGreaterThan(10);
    }
    expect(json.claims.filter((c) => c.judgement?.result === 'contradicted').map((c) => c.factor)).toEqual(['VI', 'IX']);
  });

  it('the Markdown report leads with exactly those two contradictions, each read once, before the factor table', () => {
    const md = readFileSync(path.join(artifacts, 'report.md'), 'utf8');
    expect(md).toBe(renderMarkdown(report));
    const blocks = topLevel(new Parser().parse(md));
    const heading = blocks.findIndex((b) => b.type === 'heading' && textOf(b).includes('Claims contradicted by the evidence'));
    const table = blocks.findIndex((b) => b.type === 'paragraph' && textOf(b).startsWith('| | Factor | Verdict | Evidence |'));
    expect(heading).toBeGreaterThan(0);
    expect(table).toBeGreaterThan(heading);
    // Only the headline and its meta line come before the contradictions.
    expect(blocks.slice(0, heading).filter((b) => b.type === 'heading').map((b) => b.level)).toEqual([2]);
    // The document the claims came from, named below the heading.
    expect(textOf(blocks[heading + 1]!)).toMatch(/^From README\.md:/);
    const list = blocks[heading + 2]!;
    expect(list.type).toBe('list');
    // Then every claim, collapsed, and the factor table right after it.
    const every = blocks[heading + 3]!;
    expect(every.type).toBe('html_block');
    expect(every.literal).toMatch(/^<details><summary>📋 Every claim read \(12\): 2 contradicted · 8 confirmed · 2 unverified<\/summary>/);
    const closing = blocks.findIndex((b, i) => i > heading + 3 && b.type === 'html_block' && (b.literal ?? '').startsWith('</details>'));
    expect(closing + 1).toBe(table);
    const items = children(list);
    expect(items).toHaveLength(2);
    const expected: [string, number, string][] = [
      ['VI Processes', STATE_LINE, `claims no local state; measured: wrote ${WRITTEN}`],
      ['IX Disposability', SHUTDOWN_LINE, `claims graceful shutdown; measured: SIGKILL after ${shutdownGrace} s`],
    ];
    items.forEach((item, i) => {
      const [name, line, said] = expected[i]!;
      // One paragraph, no nested list repeating the promise.
      expect(children(item).map((c) => c.type)).toEqual(['paragraph']);
      const para = children(item)[0]!;
      const [strong, ...rest] = children(para);
      expect(strong!.type).toBe('strong');
      expect(textOf(strong!)).toBe(name);
      expect(rest.filter((n) => n.type === 'code').map((n) => n.literal)).toEqual([`README.md:${line}`]);
      const text = textOf(para);
      expect(text).toBe(`${name} — README.md:${line} ${said}`);
      expect(text.split(' claims ')).toHaveLength(2);
    });
  });

  it('the text report lists exactly those two under "Contradicted claims"', () => {
    const lines = renderText(report).split('\n');
    const at = lines.indexOf('Contradicted claims');
    expect(at).toBeGreaterThan(0);
    const end = lines.indexOf('', at);
    expect(lines.slice(at + 1, end)).toEqual([
      `  ✗ VI Processes: README.md:${STATE_LINE} claims no local state; measured: wrote ${WRITTEN}`,
      `  ✗ IX Disposability: README.md:${SHUTDOWN_LINE} claims graceful shutdown; measured: SIGKILL after ${shutdownGrace} s`,
    ]);
    expect(lines.filter((l) => l === 'Contradicted claims')).toHaveLength(1);
    for (const [id, label] of LABEL_OF) if (id !== 'VI' && id !== 'IX') expect(lines.slice(at + 1, end).join('\n')).not.toContain(label);
  });

  it('leaves no container, network, volume or image of its run behind', () => {
    expect(runId).toMatch(/^tfa-/);
    expect(leftovers(runId)).toEqual([]);
    const images = execFileSync('docker', ['images', '-q', '--filter', `label=${RUN_LABEL}=${runId}`], { encoding: 'utf8', timeout: 20_000 }).trim();
    expect(images).toBe('');
    // The image it built carried that label, and is gone by its id too (image.tar stays in the artifacts).
    const build = JSON.parse(readFileSync(path.join(artifacts, 'build.json'), 'utf8')) as BuildFile;
    expect(build.imageId).toMatch(/^sha256:/);
    expect(imageInEngine(build.imageId!)).toBe(false);
    expect(existsSync(path.join(artifacts, 'image.tar'))).toBe(true);
  });
});

function imageInEngine(id: string): boolean {
  try {
    execFileSync('docker', ['image', 'inspect', id], { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
}

function topLevel(doc: Node): Node[] {
  return children(doc);
}

/** The text a reader sees: literals of text and code nodes, soft breaks as spaces. */
function textOf(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let ev = walker.next(); ev; ev = walker.next()) {
    if (!ev.entering) continue;
    const n = ev.node;
    if (n.type === 'text' || n.type === 'code') out += n.literal ?? '';
    else if (n.type === 'softbreak' || n.type === 'linebreak') out += ' ';
  }
  return out;
}
