import { BadRequestException } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { fieldBadRequest, issuesBadRequest } from './bad-request';
import { PlatformValidationPipe } from './validation';

const bodyOf = (run: () => unknown) => {
  try {
    run();
  } catch (caught) {
    expect(caught).toBeInstanceOf(BadRequestException);
    return (caught as BadRequestException).getResponse();
  }
  throw new Error('no 400');
};

describe('fieldBadRequest', () => {
  it("answers the validation pipe's body: the field named in message and issues", () => {
    class Limit extends createZodDto(z.strictObject({ limit: z.number().max(1, 'must be at most 1') })) {}
    const fromPipe = bodyOf(() =>
      new PlatformValidationPipe().transform({ limit: 2 }, { type: 'body', metatype: Limit }),
    );
    const byHand = bodyOf(() => {
      throw fieldBadRequest('limit', 'must be at most 1');
    });
    expect(byHand).toEqual(fromPipe);
    expect(byHand).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'limit: must be at most 1',
      issues: ['limit: must be at most 1'],
    });
  });

  it('lists several issues, joined in the message', () => {
    expect(issuesBadRequest(['a: wrong', 'b: missing']).getResponse()).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'a: wrong; b: missing',
      issues: ['a: wrong', 'b: missing'],
    });
  });
});
