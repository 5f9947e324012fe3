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
} as const;

export type AeoSearchAttributeName = keyof typeof SEARCH_ATTRIBUTES;
