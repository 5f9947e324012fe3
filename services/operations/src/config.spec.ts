import { loadConfig } from '@aeo/config';
import { dlqTopicOf, TOPIC_NAMES } from '@aeo/contracts';
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

  it('stores the platform topics’ .dlq twins by default, not tests’ own; replays to no extra topic; refuses what is no regular expression', () => {
    const config = load({});
    for (const topic of Object.values(TOPIC_NAMES))
      expect(config.DEAD_LETTER_TOPICS.test(dlqTopicOf(topic))).toBe(true);
    expect(config.DEAD_LETTER_TOPICS.test('aeo.application.events.v1')).toBe(false);
    // A test's own topics (KAFKA_TOPIC_PREFIX), another system's dead letters, a look-alike.
    expect(config.DEAD_LETTER_TOPICS.test('test-1a2b3c4d.aeo.application.events.v1.dlq')).toBe(false);
    expect(config.DEAD_LETTER_TOPICS.test('test.consumer.events.v1-5f3e.dlq')).toBe(false);
    expect(config.DEAD_LETTER_TOPICS.test('aeoXapplication.events.v1.dlq')).toBe(false);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('aeo.application.events.v1')).toBe(false);
    expect(config.DEAD_LETTER_REPLAY_EXTRA_TOPICS.test('')).toBe(false);
    expect(() => load({ DEAD_LETTER_TOPICS: '(' })).toThrow(/DEAD_LETTER_TOPICS: must be a regular expression/);
  });

  it('reads the platform dead-letter topics under KAFKA_TOPIC_PREFIX by default, as every service names its topics', () => {
    const config = load({ KAFKA_TOPIC_PREFIX: 'staging.' });
    for (const topic of Object.values(TOPIC_NAMES))
      expect(config.DEAD_LETTER_TOPICS.test(`staging.${dlqTopicOf(topic)}`)).toBe(true);
    expect(config.DEAD_LETTER_TOPICS.test(dlqTopicOf(TOPIC_NAMES.applicationEvents))).toBe(false);
    expect(config.DEAD_LETTER_TOPICS.test(`stagingX${dlqTopicOf(TOPIC_NAMES.applicationEvents)}`)).toBe(false);
  });
});
