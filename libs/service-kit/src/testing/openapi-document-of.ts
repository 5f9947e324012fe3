import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX, buildOpenApiDocument, ServiceDescription } from '../bootstrap';

/**
 * The OpenAPI document of a test module's controllers under the API prefix, as a service's is
 * built; Nest's preview mode builds the routes but instantiates no provider.
 */
export async function openApiDocumentOf(module: Type<unknown>, api: ServiceDescription): Promise<OpenAPIObject> {
  const app = await NestFactory.create(module, { logger: false, preview: true });
  try {
    app.setGlobalPrefix(API_PREFIX);
    return buildOpenApiDocument(app, api);
  } finally {
    await app.close();
  }
}
