import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { isoDate, regionCode } from '@aeo/contracts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest period one request may cover (three years and a day). */
export const MAX_PERIOD_DAYS = 1096;

const isoDay = isoDate();

export const channelStatisticsQuerySchema = z
  .strictObject({
    from: isoDay
      .optional()
      .describe('First lodgement day counted (UTC, inclusive), not after today; default 29 days before `to`'),
    to: isoDay.optional().describe('Last lodgement day counted (UTC, inclusive); default today'),
    region: regionCode
      .optional()
      .describe(
        'Only declarations lodged in this region, one of the programme’s (`CUSTOMS_REGIONS`); a regional office always sees its own',
      ),
  })
  .superRefine((query, context) => {
    // Zod still runs this refinement when a date failed its format; those issues are reported already.
    if ([query.from, query.to].some((day) => day !== undefined && !isoDay.safeParse(day).success)) return;
    const { from, to } = periodOf(query);
    const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
    const today = new Date().toISOString().slice(0, 10);
    if (days < 1) context.addIssue({ code: 'custom', path: ['from'], message: `must not be after to (${to})` });
    // A period wholly to come holds no declaration yet: an empty answer would read as "none lodged".
    else if (from > today)
      context.addIssue(
        query.from === undefined
          ? {
              code: 'custom',
              path: ['to'],
              message: `is more than 29 days after today (${today}, UTC): the default 30-day period up to it lies wholly in the future`,
            }
          : {
              code: 'custom',
              path: ['from'],
              message: `must not be after today (${today}, UTC): no declaration is lodged in the future`,
            },
      );
    else if (days > MAX_PERIOD_DAYS)
      context.addIssue({
        code: 'custom',
        path: ['from'],
        message: `the period may cover at most ${MAX_PERIOD_DAYS} days, not ${days}`,
      });
  });
export class ChannelStatisticsQuery extends createZodDto(channelStatisticsQuerySchema) {}

/** The period asked for, with the defaults filled in: the last 30 days up to today (UTC). */
export function periodOf(query: { from?: string; to?: string }, now = new Date()): { from: string; to: string } {
  const to = query.to ?? now.toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 29 * DAY_MS).toISOString().slice(0, 10);
  return { from, to };
}
