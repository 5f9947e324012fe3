import { ArgumentMetadata } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError } from 'zod';
import { issuesBadRequest } from './bad-request';

type Where = ArgumentMetadata['type'];

/**
 * Formats zod issues as `field.path: message`, so a 400 names the offending field; an issue of the
 * whole input names where it was (`query: Unrecognized key "q"`). A query parameter given twice
 * arrives as an array: it is said to be repeated, not "expected number, received NaN".
 */
export function describeIssues(error: ZodError, where: Where = 'body', input?: unknown): string[] {
  const repeated = (key: PropertyKey | undefined) =>
    where === 'query' &&
    typeof key === 'string' &&
    input !== null &&
    typeof input === 'object' &&
    Array.isArray((input as Record<string, unknown>)[key]);
  const lines = error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : where === 'custom' ? 'input' : where;
    if (issue.code === 'unrecognized_keys')
      return `${path}: Unrecognized key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
    if (issue.path.length === 1 && repeated(issue.path[0])) return `${path}: the parameter is repeated; give it once`;
    return `${path}: ${issue.message}`;
  });
  return [...new Set(lines)];
}

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
