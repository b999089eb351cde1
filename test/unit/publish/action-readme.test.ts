import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { actionTables, readmeWithActionTables, replaceGenerated } from '../../../src/docs/action-readme';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

/** The first column of the README table that starts with `| <kind> |`. */
function tableNames(readme: string, kind: 'input' | 'output'): string[] {
  const start = readme.indexOf(`| ${kind} |`);
  expect(start, `README has an ${kind} table`).toBeGreaterThan(0);
  const rows = readme.slice(start).split('\n');
  const end = rows.findIndex((r) => !r.startsWith('|'));
  return rows.slice(2, end).map((r) => /^\| `([^`]+)` \|/.exec(r)![1]!);
}

describe("README's action tables", () => {
  it('list every input and output of action.yml, in its order (regenerate with `npm run docs`)', () => {
    const action = parseYaml(read('action.yml')) as { inputs: object; outputs: object };
    const readme = read('README.md');
    expect(tableNames(readme, 'input')).toEqual(Object.keys(action.inputs));
    expect(tableNames(readme, 'output')).toEqual(Object.keys(action.outputs));
    expect(readmeWithActionTables(readme, read('action.yml'))).toBe(readme);
  });

  it('keep each field in one cell: pipes escaped, line breaks joined, required marked, defaults as code', () => {
    const yml = [
      'inputs:',
      '  mode:',
      "    description: 'a | b'",
      '    required: true',
      '  depth:',
      '    description: |',
      '      first line',
      '      second line',
      '    default: 3',
      '  empty:',
      '    description: nothing by default',
      "    default: ''",
      'outputs:',
      '  result:',
      '    description: the result',
    ].join('\n');
    const { inputs, outputs } = actionTables(yml);
    expect(inputs.split('\n').slice(2)).toEqual(['| `mode` | **required** | a \\| b |', '| `depth` | `3` | first line second line |', '| `empty` |  | nothing by default |']);
    expect(outputs).toBe('| output | description |\n|---|---|\n| `result` | the result |');
  });

  it('replaces only the text between its own markers, and says which marker is missing', () => {
    const open = '<!-- x: generated from action.yml by `npm run docs`; do not edit by hand -->';
    const doc = `intro\n${open}\nold\nrows\n<!-- end of x -->\noutro\n`;
    expect(replaceGenerated(doc, 'x', 'new')).toBe(`intro\n${open}\nnew\n<!-- end of x -->\noutro\n`);
    expect(() => replaceGenerated('no markers', 'x', 'new')).toThrow(/README\.md: expected one "<!-- x: generated/);
    expect(() => replaceGenerated(`${doc}${open}\n`, 'x', 'new')).toThrow(/expected one/);
    expect(() => replaceGenerated('<!-- end of x -->\n' + open, 'x', 'new')).toThrow(/expected one/);
  });
});
