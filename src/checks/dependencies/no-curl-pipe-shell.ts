import { commandText } from '../../evidence/repo/parsers/dockerfile';
import { isNonRuntimePath } from '../../evidence/repo/paths';
import { relativeTo } from '../../evidence/repo/snapshot';
import { fileEv, found, MAX_EVIDENCE, measured, skip } from '../support';
import type { StaticCheck } from '../types';

const CURL_PIPE = /\b(?:curl|wget)\b[^|;&\n]{0,400}\|\s*(?:sudo\s+)?(?:-?\s*)?(?:ba|z|da|k)?sh\b|\b(?:ba)?sh\s+(?:-c\s+)?["']?\$\((?:curl|wget)\b|\bsh\s+<\(\s*(?:curl|wget)/;

export const noCurlPipeShell: StaticCheck = {
  id: 'dependencies/no-curl-pipe-shell',
  factor: 'dependencies',
  kind: 'static',
  role: 'advice',
  title: 'No `curl | sh` installs',
  rationale:
    'Piping a downloaded script into a shell installs whatever the server returns that day: a dependency no manifest records, unpinned and unverified.',
  remediation: 'Install through the package manager with a pinned version, or download a versioned artifact and verify its checksum (`sha256sum -c`) before running it.',
  conditions: {
    none: { outcome: 'pass', when: 'no download is piped into a shell' },
    piped: { outcome: 'warn', when: 'a downloaded script is piped into a shell' },
  },
  run({ app }) {
    const snapshot = app.snapshot;
    const df = app.dockerfile;
    const places: Array<{ file: string; line: number; text: string }> = [];
    if (df) for (const i of df.instructions) if (i.keyword === 'RUN' && CURL_PIPE.test(commandText(i))) places.push({ file: df.file, line: i.line, text: i.args });
    const scripts = snapshot.appFiles.filter((f) => /\.sh$/.test(f.path) && !isNonRuntimePath(relativeTo(f.path, snapshot.appPath)));
    for (const s of scripts) {
      snapshot.read(s.path)?.split('\n').forEach((l, i) => {
        if (!l.trim().startsWith('#') && CURL_PIPE.test(l)) places.push({ file: s.path, line: i + 1, text: l.trim() });
      });
    }
    if (places.length > 0) return places.slice(0, MAX_EVIDENCE).map((p) => found('piped', `a downloaded script is piped into a shell at ${p.file}:${p.line}`, [fileEv(p.file, p.line, p.text.slice(0, 200))]));
    if (!df && scripts.length === 0) return skip('no Dockerfile or shell scripts to inspect');
    return [found('none', 'no download is piped into a shell', [...(df ? [fileEv(df.file)] : []), measured('curl | sh installs', 0, 'occurrences', 0)])];
  },
};
