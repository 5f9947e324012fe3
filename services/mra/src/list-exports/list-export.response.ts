import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

const count = z.number().int();
const deltaCounts = z.object({ added: count, changed: count, removed: count });
const jws = z
  .string()
  .describe(
    'Compact JWS (EdDSA, Ed25519; kid in the protected header) over the JSON document; verify with GET /v1/list-exports/signing-keys',
  );

export const listExportSchema = z.object({
  exportId: z.uuid(),
  arrangementId: z.uuid(),
  version: count,
  entries: count,
  delta: deltaCounts.describe('Since the previous version'),
  withheld: count.describe('Consenting, covered holders left out: their address is not known yet'),
  sha256: z.string().describe('SHA-256 of the entries: the same list, the same hash'),
  keyId: z.string(),
  exportedBy: z.string(),
  exportedAt: responseInstant,
  created: z.boolean().describe('false when nothing changed since the latest version (that version is answered)'),
  jws: jws.describe(
    'The signed document (format aeo-mra-list/1: arrangement, version, entries with taxpayer id, authorisation number, name, address, status type, dates (authorisation, revalidation due) and status with the date and scope of a suspension (whole or security), withheld count and reason)',
  ),
});
export class ListExportDto extends createZodDto(listExportSchema) {}

export const listDeltaSchema = z.object({
  arrangementId: z.uuid(),
  fromVersion: count,
  toVersion: count,
  counts: deltaCounts,
  keyId: z.string(),
  jws: jws.describe(
    'The signed delta (format aeo-mra-list-delta/1: added and changed entries as in the list, removed ones by authorisation number and taxpayer id; revocations and suspensions are changes)',
  ),
});
export class ListDeltaDto extends createZodDto(listDeltaSchema) {}

export const jwksSchema = z.object({
  keys: z
    .array(z.record(z.string(), z.unknown()))
    .describe('Public JWKs (kty OKP, crv Ed25519, x, kid, alg EdDSA, use sig)'),
});
export class JwksDto extends createZodDto(jwksSchema) {}

export const withdrawnKeySchema = z.object({
  kid: z.string(),
  publicJwk: z.record(z.string(), z.unknown()).describe('The public JWK, no longer published'),
  firstUsedAt: responseInstant,
  withdrawnAt: responseInstant,
  withdrawnBy: z.string(),
  reason: z.string(),
});
export class WithdrawnKeyDto extends createZodDto(withdrawnKeySchema) {}
