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
    expect(message.issues).toEqual([expect.stringMatching(/^day: /), expect.stringMatching(/^\(body\): Unrecognized key: "extra"/)]);
  });

  it('lets an error thrown by a schema itself through as that error (a server fault, not a 400)', () => {
    expect(() => validate({ day: '2000-01-01' })).toThrow(RangeError);
  });
});
