import { readFileSync } from 'node:fs';
import { openApiPath, renderOpenApiDocuments } from './render-openapi';

jest.setTimeout(60_000);

describe('checked-in OpenAPI documents', () => {
  it('match what the services serve (run `npm run openapi` to refresh)', async () => {
    const documents = await renderOpenApiDocuments();
    expect([...documents.keys()]).toEqual([
      'applications',
      'validation',
      'risk-management',
      'mra',
      'notifications',
      'programme',
    ]);
    for (const [service, document] of documents) {
      expect({ service, document: readFileSync(openApiPath(service), 'utf8') }).toEqual({ service, document });
      const parsed = JSON.parse(document);
      expect(parsed.openapi).toMatch(/^3\./);
      expect(Object.keys(parsed.paths)).toContain('/health/ready');
    }
  });
});

describe('every operation of every service', () => {
  it('documents its success status explicitly (a `default` answer would hide which status succeeds)', async () => {
    const withDefault: string[] = [];
    for (const [service, document] of await renderOpenApiDocuments()) {
      for (const [path, item] of Object.entries(
        JSON.parse(document).paths as Record<string, Record<string, { responses: Record<string, unknown> }>>,
      )) {
        for (const [method, operation] of Object.entries(item)) {
          if (
            'default' in operation.responses ||
            !Object.keys(operation.responses).some((status) => status.startsWith('2'))
          )
            withDefault.push(`${service} ${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(withDefault).toEqual([]);
  });
});
