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
  return cleanupOpenApiDoc(SwaggerModule.createDocument(app, config));
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
