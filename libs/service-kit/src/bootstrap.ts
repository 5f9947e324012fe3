import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as zlib from 'node:zlib';
import { INestApplication, RequestMethod, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { ROLES_EXTENSION, SCOPES_EXTENSION } from '@aeo/auth';
import { correlationMiddleware } from '@aeo/observability';
import { HUMAN_STEP_EXTENSION, HUMAN_STEP_NOTE } from './idempotency';
import { type RawBodyAdmission, rawBodyAdmission } from './raw-body-admission';
import { WORKFLOW_ACTION_EXTENSION, WORKFLOW_ACTION_UNPROCESSABLE } from './workflow-action';

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
  return withErrorResponses(cleanupOpenApiDoc(withNullableTypesRestored(SwaggerModule.createDocument(app, config))));
}

/**
 * zod writes a nullable primitive as `type: [T, 'null']`; @nestjs/swagger reads a type list as an
 * array of its first type, so `z.string().nullable()` would be documented as `string[]`. Such
 * properties carry nestjs-zod's empty-type marker (real arrays do not): turn them back into a
 * nullable T (OpenAPI 3.0).
 */
function withNullableTypesRestored(document: OpenAPIObject): OpenAPIObject {
  for (const schema of Object.values(document.components?.schemas ?? {}) as Array<{
    properties?: Record<string, Record<string, unknown>>;
  }>) {
    for (const property of Object.values(schema.properties ?? {})) {
      if (
        property['x-nestjs_zod-empty-type'] !== true ||
        property['type'] !== 'array' ||
        !property['items'] ||
        property['anyOf']
      )
        continue;
      const items = property['items'] as Record<string, unknown>;
      delete property['items'];
      Object.assign(property, items, { nullable: true });
    }
  }
  return document;
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
  const error = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
  });
  const unavailable = {
    ...error(
      'A dependency (database, Kafka or Temporal) is unavailable, or the database connection pool is exhausted (overload); the message says which. Retry after `Retry-After` seconds',
    ),
    headers: {
      'Retry-After': {
        description: 'Seconds to wait before retrying (DEPENDENCY_RETRY_AFTER_S)',
        schema: { type: 'integer' },
      },
    },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    const health = path.startsWith('/health');
    for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
      const operation = item[method];
      if (!operation) continue;
      // Open: health, /v1/public/*, and an operation that declares it needs no token (`security: []`, with @Public()).
      const open =
        health ||
        path.startsWith('/v1/public/') ||
        (Array.isArray(operation.security) && operation.security.length === 0);
      const responses = operation.responses as Record<string, unknown>;
      if ((operation as unknown as Record<string, unknown>)[HUMAN_STEP_EXTENSION]) {
        operation.description = operation.description
          ? `${operation.description}\n\n${HUMAN_STEP_NOTE}`
          : HUMAN_STEP_NOTE;
        responses['409'] ??= error(
          'A different request for a step already taken (the message says what was done, when and by whom), or the stage does not allow it',
        );
      }
      if ((operation as unknown as Record<string, unknown>)[WORKFLOW_ACTION_EXTENSION])
        responses['422'] ??= error(WORKFLOW_ACTION_UNPROCESSABLE);
      operation.description = withAccessNote(
        operation.description,
        open
          ? undefined
          : (((operation as unknown as Record<string, unknown>)[ROLES_EXTENSION] as string[] | undefined) ?? []),
        (operation as unknown as Record<string, unknown>)[SCOPES_EXTENSION] as string[] | undefined,
      );
      if (path !== '/health/live') responses['503'] ??= unavailable;
      // Unknown query parameters are refused too, so every route but health can answer 400.
      if (!health) responses['400'] ??= error('Invalid input; the message names each invalid field');
      if (operation.requestBody) responses['413'] ??= error('Request body larger than the service accepts');
      if (path.includes('{')) responses['404'] ??= error('No such record');
      if (open) {
        operation.security = [];
        continue;
      }
      responses['401'] ??= error('Missing, malformed, expired or badly signed bearer token');
      responses['403'] ??= error(
        'Role not allowed, or the record is outside the caller’s region or company (an operator user gets 404 instead where another company’s records are hidden as unknown ones)',
      );
      if (method === 'post')
        responses['409'] ??= error('Conflicts with the current state (duplicate, or an illegal transition)');
      if (method === 'post' || method === 'patch') withIdempotencyKey(operation, error);
    }
  }
  return document;
}

/** Every authenticated POST and PATCH takes an `Idempotency-Key` (libs/service-kit/src/idempotency.ts). */
function withIdempotencyKey(
  operation: NonNullable<OpenAPIObject['paths'][string]['post']>,
  error: (description: string) => object,
): void {
  const parameters = (operation.parameters ??= []) as Array<{ name?: string; in?: string }>;
  if (
    !parameters.some((parameter) => parameter.in === 'header' && parameter.name?.toLowerCase() === 'idempotency-key')
  ) {
    parameters.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'Optional, 1 to 255 printable characters, unique per request of the caller (token `sub`); given twice: 400. A retry with the same key and the same request gets the first answer again, with `Idempotent-Replayed: true`, and changes nothing; the same key with a different request: 422; while the first is in progress: 409. Kept IDEMPOTENCY_KEY_RETENTION_HOURS (24 h by default).',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    } as never);
  }
  const responses = operation.responses as Record<string, unknown>;
  responses['409'] ??= error('The same Idempotency-Key is still in progress with its first request');
  responses['422'] ??= error('Unprocessable: among others, the Idempotency-Key was used for a different request');
}

/** Says who may call an operation, from the roles its `@Roles` decorator enforces. */
function withAccessNote(description: string | undefined, roles: string[] | undefined, scopes?: string[]): string {
  const note =
    (roles === undefined
      ? 'No token needed.'
      : roles.length
        ? `Roles allowed: ${roles.join(', ')}.`
        : 'Roles allowed: any authenticated user.') +
    (roles !== undefined && scopes?.length
      ? ` Backend platforms (backend-platform) need the scope ${scopes.join(' ')} (OAuth client credentials).`
      : '');
  return description ? `${description}\n\n${note}` : note;
}

/**
 * Body parsers would decode invalid UTF-8 into U+FFFD and store a different text than was sent:
 * refuse it instead. The error carries its status, so Nest answers 400 with this message.
 */
function refuseInvalidUtf8(_request: IncomingMessage, _response: ServerResponse, body: Buffer, encoding: string): void {
  if (encoding.toLowerCase() === 'utf-8' && !isUtf8(body))
    throw Object.assign(new Error('body: is not valid UTF-8'), {
      status: 400,
      statusCode: 400,
      type: 'entity.verify.failed',
    });
}

/**
 * A route that takes its body as the exact bytes sent (a signed file, say: the signature is over
 * those bytes, so they must not be parsed and written again), instead of parsed JSON. The route reads
 * the bytes as `request.body` (a Buffer); they are valid UTF-8 (else 400) and at most `limit` bytes
 * (else 413). Other media types on that route are parsed as usual.
 *
 * Before any byte of the body is read (whatever its media type), the caller's bearer token and
 * `roles` are checked (401/403) and one of the route's `concurrent` slots is taken (503 with
 * Retry-After when none is free): see rawBodyAdmission.
 */
export interface RawBodyRoute extends RawBodyAdmission {
  method: 'POST' | 'PUT';
  /** The request path (with the /v1 prefix, without the query), e.g. `/^\/v1\/lists$/`. */
  path: RegExp;
  /** The media types taken as raw bytes (lower case, without parameters such as charset). */
  mediaTypes: readonly string[];
  /** The largest body accepted, in bytes. */
  limit: number;
}

const rawBodyRoutes: RawBodyRoute[] = [];

/**
 * Declares a raw-body route. Call it when the route's module is loaded (next to its controller), so
 * that it is known when the app is configured.
 */
export function acceptRawBody(route: RawBodyRoute): void {
  rawBodyRoutes.push(route);
}

const mediaTypeOf = (request: IncomingMessage): string =>
  (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();

/** The charset parameter of the request's Content-Type (lower case, unquoted), if it has one. */
const charsetOf = (request: IncomingMessage): string | undefined =>
  /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(request.headers['content-type'] ?? '')?.[1]?.toLowerCase();

const isRawBodyRouteRequest = (route: RawBodyRoute, request: IncomingMessage): boolean =>
  request.method === route.method && route.path.test((request.url ?? '').split('?')[0]);

const isRawBodyRequest = (route: RawBodyRoute, request: IncomingMessage): boolean =>
  isRawBodyRouteRequest(route, request) && route.mediaTypes.includes(mediaTypeOf(request));

/**
 * A body its route reads (`reads`) is UTF-8: another charset answers 415 naming the body. JSON is
 * UTF-8 (RFC 8259); body-parser would refuse latin-9 without naming the body, and decode UTF-16
 * past the UTF-8 check, turning what is not valid into U+FFFD.
 */
function refuseCharsetsOtherThanUtf8(reads: (request: IncomingMessage) => boolean) {
  return (request: IncomingMessage, _response: ServerResponse, next: (error?: unknown) => void): void => {
    const charset = reads(request) ? charsetOf(request) : undefined;
    if (charset === undefined || charset === 'utf-8' || charset === 'utf8') return next();
    next(Object.assign(new Error(notUtf8(charset)), { status: 415, statusCode: 415, type: 'charset.unsupported' }));
  };
}

const notUtf8 = (charset: string): string => `body: must be UTF-8 (charset=utf-8 or none; got charset=${charset})`;

/** A raw body's bytes must be valid UTF-8 (the routes take text: CSV, JSON). */
function refuseInvalidUtf8Bytes(_request: IncomingMessage, _response: ServerResponse, body: Buffer): void {
  refuseInvalidUtf8(_request, _response, body, 'utf-8');
}

const KB = 1024;
const MB = 1024 * KB;
const sizeOf = (bytes: number): string => (bytes % MB === 0 ? `${bytes / MB} MB` : `${bytes} bytes`);
/** The largest JSON body a service accepts (body-parser's default, said in the 413). */
export const JSON_BODY_LIMIT_BYTES = 100 * KB;

/**
 * Each raw-body route's admission (token, roles, concurrency: before its body is read, whatever
 * its media type) and parser, with its own size limit (413 naming the limit).
 */
function useRawBodyParsers(express: NestExpressApplication): void {
  for (const route of rawBodyRoutes) {
    const admit = rawBodyAdmission(express, route);
    express.use((request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) =>
      isRawBodyRouteRequest(route, request) ? admit(request, response, next) : next(),
    );
    express.use(refuseCharsetsOtherThanUtf8((request) => isRawBodyRequest(route, request)));
    express.useBodyParser('raw', {
      type: (request: IncomingMessage) => isRawBodyRequest(route, request),
      limit: route.limit,
      verify: refuseInvalidUtf8Bytes,
    });
    express.use(
      (
        error: { type?: string; message: string },
        request: IncomingMessage,
        _response: ServerResponse,
        next: (error?: unknown) => void,
      ) => {
        if (error?.type === 'entity.too.large' && isRawBodyRequest(route, request))
          error.message = `body: larger than ${sizeOf(route.limit)}, the most this route accepts`;
        next(error);
      },
    );
  }
}

const hasBodyOf = (request: IncomingMessage): boolean =>
  request.headers['transfer-encoding'] !== undefined ||
  (request.headers['content-length'] !== undefined && request.headers['content-length'] !== '0');

const contentEncodingOf = (request: IncomingMessage): string =>
  (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();

/** The Content-Encodings body-parser decompresses (zstd where Node has it). */
const CONTENT_ENCODINGS = ['gzip', 'deflate', 'br', ...('createZstdDecompress' in zlib ? ['zstd'] : [])];

const JSON_TYPES = ['application/json', 'application/*+json'];
const isJsonType = (mediaType: string): boolean =>
  mediaType === 'application/json' || /^application\/[^/;]+\+json$/.test(mediaType);

/**
 * A request body is JSON (application/json or a +json type) or a multipart upload (taken by the
 * upload routes themselves); anything else answers 415 rather than reaching a route as an empty or
 * guessed body. A request without a body needs no type.
 */
function refuseUnsupportedBodies(
  request: IncomingMessage,
  _response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const hasBody = hasBodyOf(request);
  const mediaType = mediaTypeOf(request);
  const rawBodyRead = Buffer.isBuffer((request as IncomingMessage & { body?: unknown }).body);
  if (hasBody && !rawBodyRead && mediaType === 'multipart/form-data' && contentEncodingOf(request) !== 'identity')
    // multer reads the bytes as they come: a compressed form would be refused as a broken one.
    return next(
      Object.assign(
        new Error(`body: send multipart/form-data without Content-Encoding (got ${contentEncodingOf(request)})`),
        { status: 415, statusCode: 415, type: 'encoding.unsupported' },
      ),
    );
  if (!hasBody || rawBodyRead || isJsonType(mediaType) || mediaType === 'multipart/form-data') return next();
  // A raw-body route names its own media types too (and the multipart upload its handler may take).
  const route = rawBodyRoutes.find((candidate) => isRawBodyRouteRequest(candidate, request));
  const accepted = route
    ? [...new Set([...route.mediaTypes, 'application/json', 'multipart/form-data'])].join(', ')
    : 'application/json';
  next(
    Object.assign(
      new Error(`body: send ${route ? `one of ${accepted}` : accepted} (got ${mediaType || 'no Content-Type'})`),
      {
        status: 415,
        statusCode: 415,
        type: 'entity.parse.failed',
      },
    ),
  );
}

/**
 * JSON bodies with the default size limit, checked for valid UTF-8 before decoding; the raw-body
 * routes' own media types as bytes (acceptRawBody).
 */
function useStrictBodyParsers(app: INestApplication): void {
  const express = app as NestExpressApplication;
  useRawBodyParsers(express);
  express.use(refuseUnsupportedBodies);
  express.use(refuseCharsetsOtherThanUtf8((request) => hasBodyOf(request) && isJsonType(mediaTypeOf(request))));
  express.useBodyParser('json', { type: JSON_TYPES, limit: JSON_BODY_LIMIT_BYTES, verify: refuseInvalidUtf8 });
  express.use(describeJsonParseErrors);
}

/**
 * A JSON body the parser refused, said the way the validation pipe says it (`body: ...`): one over
 * JSON_BODY_LIMIT_BYTES names the limit (body-parser says only "request entity too large"); valid
 * JSON that is not an object or array (`null`, `5`, `"x"`; the parser's strict mode refuses them
 * with a misleading "not valid JSON") must be an object; anything else is not valid JSON; a body
 * that is not what its Content-Encoding says (gzip that is not gzip) could not be decompressed; one
 * in a Content-Encoding body-parser does not know is not supported, nor one in a charset it refuses.
 */
function describeJsonParseErrors(
  error: { status?: number; type?: string; code?: string; message: string; body?: unknown },
  request: IncomingMessage,
  _response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  if (error?.type === 'entity.too.large' && error.status === 413 && !error.message.startsWith('body: '))
    error.message = `body: larger than ${JSON_BODY_LIMIT_BYTES / KB} KB (${JSON_BODY_LIMIT_BYTES} bytes), the most this service accepts`;
  // zlib's own words ("incorrect header check", brotli's "Decompression failed", zstd's "Unknown
  // frame descriptor") name neither the body nor what was wrong; they come with zlib's code, no type.
  if (
    error?.status === 400 &&
    error.type === undefined &&
    typeof error.code === 'string' &&
    contentEncodingOf(request) !== 'identity' &&
    !error.message.startsWith('body: ')
  )
    error.message = `body: is not ${contentEncodingOf(request)} data, as its Content-Encoding says`;
  // body-parser's JSON parser takes utf-8 but not its alias utf8.
  if (error?.type === 'charset.unsupported' && !error.message.startsWith('body: '))
    error.message = notUtf8(charsetOf(request) ?? 'none');
  if (error?.type === 'encoding.unsupported' && !error.message.startsWith('body: '))
    error.message = `body: Content-Encoding ${contentEncodingOf(request)} is not supported (send ${CONTENT_ENCODINGS.join(', ')} or none)`;
  if (error?.type === 'entity.parse.failed' && error.status === 400 && typeof error.body === 'string') {
    let scalar: string | undefined;
    try {
      const value: unknown = JSON.parse(error.body);
      if (value === null || typeof value !== 'object') scalar = value === null ? 'null' : typeof value;
    } catch {
      // Not JSON at all: the parser's own message says where.
    }
    error.message = scalar
      ? `body: must be a JSON object (got ${scalar})`
      : `body: is not valid JSON (${error.message})`;
  }
  next(error);
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
  useStrictBodyParsers(app);
  app.enableShutdownHooks();
  const document = buildOpenApiDocument(app, description);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json' });
  return document;
}

/** Starts a service: JSON logger, correlation ids, OpenAPI at /docs, graceful shutdown. */
export async function bootstrapService(
  module: Type<unknown>,
  description: ServiceDescription,
  port: number,
  host: string,
): Promise<INestApplication> {
  // configureApp registers the body parsers (with the UTF-8 check).
  const app = await NestFactory.create(module, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureApp(app, description);
  await app.listen(port, host);
  app.get(Logger).log(`${description.service} listening on http://${host}:${port} (API docs at /docs)`);
  return app;
}

/**
 * A service's entry point: reads its configuration, starts it, and on failure logs one fatal JSON
 * line and exits with status 1 (a configuration error included).
 */
export function runService(
  module: Type<unknown>,
  description: ServiceDescription,
  loadConfig: () => { PORT: number; HOST: string },
): void {
  const start = async () => {
    const config = loadConfig();
    await bootstrapService(module, description, config.PORT, config.HOST);
  };
  start().catch((error) => {
    console.error(
      JSON.stringify({
        level: 'fatal',
        service: description.service,
        msg: 'failed to start',
        err: String(error?.stack ?? error),
      }),
    );
    process.exit(1);
  });
}
