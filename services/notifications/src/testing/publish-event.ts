import type { Producer } from 'kafkajs';
import { findEventDefinition } from '@aeo/contracts';
import { publishEvent } from '@aeo/testing';

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
export function publishAuthorisationEvent(
  producer: Producer,
  topicOf: (name: string) => string,
  event: { id: string; type: string; holder: Parameters<typeof authorisationRef>[0]; details: Record<string, unknown> },
) {
  const definition = findEventDefinition(event.type);
  if (!definition) throw new Error(`publishAuthorisationEvent: no contract defines ${event.type}`);
  return publishEvent(producer, { topic: topicOf }, '/aeo/test', {
    definition,
    key: event.holder.operatorId,
    id: event.id,
    data: { ...authorisationRef(event.holder), ...event.details },
  });
}
