import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { defineEvent, type EventData } from './define-event';
import { isoDateTime, regionCode, safeText, textMatching } from './common';

/** Two-letter ISO 3166-1 country code. */
export const countryCode = textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code');
export const taxpayerId = safeText.trim().min(1).max(32);

export const CUSTOMS_REGIMES = [
  'import',
  'export',
  'transit',
  're-export',
  'temporary-admission',
  'customs-warehousing',
  'inward-processing',
] as const;

/**
 * A customs declaration lodged in the declaration processing system (an external feed). The
 * risk engine answers each one with a channel decision.
 */
export const DeclarationLodged = defineEvent({
  type: 'aeo.declaration.lodged.v1',
  topic: TOPIC_NAMES.declarationEvents,
  aggregateType: 'trader',
  summary: 'A customs declaration was lodged; the risk engine decides its control channel.',
  schema: z.object({
    declarationId: safeText.trim().min(1).max(64),
    lodgedAt: isoDateTime,
    regime: z.enum(CUSTOMS_REGIMES),
    customsOffice: safeText.trim().min(1).max(32),
    region: regionCode,
    declarantTaxpayerId: taxpayerId,
    /** The importer (import regimes) or exporter (export regimes) the declaration is for. */
    traderTaxpayerId: taxpayerId,
    traderRole: z.enum(['importer', 'exporter']),
    /** AEO identifiers of foreign partners (consignor, consignee), recognised under MRAs. */
    foreignPartnerAeoIds: z
      .array(z.strictObject({ country: countryCode, aeoId: safeText.trim().min(1).max(64) }))
      .max(10),
    customsValue: z.number().nonnegative().max(1e13),
    duties: z.number().nonnegative().max(1e13),
    currency: textMatching(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'),
    goodsLines: z.number().int().min(1).max(999),
    commodityChapters: z
      .array(textMatching(/^\d{2}$/, 'HS chapters are two digits'))
      .min(1)
      .max(99),
    originCountry: countryCode,
    destinationCountry: countryCode,
  }),
});

/**
 * A declaration's taxpayer ids, in its schema's order: the fields every consumer checks against the
 * programme's format (`taxpayerIdRules`), so that a bad declaration's dead letter names them alike
 * whichever service refused it.
 */
export const DECLARATION_TAXPAYER_ID_FIELDS = [
  'declarantTaxpayerId',
  'traderTaxpayerId',
] as const satisfies readonly (keyof EventData<typeof DeclarationLodged>)[];

export const DECLARATION_EVENTS = [DeclarationLodged] as const;
