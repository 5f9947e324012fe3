import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** A request for missing information during acceptance, with the applicant's reply once given. */
export const informationRequestSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  questions: z.string(),
  requestedBy: z.string(),
  requestedAt: z.iso.datetime(),
  dueBy: z.iso.datetime().describe('The acceptance clock stops until the reply, at most until then'),
  response: z.string().nullable(),
  respondedBy: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
});
export type InformationRequestView = z.infer<typeof informationRequestSchema>;
export class InformationRequestDto extends createZodDto(informationRequestSchema) {}
