import { loadConfig } from '@aeo/config';
import { operationsEnvSchema } from './config';

const load = (env: Record<string, string>) => loadConfig(operationsEnvSchema, { AUTH_DEVELOPMENT: 'true', ...env });

describe('operations configuration', () => {
  it('matches the topic patterns against whole topic names, not a part of one', () => {
    const config = load({ DEAD_LETTER_TOPICS: 'aeo\\..+\\.dlq', DEAD_LETTER_REPLAY_EXTRA_TOPICS: 'legacy\\.events' });
    expect(config.DEAD_LETTER_TOPICS.test('aeo.application.events.v1.dlq')).toBe(true);
    expect(config.DEAD_LETTER_TOPICS.test('x.aeo.application.events.v1.dlq')).toBe(false);
    expect(config.DEAD_LETTER_TOPICS.test('aeo.application.events.v1.dlq.old')).toBe(false);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('legacy.events')).toBe(true);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('legacy.events.v2')).toBe(false);
    // An alternation is whole on each side.
    expect(load({ DEAD_LETTER_REPLAY_EXTRA_TOPICS: 'a|b' }).DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('ab')).toBe(false);
  });

  it('stores every .dlq topic by default, replays to no extra topic, and refuses what is no regular expression', () => {
    const config = load({});
    expect(config.DEAD_LETTER_TOPICS.test('aeo.application.events.v1.dlq')).toBe(true);
    expect(config.DEAD_LETTER_TOPICS.test('aeo.application.events.v1')).toBe(false);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('aeo.application.events.v1')).toBe(false);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('')).toBe(false);
    expect(() => load({ DEAD_LETTER_TOPICS: '(' })).toThrow(/DEAD_LETTER_TOPICS: must be a regular expression/);
  });
});
