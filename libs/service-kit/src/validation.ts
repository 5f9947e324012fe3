import { BadRequestException } from '@nestjs/common';
import { createZodValidationPipe } from 'nestjs-zod';
import type { ZodError } from 'zod';

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
    const issues = describeIssues(error as ZodError);
    return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: issues.join('; '), issues });
  },
});
