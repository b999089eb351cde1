import { expect, it } from 'vitest';
import { ConfigSchema } from '../../../src/config/schema';
import { audit } from '../../../src/pipeline/audit';
import { throwawayRepos } from '../../support/checks';

const make = throwawayRepos();

it('a broken compose file read by discovery and by the app model is reported once', () => {
  const dir = make({
    'package.json': '{"name":"a","dependencies":{"express":"4.19.2"}}',
    'server.js': 'require("express")().listen(process.env.PORT)\n',
    Dockerfile: 'FROM tfa-base/node:24\nCOPY . .\nCMD ["node", "server.js"]\n',
    'compose.yaml': 'services:\n  web:\n    build: .\n    image: [unclosed\n',
  });
  const { report } = audit({ repoRoot: dir, config: ConfigSchema.parse({}) });
  const about = report.diagnostics.filter((d) => d.file === 'compose.yaml');
  expect(about.length).toBeGreaterThan(0);
  expect(new Set(about.map((d) => JSON.stringify(d))).size).toBe(about.length);
});
