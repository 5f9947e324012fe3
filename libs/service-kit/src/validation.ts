import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError } from 'zod';
import { issuesBadRequest } from './bad-request';

type Where = ArgumentMetadata['type'];

/**
 * Formats zod issues as `field.path: message`, so a 400 names the offending field; an issue of the
 * whole input names where it was (`query: Unrecognized key "q"`). A query parameter given twice
 * arrives as an array: it is said to be repeated, not "expected number, received NaN". A request
 * sent without the body its route needs is told what to send, not "expected object, received undefined".
 */
export function describeIssues(error: ZodError, where: Where = 'body', input?: unknown): string[] {
  if (where === 'body' && input === undefined) return [MISSING_BODY];
  const repeated = (key: PropertyKey | undefined) =>
    where === 'query' &&
    typeof key === 'string' &&
    input !== null &&
    typeof input === 'object' &&
    Array.isArray((input as Record<string, unknown>)[key]);
  const lines = error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : where === 'custom' ? 'input' : where;
    if (issue.code === 'unrecognized_keys') return unrecognizedKeys(path, issue.keys);
    if (issue.path.length === 1 && repeated(issue.path[0])) return `${path}: the parameter is repeated; give it once`;
    return `${path}: ${issue.message}`;
  });
  return [...new Set(lines)];
}

const MISSING_BODY = 'body: required: send a JSON object with Content-Type: application/json';

const unrecognizedKeys = (path: string, keys: string[]): string =>
  `${path}: Unrecognized key${keys.length > 1 ? 's' : ''} ${keys.map((key) => JSON.stringify(key)).join(', ')}`;

const ZodPipe = createZodValidationPipe({
  // Formatted below, where the pipe knows whether the body, the query or the path was wrong.
  createValidationException: (error: unknown) => error as Error,
});

/**
 * Global pipe: every body, query and path parameter typed with a zod DTO is validated; schemas
 * are strict, so unknown fields are rejected too.
 */
export class PlatformValidationPipe extends ZodPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): unknown {
    try {
      return super.transform(value, metadata);
    } catch (error) {
      // A schema that threw something else (a bug in a refinement) is a server error, not a 400.
      if (!(error instanceof ZodError)) throw error;
      throw issuesBadRequest(describeIssues(error, metadata.type, value));
    }
  }
}

/**
 * The query of an endpoint that takes no parameters (`@Query(NoQuery) _query: NoQueryParams`): a
 * key given anyway is refused (400 `query: Unrecognized key "x"`), as the endpoints with
 * parameters refuse one they do not know, rather than answered as if the client's filter had been
 * applied. A pipe, not an empty zod DTO: the OpenAPI document has no parameters to show for it.
 */
export class NoQuery implements PipeTransform<unknown, NoQueryParams> {
  transform(value: unknown): NoQueryParams {
    const keys = value !== null && typeof value === 'object' ? Object.keys(value) : [];
    if (keys.length) throw issuesBadRequest([unrecognizedKeys('query', keys)]);
    return {};
  }
}
export type NoQueryParams = Record<string, never>;
