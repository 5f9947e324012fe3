import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { type EventDefinition, toKafkaRecord } from '@aeo/contracts';
import type { ServiceUnderTest } from '@aeo/service-kit/testing';

/** Publishes an event as its producer does (keyed, acks from all), on the service's own copy of its topic. */
export function publishEvent(
  producer: Producer,
  service: Pick<ServiceUnderTest, 'topic'>,
  source: string,
  event: { definition: EventDefinition; key: string; data: unknown; id?: string },
) {
  const { definition, key, data, id = randomUUID() } = event;
  return producer.send({
    topic: service.topic(definition.topic),
    acks: -1,
    messages: [
      toKafkaRecord({ id, type: definition.type, source, subject: key, time: new Date().toISOString(), data }, key),
    ],
  });
}
