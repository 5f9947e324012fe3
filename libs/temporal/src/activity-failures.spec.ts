import { ApplicationFailure } from '@temporalio/common';
import { z } from 'zod';
import { AMBIGUOUS_ERROR_ATTEMPTS, classifyActivityError } from './activity-failures';

/** A PostgreSQL error as pg reports it (TypeORM wraps it as `driverError` and copies its fields). */
const pgError = (code: string, message = 'server said no') =>
  Object.assign(new Error(message), { code, severity: 'ERROR' });
const typeormError = (code: string) =>
  Object.assign(new Error('query failed'), { name: 'QueryFailedError', driverError: pgError(code) });

describe('classifyActivityError', () => {
  it.each(['22P05', '22021', '22001', '22003', '22P02', '23502', '23514', '23001'])(
    '%s is a deterministic data error: not retried',
    (code) => {
      expect(classifyActivityError(typeormError(code))).toMatchObject({ retryable: false, code });
    },
  );

  it.each(['40001', '40P01', '53300', '57P01', '57P03', '08006', '55P03', '42P01', '42703'])(
    '%s (transient, or fixed by a deployment) stays retryable',
    (code) => {
      expect(classifyActivityError(typeormError(code), 100)).toEqual({ retryable: true });
    },
  );

  it('retries a unique or foreign key violation (maybe a race) a few times, then gives up', () => {
    expect(classifyActivityError(typeormError('23505'), AMBIGUOUS_ERROR_ATTEMPTS - 1)).toEqual({ retryable: true });
    expect(classifyActivityError(typeormError('23505'), AMBIGUOUS_ERROR_ATTEMPTS)).toMatchObject({
      retryable: false,
      code: '23505',
    });
    expect(classifyActivityError(typeormError('23503'), 1)).toEqual({ retryable: true });
  });

  it('keeps network errors retryable, even those with a five-letter code', () => {
    expect(classifyActivityError(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))).toEqual({
      retryable: true,
    });
    expect(
      classifyActivityError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toEqual({ retryable: true });
    expect(classifyActivityError(new Error('Connection terminated unexpectedly'))).toEqual({ retryable: true });
  });

  it('treats a schema refusing the data as deterministic, naming the field', () => {
    const parsed = z.object({ reason: z.string().min(1) }).safeParse({ reason: '' });
    expect(classifyActivityError(parsed.error)).toMatchObject({
      retryable: false,
      code: 'ZodError',
      reason: expect.stringContaining('reason:'),
    });
  });

  it.each(['54000', '0A000'])('%s (the data asks beyond what the server can do) is not retried', (code) => {
    expect(classifyActivityError(typeormError(code))).toMatchObject({ retryable: false, code });
  });

  it('treats a RangeError (a bad date) as deterministic, a TypeError (a code bug a deployment fixes) as retryable', () => {
    let rangeError: unknown;
    try {
      new Date('not a date').toISOString();
    } catch (error) {
      rangeError = error;
    }
    expect(classifyActivityError(rangeError)).toMatchObject({
      retryable: false,
      code: 'RangeError',
      reason: expect.stringContaining('Invalid time value'),
    });
    expect(classifyActivityError(new TypeError("Cannot read properties of undefined (reading 'id')"), 100)).toEqual({
      retryable: true,
    });
  });

  it('leaves an ApplicationFailure as it is (the activity decided)', () => {
    expect(
      classifyActivityError(ApplicationFailure.create({ type: 'IllegalTransition', nonRetryable: true, message: 'x' })),
    ).toEqual({ retryable: true });
  });
});
