import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { intParam, safeText, textMatching } from '@aeo/contracts';

/** A partner key id, in the path and in a signature's protected header alike. */
export const KID_PATTERN = /^[A-Za-z0-9._:-]{1,200}$/;
export const KID_RULE = 'must be 1–200 letters, digits or . _ : -';

export const partnerKeyParamsSchema = z.strictObject({
  arrangementId: z.uuid(),
  kid: textMatching(KID_PATTERN, KID_RULE),
});
export class PartnerKeyParams extends createZodDto(partnerKeyParamsSchema) {}

export const listVersionParamsSchema = z.strictObject({
  arrangementId: z.uuid(),
  version: intParam({ min: 1 }),
});
export class ListVersionParams extends createZodDto(listVersionParamsSchema) {}

const b64url = textMatching(/^[A-Za-z0-9_-]{1,1400}$/, 'must be base64url');
/** A partner's public key as a JWK: Ed25519 (OKP), P-256 (EC) or RSA; no private members. */
export const partnerKeySchema = z.strictObject({
  jwk: z
    .object({
      kty: z.enum(['OKP', 'EC', 'RSA']),
      crv: z.enum(['Ed25519', 'P-256']).optional(),
      x: b64url.optional(),
      y: b64url.optional(),
      n: b64url.optional(),
      e: b64url.optional(),
      kid: safeText.max(200).optional(),
      alg: z.enum(['EdDSA', 'ES256', 'RS256']).optional(),
      use: z.literal('sig').optional(),
    })
    .strict()
    .describe('Public JWK of the partner administration (no d)'),
});
export class PartnerKeyDto extends createZodDto(partnerKeySchema) {}

export const pageQuerySchema = z.strictObject({
  after: safeText.max(64).default('').describe('aeoId after which the page starts (the previous page’s next)'),
  limit: intParam({ min: 1, max: 1000 }).default(100),
});
export class PageQuery extends createZodDto(pageQuerySchema) {}

export const entriesQuerySchema = pageQuerySchema.extend({
  status: z.enum(['active', 'suspended', 'removed']).optional(),
});
export class EntriesQuery extends createZodDto(entriesQuerySchema) {}

export const JWS_HEADER = 'x-jws-signature';
