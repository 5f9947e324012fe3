import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { userSub } from '@aeo/auth';
import { regionCode, trimmedVisibleText } from '@aeo/contracts';

export const registerValidatorBodySchema = z.strictObject({
  sub: userSub.describe("The validator's user id (the `sub` of their token)"),
  name: trimmedVisibleText.min(2).max(200),
  region: regionCode,
  active: z.boolean().default(true),
});
export class RegisterValidatorDto extends createZodDto(registerValidatorBodySchema) {}

export const listValidatorsQuerySchema = z.strictObject({ region: regionCode.optional() });
export class ListValidatorsQuery extends createZodDto(listValidatorsQuerySchema) {}
