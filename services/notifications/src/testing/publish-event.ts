import type { Producer } from 'kafkajs';
import { TOPIC_NAMES, toKafkaRecord } from '@aeo/contracts';

/**
 * Publishes one event as its producing service would: a CloudEvents record keyed by `subject`,
 * acknowledged by all in-sync replicas.
 */
export async function publishEvent(
  producer: Producer,
  topic: string,
  event: { id: string; type: string; subject: string; data: unknown },
): Promise<void> {
  await producer.send({
    topic,
    acks: -1,
    messages: [
      toKafkaRecord(
        {
          id: event.id,
          type: event.type,
          source: '/aeo/test',
          subject: event.subject,
          time: new Date().toISOString(),
          data: event.data,
        },
        event.subject,
      ),
    ],
  });
}

/** An authorisation as the certification events name it: an AEOC shared for mutual recognition, numbered after its holder's taxpayer id. */
export const authorisationRef = (holder: { operatorId: string; taxpayerId: string; region: string }) => ({
  authorisationNumber: `MN-AEOC-2026-${holder.taxpayerId}`,
  operatorId: holder.operatorId,
  taxpayerId: holder.taxpayerId,
  region: holder.region,
  statusType: 'AEOC',
  consentToMraSharing: true,
});

/**
 * Publishes an authorisation event (`aeo.authorisation.*`) of `holder` as the applications service
 * does: on the certification topic (`topicOf`: the test's own copy of it), keyed by the operator.
 */
export const publishAuthorisationEvent = (
  producer: Producer,
  topicOf: (name: string) => string,
  event: { id: string; type: string; holder: Parameters<typeof authorisationRef>[0]; details: Record<string, unknown> },
): Promise<void> =>
  publishEvent(producer, topicOf(TOPIC_NAMES.certificationEvents), {
    id: event.id,
    type: event.type,
    subject: event.holder.operatorId,
    data: { ...authorisationRef(event.holder), ...event.details },
  });
