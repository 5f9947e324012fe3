import { SAFE_TEXT_PATTERN } from '@aeo/contracts';
import { renderAsyncApi } from '../../libs/contracts/src/asyncapi/asyncapi-file';
import { renderOpenApiDocuments } from './render-openapi';

jest.setTimeout(60_000);

type Schema = Record<string, unknown>;

/** Formats whose validation admits no NUL and no unpaired surrogate (file parts are bytes, not text). */
const SAFE_FORMATS = new Set(['uuid', 'date-time', 'date', 'email', 'uri', 'binary']);

/**
 * Every string a client or a producer can send, wherever it sits (fields, array items, record
 * keys and values, path and query parameters), as the published documents describe it: the
 * shared safe-text pattern, a pattern of its own (`textMatching`, safe text enforced as well), a
 * checked format or a fixed set of values. A bare string here means a field that would take a NUL.
 */
function unsafeStrings(
  schema: unknown,
  where: string,
  resolve: (ref: string) => unknown,
  seen = new Set<unknown>(),
): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const node = schema as Schema;
  if (typeof node['$ref'] === 'string') return unsafeStrings(resolve(node['$ref']), where, resolve, seen);
  const found: string[] = [];
  const types = ([] as unknown[]).concat(node['type'] ?? []);
  const patterns = [
    node['pattern'],
    ...((node['allOf'] as Schema[] | undefined) ?? []).map((part) => part['pattern']),
  ].filter(Boolean);
  const bounded =
    patterns.length > 0 || SAFE_FORMATS.has(node['format'] as string) || 'enum' in node || 'const' in node;
  if (types.includes('string') && !bounded) found.push(where);
  // Validators built on Rust's regex engine (schemathesis' jsonschema-rs) refuse a pattern that names a surrogate.
  for (const pattern of patterns)
    if (/\\u[dD][89a-fA-F]/.test(pattern as string)) found.push(`${where} (pattern names a surrogate: ${pattern})`);
  if (node['additionalProperties'] === true) found.push(`${where} (accepts any extra field)`);
  for (const [name, child] of Object.entries((node['properties'] as Schema | undefined) ?? {}))
    found.push(...unsafeStrings(child, `${where}.${name}`, resolve, seen));
  for (const key of ['items', 'additionalProperties', 'propertyNames'])
    found.push(...unsafeStrings(node[key], `${where}[${key}]`, resolve, seen));
  for (const key of ['allOf', 'anyOf', 'oneOf', 'prefixItems'])
    ((node[key] as unknown[] | undefined) ?? []).forEach((part, i) =>
      found.push(...unsafeStrings(part, `${where}[${key} ${i}]`, resolve, seen)),
    );
  return found;
}

const resolver = (document: Schema) => (ref: string) =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node as Schema | undefined)?.[part], document);

describe('text safety of every input in the published contracts', () => {
  it('shows the shared pattern on safe text', () => {
    expect(SAFE_TEXT_PATTERN.source).toBe('^[^\\u0000]*$');
  });

  it('leaves no bare string in any request of any service (parameters and bodies)', async () => {
    const unsafe: string[] = [];
    for (const [service, rendered] of await renderOpenApiDocuments()) {
      const document = JSON.parse(rendered) as Schema;
      const resolve = resolver(document);
      for (const [path, item] of Object.entries(document['paths'] as Record<string, Record<string, Schema>>)) {
        for (const [method, operation] of Object.entries(item)) {
          const label = `${service} ${method.toUpperCase()} ${path}`;
          // Header values come through Node's HTTP parser, which refuses NUL and control characters
          // and reads bytes as Latin-1 (no surrogates): only path and query parameters are text here.
          const parameters = ((operation['parameters'] as Schema[] | undefined) ?? []).filter(
            (parameter) => parameter['in'] !== 'header',
          );
          for (const parameter of parameters)
            unsafe.push(
              ...unsafeStrings(parameter['schema'], `${label} ${parameter['in']} ${parameter['name']}`, resolve),
            );
          const content = ((operation['requestBody'] as Schema | undefined)?.['content'] ?? {}) as Record<
            string,
            Schema
          >;
          for (const [type, media] of Object.entries(content))
            unsafe.push(...unsafeStrings(media['schema'], `${label} body (${type})`, resolve));
        }
      }
    }
    expect(unsafe).toEqual([]);
  });

  it('leaves no bare string in any event payload', () => {
    const document = JSON.parse(renderAsyncApi()) as Schema;
    const messages = (document['components'] as Schema)['messages'] as Record<string, Schema>;
    const unsafe = Object.entries(messages).flatMap(([name, message]) =>
      unsafeStrings(message['payload'], name, resolver(document)),
    );
    expect(unsafe).toEqual([]);
  });
});
