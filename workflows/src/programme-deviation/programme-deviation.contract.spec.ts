import { MULTILINE_VISIBLE_TEXT_MESSAGE } from '@aeo/contracts/common';
import { acceptedDeviationStepSchema, deviationStepSchema } from './programme-deviation.contract';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('deviation steps: free text with something hidden in it', () => {
  const analysis = {
    step: 'record-analysis',
    by: 'policy-1',
    rootCause: 'Staff shortage\nin Zamyn-Uud',
    owner: 'Unit',
  };
  const plan = (description: string) => ({
    step: 'record-plan',
    by: 'policy-1',
    actions: [{ description, owner: 'Unit', dueDate: '2027-01-31' }],
  });

  it('is refused by the validator (and the API), naming the field and the character; line breaks are kept', () => {
    expect(issues(deviationStepSchema.safeParse({ ...analysis, rootCause: 'Staff \u202Eshortage' }))).toEqual([
      `rootCause: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+202E)`,
    ]);
    expect(issues(deviationStepSchema.safeParse(plan('Hire\u200B two officers')))).toEqual([
      `actions.0.description: ${MULTILINE_VISIBLE_TEXT_MESSAGE} (U+200B)`,
    ]);
    expect(deviationStepSchema.parse(analysis)).toMatchObject({ rootCause: 'Staff shortage\nin Zamyn-Uud' });
  });

  it('still replays when a running case accepted it before the rule (the handler parses with the accepted schema)', () => {
    expect(acceptedDeviationStepSchema.safeParse({ ...analysis, rootCause: 'Staff \u202Eshortage' }).success).toBe(
      true,
    );
    expect(acceptedDeviationStepSchema.safeParse(plan('Hire\u200B two officers')).success).toBe(true);
  });
});
