import { DeadLetterDecisionDto } from './dead-letter.schemas';

describe('a dead letter decision', () => {
  it('says a blank reason is blank (not that it is too short)', () => {
    const parsed = DeadLetterDecisionDto.schema.safeParse({ reason: '   ' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      'reason: must not be blank',
    ]);
    expect(DeadLetterDecisionDto.schema.safeParse({ reason: 'a test record' }).success).toBe(true);
  });
});
