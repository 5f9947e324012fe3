import { acceptanceDecisionBodySchema } from './application.schemas';

const messages = (body: unknown) => {
  const parsed = acceptanceDecisionBodySchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the acceptance decision body', () => {
  it('asks a rejection for its grounds once: missing, or blank (one message each)', () => {
    expect(messages({ decision: 'reject' })).toEqual(['reason: a rejection needs its grounds']);
    expect(messages({ decision: 'reject', reason: '      ' })).toEqual([
      'reason: give the grounds (at least 5 characters)',
    ]);
    expect(messages({ decision: 'reject', reason: 'the statements are missing' })).toEqual([]);
    expect(messages({ decision: 'accept', reason: 'looks complete' })).toEqual([]);
  });
});
