import type { AppModel } from '../app-model';

/**
 * The repository file that sets an environment variable for the app when it
 * is deployed or run: a compose file or other dev-stack file, a deploy
 * descriptor, or a Dockerfile `ENV`. A default in code that such a file
 * replaces is a fallback; one that nothing replaces is the configured default.
 */
export function variableSetBy(app: AppModel, variable: string): { file: string; line: number } | undefined {
  const repo = app.snapshot.at('.');
  const files = [...app.deploy.dev.map((d) => d.file), ...app.deploy.descriptors.map((d) => d.file), ...(app.dockerfile ? [app.dockerfile.file] : [])];
  const name = variable.replace(/[^A-Za-z0-9_]/g, '');
  const sets = new RegExp(`(?:^|[\\s"'{,-])${name}["']?\\s*[:=]|name:\\s*["']?${name}\\b|\\bENV\\s+${name}\\b`);
  for (const f of files) {
    const lines = (repo.read(f) ?? '').split('\n');
    const i = lines.findIndex((l) => sets.test(l));
    if (i >= 0) return { file: f, line: i + 1 };
  }
  return undefined;
}
