import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config/schema';
import { parseClaimDocument } from '../../../src/evidence/repo/claims/parse';
import { FACTORS } from '../../../src/model/factors';
import { audit } from '../../../src/pipeline/audit';
import { fixture, throwawayRepos } from '../../support/checks';

/**
 * A README section headed "The twelve factors" is the app's own account when its items name the
 * app: its module or binary, a file the repository holds, a variable its code reads, "we"/"our".
 * Then each item is a claim set against the evidence. A section that names nothing of the app, a
 * guide in "should" sentences and the methodology's own one-liners stay described.
 */
const made = throwawayRepos();
const MAIN_GO = 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {\n\thttp.ListenAndServe(":"+os.Getenv("PORT"), nil)\n}\n';
const GO_MOD = 'module example.com/tiny\n\ngo 1.22\n';

function section(...items: string[]): string {
  return ['# tiny', '', 'A tiny Go service.', '', '## The twelve factors', '', ...items, ''].join('\n');
}
function claimsOf(files: Record<string, string>): Array<[string, string]> {
  const { report } = audit({ repoRoot: made(files), config: defaultConfig() });
  return report.claims.filter((c) => c.source.file === 'README.md').map((c) => [c.factor, c.status]);
}
const CONFIG_ITEM = '3. Config: all configuration comes from environment variables; no credential is committed.';

describe('a "The twelve factors" section that names this app is claims about it', () => {
  it('claims every item of the block once one item names the binary of go.mod', () => {
    const readme = section(CONFIG_ITEM, '7. Port binding: the `tiny` binary exports HTTP on its port.');
    expect(claimsOf({ 'go.mod': GO_MOD, 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['III', 'claimed'], ['VII', 'claimed']]);
    // The same words in an app of another name describe the methodology.
    expect(claimsOf({ 'go.mod': 'module example.com/orders\n\ngo 1.22\n', 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['III', 'described'], ['VII', 'described']]);
  });

  it('a file the repository holds names the app; the same name absent does not', () => {
    const readme = section('2. Dependencies: Go modules and the committed `go.sum` declare the full graph.', CONFIG_ITEM);
    expect(claimsOf({ 'go.mod': GO_MOD, 'go.sum': '', 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['II', 'claimed'], ['III', 'claimed']]);
    expect(claimsOf({ 'go.mod': GO_MOD, 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['II', 'described'], ['III', 'described']]);
  });

  it('a variable names the app only when its code reads it', () => {
    const readme = section(CONFIG_ITEM, '7. Port binding: the server exports HTTP on `PORT`.');
    expect(claimsOf({ 'go.mod': GO_MOD, 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['III', 'claimed'], ['VII', 'claimed']]);
    const listenAddr = MAIN_GO.replace('":"+os.Getenv("PORT")', 'os.Getenv("LISTEN_ADDR")');
    expect(claimsOf({ 'go.mod': GO_MOD, 'main.go': listenAddr, 'README.md': readme })).toEqual([['III', 'described'], ['VII', 'described']]);
  });

  it('"our" in one item makes the block the app\'s; the methodology\'s one-liners in it stay described', () => {
    const readme = section('1. Codebase: One codebase tracked in revision control, many deploys', CONFIG_ITEM, '11. Logs: our events go to stdout as JSON.');
    expect(claimsOf({ 'go.mod': GO_MOD, 'main.go': MAIN_GO, 'README.md': readme })).toEqual([['I', 'described'], ['III', 'claimed'], ['XI', 'claimed']]);
  });

  it('a team guide in "should" sentences stays described though it names files and variables of the app', () => {
    const guide = readFileSync(fixture('claims/team-guide.md'), 'utf8');
    const { report } = audit({ repoRoot: made({ 'go.mod': GO_MOD, 'main.go': MAIN_GO, 'Procfile': 'web: tiny\n', 'README.md': guide }), config: defaultConfig() });
    expect(report.claims.map((c) => [c.factor, c.status])).toEqual(FACTORS.map((f) => [f.id, 'described']));
  });

  it('without knowing the app, the parser keeps such a section described', () => {
    const text = readFileSync(fixture('calibration/claims-app-readme/README.md'), 'utf8');
    const read = (mentionsApp?: (t: string) => boolean) =>
      parseClaimDocument('README.md', text, { markdown: true, named: false, ...(mentionsApp ? { mentionsApp } : {}) }).map((c) => [c.factor, c.status]);
    expect(read()).toEqual([['III', 'described'], ['VII', 'described']]);
    expect(read((t) => t.includes('`tiny`'))).toEqual([['III', 'claimed'], ['VII', 'claimed']]);
    expect(read(() => false)).toEqual([['III', 'described'], ['VII', 'described']]);
  });
});
