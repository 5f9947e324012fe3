import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { regionCode, safeText, trimmedVisibleText } from '@aeo/contracts';

export const registerValidatorBodySchema = z.strictObject({
  sub: safeText.trim().min(1).max(200).describe("The validator's user id (the `sub` of their token)"),
  name: trimmedVisibleText.min(2).max(200),
  region: regionCode,
  active: z.boolean().default(true),
});
export class RegisterValidatorDto extends createZodDto(registerValidatorBodySchema) {}

export const listValidatorsQuerySchema = z.strictObject({ region: regionCode.optional() });
export class ListValidatorsQuery extends createZodDto(listValidatorsQuerySchema) {}
