import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { responseInstant } from '@aeo/service-kit';

export const partnerKeyAnswerSchema = z.object({
  kid: z.string(),
  alg: z.string().describe('EdDSA, ES256 or RS256'),
  jwk: z.record(z.string(), z.unknown()),
  registeredBy: z.string(),
  registeredAt: responseInstant,
  retiredBy: z.string().nullable(),
  retiredAt: responseInstant.nullable(),
});
export class PartnerKeyAnswerDto extends createZodDto(partnerKeyAnswerSchema) {}

export const listVersionSchema = z.object({
  version: z.number().int(),
  format: z.string().describe('json or csv'),
  rows: z.number().int(),
  bodySha256: z.string(),
  generatedAt: responseInstant.nullable().describe('The JSON list’s generatedAt; null for CSV (it has no such field)'),
  issuedAt: responseInstant
    .nullable()
    .describe(
      'When the partner issued the list: the JSON list’s generatedAt, or the iat of the signature’s protected header for CSV (issuedAtSource says which). The next version must be issued after it. Null only for CSV versions imported before issue times were kept',
    ),
  issuedAtSource: z.enum(['generatedAt', 'x-jws-signature iat']).nullable().describe('Where issuedAt comes from'),
  signatureKid: z.string(),
  counts: z.object({
    new: z.number().int(),
    changed: z.number().int(),
    suspended: z.number().int(),
    removed: z.number().int(),
    unchanged: z.number().int(),
  }),
  importedBy: z.string(),
  importedAt: responseInstant,
});
export class ListVersionDto extends createZodDto(listVersionSchema) {}

export const importAnswerSchema = listVersionSchema.extend({
  alreadyImported: z.boolean().describe('True when the body equals the last imported version: nothing changed'),
});
export class ImportAnswerDto extends createZodDto(importAnswerSchema) {}

const changeSchema = z.object({
  aeoId: z.string(),
  normalisedId: z.string(),
  change: z.enum(['new', 'changed', 'suspended', 'removed']),
  name: z.string(),
  statusType: z.string(),
  status: z.string(),
  validFrom: z.string(),
  validUntil: z.string().nullable(),
});
export const versionDiffSchema = listVersionSchema.extend({
  changes: z.array(changeSchema).describe('This page of the version’s changes, by aeoId (entries as they are now)'),
});
export class VersionDiffDto extends createZodDto(versionDiffSchema) {}

export const entriesPageSchema = z.object({
  entries: z.array(
    z.object({
      aeoId: z.string(),
      normalisedId: z.string(),
      name: z.string(),
      address: z.record(z.string(), z.string()),
      statusType: z.string().describe('AEOC, AEOS or AEOF (mapped)'),
      partnerStatusType: z.string().describe('The partner’s own label'),
      status: z.string().describe('active, suspended or removed'),
      validFrom: z.string(),
      validUntil: z.string().nullable(),
      suspendedOn: z.string().nullable(),
      revokedOn: z.string().nullable(),
      lastChangedVersion: z.number().int(),
    }),
  ),
  next: z.string().nullable().describe('Pass as `after` for the next page; null on the last'),
});
export class EntriesPageDto extends createZodDto(entriesPageSchema) {}
