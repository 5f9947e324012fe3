/**
 * Custom search attributes registered on the Temporal namespace at start, so that operations
 * teams can find workflows by operator, region, stage and status type
 * (e.g. `AeoRegion = "ULAANBAATAR" AND AeoStage = "acceptance"`).
 */
export const SEARCH_ATTRIBUTES = {
  AeoOperatorId: 'Keyword',
  AeoApplicationId: 'Keyword',
  AeoRegion: 'Keyword',
  AeoStage: 'Keyword',
  AeoStatusType: 'Keyword',
  AeoAuthorisationNumber: 'Keyword',
  /** When the authorisation's next revalidation falls due (revalidation workflows). */
  AeoRevalidationDue: 'Datetime',
  /** The pilot a company's certification belongs to (pilot companies only; issue 17). */
  AeoPilotId: 'Keyword',
} as const;

export type AeoSearchAttributeName = keyof typeof SEARCH_ATTRIBUTES;

import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Typed keys for workflow code and clients. */
export const SEARCH_ATTRIBUTE_KEYS = {
  operatorId: defineSearchAttributeKey('AeoOperatorId', SearchAttributeType.KEYWORD),
  applicationId: defineSearchAttributeKey('AeoApplicationId', SearchAttributeType.KEYWORD),
  region: defineSearchAttributeKey('AeoRegion', SearchAttributeType.KEYWORD),
  stage: defineSearchAttributeKey('AeoStage', SearchAttributeType.KEYWORD),
  statusType: defineSearchAttributeKey('AeoStatusType', SearchAttributeType.KEYWORD),
  authorisationNumber: defineSearchAttributeKey('AeoAuthorisationNumber', SearchAttributeType.KEYWORD),
  revalidationDue: defineSearchAttributeKey('AeoRevalidationDue', SearchAttributeType.DATETIME),
  pilotId: defineSearchAttributeKey('AeoPilotId', SearchAttributeType.KEYWORD),
} as const;
