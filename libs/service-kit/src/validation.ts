import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import { ZodError } from 'zod';

/** Formats zod issues as `field.path: message`, so a 400 names the offending field. */
export function describeIssues(error: ZodError): string[] {
  return error.issues.map((issue) => `${issue.path.length ? issue.path.join('.') : '(body)'}: ${issue.message}`);
}

/**
 * Global pipe: every body, query and path parameter typed with a zod DTO is validated; schemas
 * are strict, so unknown fields are rejected too.
 */
export const PlatformValidationPipe = createZodValidationPipe({
  createValidationException: (error: unknown) => {
    // A schema that threw something else (a bug in a refinement) is a server error, not a 400.
    if (!(error instanceof ZodError)) throw error;
    const issues = describeIssues(error);
    return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: issues.join('; '), issues });
  },
});
