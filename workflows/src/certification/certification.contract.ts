import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import { z } from 'zod';
import type { RiskRecommendation } from '../risk/risk.contract';
import { safeText } from '@aeo/contracts/common';
import type { ValidationReport } from './validation-report.contract';

/** Deterministic id: a repeated trigger for the same application finds the running workflow. */
export const certificationWorkflowId = (applicationId: string) => `certification-${applicationId}`;

const days = (max: number) => z.number().int().min(1).max(max);

/**
 * The programme's time limits an application runs under (domain.md; EU UCC where not said
 * otherwise). The applications service passes those of the programme version the application
 * was filed under; the defaults are the programme's defaults.
 */
export const timeLimitsSchema = z.strictObject({
  /** Customs checks completeness within this many days, or the application is deemed accepted. */
  acceptanceDays: days(365),
  /** Decision due this many days after acceptance. */
  decisionDays: days(730),
  /** Customs may extend the decision period once, by at most this many days. */
  maxExtensionDays: z.number().int().min(0).max(365).default(60),
  /** The applicant's period to comment on the grounds of an intended refusal. */
  hearingDays: days(365).default(30),
  /** A grant takes effect this many days after the decision. */
  effectDays: z.number().int().min(0).max(90).default(5),
  /** The validation report is due this many days after the case opens. */
  validationDays: days(365).default(90),
  /** Reminders (and the "decision due" event) go out this many days before a deadline. */
  reminderDays: days(90).default(14),
});
export type TimeLimits = z.output<typeof timeLimitsSchema>;

export const certificationInputSchema = z.strictObject({
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  taxpayerId: safeText.min(1),
  region: safeText.min(1),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']),
  submittedAt: z.iso.datetime({ offset: true }),
  /** The programme version the application was filed under (its criteria shape the validation checklist). */
  programmeVersion: z.number().int().min(1).optional(),
  timeLimits: timeLimitsSchema,
});
/** What a starter passes (time limits beyond acceptance and decision may be left to their defaults). */
export type CertificationInput = z.input<typeof certificationInputSchema>;

export const acceptanceDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), decidedBy: safeText.min(1) }),
  z.strictObject({ decision: z.literal('reject'), decidedBy: safeText.min(1), reason: safeText.min(1) }),
]);
export type AcceptanceDecision = z.infer<typeof acceptanceDecisionSchema>;

// The validator's report, its own module: the revalidation workflow takes it too, without the rest of this contract.
export * from './validation-report.contract';

const reasons = z.array(safeText.trim().min(1).max(2000)).min(1, 'give at least one reason').max(20);

/** The executive's decision, sent as a Temporal update and checked by its validator. */
export const executiveDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('grant'),
    decidedBy: safeText.min(1),
    reasons,
    conditions: z.array(safeText.min(1).max(500)).max(20).default([]),
  }),
  z.strictObject({ decision: z.literal('refuse'), decidedBy: safeText.min(1), reasons }),
  z.strictObject({
    decision: z.literal('extend'),
    decidedBy: safeText.min(1),
    reasons,
    days: z.number().int().min(1).max(365),
  }),
]);
export type ExecutiveDecision = z.output<typeof executiveDecisionSchema>;
export type ExecutiveDecisionInput = z.input<typeof executiveDecisionSchema>;

/** The operator's comments on the grounds of an intended refusal (through the applications API). */
export const hearingResponseSchema = z.strictObject({
  respondedBy: safeText.min(1),
  response: safeText.trim().min(1).max(10_000),
});
export type HearingResponse = z.infer<typeof hearingResponseSchema>;

/** Customs asked the applicant for missing information during acceptance: the acceptance clock stops until the reply. */
export const informationRequestedSchema = z.strictObject({
  requestId: z.uuid(),
  requestedBy: safeText.min(1),
  dueBy: z.iso.datetime({ offset: true }),
});
export type InformationRequested = z.infer<typeof informationRequestedSchema>;
export const informationReceivedSchema = z.strictObject({ requestId: z.uuid(), respondedBy: safeText.min(1) });
export type InformationReceived = z.infer<typeof informationReceivedSchema>;

export const withdrawalSchema = z.strictObject({
  withdrawnBy: safeText.min(1),
  reason: safeText.trim().min(1).max(2000),
});
export type Withdrawal = z.infer<typeof withdrawalSchema>;

/** The company became a pilot company after its certification started: the workflow is tagged `AeoPilotId`. */
export const pilotTagSchema = z.strictObject({ pilotId: z.uuid() });
export type PilotTag = z.infer<typeof pilotTagSchema>;

export type CertificationStage =
  | 'acceptance'
  | 'risk-assessment'
  | 'validation'
  | 'decision'
  | 'hearing'
  | 'final-decision'
  | 'granted'
  | 'refused'
  | 'rejected'
  | 'withdrawn';

export interface CertificationState {
  stage: CertificationStage;
  applicationId: string;
  acceptanceDeadline: string;
  /** Set at acceptance; moves with an extension. */
  decisionDeadline?: string;
  extendedByDays?: number;
  risk?: { score: number; recommendation: RiskRecommendation; modelVersion: string };
  validation?: { caseId: string; reportDue: string; siteVisitRequired: boolean; report?: ValidationReport };
  informationRequests?: {
    requestId: string;
    requestedBy: string;
    requestedAt: string;
    dueBy: string;
    receivedAt?: string;
  }[];
  hearing?: { grounds: string[]; respondBy: string; response?: HearingResponse; expired?: boolean };
  decision?: { decision: 'grant' | 'refuse'; decidedBy: string; reasons: string[]; conditions?: string[] };
  authorisation?: { authorisationNumber: string; effectiveFrom: string };
  history: { at: string; stage: CertificationStage; note: string }[];
}

export interface CertificationResult {
  outcome: 'accepted' | 'rejected' | 'granted' | 'refused' | 'withdrawn';
  deemed: boolean;
  decisionDeadline?: string;
  authorisationNumber?: string;
  effectiveFrom?: string;
}

/** A contact officer or regional office decides on acceptance (accept, or reject with reasons). */
export const acceptanceDecisionSignal = defineSignal<[AcceptanceDecision]>('acceptanceDecision');
export const hearingResponseSignal = defineSignal<[HearingResponse]>('hearingResponse');
export const informationRequestedSignal = defineSignal<[InformationRequested]>('informationRequested');
export const informationReceivedSignal = defineSignal<[InformationReceived]>('informationReceived');
export const withdrawalSignal = defineSignal<[Withdrawal]>('withdrawal');
export const pilotTagSignal = defineSignal<[PilotTag]>('pilotTag');
/** Grant, refuse or extend; refused with a reason when it does not fit the stage. Returns the state after it. */
export const executiveDecisionUpdate = defineUpdate<CertificationState, [ExecutiveDecisionInput]>('executiveDecision');
export const certificationStateQuery = defineQuery<CertificationState>('certificationState');

/** Activities the applications service hosts on the `aeo-applications` task queue. */
export interface ApplicationsActivities {
  recordAcceptance(input: {
    applicationId: string;
    deemed: boolean;
    decidedBy: string;
    decisionDeadline: string;
  }): Promise<void>;
  recordRejection(input: { applicationId: string; decidedBy: string; reason: string }): Promise<void>;
  /** Decision due soon, overdue (escalation), or extended: recorded and published. */
  recordDecisionDeadline(input: {
    applicationId: string;
    kind: 'due' | 'overdue' | 'extended';
    decisionDeadline: string;
    decidedBy?: string;
    reasons?: string[];
  }): Promise<void>;
  /** The grounds of an intended refusal go to the operator, who may comment until `respondBy`. */
  openHearing(input: { applicationId: string; grounds: string[]; decidedBy: string; respondBy: string }): Promise<void>;
  /** Enters the authorisation in the AEO register and publishes the grant. */
  issueAuthorisation(input: {
    applicationId: string;
    decidedBy: string;
    reasons: string[];
    conditions: string[];
    decidedAt: string;
    effectiveFrom: string;
  }): Promise<{ authorisationNumber: string }>;
  recordRefusal(input: {
    applicationId: string;
    decidedBy: string;
    reasons: string[];
    hearing: { responded: boolean; response?: string };
  }): Promise<void>;
}

/** Why a case was closed before its report; `reason` carries the words of whoever ended the process. */
export type ValidationClosedCause = 'application-withdrawn' | 'authorisation-suspended' | 'authorisation-surrendered';

/** Activities the validation service hosts on the `aeo-validation` task queue. */
export interface ValidationActivities {
  /** Opens (or finds, when retried) the validation case of the application. */
  openValidationCase(input: {
    applicationId: string;
    operatorId: string;
    taxpayerId: string;
    region: string;
    statusType: 'AEOC' | 'AEOS' | 'AEOF';
    riskScore: number;
    riskRecommendation: RiskRecommendation;
    siteVisitRequired: boolean;
    reportDue: string;
    programmeVersion?: number;
    /** A revalidation case (one per authorisation and cycle) rather than the application's certification case. */
    purpose?: 'certification' | 'revalidation';
    /** The workflow the report goes to (the certification workflow of the application by default). */
    workflowId?: string;
    authorisationNumber?: string;
    cycle?: number;
  }): Promise<{ caseId: string }>;
  /** The validator and the regional office are reminded (before) or the case escalated (after the due date). */
  remindValidationReport(input: {
    caseId: string;
    applicationId: string;
    kind: 'reminder' | 'overdue';
    reportDue: string;
  }): Promise<void>;
  /**
   * Closes a case whose process ended before its report (a withdrawn application, a revalidation
   * interrupted by a suspension or a surrender): it leaves the validator's workload and takes no
   * more findings or report. False when the case was no longer open.
   */
  closeValidationCase(input: {
    caseId: string;
    cause: ValidationClosedCause;
    reason: string;
    closedBy: string;
  }): Promise<{ closed: boolean }>;
}
