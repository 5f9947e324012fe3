import { readFileSync } from 'node:fs';
import { openApiPath, renderOpenApiDocuments } from './render-openapi';

jest.setTimeout(60_000);

describe('checked-in OpenAPI documents', () => {
  it('match what the services serve (run `npm run openapi` to refresh)', async () => {
    const documents = await renderOpenApiDocuments();
    expect([...documents.keys()]).toEqual(['applications', 'validation', 'risk-management', 'mra', 'notifications']);
    for (const [service, document] of documents) {
      expect({ service, document: readFileSync(openApiPath(service), 'utf8') }).toEqual({ service, document });
      const parsed = JSON.parse(document);
      expect(parsed.openapi).toMatch(/^3\./);
      expect(Object.keys(parsed.paths)).toContain('/health/ready');
    }
  });
});
