import { describe, expect, it } from 'vitest';
import { parseCompose, serviceKindOfImage } from '../../../src/evidence/repo/parsers/compose';
import { parseDotenv } from '../../../src/evidence/repo/parsers/dotenv';
import { parseProcfile } from '../../../src/evidence/repo/parsers/procfile';

describe('parseProcfile', () => {
  it('reads process types and reports malformed lines', () => {
    const p = parseProcfile('# comment\nweb: bundle exec puma -p $PORT\nworker:  sidekiq\nnot a process\nrelease:\n', 'Procfile');
    expect(p.processes).toEqual([
      { name: 'web', command: 'bundle exec puma -p $PORT', line: 2 },
      { name: 'worker', command: 'sidekiq', line: 3 },
    ]);
    expect(p.diagnostics.map((d) => d.line)).toEqual([4, 5]);
  });
});

describe('parseDotenv', () => {
  it('reads export, quotes, comments and multi-line values', () => {
    const d = parseDotenv('# c\nexport A=1\nB="x y" # no\nC=plain # comment\nKEY="-----BEGIN\nbody\n-----END"\nD=\nbad line\n');
    expect(d.entries.map((e) => [e.name, e.value, e.line])).toEqual([
      ['A', '1', 2],
      ['B', 'x y', 3],
      ['C', 'plain', 4],
      ['KEY', '-----BEGIN\nbody\n-----END', 5],
      ['D', '', 8],
    ]);
    expect(d.diagnostics[0]!.line).toBe(9);
  });
});

describe('parseCompose', () => {
  it('reads v2/v3 and Compose-spec services with lines', () => {
    const c = parseCompose(
      'version: "3.8"\nservices:\n  web:\n    build:\n      context: .\n      dockerfile: Dockerfile\n    command: ["node", "server.js"]\n    environment:\n      - PORT=3000\n      - DEBUG\n    volumes:\n      - data:/var/lib/app\n    healthcheck:\n      test: ["CMD", "true"]\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: x\nvolumes:\n  data: {}\n',
      'compose.yaml',
    );
    expect(c.services.map((s) => s.name)).toEqual(['web', 'db']);
    const web = c.services[0]!;
    expect(web).toMatchObject({ line: 3, build: '.', dockerfile: 'Dockerfile', command: 'node server.js', healthcheck: true });
    expect(web.environment).toEqual([
      { name: 'PORT', value: '3000', line: 9 },
      { name: 'DEBUG', line: 10 },
    ]);
    expect(web.volumes[0]).toEqual({ text: 'data:/var/lib/app', line: 12 });
    expect(c.services[1]!.environment[0]).toEqual({ name: 'POSTGRES_PASSWORD', value: 'x', line: 18 });
    expect(serviceKindOfImage(c.services[1]!.image!)).toBe('postgres');
    expect(serviceKindOfImage('bitnami/redis:7')).toBe('redis');
  });

  it('stops alias bombs and reports bad YAML with a line instead of throwing', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`), 'services: {}'].join('\n');
    const r = parseCompose(bomb, 'bomb.yml');
    expect(r.services).toEqual([]);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    const bad = parseCompose('services:\n  web:\n    image: [unclosed\n', 'c.yml');
    expect(bad.diagnostics[0]).toMatchObject({ file: 'c.yml' });
    expect(bad.diagnostics[0]!.line).toBeGreaterThan(0);
  });

  it('refuses flow collections nested past 64 levels with the line, before yaml recurses into them', () => {
    const deep = parseCompose(`services:\n  web:\n    image: app\nx-deep: ${'{'.repeat(100_000)}\n`, 'deep.yml');
    expect(deep.services).toEqual([]);
    expect(deep.diagnostics).toEqual([{ severity: 'warning', file: 'deep.yml', line: 4, message: 'cannot parse YAML: nested more than 64 levels deep' }]);
    // Braces in quoted values and comments are text.
    const ok = parseCompose(`# ${'{'.repeat(80)}\nservices:\n  web:\n    image: app\n    command: ["echo", "${'{'.repeat(80)}"]\n`, 'ok.yml');
    expect(ok.services.map((x) => x.name)).toEqual(['web']);
  });
});
