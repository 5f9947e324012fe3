import { randomUUID } from 'node:crypto';
import { DeclarationLodged, TOPIC_NAMES } from '@aeo/contracts';
import type { LodgedDeclaration } from '@aeo/testing';
import type { ConsumedEvent } from '@aeo/messaging';

// The declaration fixture is shared with the other services' specs.
export { lodgedDeclaration, type LodgedDeclaration } from '@aeo/testing';

/** The declaration as the consumer hands it to the channel decisions (for calling `decideBatch` directly). */
export function consumedDeclaration(
  data: LodgedDeclaration,
  source: string,
  offset: number,
): ConsumedEvent<LodgedDeclaration> {
  return {
    id: randomUUID(),
    type: DeclarationLodged.type,
    source,
    subject: data.declarationId,
    time: new Date().toISOString(),
    topic: TOPIC_NAMES.declarationEvents,
    partition: 0,
    offset: String(offset),
    data,
  };
}
