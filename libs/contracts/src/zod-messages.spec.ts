import { z } from 'zod';
import { DeclarationLodged } from './index';

describe("the platform's wording of zod's messages", () => {
  const messages = (schema: z.ZodType, value: unknown) =>
    (schema.safeParse(value).error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);

  it('says a missing field is required and what it takes', () => {
    const schema = z.strictObject({ questionId: z.string(), period: z.object({ days: z.number() }) });
    expect(messages(schema, { period: {} })).toEqual([
      'questionId: required (expected string)',
      'period.days: required (expected number)',
    ]);
  });

  it("keeps zod's message for a value of the wrong type, and a schema's own message", () => {
    expect(messages(z.strictObject({ questionId: z.string() }), { questionId: 5 })).toEqual([
      'questionId: Invalid input: expected string, received number',
    ]);
    expect(messages(z.strictObject({ reason: z.string({ error: 'a rejection needs its grounds' }) }), {})).toEqual([
      'reason: a rejection needs its grounds',
    ]);
  });

  it("words an event's dead-letter reason the same way", () => {
    const data = { declarationId: 'D-1' };
    expect(messages(DeclarationLodged.schema, data)).toContain('lodgedAt: required (expected string)');
  });
});
