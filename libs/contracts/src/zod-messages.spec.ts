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

  it('shows a date-time or a date in the wrong form one to follow', () => {
    const schema = z.strictObject({
      scheduledFor: z.iso.datetime({ offset: true }),
      sentAt: z.iso.datetime(),
      day: z.iso.date(),
    });
    expect(messages(schema, { scheduledFor: '2027-01-10', sentAt: '2027-02-30T10:00:00Z', day: '10.01.2027' })).toEqual(
      [
        'scheduledFor: must be a date and time with its offset, such as 2027-01-10T10:00:00Z or 2027-01-10T18:00:00+08:00',
        'sentAt: must be a date and time in UTC, such as 2027-01-10T10:00:00Z',
        'day: must be a date such as 2026-11-01',
      ],
    );
  });

  it("words an event's dead-letter reason the same way", () => {
    const data = { declarationId: 'D-1' };
    expect(messages(DeclarationLodged.schema, data)).toContain('lodgedAt: required (expected string)');
  });
});
