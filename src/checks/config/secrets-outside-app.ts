import { fileRole } from '../../evidence/repo/app-model';
import { fileEv, found, MAX_EVIDENCE, measured } from '../support';
import type { StaticCheck } from '../types';
import { gather, USED_BY } from './committed-secrets';

export const secretsOutsideApp: StaticCheck = {
  id: 'config/secrets-outside-app',
  factor: 'config',
  kind: 'static',
  role: 'advice',
  title: 'No real-looking secrets in tests, docs or files the image never ships',
  rationale:
    'A credential in a test fixture, a doc or a file the image never ships is not the app\'s config, so it does not decide factor III; but a real one still leaks with every clone.',
  remediation: 'If the value is real, rotate it and replace it with an obvious fake; otherwise make it look like one (`test-token`, `changeme`).',
  conditions: {
    none: { outcome: 'pass', when: 'no real-looking secret outside what the app uses' },
    found: { outcome: 'warn', when: 'a real-looking secret in a test, doc or unshipped file' },
  },
  run({ app }) {
    const outside = gather(app).filter((c) => c.real).map((c) => ({ c, role: fileRole(app, c.file) })).filter(({ role }) => role === 'not-app' || role === 'unshipped');
    if (outside.length === 0) return [found('none', 'no real-looking secret in tests, docs or unshipped files', [measured('secrets outside the app', 0, 'secrets', 0)])];
    return [
      found(
        'found',
        `${outside.length} real-looking secret(s) outside what the app uses, first ${outside[0]!.c.file}:${outside[0]!.c.line} (${USED_BY[outside[0]!.role]})`,
        outside.slice(0, MAX_EVIDENCE).map(({ c }) => fileEv(c.file, c.line, c.snippet)),
      ),
    ];
  },
};
