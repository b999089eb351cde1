import { CONFIG_FILE_NAMES } from '../config/load';

/** The repository users reference in `uses:`; schema URLs point at its raw files. */
export const REPOSITORY = 'twelve-factor-audit/twelve-factor-audit';

/**
 * Where editors fetch a committed file: its raw copy at the major tag (`v1`) that every release of that
 * major moves (.github/workflows/release.yml), so the URL follows 1.x like `uses: …@v1` does, and a
 * 2.0 with another config format gets a URL of its own.
 */
export function rawUrlAtMajor(file: string, version: string): string {
  const major = /^(\d+)\./.exec(version)?.[1];
  if (major === undefined) throw new Error(`package.json version "${version}" is not semver`);
  return `https://raw.githubusercontent.com/${REPOSITORY}/v${major}/${file}`;
}

/** The comment that makes the YAML language server (VS Code, Neovim, Helix, Zed, JetBrains) validate and complete a file. */
export const yamlSchemaHint = (url: string) => `# yaml-language-server: $schema=${url}`;

// JSON Schema's own formats (draft-07); zod adds names of its checks (`starts_with`) that validators
// reject in strict mode and editors ignore, while the pattern next to them already says the same.
const STANDARD_FORMATS = new Set(['date-time', 'date', 'time', 'email', 'idn-email', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'uri', 'uri-reference', 'iri', 'iri-reference', 'uri-template', 'json-pointer', 'relative-json-pointer', 'regex']);

/** Drops every `format` a draft-07 validator does not know, at any depth. */
export function withStandardFormats<T>(schema: T): T {
  if (Array.isArray(schema)) return schema.map(withStandardFormats) as T;
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'format' && typeof value === 'string' && !STANDARD_FORMATS.has(value)) continue;
    out[key] = withStandardFormats(value);
  }
  return out as T;
}

/**
 * The entry SchemaStore's catalog (src/api/json/catalog.json) takes for a schema hosted elsewhere, so
 * editors that read the catalog match `.twelve-factor.yml` without a comment in the file.
 */
export function schemaStoreCatalogEntry(url: string): string {
  const entry = {
    name: 'twelve-factor-audit',
    description: 'twelve-factor-audit configuration: the audited app, its build, the sandboxed run, admin commands, backing services and ignored checks',
    fileMatch: [...CONFIG_FILE_NAMES],
    url,
  };
  return `${JSON.stringify(entry, null, 2)}\n`;
}
