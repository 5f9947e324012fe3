import { z } from 'zod';

/** Shared building blocks for HTTP bodies and event payloads (one schema language for both). */
export const uuid = z.uuid();
export const isoDateTime = z.iso.datetime({ offset: true });

/** Region codes are programme configuration; uppercase identifiers such as ULAANBAATAR. */
export const regionCode = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, 'must be an uppercase region code such as ULAANBAATAR');

/** Status types are programme configuration; the defaults follow the EU model. */
export const STATUS_TYPES = ['AEOC', 'AEOS', 'AEOF'] as const;
export const statusType = z.enum(STATUS_TYPES);
export type StatusType = z.infer<typeof statusType>;

export const LANGUAGES = ['mn', 'en'] as const;
export const language = z.enum(LANGUAGES);
export type Language = z.infer<typeof language>;
