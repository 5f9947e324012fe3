import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
/** Where the web apps' typed API clients (libs/web, the console's and the portal's) find the types of each service's API. */
export const CONSOLE_API_TYPES_DIR = join(ROOT, 'libs', 'web', 'src', 'api', 'generated');

/** The services with a checked-in OpenAPI document (services/<name>/openapi.json). */
export function documentedServices(): string[] {
  return readdirSync(join(ROOT, 'services'))
    .filter((name) => existsSync(join(ROOT, 'services', name, 'openapi.json')))
    .sort();
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `schema` with every `#/components/schemas/...` reference replaced by the schema it names. */
function inlineReferences(schema: Json, components: Record<string, Json>, seen: string[] = []): Json {
  if (Array.isArray(schema)) return schema.map((item) => inlineReferences(item, components, seen));
  if (!schema || typeof schema !== 'object') return schema;
  const ref = schema['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/components/schemas/')) {
    const name = ref.slice('#/components/schemas/'.length);
    if (seen.includes(name)) throw new Error(`recursive schema ${name}: cannot be inlined`);
    return inlineReferences(components[name] ?? {}, components, [...seen, name]);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineReferences(value, components, seen)]),
  );
}

/**
 * The JSON request bodies of a service's operations, keyed `METHOD /path`, as its OpenAPI document
 * states them (generated from the service's own zod schemas): the console checks a form against
 * the same schema before sending it.
 */
export function requestSchemasOf(openApiText: string): Record<string, Json> {
  const document = JSON.parse(openApiText) as {
    paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Json }> } }>>;
    components?: { schemas?: Record<string, Json> };
  };
  const components = document.components?.schemas ?? {};
  const schemas: Record<string, Json> = {};
  for (const [path, operations] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      if (schema) schemas[`${method.toUpperCase()} ${path}`] = inlineReferences(schema, components);
    }
  }
  return schemas;
}

/**
 * Generates the console's API types of each service from its OpenAPI document with
 * openapi-typescript, and its request bodies' schemas (`<service>.requests.json`), into
 * `directory` (default: the console's generated folder).
 */
export function writeConsoleApiTypes(directory = CONSOLE_API_TYPES_DIR): string[] {
  const written: string[] = [];
  for (const service of documentedServices()) {
    const output = join(directory, `${service}.ts`);
    const result = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules', 'openapi-typescript', 'bin', 'cli.js'),
        join(ROOT, 'services', service, 'openapi.json'),
        '--output',
        output,
      ],
      { encoding: 'utf8' },
    );
    if (result.status !== 0) throw new Error(`openapi-typescript failed for ${service}: ${result.stderr}`);
    written.push(output);
    const requests = join(directory, `${service}.requests.json`);
    const text = readFileSync(join(ROOT, 'services', service, 'openapi.json'), 'utf8');
    writeFileSync(requests, `${JSON.stringify(requestSchemasOf(text), null, 1)}\n`);
    written.push(requests);
  }
  return written;
}

/** The generated files that differ from a fresh generation (empty when up to date). */
export function staleConsoleApiTypes(): string[] {
  const fresh = mkdtempSync(join(tmpdir(), 'console-api-types-'));
  try {
    writeConsoleApiTypes(fresh);
    return documentedServices().filter((service) => {
      const checkedIn = join(CONSOLE_API_TYPES_DIR, `${service}.ts`);
      return (
        !existsSync(checkedIn) || readFileSync(checkedIn, 'utf8') !== readFileSync(join(fresh, `${service}.ts`), 'utf8')
      );
    });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}
