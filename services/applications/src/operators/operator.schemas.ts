import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { language, regionCode } from '@aeo/contracts';

export const SUPPLY_CHAIN_ROLES = ['importer', 'exporter', 'customs-broker', 'freight-forwarder', 'carrier', 'warehouse-keeper', 'manufacturer'] as const;

export const registerOperatorSchema = z.strictObject({
  taxpayerId: z.string().trim().min(1).max(32).describe('Taxpayer identifier; its format is programme configuration (TAXPAYER_ID_PATTERN)'),
  name: z.string().trim().min(2).max(200),
  legalForm: z.string().trim().min(2).max(100),
  region: regionCode,
  customsOffice: z.string().trim().min(2).max(100),
  supplyChainRoles: z.array(z.enum(SUPPLY_CHAIN_ROLES)).min(1).max(SUPPLY_CHAIN_ROLES.length),
  address: z.strictObject({
    street: z.string().trim().min(1).max(200),
    city: z.string().trim().min(1).max(100),
    postalCode: z.string().trim().max(20).optional(),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
  }),
  contact: z.strictObject({
    name: z.string().trim().min(1).max(200),
    email: z.email(),
    phone: z.string().trim().max(40).optional(),
    language,
  }),
});
export class RegisterOperatorDto extends createZodDto(registerOperatorSchema) {}

export const operatorIdParamsSchema = z.strictObject({ operatorId: z.uuid() });
export class OperatorIdParams extends createZodDto(operatorIdParamsSchema) {}

export const addOperatorUserSchema = z.strictObject({
  sub: z.string().trim().min(1).max(200).describe('The user id (the `sub` of their token)'),
  name: z.string().trim().min(1).max(200),
  email: z.email(),
  language,
  role: z.enum(['administrator', 'member']).default('member'),
});
export class AddOperatorUserDto extends createZodDto(addOperatorUserSchema) {}
