import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

type WorkflowParser = typeof import('@actions/workflow-parser');
type ActionParser = typeof import('@actions/workflow-parser/actions/index');

/**
 * @actions/workflow-parser imports its schema JSON without an import
 * attribute, which only a bundler accepts; Node (and vitest's runner)
 * refuse it. So the tests load the parser the way it expects: bundled.
 */
export async function loadParser(): Promise<WorkflowParser & ActionParser> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tfa-wfparser-'));
  const entry = path.join(dir, 'entry.mjs');
  writeFileSync(entry, "export * from '@actions/workflow-parser';\nexport * from '@actions/workflow-parser/actions/index';\n");
  const outfile = path.join(dir, 'parser.mjs');
  await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'silent',
    nodePaths: [path.resolve(import.meta.dirname, '../../../node_modules')],
  });
  return (await import(pathToFileURL(outfile).href)) as WorkflowParser & ActionParser;
}
