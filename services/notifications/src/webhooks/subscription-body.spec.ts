import { SubscriptionBody } from './webhook-subscriptions.controller';

describe('webhook subscription body', () => {
  it.each(['', 'not a url', 'https://'])(
    'refuses the unparsable url %j as invalid input, without throwing (a 500 found by the API fuzzing)',
    (url) => {
      const result = SubscriptionBody.schema.safeParse({ platform: 'single-window', url, eventTypes: ['*'] });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain('url');
    },
  );

  it('still refuses credentials in the url', () => {
    const result = SubscriptionBody.schema.safeParse({
      platform: 'single-window',
      url: 'https://user:pw@hooks.example.org/x',
      eventTypes: ['*'],
    });
    expect(result.error?.issues.map((issue) => issue.message)).toContain(
      'must not carry credentials (use the signature to authenticate the sender)',
    );
  });

  it('says the platform rule the pattern enforces: a one-letter lowercase name is too short', () => {
    const result = SubscriptionBody.schema.safeParse({
      platform: 'x',
      url: 'https://hooks.example.org/x',
      eventTypes: ['*'],
    });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      [
        'platform',
        'must be 2–63 lowercase letters, digits or hyphens, starting with a letter or digit, e.g. single-window',
      ],
    ]);
  });
});
