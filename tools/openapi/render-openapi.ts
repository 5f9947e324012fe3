import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { buildOpenApiDocument, API_PREFIX } from '@aeo/service-kit';
import { RequestMethod } from '@nestjs/common';
import { loadServices } from './services';

export const openApiPath = (service: string) => join(__dirname, '..', '..', 'services', service, 'openapi.json');

/**
 * Renders each service's OpenAPI document without connecting to anything: Nest's preview mode
 * builds the module graph and routes but instantiates no provider.
 */
export async function renderOpenApiDocuments(): Promise<Map<string, string>> {
  const documents = new Map<string, string>();
  for (const service of await loadServices()) {
    const app = await NestFactory.create(service.module, { preview: true, logger: false, abortOnError: false });
    app.setGlobalPrefix(API_PREFIX, {
      exclude: [
        { path: 'health/{*path}', method: RequestMethod.ALL },
        { path: 'metrics', method: RequestMethod.ALL },
      ],
    });
    const document = buildOpenApiDocument(app, service.api);
    documents.set(service.name, `${JSON.stringify(document, null, 2)}\n`);
    await app.close();
  }
  return documents;
}
