import { channelStatisticsQuerySchema } from './channel-statistics.schemas';

const messages = (query: Record<string, string>) => {
  const parsed = channelStatisticsQuerySchema.safeParse(query);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('channel statistics period', () => {
  it('refuses a period wholly in the future, naming from and today', () => {
    expect(messages({ from: day(2), to: day(10) })).toEqual([
      `from: must not be after today (${day(0)}, UTC): no declaration is lodged in the future`,
    ]);
  });

  it('names to when only to was given and the default period before it lies wholly in the future', () => {
    expect(messages({ to: day(40) })).toEqual([
      `to: is more than 29 days after today (${day(0)}, UTC): the default 30-day period up to it lies wholly in the future`,
    ]);
    expect(messages({ to: day(20) })).toEqual([]);
  });

  it('takes a period that ends later than today, and one that ends today', () => {
    expect(messages({ from: day(-5), to: day(3) })).toEqual([]);
    expect(messages({ from: day(0), to: day(0) })).toEqual([]);
    expect(messages({})).toEqual([]);
  });

  it('still says first when from comes after to', () => {
    expect(messages({ from: day(5), to: day(1) })).toEqual([`from: must not be after to (${day(1)})`]);
  });
});
