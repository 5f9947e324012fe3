import { Column, Entity, PrimaryColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string (arbitrary precision); the API speaks numbers. */
const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** What customs risk management knows about an operator: its AEO status and risk score. */
@Entity({ name: 'operator_risk_profiles' })
export class OperatorRiskProfileEntity {
  @PrimaryColumn('uuid', { name: 'operator_id' }) operatorId: string;
  @Column({ name: 'taxpayer_id', type: 'text' }) taxpayerId: string;
  @Column({ name: 'aeo_status', type: 'text', nullable: true }) aeoStatus: string | null;
  @Column({ name: 'status_type', type: 'text', nullable: true }) statusType: string | null;
  @Column({ name: 'risk_score', type: 'numeric', nullable: true, transformer: numericToNumber }) riskScore: number | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
