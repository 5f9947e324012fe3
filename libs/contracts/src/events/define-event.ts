import { z } from 'zod';
import type { TopicName } from '../topics';

/**
 * One event type of the platform: its CloudEvents `type`, the topic it travels on and the zod
 * schema of its `data`. The same definition validates on publish (outbox), validates on consume
 * (inbox) and generates the AsyncAPI document.
 */
export interface EventDefinition<S extends z.ZodType = z.ZodType> {
  /** CloudEvents type: `aeo.<entity>.<action>.v<major>`. */
  readonly type: string;
  readonly topic: TopicName;
  /** The aggregate whose id keys the message (ordering unit). */
  readonly aggregateType: string;
  readonly summary: string;
  readonly schema: S;
  /**
   * For the administration's own staff only (an operations alert carrying internal failure
   * details and staff ids): never delivered to outside platforms' webhooks, not even to `*`.
   */
  readonly internal?: boolean;
  /**
   * Fields of `data`, besides every `region`, that name a customs region, or `national` for the
   * whole country (a deviation case's `scope`): a consumer told the customs regions checks them too.
   */
  readonly regionFields?: readonly string[];
}

export function defineEvent<S extends z.ZodType>(definition: EventDefinition<S>): EventDefinition<S> {
  // An entity may be named within its domain (`aeo.programme.pilot.participant-accepted.v1`).
  if (!/^aeo\.[a-z-]+(\.[a-z-]+)?\.[a-z-]+\.v\d+$/.test(definition.type)) {
    throw new Error(`Event type "${definition.type}" must look like aeo.<entity>.<action>.v<major>`);
  }
  return Object.freeze(definition);
}

export type EventData<E extends EventDefinition> = z.infer<E['schema']>;

/**
 * The events of one file that all travel on one topic, keyed by one aggregate: each is then
 * defined by its type, summary and schema (`const applicationEvent = eventsOn(TOPIC_NAMES.applicationEvents, 'operator')`).
 */
export function eventsOn(topic: TopicName, aggregateType: string) {
  return <S extends z.ZodType>(definition: Omit<EventDefinition<S>, 'topic' | 'aggregateType'>): EventDefinition<S> =>
    defineEvent({ ...definition, topic, aggregateType });
}
