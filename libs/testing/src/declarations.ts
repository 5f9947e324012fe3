import { DeclarationLodged, type EventData } from '@aeo/contracts';

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
