import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import type { AuthenticatedUser } from '@aeo/auth';
import { pilotDraftProgrammeSchema } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { companyViewOf, readsAsCompany } from '../company-view';
import { participantSchema } from '../selection/selection.response';
import type { InvitationView } from './invitations.service';

const notShown = 'not shown to operator users (null for them)';

export const invitationSchema = participantSchema.extend({
  shortlistId: z.string().nullable().describe(`The shortlist the candidate was chosen from; ${notShown}`),
  rank: z.number().int().nullable().describe(`The candidate’s rank in that shortlist; ${notShown}`),
  chosenReason: z.string().nullable().describe(`Why the policy unit chose the candidate; ${notShown}`),
  chosenBy: z.string().nullable().describe(`Who chose the candidate (the policy unit, or system); ${notShown}`),
  replacing: z
    .string()
    .nullable()
    .describe(`The declined or expired candidate this one replaces (another company); ${notShown}`),
  replacedBy: z.string().nullable().describe(`The candidate that replaced this one (another company); ${notShown}`),
  answeredBy: z
    .string()
    .nullable()
    .describe(
      'Who answered: the company’s user who accepted or declined, or who withdrew it; an operator user reads null for a withdrawal (the policy unit’s, or system)',
    ),
  draftProgramme: pilotDraftProgrammeSchema.nullable().describe('What the candidate is consulted on'),
  history: z
    .array(
      z.object({
        sequence: z.number().int(),
        step: z.string().describe('choose, invite, comment, accept, decline, expire, withdraw'),
        from: z.string(),
        to: z.string(),
        details: z
          .unknown()
          .describe('The step’s details; an operator user reads the choice’s (its reason and rank) as {}'),
        by: z
          .string()
          .nullable()
          .describe(
            'Who took the step; an operator user reads it for its company’s own steps (comment, accept, decline) only, null for the others (customs staff, or system)',
          ),
        at: responseInstant,
      }),
    )
    .describe('Every step, comments included, oldest first'),
});
export class InvitationDto extends createZodDto(invitationSchema) {}

/** The steps only the company's own users take: who took them is one of its users. */
const COMPANY_STEPS = new Set(['comment', 'accept', 'decline']);
/** What a company's users read of their participation: stage, deadline, answer and its grounds. */
const PARTICIPANT_SHOWN = [
  'pilotId',
  'taxpayerId',
  'stage',
  'region',
  'operatorId',
  'chosenAt',
  'answerDueAt',
  'answeredAt',
  'reason',
  'updatedAt',
  'draftProgramme',
] as const;
/** The selection: the shortlist, the rank, why and by whom, the companies replaced or replacing. */
const SELECTION = ['shortlistId', 'rank', 'chosenReason', 'chosenBy', 'replacing', 'replacedBy'] as const;

/**
 * An invitation as the caller may read it. The company's own users read their stage, deadline,
 * the draft programme, their answers and the grounds of a withdrawal; the selection stays with
 * customs (null), as do the customs staff (or system) who took any step but the company's own
 * (a withdrawal's `answeredBy`, a step's `by`) and the choice's details (its reason and rank).
 * Customs staff read it whole.
 */
export function invitationAsSeenBy(user: AuthenticatedUser, invitation: InvitationView) {
  if (!readsAsCompany(user)) return invitation;
  return {
    ...companyViewOf(invitation, PARTICIPANT_SHOWN, SELECTION),
    answeredBy: invitation.stage === 'withdrawn' ? null : invitation.answeredBy,
    history: invitation.history.map(({ sequence, step, from, to, details, by, at }) => ({
      sequence,
      step,
      from,
      to,
      details: step === 'choose' ? {} : details,
      by: COMPANY_STEPS.has(step) ? by : null,
      at,
    })),
  };
}
