import { z } from 'zod';
import { TOPIC_NAMES } from '../topics';
import { isoDateTime, safeText, textMatching, uuid } from './common';
import { defineEvent, type EventDefinition } from './define-event';

/** How the policy unit assesses a design-principles standard (the workshop deck's "Check", "Ongoing", "Partial"). */
export const SCORECARD_STATUSES = ['met', 'ongoing', 'partial'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** A standard's id in the scorecard catalogue: `<principle>.<standard>`, such as `customs-business.security`. */
export const scorecardStandardId = textMatching(
  /^[a-z][a-z0-9-]{0,63}\.[a-z][a-z0-9-]{0,63}$/,
  'must be a standard id such as customs-business.security (GET /v1/scorecard lists them)',
);

const text = (max: number) => safeText.trim().min(1).max(max);
/** Whether an address carries a user name or password (`https://user:secret@host/`). */
const carriesCredentials = (address: string): boolean => {
  if (!URL.canParse(address)) return false;
  const { username, password } = new URL(address);
  return username !== '' || password !== '';
};

/**
 * A web address an assessment cites (http or https only, at most 2000 characters: the length is
 * checked first, so a long address is told it is long). Assessments are announced and listed to
 * other staff: an address with a user name or password in it is refused, not published.
 */
const webAddress = safeText
  .max(2000, { abort: true })
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http or https address' })
  .refine((address) => !carriesCredentials(address), 'must not carry a user name or password');

/** What an assessment rests on: documents, links and KPIs of the programme's catalogue. */
export const scorecardEvidenceSchema = z.strictObject({
  documents: z
    .array(z.strictObject({ title: text(300), url: webAddress }))
    .max(50)
    .default([]),
  links: z
    .array(z.strictObject({ title: text(300).optional(), url: webAddress }))
    .max(50)
    .default([]),
  /** KPI ids of the programme's catalogue (`GET /v1/kpis`). */
  kpiIds: z
    .array(textMatching(/^[a-z0-9-]{1,64}$/, 'must be a KPI id such as decided-within-time-limit (GET /v1/kpis)'))
    .max(50)
    .default([]),
});
export type ScorecardEvidence = z.output<typeof scorecardEvidenceSchema>;

export const ScorecardAssessed = defineEvent({
  type: 'aeo.programme-scorecard.assessed.v1',
  topic: TOPIC_NAMES.programmeEvents,
  aggregateType: 'programme-scorecard-standard',
  summary:
    'The policy unit assessed a standard of a design principle (met, ongoing or partial) with a note and its evidence; the principle’s rolled-up status as it now stands.',
  // The administration's own assessment of itself, with its staff's ids: for its systems, not outside platforms' webhooks.
  internal: true,
  schema: z.object({
    assessmentId: uuid,
    principleId: textMatching(/^[a-z][a-z0-9-]{0,63}$/, 'must be a principle id such as customs-business'),
    standardId: scorecardStandardId,
    status: z.enum(SCORECARD_STATUSES),
    /** The standard's status before this assessment; null for its first. */
    previousStatus: z.enum(SCORECARD_STATUSES).nullable(),
    /** The principle's status once this assessment counts (the worst of its standards; not-assessed while one has none). */
    principleStatus: z.enum([...SCORECARD_STATUSES, 'not-assessed']),
    note: text(4000),
    evidence: scorecardEvidenceSchema,
    /** The token subject of the policy unit member. */
    assessedBy: text(200),
    assessedAt: isoDateTime,
  }),
});

// Events of the programme service's scorecard on TOPIC_NAMES.programmeEvents (keyed by standard id).
export const PROGRAMME_SCORECARD_EVENTS: readonly EventDefinition[] = [ScorecardAssessed];
