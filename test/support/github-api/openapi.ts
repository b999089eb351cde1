import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * GitHub's official OpenAPI description (from @octokit/openapi) as a request
 * checker: a path template and method must exist, path and query parameters
 * must be declared and well-typed, required ones present, and the JSON body
 * must match the operation's schema. A small validator for the JSON-schema
 * subset the description uses; unknown keywords are ignored, never guessed.
 */

type Schema = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> };
}
interface Spec {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; parameters: Record<string, Parameter> };
}

interface Route {
  template: string;
  regex: RegExp;
  params: string[];
  methods: Record<string, Operation>;
}

let cached: { spec: Spec; routes: Route[] } | undefined;

function load(): { spec: Spec; routes: Route[] } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const file = require.resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Spec;
  const routes: Route[] = Object.entries(spec.paths).map(([template, methods]) => {
    const params: string[] = [];
    const regex = new RegExp(
      `^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        params.push(name);
        return '([^/]+)';
      })}$`,
    );
    return { template, regex, params, methods };
  });
  // Literal segments beat parameters: /issues/comments before /issues/{issue_number}.
  routes.sort((a, b) => a.params.length - b.params.length);
  cached = { spec, routes };
  return cached;
}

export interface CheckedRequest {
  operationId?: string;
  template?: string;
  pathParams: Record<string, string>;
  violations: string[];
}

export function checkRequest(method: string, pathname: string, query: URLSearchParams, body: unknown, hasBody: boolean): CheckedRequest {
  const { spec, routes } = load();
  const m = method.toLowerCase();
  const candidates = routes.filter((r) => r.regex.test(pathname));
  if (candidates.length === 0) return { pathParams: {}, violations: [`${method} ${pathname}: no such path in GitHub's REST API`] };
  const route = candidates.find((r) => r.methods[m]);
  if (!route) return { pathParams: {}, violations: [`${method} ${pathname}: path exists (${candidates[0]!.template}) but not with method ${method}`] };
  const op = route.methods[m]!;
  const violations: string[] = [];
  const match = route.regex.exec(pathname)!;
  const pathParams: Record<string, string> = {};
  route.params.forEach((p, i) => {
    pathParams[p] = decodeURIComponent(match[i + 1]!);
  });

  const params = (op.parameters ?? []).map((p) => resolveParam(spec, p));
  for (const p of params.filter((x) => x.in === 'path')) {
    const v = pathParams[p.name];
    if (v === undefined) violations.push(`path parameter ${p.name} missing`);
    else violations.push(...checkScalar(spec, p.schema, v, `path parameter ${p.name}`));
  }
  const declaredQuery = new Map(params.filter((x) => x.in === 'query').map((p) => [p.name, p]));
  for (const [name, value] of query) {
    const p = declaredQuery.get(name);
    if (!p) violations.push(`query parameter ${name} is not declared for ${method} ${route.template}`);
    else violations.push(...checkScalar(spec, p.schema, value, `query parameter ${name}`));
  }
  for (const p of declaredQuery.values()) if (p.required && !query.has(p.name)) violations.push(`required query parameter ${p.name} missing`);

  const bodySchema = op.requestBody?.content?.['application/json']?.schema;
  if (op.requestBody?.required && !hasBody) violations.push(`${method} ${route.template} requires a JSON body`);
  if (hasBody) {
    if (!bodySchema) violations.push(`${method} ${route.template} takes no JSON body`);
    else violations.push(...validate(spec, bodySchema, body, 'body'));
  }
  return { ...(op.operationId ? { operationId: op.operationId } : {}), template: route.template, pathParams, violations };
}

function resolveParam(spec: Spec, p: Parameter | { $ref: string }): Parameter {
  if ('$ref' in p) return spec.components.parameters[p.$ref.split('/').pop()!]!;
  return p;
}

function deref(spec: Spec, s: Schema): Schema {
  let cur = s;
  for (let i = 0; i < 20 && typeof cur.$ref === 'string'; i++) cur = spec.components.schemas[(cur.$ref as string).split('/').pop()!] ?? {};
  return cur;
}

/** Query and path values arrive as strings; check they parse as the declared scalar. */
function checkScalar(spec: Spec, schema: Schema | undefined, raw: string, where: string): string[] {
  if (!schema) return [];
  const s = deref(spec, schema);
  const type = s.type;
  let value: unknown = raw;
  if (type === 'integer') {
    if (!/^-?\d+$/.test(raw)) return [`${where}: "${raw}" is not an integer`];
    value = Number(raw);
  } else if (type === 'number') {
    if (Number.isNaN(Number(raw))) return [`${where}: "${raw}" is not a number`];
    value = Number(raw);
  } else if (type === 'boolean') {
    if (raw !== 'true' && raw !== 'false') return [`${where}: "${raw}" is not a boolean`];
    value = raw === 'true';
  }
  return validate(spec, s, value, where);
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

export function validate(spec: Spec, schema: Schema, value: unknown, where: string): string[] {
  const s = deref(spec, schema);
  const errs: string[] = [];
  if (value === null && (s.nullable === true || (Array.isArray(s.type) && s.type.includes('null')))) return [];
  if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) errs.push(...validate(spec, sub, value, where));
  for (const key of ['oneOf', 'anyOf'] as const) {
    const alts = s[key];
    if (Array.isArray(alts) && alts.length > 0) {
      const results = (alts as Schema[]).map((a) => validate(spec, a, value, where));
      if (!results.some((r) => r.length === 0)) errs.push(`${where}: matches none of ${key} (${results.map((r) => r[0]).join(' | ')})`);
    }
  }
  const types = s.type === undefined ? [] : Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
  const actual = typeOf(value);
  if (types.length > 0 && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    return [...errs, `${where}: expected ${types.join('|')}, got ${actual}`];
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value as never)) errs.push(`${where}: ${JSON.stringify(value)} is not one of ${JSON.stringify(s.enum)}`);
  if (typeof value === 'string') {
    if (typeof s.maxLength === 'number' && value.length > s.maxLength) errs.push(`${where}: longer than ${s.maxLength}`);
    if (typeof s.minLength === 'number' && value.length < s.minLength) errs.push(`${where}: shorter than ${s.minLength}`);
    if (s.format === 'date-time' && Number.isNaN(Date.parse(value))) errs.push(`${where}: "${value}" is not a date-time`);
  }
  if (Array.isArray(value)) {
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) errs.push(`${where}: more than ${s.maxItems} items`);
    if (typeof s.minItems === 'number' && value.length < s.minItems) errs.push(`${where}: fewer than ${s.minItems} items`);
    if (s.items && typeof s.items === 'object') {
      value.forEach((v, i) => {
        errs.push(...validate(spec, s.items as Schema, v, `${where}[${i}]`));
      });
    }
  }
  if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (s.properties ?? {}) as Record<string, Schema>;
    for (const r of (s.required ?? []) as string[]) if (!(r in obj)) errs.push(`${where}.${r}: required`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errs.push(...validate(spec, props[k], v, `${where}.${k}`));
      else if (s.additionalProperties === false) errs.push(`${where}.${k}: not allowed`);
      else if (s.additionalProperties && typeof s.additionalProperties === 'object') errs.push(...validate(spec, s.additionalProperties as Schema, v, `${where}.${k}`));
      else if (s.properties && s.additionalProperties === undefined && !s.oneOf && !s.anyOf && !s.allOf) {
        // GitHub ignores unknown fields, but a field it does not know is a bug on our side.
        errs.push(`${where}.${k}: not a field of this request`);
      }
    }
  }
  return errs;
}
