import { BadRequestException } from '@nestjs/common';

/**
 * The platform's 400 for input that is wrong, as the validation pipe answers it: each issue reads
 * `field.path: message`, all of them joined in `message` and listed in `issues`.
 */
export function issuesBadRequest(issues: readonly string[]): BadRequestException {
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: issues.join('; '), issues });
}

/** A 400 naming the one field that is wrong, shaped as the validation pipe's (`throw fieldBadRequest('limit', '...')`). */
export function fieldBadRequest(field: string, message: string): BadRequestException {
  return issuesBadRequest([`${field}: ${message}`]);
}
