import { parse } from 'yaml';

interface ActionField {
  description?: string;
  required?: boolean;
  default?: string | number | boolean;
}
interface ActionManifest {
  inputs?: Record<string, ActionField>;
  outputs?: Record<string, ActionField>;
}

/** One table cell: a pipe would end the cell, a line break the row. */
const cell = (text: string) => text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text: string) => `\`${text}\``;

/** The README's input and output tables, from action.yml (the one place they are described). */
export function actionTables(actionYml: string): { inputs: string; outputs: string } {
  const action = parse(actionYml) as ActionManifest;
  const inputs = [
    '| input | default | description |',
    '|---|---|---|',
    ...Object.entries(action.inputs ?? {}).map(([name, f]) => {
      const fallback = f.required ? '**required**' : f.default === undefined || f.default === '' ? '' : code(cell(String(f.default)));
      return `| ${code(name)} | ${fallback} | ${cell(f.description ?? '')} |`;
    }),
  ];
  const outputs = ['| output | description |', '|---|---|', ...Object.entries(action.outputs ?? {}).map(([name, f]) => `| ${code(name)} | ${cell(f.description ?? '')} |`)];
  return { inputs: inputs.join('\n'), outputs: outputs.join('\n') };
}

const begin = (name: string) => `<!-- ${name}: generated from action.yml by \`npm run docs\`; do not edit by hand -->`;
const end = (name: string) => `<!-- end of ${name} -->`;

/**
 * `doc` with the text between the `name` markers replaced by `body`. Throws, naming the marker, when
 * the pair is missing or appears twice, so a README edit that loses one is caught by `npm run docs`.
 */
export function replaceGenerated(doc: string, name: string, body: string, file = 'README.md'): string {
  const [open, close] = [begin(name), end(name)];
  const at = doc.indexOf(open);
  const to = doc.indexOf(close);
  if (at < 0 || to < at || doc.indexOf(open, at + 1) >= 0 || doc.indexOf(close, to + 1) >= 0) {
    throw new Error(`${file}: expected one "${open}" line followed by one "${close}" line`);
  }
  return `${doc.slice(0, at + open.length)}\n${body}\n${doc.slice(to)}`;
}

/** README.md with its action input and output tables regenerated from action.yml. */
export function readmeWithActionTables(readme: string, actionYml: string): string {
  const { inputs, outputs } = actionTables(actionYml);
  return replaceGenerated(replaceGenerated(readme, 'action inputs', inputs), 'action outputs', outputs);
}
