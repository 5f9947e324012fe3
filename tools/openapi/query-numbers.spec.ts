import { renderOpenApiDocuments } from './render-openapi';

jest.setTimeout(60_000);

type Schema = Record<string, unknown>;

/**
 * Path and query parameters arrive as text. A parameter the published document types as a number
 * was read with `z.coerce.number()`, which takes `0x10` as 16, `1e2` as 100, `2.0` as 2, ` 5` as 5
 * and an empty value as 0; `intParam` and `decimalParam` (@aeo/contracts) take decimal digits only,
 * and their documents say so: a string with a digits pattern.
 */
describe('numbers in path and query parameters of every service', () => {
  it('are read from decimal digits only (intParam or decimalParam, never z.coerce.number)', async () => {
    const coerced: string[] = [];
    for (const [service, rendered] of await renderOpenApiDocuments()) {
      const paths = (JSON.parse(rendered) as Schema)['paths'] as Record<string, Record<string, Schema>>;
      for (const [path, item] of Object.entries(paths))
        for (const [method, operation] of Object.entries(item))
          for (const parameter of (operation['parameters'] as Schema[] | undefined) ?? []) {
            if (parameter['in'] !== 'query' && parameter['in'] !== 'path') continue;
            const type = ([] as unknown[]).concat((parameter['schema'] as Schema | undefined)?.['type'] ?? []);
            if (type.includes('number') || type.includes('integer'))
              coerced.push(`${service} ${method.toUpperCase()} ${path} ${parameter['in']} ${parameter['name']}`);
          }
    }
    expect(coerced).toEqual([]);
  });
});
