import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent, eventsOn } from './define-event';

describe('eventsOn', () => {
  const testEvent = eventsOn(TOPIC_NAMES.applicationEvents, 'operator');

  it('defines an event on its topic, keyed by its aggregate, as defineEvent would', () => {
    const definition = {
      type: 'aeo.test.happened.v1',
      summary: 'Something happened.',
      schema: z.object({ id: z.string() }),
    };
    const event = testEvent(definition);
    expect(event).toEqual(
      defineEvent({ ...definition, topic: TOPIC_NAMES.applicationEvents, aggregateType: 'operator' }),
    );
    expect(Object.isFrozen(event)).toBe(true);
  });

  it('refuses a type that does not name entity, action and version', () => {
    expect(() => testEvent({ type: 'happened', summary: 'x', schema: z.object({}) })).toThrow(
      'must look like aeo.<entity>.<action>.v<major>',
    );
  });
});
