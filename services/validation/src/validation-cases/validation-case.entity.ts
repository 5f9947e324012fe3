import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The validation of an accepted application, or of an authorisation in a revalidation cycle, carried out in the region of its operator. */
@Entity({ name: 'validation_cases' })
export class ValidationCaseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'application_id' }) applicationId: string;
  @Column('uuid', { name: 'operator_id' }) operatorId: string;
  @Column({ type: 'text' }) region: string;
  /** open → reported, or closed when its process ended before the report. */
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'assigned_validator', type: 'text', nullable: true }) assignedValidator: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
  @Column({ name: 'programme_version', type: 'integer', nullable: true }) programmeVersion: number | null;
  @Column({ name: 'taxpayer_id', type: 'text', nullable: true }) taxpayerId: string | null;
  @Column({ name: 'status_type', type: 'text', nullable: true }) statusType: 'AEOC' | 'AEOS' | 'AEOF' | null;
  @Column({ name: 'risk_score', type: 'numeric', nullable: true }) riskScore: string | null;
  @Column({ name: 'risk_recommendation', type: 'text', nullable: true }) riskRecommendation: string | null;
  @Column({ name: 'site_visit_required' }) siteVisitRequired: boolean;
  @Column({ name: 'report_due', type: 'timestamptz', nullable: true }) reportDue: Date | null;
  @Column({ type: 'text', nullable: true }) recommendation: 'grant' | 'grant-with-conditions' | 'refuse' | null;
  @Column({ type: 'jsonb', nullable: true }) conditions: string[] | null;
  @Column({ name: 'report_summary', type: 'text', nullable: true }) reportSummary: string | null;
  @Column({ name: 'report_submitted_by', type: 'text', nullable: true }) reportSubmittedBy: string | null;
  @Column({ name: 'report_submitted_at', type: 'timestamptz', nullable: true }) reportSubmittedAt: Date | null;
  /** Certification of an application, or revalidation of an authorisation in one of its cycles. */
  @Column({ type: 'text' }) purpose: 'certification' | 'revalidation';
  /** The workflow the report is handed to. */
  @Column({ name: 'workflow_id', type: 'text' }) workflowId: string;
  @Column({ name: 'authorisation_number', type: 'text', nullable: true }) authorisationNumber: string | null;
  @Column({ type: 'integer', nullable: true }) cycle: number | null;
  @Column({ name: 'case_key', type: 'text' }) caseKey: string;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'closed_reason', type: 'text', nullable: true }) closedReason: string | null;
  @Column({ name: 'closed_by', type: 'text', nullable: true }) closedBy: string | null;
}
