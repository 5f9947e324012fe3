import { BadRequestException } from '@nestjs/common';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PlatformValidationPipe } from './validation';

class Period extends createZodDto(
  z.strictObject({ day: z.iso.date() }).superRefine((value) => {
    if (value.day === '2000-01-01') throw new RangeError('a bug in a refinement');
  }),
) {}

describe('PlatformValidationPipe', () => {
  const pipe = new PlatformValidationPipe();
  const validate = (value: unknown) => pipe.transform(value, { type: 'query', metatype: Period });

  it('answers 400 naming each bad or unknown field', () => {
    let error: unknown;
    try {
      validate({ day: 'yesterday', extra: 1 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BadRequestException);
    const message = (error as BadRequestException).getResponse() as { message: string; issues: string[] };
    expect(message.issues).toEqual([expect.stringMatching(/^day: /), 'query: Unrecognized key "extra"']);
  });

  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (caught) {
      return ((caught as BadRequestException).getResponse() as { issues: string[] }).issues;
    }
    return [];
  };

  it('names where an unknown key was: the body, the query or the path', () => {
    expect(issuesOf(() => pipe.transform({ day: '2026-11-30', q: '' }, { type: 'body', metatype: Period }))).toEqual([
      'body: Unrecognized key "q"',
    ]);
    expect(
      issuesOf(() => pipe.transform({ day: '2026-11-30', a: 1, b: 2 }, { type: 'param', metatype: Period })),
    ).toEqual(['param: Unrecognized keys "a", "b"']);
  });

  it('says a query parameter given twice is repeated', () => {
    class Page extends createZodDto(z.strictObject({ limit: z.coerce.number().int().min(1).max(10).default(5) })) {}
    expect(issuesOf(() => pipe.transform({ limit: ['1', '2'] }, { type: 'query', metatype: Page }))).toEqual([
      'limit: the parameter is repeated; give it once',
    ]);
    expect(pipe.transform({ limit: '2' }, { type: 'query', metatype: Page })).toEqual({ limit: 2 });
  });

  it('tells a request without the body its route needs what to send', () => {
    expect(issuesOf(() => pipe.transform(undefined, { type: 'body', metatype: Period }))).toEqual([
      'body: required: send a JSON object with Content-Type: application/json',
    ]);
  });

  it('lets an error thrown by a schema itself through as that error (a server fault, not a 400)', () => {
    expect(() => validate({ day: '2000-01-01' })).toThrow(RangeError);
  });
});
