import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

/** A validator with its workload, as the API answers it. */
export const validatorSchema = z.object({
  sub: z.string().describe('Subject of the validator in the identity provider'),
  name: z.string(),
  region: z.string(),
  active: z.boolean().describe('Inactive validators get no new cases'),
  openCases: z.number().int().describe('Open validation cases assigned to the validator'),
});
export type ValidatorView = z.infer<typeof validatorSchema>;
export class ValidatorDto extends createZodDto(validatorSchema) {}
