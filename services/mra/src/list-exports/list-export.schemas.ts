import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { intParam, trimmedVisibleMultilineText, trimmedVisibleText } from '@aeo/contracts';

export const deltaQuerySchema = z.strictObject({
  since: intParam({ min: 1 }).describe('The version the partner holds; the answer is the delta to the latest'),
});
export class DeltaQuery extends createZodDto(deltaQuerySchema) {}

export const signingKeyParamsSchema = z.strictObject({
  kid: trimmedVisibleText.min(1).max(200).describe('The key id (`kid`) as published and in the exports’ JWS header'),
});
export class SigningKeyParams extends createZodDto(signingKeyParamsSchema) {}

export const keyWithdrawalSchema = z.strictObject({
  reason: trimmedVisibleMultilineText
    .min(1)
    .max(1000)
    .describe('Why the key is withdrawn (e.g. the private key leaked)'),
});
export class KeyWithdrawalDto extends createZodDto(keyWithdrawalSchema) {}
