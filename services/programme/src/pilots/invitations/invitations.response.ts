import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { pilotDraftProgrammeSchema } from '@aeo/contracts';
import { responseInstant } from '@aeo/service-kit';
import { participantSchema } from '../selection/selection.response';

export const invitationSchema = participantSchema.extend({
  draftProgramme: pilotDraftProgrammeSchema.nullable().describe('What the candidate is consulted on'),
  history: z
    .array(
      z.object({
        sequence: z.number().int(),
        step: z.string().describe('choose, invite, comment, accept, decline, expire, withdraw'),
        from: z.string(),
        to: z.string(),
        details: z.unknown(),
        by: z.string(),
        at: responseInstant,
      }),
    )
    .describe('Every step, comments included, oldest first'),
});
export class InvitationDto extends createZodDto(invitationSchema) {}
