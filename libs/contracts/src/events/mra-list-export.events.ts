import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { int4, isoDateTime, safeText, textMatching, uuid } from './common';
import { defineEvent, type EventDefinition } from './define-event';

const count = int4({ min: 0 });

export const MraListExported = defineEvent({
  type: 'aeo.mra-list.exported.v1',
  topic: TOPIC_NAMES.mraEvents,
  aggregateType: 'mra-arrangement',
  summary:
    'A new signed version of our AEO list was exported for a partner administration under an operational arrangement, with its difference to the previous version.',
  schema: z.object({
    arrangementId: uuid,
    /** ISO 3166-1 alpha-2 code of the partner country. */
    partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
    exportId: uuid,
    /** The export's version under the arrangement (1, 2, …). */
    version: int4({ min: 1 }),
    entries: count,
    added: count,
    changed: count,
    removed: count,
    /** Consenting, covered holders left out (no address known yet). */
    withheld: count,
    /** The signing key's id (`kid` of the JWS header). */
    keyId: safeText.trim().min(1).max(200),
    at: isoDateTime,
  }),
});

// Events of the mra service on TOPIC_NAMES.mraEvents (keyed by arrangement id).
export const MRA_LIST_EXPORT_EVENTS: readonly EventDefinition[] = [MraListExported];
