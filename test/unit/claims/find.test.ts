import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../src/checks/index';
import { claimDocuments, findClaims, PROPERTIES } from '../../../src/evidence/repo/claims/index';
import { HEADING_PROPERTIES, PROPERTY_EVIDENCE } from '../../../src/judge/claim-evidence';
import { repairMojibake } from '../../../src/evidence/repo/claims/mojibake';
import { ClaimSchema } from '../../../src/model/report';
import { scanRepository } from '../../../src/evidence/repo/snapshot';
import { defaultConfig } from '../../../src/config/schema';
import { audit } from '../../../src/pipeline/audit';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tfa-claims-'));
  dirs.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
  return dir;
}

const CLAIMS = '## 12-factor\n\n- ✅ **Config**: environment variables\n- ⏳ **Logs**: stdout\n';

describe('findClaims', () => {
  it('reads READMEs, docs/** and files named after the methodology; skips vendored code and fixtures', () => {
    const dir = repo({
      'README.md': CLAIMS,
      'docs/operations.md': '# Ops\n\nThis service is a twelve-factor app.\n\n- **Port binding**: binds PORT\n',
      'TWELVE_FACTOR.txt': 'Twelve-factor status\n\n  9) Disposability: graceful shutdown - done\n',
      'src/notes.md': CLAIMS,
      'vendor/lib/README.md': CLAIMS,
      'test/fixtures/app/README.md': CLAIMS,
      'services/api/README.md': CLAIMS,
      'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]),
    });
    const claims = findClaims(scanRepository(dir));
    for (const c of claims) ClaimSchema.parse(c);
    expect(claims.map((c) => [c.source.file, c.factor, c.status])).toEqual([
      ['README.md', 'III', 'claimed'],
      ['README.md', 'XI', 'planned'],
      ['TWELVE_FACTOR.txt', 'IX', 'claimed'],
      ['docs/operations.md', 'VII', 'claimed'],
      ['services/api/README.md', 'III', 'claimed'],
      ['services/api/README.md', 'XI', 'planned'],
    ]);
  });

  it('reads the audited app path\'s README first', () => {
    const docs = claimDocuments([{ path: 'README.md' }, { path: 'apps/web/docs/x.md' }, { path: 'apps/web/README.md' }, { path: 'apps/web/12factor.md' }], 'apps/web');
    expect(docs.map((d) => d.path)).toEqual(['apps/web/README.md', 'apps/web/12factor.md', 'apps/web/docs/x.md']);
  });

  it('an app found in a folder of a repository whose root is no app: the root README and docs speak for it, after its own', () => {
    const files = ['README.md', 'docs/12factor.md', 'CONTRIBUTING.md', 'other/README.md', 'apps/web/README.md', 'apps/web/docs/x.md'].map((p) => ({ path: p }));
    expect(claimDocuments(files, 'apps/web', true).map((d) => d.path)).toEqual(['apps/web/README.md', 'apps/web/docs/x.md', 'README.md', 'docs/12factor.md']);
    // A path the configuration names is read alone: the root may describe other apps.
    expect(claimDocuments(files, 'apps/web').map((d) => d.path)).toEqual(['apps/web/README.md', 'apps/web/docs/x.md']);
    const dir = repo({ 'README.md': CLAIMS, 'web/Dockerfile': 'FROM node:24.1.0\nCMD ["node", "server.js"]\n', 'web/server.js': 'require("http").createServer().listen(process.env.PORT)\n' });
    const { report } = audit({ repoRoot: dir, config: defaultConfig() });
    expect(report.repository.path).toBe('web');
    expect(report.claims.map((c) => [c.source.file, c.factor])).toEqual([
      ['README.md', 'III'],
      ['README.md', 'XI'],
    ]);
  });

  it('a repository without claim documents has no claims', () => {
    expect(findClaims(scanRepository(repo({ 'index.js': 'console.log(1)' })))).toEqual([]);
  });
});

describe('mojibake repair', () => {
  const encodeAs = (s: string, decoder: string) => new TextDecoder(decoder).decode(new TextEncoder().encode(s));

  it.each(['windows-1252', 'windows-1254', 'macintosh'])('repairs UTF-8 read as %s', (codec) => {
    const original = '✅ done — 🔄 wip ⏳ later ❌ no ⚠️ partial 🏗️';
    const garbled = encodeAs(original, codec);
    expect(garbled).not.toBe(original);
    expect(repairMojibake(garbled)).toEqual({ text: original, repaired: true });
  });

  it('repairs marks whose undefined cp1252 byte was dropped or replaced', () => {
    expect(repairMojibake('âŒ nope, â³ soon').text).toBe('❌ nope, ⏳ soon');
    expect(repairMojibake('ğŸ”\ufffd search').text).toBe('🔍 search');
    expect(repairMojibake('â\ufffd³ pending, â\ufffdŒ missing').text).toBe('⏳ pending, ❌ missing');
  });

  it('leaves genuine accented and Turkish text alone', () => {
    for (const s of ['café crème, Größe, naïve', 'Ağ ayarları şık ve ılık', '“École” — déjà vu', 'Ãrvore']) {
      expect(repairMojibake(s)).toEqual({ text: s, repaired: false });
    }
  });
});

describe('the property table and the evidence about each property', () => {
  it('every property has evidence, and the evidence names only checks and conditions that exist', () => {
    const byId = new Map(CATALOGUE.map((c) => [c.id, c]));
    const problems: string[] = [];
    for (const p of PROPERTIES) {
      const rule = PROPERTY_EVIDENCE[p.id];
      if (!rule) {
        problems.push(`${p.id}: no evidence`);
        continue;
      }
      for (const [check, conditions] of Object.entries(rule.readings)) {
        const entry = byId.get(check);
        if (!entry) problems.push(`${p.id} → ${check}: no such check`);
        else for (const cond of Object.keys(conditions)) if (!entry.conditions[cond]) problems.push(`${p.id} → ${check}: no condition ${cond}`);
      }
      for (const [check, cond] of [...(rule.together ?? []).flatMap((t) => t.all), ...(rule.voidWhen ?? [])]) {
        if (!byId.get(check)?.conditions[cond]) problems.push(`${p.id} → ${check}/${cond}: no such condition`);
      }
    }
    for (const id of Object.keys(PROPERTY_EVIDENCE)) if (!PROPERTIES.some((p) => p.id === id)) problems.push(`${id}: evidence for a property nothing names`);
    for (const [factor, ids] of Object.entries(HEADING_PROPERTIES)) for (const id of ids) if (!PROPERTY_EVIDENCE[id]) problems.push(`heading ${factor} → ${id}: no evidence`);
    expect(problems).toEqual([]);
  });

  it('has unique ids and at least one pattern per property', () => {
    expect(new Set(PROPERTIES.map((p) => p.id)).size).toBe(PROPERTIES.length);
    for (const p of PROPERTIES) expect(p.patterns.length).toBeGreaterThan(0);
  });
});
