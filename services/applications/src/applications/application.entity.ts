import { Column, Entity, PrimaryColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { StatusType } from '@aeo/contracts';
import type { ApplicationStatus } from './application-status';

/** An application for AEO status; it keeps the region of its operator for scoping. */
@Entity({ name: 'applications' })
export class ApplicationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'operator_id' }) operatorId: string;
  @Column({ type: 'text' }) region: string;
  @Column({ name: 'status_type', type: 'text' }) statusType: StatusType;
  @Column({ type: 'text' }) status: ApplicationStatus;
  @Column({ name: 'consent_to_mra_sharing' }) consentToMraSharing: boolean;
  @Column({ name: 'programme_version', type: 'integer', nullable: true }) programmeVersion: number | null;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt: Date | null;
  @Column({ name: 'acceptance_deadline', type: 'timestamptz', nullable: true }) acceptanceDeadline: Date | null;
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true }) acceptedAt: Date | null;
  @Column({ name: 'decision_deadline', type: 'timestamptz', nullable: true }) decisionDeadline: Date | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy: string | null;
  @Column({ name: 'status_reason', type: 'text', nullable: true }) statusReason: string | null;
  @Column({ name: 'decision_reasons', type: 'jsonb', nullable: true }) decisionReasons: string[] | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt: Date | null;
  @Column({ name: 'hearing_grounds', type: 'jsonb', nullable: true }) hearingGrounds: string[] | null;
  @Column({ name: 'hearing_respond_by', type: 'timestamptz', nullable: true }) hearingRespondBy: Date | null;
  @Column({ name: 'hearing_response', type: 'text', nullable: true }) hearingResponse: string | null;
  @Column({ name: 'hearing_responded_by', type: 'text', nullable: true }) hearingRespondedBy: string | null;
  @Column({ name: 'hearing_responded_at', type: 'timestamptz', nullable: true }) hearingRespondedAt: Date | null;
  @Column({ name: 'created_by', type: 'text' }) createdBy: string;
  @VersionColumn() version: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
