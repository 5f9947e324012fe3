import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { correlationMiddleware } from '@aeo/observability';

export interface ServiceDescription {
  service: string;
  title: string;
  description: string;
  version?: string;
}

/** Domain routes live under /v1; health, metrics and docs stay at the root. */
export const API_PREFIX = 'v1';

export function buildOpenApiDocument(app: INestApplication, description: ServiceDescription): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(description.title)
    .setDescription(description.description)
    .setVersion(description.version ?? '1.0.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' })
    .addSecurityRequirements('bearer')
    .build();
  return withErrorResponses(cleanupOpenApiDoc(SwaggerModule.createDocument(app, config)));
}

const ERROR_SCHEMA = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string' },
    message: { type: 'string', description: 'What went wrong; for 400, `field.path: problem` for each invalid field' },
    issues: { type: 'array', items: { type: 'string' } },
  },
};

/** Documents the platform's error answers on every operation, so clients can rely on them. */
function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Error: ERROR_SCHEMA } };
  const error = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
  for (const [path, item] of Object.entries(document.paths)) {
  const unavailable = {
    ...error('A dependency (database, Kafka or Temporal) is unavailable; the message names it. Retry after `Retry-After` seconds'),
    headers: { 'Retry-After': { description: 'Seconds to wait before retrying (DEPENDENCY_RETRY_AFTER_S)', schema: { type: 'integer' } } },
  };
    const open = path.startsWith('/health') || path.startsWith('/v1/public/');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      const responses = operation.responses as Record<string, unknown>;
      if (open) {
      operation.description = withAccessNote(operation.description, open ? undefined : ((operation as Record<string, unknown>)[ROLES_EXTENSION] as string[] | undefined) ?? []);
      if (path !== '/health/live') responses['503'] ??= unavailable;
        operation.security = [];
        continue;
      }
      if (operation.requestBody || operation.parameters?.length) responses['400'] ??= error('Invalid input; the message names each invalid field');
      responses['401'] ??= error('Missing, malformed, expired or badly signed bearer token');
      responses['403'] ??= error('Role not allowed, or the record belongs to another region or company');
      if (path.includes('{')) responses['404'] ??= error('No such record');
      if (method === 'post') responses['409'] ??= error('Conflicts with the current state (duplicate, or an illegal transition)');
    }
  }
  return document;
}

/** Applies the platform's HTTP conventions to an app (also used by tests on real HTTP). */
export function configureApp(app: INestApplication, description: ServiceDescription): OpenAPIObject {
  app.setGlobalPrefix(API_PREFIX, {
    exclude: [
      { path: 'health/{*path}', method: RequestMethod.ALL },
      { path: 'metrics', method: RequestMethod.ALL },
    ],
  });
  app.use(correlationMiddleware);
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app, description);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return document;
}

/** Starts a service: JSON logger, correlation ids, OpenAPI at /docs, graceful shutdown. */
export async function bootstrapService(module: Type<unknown>, description: ServiceDescription, port: number, host: string): Promise<INestApplication> {
  const app = await NestFactory.create(module, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  configureApp(app, description);
  await app.listen(port, host);
  app.get(Logger).log(`${description.service} listening on http://${host}:${port} (API docs at /docs)`);
  return app;
}
