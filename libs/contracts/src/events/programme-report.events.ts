import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { int4, isoDateTime, language, safeText, textMatching, uuid } from './common';
import { defineEvent, type EventDefinition } from './define-event';

/** A calendar quarter as the programme reports name it: `2026-Q4` (years 1900 to 9999, as every date of the platform). */
export const reportQuarter = textMatching(
  /^(19|[2-9]\d)\d{2}-Q[1-4]$/,
  'must be a quarter such as 2026-Q4 (years 1900 to 9999)',
);

/** How a programme report came to be: the quarterly schedule, or someone asking for it. */
export const PROGRAMME_REPORT_TRIGGERS = ['schedule', 'on-demand'] as const;

export const ProgrammeReportIssued = defineEvent({
  type: 'aeo.programme-report.issued.v1',
  topic: TOPIC_NAMES.programmeEvents,
  aggregateType: 'programme-report',
  summary:
    'A quarterly programme report for executive management (KPIs with trends, open deviations, the design-principles scorecard) was generated and stored, as PDF and HTML in the languages named.',
  schema: z.object({
    reportId: uuid,
    quarter: reportQuarter,
    languages: z.array(language).min(1),
    trigger: z.enum(PROGRAMME_REPORT_TRIGGERS),
    /** The token subject who asked, or the schedule's system actor. */
    issuedBy: safeText.min(1).max(200),
    kpis: int4({ min: 0 }),
    openDeviations: int4({ min: 0 }),
    at: isoDateTime,
  }),
});

// Events of the programme service's reports on TOPIC_NAMES.programmeEvents (keyed by report id).
export const PROGRAMME_REPORT_EVENTS: readonly EventDefinition[] = [ProgrammeReportIssued];
