import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { STATUS_TYPES, int4, isoDate, isoDateTime, safeText, textMatching, uuid } from './common';
import { type EventDefinition, eventsOn } from './define-event';

const partnerListEvent = eventsOn(TOPIC_NAMES.mraEvents, 'mra-arrangement');

const text = (max: number) => safeText.trim().min(1).max(max);
const count = int4({ min: 0 });

/** What every partner list event carries (the message key is the arrangement id). */
const listRef = {
  arrangementId: uuid,
  /** ISO 3166-1 alpha-2 code of the partner country. */
  partnerCountry: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals'),
  /** The imported version of the partner's list (1, 2, …). */
  version: int4({ min: 1 }),
};

export const MRA_PARTNER_LIST_CHANGES = ['new', 'changed', 'suspended', 'removed'] as const;

export const MraPartnerListImported = partnerListEvent({
  type: 'aeo.mra-partner-list.imported.v1',
  summary:
    'A new version of a partner administration’s AEO list was imported under an arrangement (signature verified), with the difference to the previous version counted.',
  schema: z.object({
    ...listRef,
    format: z.enum(['json', 'csv']),
    rows: count,
    counts: z.object({ new: count, changed: count, suspended: count, removed: count, unchanged: count }),
    /** Who imported it (token subject). */
    importedBy: text(200),
    at: isoDateTime,
  }),
});

export const MraForeignAeosChanged = partnerListEvent({
  type: 'aeo.mra-foreign-aeos.changed.v1',
  summary:
    'Foreign AEOs recognised under an arrangement changed with an imported partner list (new, changed, suspended, removed): at most 1000 changes and about 508 KiB of them per event (the whole record stays under Kafka’s 1 MB default), an import publishes as many events as needed.',
  schema: z.object({
    ...listRef,
    changes: z
      .array(
        z.object({
          /** As the partner wrote it. */
          aeoId: text(64),
          /** normaliseForeignAeoId(partnerCountry, aeoId): the form declarations are matched on. */
          normalisedId: text(64),
          change: z.enum(MRA_PARTNER_LIST_CHANGES),
          name: text(300),
          statusType: z.enum(STATUS_TYPES),
          status: z.enum(['active', 'suspended', 'removed']),
          validFrom: isoDate(),
          validUntil: isoDate().nullable(),
        }),
      )
      .min(1)
      .max(1000),
  }),
});

// Events of the mra service on TOPIC_NAMES.mraEvents (keyed by arrangement id).
export const MRA_PARTNER_LIST_EVENTS: readonly EventDefinition[] = [MraPartnerListImported, MraForeignAeosChanged];
