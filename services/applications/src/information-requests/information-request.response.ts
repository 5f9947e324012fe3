import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type AuthenticatedUser, ROLES, hasRole } from '@aeo/auth';

/** A request for missing information during acceptance, with the applicant's reply once given. */
export const informationRequestSchema = z.object({
  id: z.uuid(),
  applicationId: z.uuid(),
  questions: z.string(),
  requestedBy: z
    .string()
    .optional()
    .describe('The customs officer who asked; customs only (absent for an operator user)'),
  requestedAt: z.iso.datetime(),
  dueBy: z.iso.datetime().describe('The acceptance clock stops until the reply, at most until then'),
  response: z.string().nullable(),
  respondedBy: z.string().nullable(),
  respondedAt: z.iso.datetime().nullable(),
});
export type InformationRequestView = z.infer<typeof informationRequestSchema>;
export class InformationRequestDto extends createZodDto(informationRequestSchema) {}

/** A request as the caller may read it: a company's own users do not learn which officer asked (`requestedBy`). */
export function informationRequestAsSeenBy<T extends { requestedBy?: string }>(user: AuthenticatedUser, request: T): T {
  if (!hasRole(user, ROLES.operatorUser)) return request;
  const { requestedBy: _customs, ...seen } = request;
  return seen as T;
}
