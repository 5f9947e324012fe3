import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The validation of one accepted application, carried out in the region of its operator. */
@Entity({ name: 'validation_cases' })
export class ValidationCaseEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'application_id' }) applicationId: string;
  @Column('uuid', { name: 'operator_id' }) operatorId: string;
  @Column({ type: 'text' }) region: string;
  @Column({ type: 'text' }) status: string;
  @Column({ name: 'assigned_validator', type: 'text', nullable: true }) assignedValidator: string | null;
  @Column({ name: 'opened_at', type: 'timestamptz' }) openedAt: Date;
}
