import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { int4, trimmedVisibleMultilineText } from '@aeo/contracts';

export const requestInformationBodySchema = z.strictObject({
  questions: trimmedVisibleMultilineText.min(10, 'say what is missing (at least 10 characters)').max(4000),
  dueInDays: int4({ min: 1 }).describe(
    'Days the applicant has to reply (at most the programme maximum, 30 by default)',
  ),
});
export class RequestInformationDto extends createZodDto(requestInformationBodySchema) {}

export const informationReplyBodySchema = z.strictObject({
  response: trimmedVisibleMultilineText.min(5, 'write the reply (at least 5 characters)').max(10_000),
});
export class InformationReplyDto extends createZodDto(informationReplyBodySchema) {}

export const informationRequestParamsSchema = z.strictObject({ applicationId: z.uuid(), requestId: z.uuid() });
export class InformationRequestParams extends createZodDto(informationRequestParamsSchema) {}
