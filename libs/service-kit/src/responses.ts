import { z } from 'zod';

/**
 * Response schemas: each operation's answer is a zod schema, used three times through
 * nestjs-zod's `@ZodResponse({ status, type: createZodDto(schema) })` (always with its status: without
 * one it is documented as `default`, not as the success status): the handler must return its
 * input type (compile time), the global ZodSerializerInterceptor parses what it returns into the
 * output (run time: unknown keys dropped, dates written as ISO strings), and the OpenAPI document
 * shows the output (docs time). Controllers give it as `answer` of `@Operation` (openapi/operation.ts),
 * which applies `@ZodResponse` with the operation's status.
 */

/** A point in time: the code returns a Date (or an ISO string), clients get an ISO 8601 UTC string. */
export const responseInstant = z.codec(z.union([z.date(), z.string()]), z.iso.datetime(), {
  decode: (value) => new Date(value).toISOString(),
  encode: (value) => value,
});
