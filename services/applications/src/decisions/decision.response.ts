import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export const hearingResponseAnswerSchema = z.object({ applicationId: z.uuid(), respondedAt: z.iso.datetime() });
export class HearingResponseAnswerDto extends createZodDto(hearingResponseAnswerSchema) {}

export const withdrawalAnswerSchema = z.object({ applicationId: z.uuid(), status: z.literal('withdrawn') });
export class WithdrawalAnswerDto extends createZodDto(withdrawalAnswerSchema) {}
