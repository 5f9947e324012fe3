import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { PILOT_INVITATION_LIMITS } from '@aeo/workflows';
import { trimmedVisibleMultilineText } from '@aeo/contracts';
import { taxpayerIdSchema } from '../selection/selection.schemas';

/** Free text on several lines (reasons, notes): line breaks kept, nothing hidden in it. */
const free = (max: number) => trimmedVisibleMultilineText.min(1).max(max);

export const invitationParamsSchema = z.strictObject({ pilotId: z.uuid(), taxpayerId: taxpayerIdSchema });
export class InvitationParams extends createZodDto(invitationParamsSchema) {}

export const commentSchema = z.strictObject({ comment: free(PILOT_INVITATION_LIMITS.comment) });
export class CommentDto extends createZodDto(commentSchema) {}
export const acceptanceSchema = z.strictObject({});
export class AcceptanceDto extends createZodDto(acceptanceSchema) {}
export const reasonSchema = z.strictObject({ reason: free(PILOT_INVITATION_LIMITS.reason) });
export class ReasonDto extends createZodDto(reasonSchema) {}
