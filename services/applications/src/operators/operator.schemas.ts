import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { email, language, regionCode, safeText, textMatching } from '@aeo/contracts';

export const SUPPLY_CHAIN_ROLES = [
  'importer',
  'exporter',
  'customs-broker',
  'freight-forwarder',
  'carrier',
  'warehouse-keeper',
  'manufacturer',
] as const;

export const registerOperatorSchema = z.strictObject({
  taxpayerId: safeText
    .trim()
    .min(1)
    .max(32)
    .describe('Taxpayer identifier; its format is programme configuration (TAXPAYER_ID_PATTERN)'),
  name: safeText.trim().min(2).max(200),
  legalForm: safeText.trim().min(2).max(100),
  region: regionCode,
  customsOffice: safeText.trim().min(2).max(100),
  supplyChainRoles: z.array(z.enum(SUPPLY_CHAIN_ROLES)).min(1).max(SUPPLY_CHAIN_ROLES.length),
  address: z.strictObject({
    street: safeText.trim().min(1).max(200),
    city: safeText.trim().min(1).max(100),
    postalCode: safeText.trim().max(20).optional(),
    country: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  }),
  contact: z.strictObject({
    name: safeText.trim().min(1).max(200),
    email,
    phone: safeText.trim().max(40).optional(),
    language,
  }),
});
export class RegisterOperatorDto extends createZodDto(registerOperatorSchema) {}

export const operatorIdParamsSchema = z.strictObject({ operatorId: z.uuid() });
export class OperatorIdParams extends createZodDto(operatorIdParamsSchema) {}

export const addOperatorUserSchema = z.strictObject({
  sub: safeText.trim().min(1).max(200).describe('The user id (the `sub` of their token)'),
  name: safeText.trim().min(1).max(200),
  email,
  language,
  role: z.enum(['administrator', 'member']).default('member'),
});
export class AddOperatorUserDto extends createZodDto(addOperatorUserSchema) {}
