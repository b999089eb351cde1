import type { Diagnostic } from '../../../model/report';

export interface DotenvEntry {
  name: string;
  value: string;
  line: number;
}

export interface Dotenv {
  file: string;
  entries: DotenvEntry[];
  diagnostics: Diagnostic[];
}

/** Reads a `.env` file: `KEY=value`, optional `export`, quotes, comments, multi-line double-quoted values. */
export function parseDotenv(text: string, file = '.env'): Dotenv {
  const entries: DotenvEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const m = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*[=:]\s*(.*)$/.exec(raw);
    if (!m) {
      diagnostics.push({ severity: 'warning', file, line: i + 1, message: 'expected KEY=value' });
      continue;
    }
    const line = i + 1;
    let value = m[2]!;
    const q = value[0];
    if (q === '"' || q === "'" || q === '`') {
      let body = value.slice(1);
      let end = body.indexOf(q);
      // Quoted values may span lines until the closing quote.
      while (end < 0 && i + 1 < lines.length && i - line < 200) {
        i++;
        body += `\n${lines[i]}`;
        end = body.indexOf(q);
      }
      if (end < 0) {
        diagnostics.push({ severity: 'warning', file, line, message: `unterminated ${q}-quoted value` });
        value = body;
      } else value = body.slice(0, end);
      if (q === '"') value = value.replace(/\\n/g, '\n');
    } else {
      // A search, not /\s+#.*$/: that regex backtracks quadratically over a long run of spaces.
      const comment = value.search(/\s#/);
      value = (comment >= 0 ? value.slice(0, comment) : value).trim();
    }
    entries.push({ name: m[1]!, value, line });
  }
  return { file, entries, diagnostics };
}
