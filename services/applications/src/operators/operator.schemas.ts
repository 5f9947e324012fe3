import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import {
  distinctEnumList,
  email,
  language,
  regionCode,
  safeText,
  textMatching,
  trimmedVisibleMultilineText,
  trimmedVisibleText,
} from '@aeo/contracts';
import { userSub } from '@aeo/auth';

export const SUPPLY_CHAIN_ROLES = [
  'importer',
  'exporter',
  'customs-broker',
  'freight-forwarder',
  'carrier',
  'warehouse-keeper',
  'manufacturer',
] as const;

const address = z.strictObject({
  street: trimmedVisibleText.min(1).max(200),
  city: trimmedVisibleText.min(1).max(100),
  postalCode: trimmedVisibleText.max(20).optional(),
  country: textMatching(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'),
});
const contact = z.strictObject({
  name: trimmedVisibleText.min(1).max(200),
  email,
  phone: trimmedVisibleText.max(40).optional(),
  language,
});
const supplyChainRoles = distinctEnumList(SUPPLY_CHAIN_ROLES, 'supply-chain role');

export const registerOperatorSchema = z.strictObject({
  taxpayerId: safeText
    .trim()
    .min(1)
    .max(32)
    .describe('Taxpayer identifier; its format is programme configuration (TAXPAYER_ID_PATTERN)'),
  name: trimmedVisibleText.min(2).max(200),
  legalForm: trimmedVisibleText.min(2).max(100),
  region: regionCode,
  customsOffice: trimmedVisibleText.min(2).max(100),
  supplyChainRoles,
  address,
  contact,
});
export class RegisterOperatorDto extends createZodDto(registerOperatorSchema) {}

/** Which companies' current users are announced again: one company's, or every company's when left out. */
export const userLinkAnnouncementSchema = z.strictObject({ operatorId: z.uuid().optional() });
export class UserLinkAnnouncementDto extends createZodDto(userLinkAnnouncementSchema) {}

export const operatorIdParamsSchema = z.strictObject({ operatorId: z.uuid() });
export class OperatorIdParams extends createZodDto(operatorIdParamsSchema) {}

export const addOperatorUserSchema = z.strictObject({
  sub: userSub.describe('The user id (the `sub` of their token)'),
  name: trimmedVisibleText.min(1).max(200),
  email,
  language,
  role: z.enum(['administrator', 'member']).default('member'),
});
export class AddOperatorUserDto extends createZodDto(addOperatorUserSchema) {}

/** The company data its administrator keeps current; each part named replaces the whole part. */
export const updateOperatorSchema = z
  .strictObject({
    contact: contact.optional().describe('The whole contact: a phone left out is removed'),
    address: address.optional(),
    supplyChainRoles: supplyChainRoles.optional(),
  })
  .refine((body) => Object.values(body).some((part) => part !== undefined), {
    message: 'name at least one of contact, address, supplyChainRoles',
  });
export class UpdateOperatorDto extends createZodDto(updateOperatorSchema) {}

export const operatorUserParamsSchema = z.strictObject({
  operatorId: z.uuid(),
  sub: safeText.trim().min(1).max(200),
});
export class OperatorUserParams extends createZodDto(operatorUserParamsSchema) {}

export const removeOperatorUserSchema = z.strictObject({
  reason: trimmedVisibleMultilineText.min(5, 'say why (at least 5 characters)').max(2000),
});
export class RemoveOperatorUserDto extends createZodDto(removeOperatorUserSchema) {}
