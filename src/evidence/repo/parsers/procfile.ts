import type { Diagnostic } from '../../../model/report';

export interface ProcessType {
  name: string;
  command: string;
  line: number;
}

export interface Procfile {
  file: string;
  processes: ProcessType[];
  diagnostics: Diagnostic[];
}

/** Reads a Procfile (`name: command` per line). Lines it cannot read become diagnostics. */
export function parseProcfile(text: string, file = 'Procfile'): Procfile {
  const processes: ProcessType[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const m = /^([A-Za-z0-9_-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) {
      diagnostics.push({ severity: 'warning', file, line: i + 1, message: 'expected "<process type>: <command>"' });
      return;
    }
    const name = m[1]!;
    if (!m[2]) {
      diagnostics.push({ severity: 'warning', file, line: i + 1, message: `process type "${name}" has no command` });
      return;
    }
    if (seen.has(name)) diagnostics.push({ severity: 'warning', file, line: i + 1, message: `process type "${name}" is declared twice; the last one wins` });
    seen.add(name);
    processes.push({ name, command: m[2], line: i + 1 });
  });
  return { file, processes, diagnostics };
}
