import type { StatusType } from '@aeo/contracts';

/** The validator's recommendations (the table's CHECK constraint allows exactly these). */
export const RECOMMENDATIONS = ['grant', 'grant-with-conditions', 'refuse'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** open → reported, or closed when its process ended before the report. */
export const CASE_STATUSES = ['open', 'reported', 'closed'] as const;

/** Certification of an application, or revalidation of an authorisation in one of its cycles (CHECK constraint). */
export const CASE_PURPOSES = ['certification', 'revalidation'] as const;

/** The validation of an accepted application, or of an authorisation in a revalidation cycle, carried out in the region of its operator. */
export interface ValidationCase {
  id: string;
  applicationId: string;
  operatorId: string;
  region: string;
  status: (typeof CASE_STATUSES)[number];
  assignedValidator: string | null;
  openedAt: Date;
  programmeVersion: number | null;
  taxpayerId: string | null;
  statusType: StatusType | null;
  /** Decimal, as text. */
  riskScore: string | null;
  riskRecommendation: string | null;
  siteVisitRequired: boolean;
  reportDue: Date | null;
  recommendation: Recommendation | null;
  conditions: string[] | null;
  reportSummary: string | null;
  reportSubmittedBy: string | null;
  reportSubmittedAt: Date | null;
  purpose: (typeof CASE_PURPOSES)[number];
  /** The workflow the report is handed to. */
  workflowId: string;
  authorisationNumber: string | null;
  cycle: number | null;
  caseKey: string;
  closedAt: Date | null;
  closedReason: string | null;
  closedBy: string | null;
}
