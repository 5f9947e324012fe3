import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** The platform's error body (documented by service-kit as `Error`), for the error answers an operation describes itself. */
export const ERROR_BODY = { $ref: '#/components/schemas/Error' } as const;

/** The error answers an operation describes itself, by status (403, 409, 422...), each with the platform's error body. */
export function ApiErrorAnswers(answers: Readonly<Record<number, string>>): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...Object.entries(answers).map(([status, description]) =>
      ApiResponse({ status: Number(status), description, schema: ERROR_BODY }),
    ),
  );
}
