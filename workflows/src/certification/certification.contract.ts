import { defineQuery, defineSignal } from '@temporalio/workflow';
import { z } from 'zod';

/** Deterministic id: a repeated trigger for the same application finds the running workflow. */
export const certificationWorkflowId = (applicationId: string) => `certification-${applicationId}`;

export const certificationInputSchema = z.strictObject({
  applicationId: z.uuid(),
  operatorId: z.uuid(),
  taxpayerId: z.string().min(1),
  region: z.string().min(1),
  statusType: z.enum(['AEOC', 'AEOS', 'AEOF']),
  submittedAt: z.iso.datetime({ offset: true }),
  timeLimits: z.strictObject({
    /** Customs checks completeness within this many days, or the application is deemed accepted. */
    acceptanceDays: z.number().int().min(1).max(365),
    /** Decision due this many days after acceptance. */
    decisionDays: z.number().int().min(1).max(730),
  }),
});
export type CertificationInput = z.infer<typeof certificationInputSchema>;

export const acceptanceDecisionSchema = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('accept'), decidedBy: z.string().min(1) }),
  z.strictObject({ decision: z.literal('reject'), decidedBy: z.string().min(1), reason: z.string().min(1) }),
]);
export type AcceptanceDecision = z.infer<typeof acceptanceDecisionSchema>;

export type CertificationStage = 'acceptance' | 'risk-assessment' | 'rejected';

export interface CertificationState {
  stage: CertificationStage;
  applicationId: string;
  acceptanceDeadline: string;
  decisionDeadline?: string;
  history: { at: string; stage: CertificationStage; note: string }[];
}

export interface CertificationResult {
  outcome: 'accepted' | 'rejected';
  deemed: boolean;
  decisionDeadline?: string;
}

/** A contact officer or regional office decides on acceptance (accept, or reject with reasons). */
export const acceptanceDecisionSignal = defineSignal<[AcceptanceDecision]>('acceptanceDecision');
export const certificationStateQuery = defineQuery<CertificationState>('certificationState');

/** Activities the applications service hosts on the `aeo-applications` task queue. */
export interface ApplicationsActivities {
  recordAcceptance(input: { applicationId: string; deemed: boolean; decidedBy: string; decisionDeadline: string }): Promise<void>;
  recordRejection(input: { applicationId: string; decidedBy: string; reason: string }): Promise<void>;
}
