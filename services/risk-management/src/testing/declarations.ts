import { randomUUID } from 'node:crypto';
import { DeclarationLodged, TOPIC_NAMES, type EventData } from '@aeo/contracts';
import type { ConsumedEvent } from '@aeo/messaging';

export type LodgedDeclaration = EventData<typeof DeclarationLodged>;

/** An ordinary import declaration lodged now by `trader` for itself (machinery from China, UB-01); `overrides` change what a test is about. */
export function lodgedDeclaration(
  trader: string,
  declarationId: string,
  overrides: Partial<LodgedDeclaration> = {},
): LodgedDeclaration {
  return {
    declarationId,
    lodgedAt: new Date().toISOString(),
    regime: 'import',
    customsOffice: 'UB-01',
    region: 'ULAANBAATAR',
    declarantTaxpayerId: trader,
    traderTaxpayerId: trader,
    traderRole: 'importer',
    foreignPartnerAeoIds: [],
    customsValue: 12_000,
    duties: 600,
    currency: 'MNT',
    goodsLines: 3,
    commodityChapters: ['84'],
    originCountry: 'CN',
    destinationCountry: 'MN',
    ...overrides,
  };
}

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
